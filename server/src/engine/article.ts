import { parse as parseYaml } from 'yaml';
import { maskMarkdown, maskPlainText } from './markdownProse';
import { detectLanguage, languageFromPath } from './language';
import { parseSuppressions } from './style/suppressions';
import { stripBom } from './textPositions';
import type { Article, ArticleKind, FrontMatter, Lang, LanguageSource, Paragraph, ParagraphKind } from './types';

export interface ArticleInput {
  path: string;
  text: string;
  kind?: ArticleKind;
  /** Forces the language (a setting or a test); otherwise it is found. */
  lang?: Lang;
  /** Languages detection may choose from; defaults to the common newsroom ones. */
  languages?: readonly Lang[];
}

export function articleKindOf(path: string): ArticleKind {
  return /\.(md|markdown|mdx|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}

export function parseArticle(input: ArticleInput): Article {
  const { text, hadBom } = stripBom(input.text);
  const kind = input.kind ?? articleKindOf(input.path);
  const frontMatter = kind === 'markdown' ? readFrontMatter(text) : undefined;
  const prose = kind === 'markdown' ? maskMarkdown(text, frontMatter?.end ?? 0) : maskPlainText(text);
  const paragraphs = kind === 'markdown' ? markdownParagraphs(text, prose) : plainTextParagraphs(prose);
  const { language, languageSource } = findLanguage(input, frontMatter, prose, paragraphs);
  const suppressions = parseSuppressions(text, kind);
  return { path: input.path, text, hadBom, kind, frontMatter, prose, paragraphs, language, languageSource, suppressions };
}

function findLanguage(
  input: ArticleInput,
  frontMatter: FrontMatter | undefined,
  prose: string,
  paragraphs: Paragraph[],
): { language: Lang; languageSource: LanguageSource } {
  if (input.lang) return { language: input.lang, languageSource: 'default' };
  const declared = frontMatter?.data['lang'] ?? frontMatter?.data['language'];
  if (typeof declared === 'string' && /^[a-z]{2,3}\b/i.test(declared)) {
    return { language: declared.slice(0, 2).toLowerCase(), languageSource: 'frontMatter' };
  }
  const fromPath = languageFromPath(input.path);
  if (fromPath?.source === 'fileName') return { language: fromPath.lang, languageSource: fromPath.source };
  const sample = paragraphs.map((p) => prose.slice(p.start, p.end)).join('\n');
  // A folder named like a language ("en/") may be a copy's or a project's name: an article long enough
  // to tell says which language it is in (French written in an "en" folder once got English fixes).
  if (fromPath) {
    const told = sample.length >= FOLDER_CHECK_MIN ? detectLanguage(sample, input.languages) : undefined;
    return told !== undefined && told !== fromPath.lang ? { language: told, languageSource: 'detected' } : { language: fromPath.lang, languageSource: fromPath.source };
  }
  const detected = detectLanguage(sample, input.languages);
  if (detected) return { language: detected, languageSource: 'detected' };
  return { language: 'en', languageSource: 'default' };
}

/** Characters of prose from which a detected language overrules a folder's name. */
const FOLDER_CHECK_MIN = 400;

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  let data: Record<string, unknown> = {};
  try {
    // Front matter is the author's, and a broken one must not stop the check;
    // the config linter reports YAML errors in config files, not here.
    const parsed: unknown = parseYaml(m[1] ?? '', { uniqueKeys: false, logLevel: 'silent' });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  return { start: 0, end: m[0].length, data };
}

function isBlank(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xe000) return false;
  }
  return true;
}

