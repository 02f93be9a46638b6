import { say } from '../messages';
import { isProse, proseFinding, proseParagraphs, quoted } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// Ranges take an en dash in English print ("1990–2000"). Hyphenated digit
// pairs are also identifiers, phone numbers and ISO dates, so only year
// ranges (two four-digit years, the second later) are suggested, as a hint.
// French links two years with a hyphen ("1914-1918", as the Imprimerie
// nationale's Lexique writes it): French articles are left alone.

const ID = 'typography.number-range';

const YEAR_RANGE = /(?<![\p{L}\p{N}\-–/.,])(\d{4})-(\d{4})(?![\p{L}\p{N}\-–/]|[.,]\d)/gu;

function isYear(n: number): boolean {
  return n >= 1000 && n <= 2199;
}

export const numberRange: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'hint',
  description: {
    en: 'In English, a range of years written with a hyphen ("1990-2000") rather than an en dash ("1990–2000").',
    fr: 'En anglais, une période écrite avec un trait d’union («\u00A01990-2000\u00A0») plutôt qu’un tiret demi-cadratin («\u00A01990–2000\u00A0»).',
  },
  examples: [
    { lang: 'en', bad: 'the 1990-2000 conflict', good: 'on 2024-12-22, call 2025-2024' },
    { lang: 'fr', good: 'la période 2012-2022' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, locale } = ctx;
    const out: RawFinding[] = [];
    if (!article.language.toLowerCase().startsWith('en')) return out;
    for (const p of proseParagraphs(article)) {
      for (const m of p.text.matchAll(YEAR_RANGE)) {
        const from = Number(m[1]);
        const to = Number(m[2]);
        if (!isYear(from) || !isYear(to) || to <= from) continue;
        const start = p.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (!isProse(article, start, end)) continue;
        const fixed = `${m[1] ?? ''}–${m[2] ?? ''}`;
        out.push(
          proseFinding(article, {
            rule: ID,
            start,
            end,
            message: say(locale, {
              en: `A range takes an en dash: ${quoted('en', fixed)}.`,
              fr: `Une période prend un tiret demi-cadratin\u00A0: ${quoted('fr', fixed)}.`,
            }),
            fixTitle: say(locale, { en: `Replace with ${quoted('en', fixed)}`, fr: `Remplacer par ${quoted('fr', fixed)}` }),
            edits: [{ start: start + 4, end: start + 5, newText: '–' }],
          }),
        );
      }
    }
    return out;
  },
};
