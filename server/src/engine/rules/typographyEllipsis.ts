import { say } from '../messages';
import { proseFinding, proseParagraphs } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// Three full stops are one character in print: "…". Houses differ (AP
// writes three full stops, French print the one character), hence a hint:
// shown faintly, left out of the Problems panel and of the CLI's report.
// Four dots (ellipsis then a full stop) and number ranges written "1...10"
// are left alone.

const ID = 'typography.ellipsis';

const THREE_DOTS = /(?<!\.)\.\.\.(?!\.)/g;

export const ellipsis: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'hint',
  description: {
    en: 'Three full stops "..." written for the ellipsis character "…".',
    fr: 'Trois points «\u00A0...\u00A0» tapés au lieu du caractère de points de suspension «\u00A0…\u00A0».',
  },
  examples: [
    { lang: 'en', bad: 'And then...', good: 'And then…' },
    { lang: 'fr', bad: 'Et puis...', good: 'Et puis…' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, locale } = ctx;
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(article)) {
      for (const m of p.text.matchAll(THREE_DOTS)) {
        const k = m.index ?? 0;
        if (/\d/.test(p.text[k - 1] ?? '') && /\d/.test(p.text[k + 3] ?? '')) continue;
        const start = p.start + k;
        out.push(
          proseFinding(article, {
            rule: ID,
            start,
            end: start + 3,
            message: say(locale, {
              en: 'Use the ellipsis character “…” rather than three full stops.',
              fr: 'Utiliser le caractère «\u00A0…\u00A0» plutôt que trois points.',
            }),
            fixTitle: say(locale, { en: 'Replace with “…”', fr: 'Remplacer par «\u00A0…\u00A0»' }),
            edits: [{ start, end: start + 3, newText: '…' }],
          }),
        );
      }
    }
    return out;
  },
};
