// The engine's vocabulary. Everything here is plain data: no LSP, no VS Code,
// no file system. Offsets are UTF-16 code-unit indexes into an article's text
// (BOM removed), which is exactly what LSP `character` counts within a line.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOverride = Severity | 'off';

/** A language as a lower-case ISO 639-1 code: "en", "fr", "es"… */
export type Lang = string;

/** The language messages are written in (the editor's display language). */
export type Locale = 'en' | 'fr';

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An edit of one file, by offsets into that file's text. */
export interface OffsetEdit {
  path: string;
  start: number;
  end: number;
  newText: string;
}

/** An edit of one file, the file aside: what a rewrite of one mention returns. */
export type TextEdit = Omit<OffsetEdit, 'path'>;

export interface Fix {
  title: string;
  /** The fix `--fix` and "fix all" apply. At most one per finding. */
  preferred: boolean;
  edits: OffsetEdit[];
}

export interface RelatedSpan {
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  start: number;
  end: number;
  related: RelatedSpan[];
  fixes: Fix[];
  /** Facts an adapter may act on (the entity a name belongs to, for "add as alias"). */
  data?: Readonly<Record<string, string>>;
}

/** What a rule reports before configuration decides its severity. */
export type RawFinding = Omit<Finding, 'severity'> & { severity?: Severity };

export type ArticleKind = 'markdown' | 'plaintext';

export type ParagraphKind = 'headline' | 'standfirst' | 'heading' | 'paragraph' | 'listItem' | 'quote';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** 0-based index among the article's paragraphs. */
  index: number;
}

export type LanguageSource = 'frontMatter' | 'fileName' | 'folder' | 'detected' | 'default';

export interface FrontMatter extends Span {
  /** The parsed mapping; empty when the YAML was not a mapping or did not parse. */
  data: Readonly<Record<string, unknown>>;
}

export interface Article {
  path: string;
  /** The text without BOM. Line endings are kept as written (LF, CRLF or CR). */
  text: string;
  hadBom: boolean;
  kind: ArticleKind;
  frontMatter: FrontMatter | undefined;
  /**
   * `text` with everything that is not prose (front matter, code, URLs, link
   * targets, HTML, Markdown markers) replaced by spaces; line breaks are kept.
   * Same length as `text`, so offsets are shared. Rules scan this, never `text`.
   */
  prose: string;
  paragraphs: Paragraph[];
  language: Lang;
  languageSource: LanguageSource;
  /** Spans where inline comments switched rules off, keyed by rule id or "*". */
  suppressions: Suppression[];
}

export interface Suppression extends Span {
  /** Rule ids; empty means every rule. */
  rules: string[];
}

/** A date stated in the text, with what was written kept apart from what was implied. */
export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number; // 0 = Sunday
}
