import { say } from '../messages';
import { isProse, proseFinding, proseParagraphs } from '../style/proseText';
import { straightQuotePairs } from '../style/straightQuotes';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// Two spaces between words are invisible on screen and show in print.
// Indentation, Markdown hard breaks (two spaces before a line break) and
// masked regions are not prose spacing. Spaces next to punctuation belong to
// the punctuation rules (fr-nbsp, en-space-before-punctuation, dash, quotes):
// leaving them alone here keeps "fix all" free of overlapping edits.

const ID = 'typography.double-space';

/** What may stand before the spaces: the end of a word or of a sentence. */
const BEFORE = /[\p{L}\p{N}\p{M}.,;:!?)\]}”’»…%°"']/u;
/** What may follow: the start of a word or an opening sign. */
const AFTER = /[\p{L}\p{N}\p{M}([{“‘«"'—–]/u;

export const doubleSpace: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'Two or more spaces between words.',
    fr: 'Deux espaces ou plus entre des mots.',
  },
  examples: [
    { lang: 'en', bad: 'The summit  opened on Sunday.', good: 'The summit opened on Sunday.' },
    { lang: 'fr', bad: 'Le sommet  s’est ouvert dimanche.', good: 'Le sommet s’est ouvert dimanche.' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, locale } = ctx;
    const fr = article.language === 'fr';
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(article)) {
      // Most paragraphs have no double space: their quotes need not be paired.
      if (!p.text.includes('  ')) continue;
      const quotes = fr ? straightQuotePairs(p) : [];
      const opens = new Set(quotes.map((q) => q.open));
      const closes = new Set(quotes.map((q) => q.close));
      for (const m of p.text.matchAll(/ {2,}/g)) {
        const k = m.index ?? 0;
        const start = p.start + k;
        const end = start + m[0].length;
        const before = p.text[k - 1];
        const after = p.text[k + m[0].length];
        if (before === undefined || after === undefined || !BEFORE.test(before) || !AFTER.test(after)) continue;
        if (!isProse(article, start - 1, end + 1)) continue;
        if (fr && (before === '«' || opens.has(start - 1) || closes.has(end))) continue;
        out.push(
          proseFinding(article, {
            rule: ID,
            start,
            end,
            message: say(locale, {
              en: `${m[0].length} spaces in a row: one is enough.`,
              fr: `${m[0].length} espaces de suite\u00A0: une suffit.`,
            }),
            fixTitle: say(locale, { en: 'Use a single space', fr: 'Ne garder qu’une espace' }),
            edits: [{ start, end, newText: ' ' }],
          }),
        );
      }
    }
    return out;
  },
};
