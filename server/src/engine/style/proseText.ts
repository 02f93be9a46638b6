import type { Article, Locale, Paragraph, RawFinding } from '../types';

// Shared by the typography and style-guide rules: they all read the masked
// prose paragraph by paragraph, must never touch a masked character, and
// report a finding with one preferred fix.

export interface ProseParagraph {
  paragraph: Paragraph;
  /** Offset of `text` in the article. */
  start: number;
  /** The paragraph's prose (masked text), not the raw text. */
  text: string;
}

export function proseParagraphs(article: Article): ProseParagraph[] {
  return article.paragraphs.map((paragraph) => ({
    paragraph,
    start: paragraph.start,
    text: article.prose.slice(paragraph.start, paragraph.end),
  }));
}

/**
 * True when every character of [start, end) is prose as written. Masking
 * replaces non-prose by spaces or U+E000, so a masked character differs from
 * the text; a masked space stays a space, which is harmless to edit.
 */
export function isProse(article: Article, start: number, end: number): boolean {
  if (start < 0 || end > article.text.length) return false;
  for (let i = start; i < end; i++) {
    if (article.text.charCodeAt(i) !== article.prose.charCodeAt(i)) return false;
  }
  return true;
}

export function isMasked(article: Article, offset: number): boolean {
  return offset >= 0 && offset < article.text.length && article.text.charCodeAt(offset) !== article.prose.charCodeAt(offset);
}

export interface EditSpec {
  start: number;
  end: number;
  newText: string;
}

export interface FindingSpec {
  rule: string;
  start: number;
  end: number;
  message: string;
  fixTitle?: string;
  /** The preferred fix's edits; none means no fix is offered. */
  edits?: readonly EditSpec[];
}

export function proseFinding(article: Article, spec: FindingSpec): RawFinding {
  const edits = spec.edits ?? [];
  return {
    rule: spec.rule,
    message: spec.message,
    path: article.path,
    start: spec.start,
    end: spec.end,
    related: [],
    fixes:
      edits.length > 0 && spec.fixTitle !== undefined
        ? [{ title: spec.fixTitle, preferred: true, edits: edits.map((e) => ({ path: article.path, ...e })) }]
        : [],
  };
}

/** A quoted bit of text inside a message, in the locale's quotation marks. */
export function quoted(locale: Locale, s: string): string {
  const shown = s.replace(/\u00A0/g, ' ').replace(/\u202F/g, ' ');
  return locale === 'fr' ? `«\u00A0${shown}\u00A0»` : `“${shown}”`;
}

/** Line breaks and other whitespace that ends a "word" context. */
export function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Case of a written word, carried over to its replacement ("Percent" → "Per cent"). */
export function matchCase(written: string, replacement: string): string {
  if (/\p{Lu}/u.test(replacement)) return replacement;
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = letters[0];
  if (first !== undefined && first !== first.toLowerCase()) {
    const i = replacement.search(/\p{L}/u);
    if (i < 0) return replacement;
    return replacement.slice(0, i) + replacement.charAt(i).toUpperCase() + replacement.slice(i + 1);
  }
  return replacement;
}