interface Line {
  start: number;
  end: number; // before the line break
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Narrows a span to its first and last prose character. */
function trimSpan(prose: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s\uE000]/.test(prose[s] ?? '')) s++;
  while (e > s && /[\s\uE000]/.test(prose[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Plain-text articles are "headline, standfirst, then paragraphs". When the
 * file separates blocks by blank lines, a block is a paragraph (lines may be
 * wrapped); otherwise each line is one.
 */
function plainTextParagraphs(prose: string): Paragraph[] {
  const all = splitLines(prose);
  const lines = all.filter((l) => !isBlank(prose, l.start, l.end));
  const firstText = all.findIndex((l) => !isBlank(prose, l.start, l.end));
  const lastText = all.length - 1 - [...all].reverse().findIndex((l) => !isBlank(prose, l.start, l.end));
  const blankSeparated = all.some((l, i) => i > firstText && i < lastText && isBlank(prose, l.start, l.end));
  const spans: Array<{ start: number; end: number }> = [];
  if (blankSeparated) {
    let block: { start: number; end: number } | undefined;
    let previousEnd = -1;
    for (const line of lines) {
      const gap = previousEnd >= 0 ? prose.slice(previousEnd, line.start) : '';
      if (block && splitLines(gap).length <= 2) block.end = line.end;
      else {
        if (block) spans.push(block);
        block = { start: line.start, end: line.end };
      }
      previousEnd = line.end;
    }
    if (block) spans.push(block);
  } else {
    for (const line of lines) spans.push({ start: line.start, end: line.end });
  }
  return spans.map((s, index) => {
    const t = trimSpan(prose, s.start, s.end);
    const kind: ParagraphKind = index === 0 && spans.length > 1 ? 'headline' : index === 1 && spans.length > 2 ? 'standfirst' : 'paragraph';
    return { ...t, kind, index };
  });
}

const HEADING = /^ {0,3}#{1,6}(\s|$)/;
const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])\s/;
const QUOTE = /^ {0,3}>/;

/** A line that ends a sentence ("…in 1966.", « …ses salariés » », "…said:"), and one that starts the next. */
const ENDS_SENTENCE = /[.!?…»”":][\s\uE000]*$/u;
const STARTS_SENTENCE = /^[\s\uE000]*[\p{Lu}«“"—–-]/u;

/**
 * Markdown blocks: blank-line separated, with headings and list items on their
 * own. A block whose every line ends a sentence and is followed by one that
 * starts another was written a paragraph a line, without the blank lines
 * Markdown asks for (as plain text is): each line is a paragraph. Hard-wrapped
 * text breaks its lines inside sentences.
 */
function markdownParagraphs(text: string, prose: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { start: number; end: number; kind: ParagraphKind; lines: Array<{ start: number; end: number }> } | undefined;
  const push = (start: number, end: number, kind: ParagraphKind): void => {
    if (isBlank(prose, start, end)) return;
    out.push({ ...trimSpan(prose, start, end), kind, index: out.length });
  };
  const flush = (): void => {
    if (current) {
      const lines = current.lines;
      const aLineEach = current.kind === 'paragraph' && lines.length > 1 && lines.every((l, i) => i === lines.length - 1 || (ENDS_SENTENCE.test(prose.slice(l.start, l.end)) && STARTS_SENTENCE.test(prose.slice(lines[i + 1]?.start ?? 0, lines[i + 1]?.end ?? 0))));
      if (aLineEach) for (const l of lines) push(l.start, l.end, current.kind);
      else push(current.start, current.end, current.kind);
    }
    current = undefined;
  };
  for (const line of splitLines(text)) {
    const raw = text.slice(line.start, line.end);
    // A comment on its own line (a copydesk-disable directive) does not end a paragraph.
    if (/^\s*<!--.*-->\s*$/.test(raw)) continue;
    if (isBlank(prose, line.start, line.end)) {
      flush();
      continue;
    }
    const kind: ParagraphKind | undefined = HEADING.test(raw)
      ? 'heading'
      : LIST_ITEM.test(raw)
        ? 'listItem'
        : QUOTE.test(raw)
          ? 'quote'
          : undefined;
    if (kind === 'heading') {
      flush();
      current = { start: line.start, end: line.end, kind, lines: [line] };
      flush();
    } else if (kind === 'listItem' || !current) {
      flush();
      current = { start: line.start, end: line.end, kind: kind ?? 'paragraph', lines: [line] };
    } else {
      current.end = line.end;
      current.lines.push(line);
    }
  }
  flush();
  // The first heading of an article is its headline.
  const first = out[0];
  if (first && first.kind === 'heading') first.kind = 'headline';
  return out;
}
