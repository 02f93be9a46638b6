import { perParagraph } from '../paragraphMemo';
import type { Article, Paragraph } from '../types';
import { straightQuotePairs } from './straightQuotes';

// Where a paragraph quotes someone or mentions a word: « … », “ … ” and
// paired straight quotes. A usage rule has nothing to say to a speaker's
// own words, nor to a word discussed as a word (the op-ed on “irregardless”).

interface QuotedSpan {
  /** The first quoted character and the end of the quote (the closing mark's offset), in the article. */
  start: number;
  end: number;
}

/** The quotations of a paragraph, read once. */
const quotationsOf = perParagraph((article: Article, p: Paragraph): QuotedSpan[] => {
  const text = article.prose.slice(p.start, p.end);
  const spans = [...curlySpans(text, '«', '»', p.start), ...curlySpans(text, '“', '”', p.start)];
  for (const q of straightQuotePairs({ paragraph: p, start: p.start, text })) spans.push({ start: q.open + 1, end: q.close });
  return spans;
});

/** The quotations of the paragraph that holds `offset`. */
function quotationsAround(article: Article, offset: number): QuotedSpan[] {
  const p = article.paragraphs.find((x) => x.start <= offset && offset < x.end);
  return p ? quotationsOf(article, p) : [];
}

/** Outermost pairs of `open` … `close`, nested ones included in them; an unclosed quote runs to the paragraph's end. */
function curlySpans(text: string, open: string, close: string, offset: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === open) {
      if (depth === 0) from = i + 1;
      depth++;
    } else if (c === close && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: offset + from, end: offset + i });
    }
  }
  if (depth > 0) out.push({ start: offset + from, end: offset + text.length });
  return out;
}

/** Whether `start`–`end` is inside a quotation, and whether it is all of it (a word mentioned, not used). */
export function quotedAt(article: Article, start: number, end: number): { inside: boolean; whole: boolean } {
  for (const q of quotationsAround(article, start)) {
    if (start < q.start || end > q.end) continue;
    const around = article.prose.slice(q.start, q.end).trim();
    return { inside: true, whole: around === article.prose.slice(start, end).trim() || around.replace(/[.,;:!?…]+$/u, '') === article.prose.slice(start, end).trim() };
  }
  return { inside: false, whole: false };
}
