import { say } from '../messages';
import { isProse, proseFinding, proseParagraphs, quoted } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// English sets , ; : ! ? . right after the word. A space before them is a
// slip (or French habit) that can also break the line before the sign.
// Leaders, spaced ellipses (". . ."), dashes and ratios ("3 : 1") are left alone.

const ID = 'typography.en-space-before-punctuation';

const SPACED_SIGN = /( +)([,;:!?.])/g;
/** The word the sign belongs to must end right before the spaces. */
const WORD_END = /[\p{L}\p{N}\p{M})\]”’"%]/u;
/** After the sign: the end of the clause. */
const AFTER = /^(?:$|[\s”’"»])/u;

export const enSpaceBeforePunctuation: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'In English, no space goes before a comma, semicolon, colon, question mark, exclamation mark or full stop.',
    fr: 'En anglais, pas d’espace avant la virgule, le point-virgule, les deux-points, les points d’interrogation et d’exclamation ni le point.',
  },
  examples: [{ lang: 'en', bad: 'The summit ended , and the leaders left !', good: 'The summit ended, and the leaders left!' }],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, locale } = ctx;
    if (article.language !== 'en') return [];
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(article)) {
      for (const m of p.text.matchAll(SPACED_SIGN)) {
        const k = m.index ?? 0;
        const spaces = m[1] ?? '';
        const sign = m[2] ?? '';
        const before = p.text[k - 1];
        const signAt = k + spaces.length;
        const rest = p.text.slice(signAt + 1, signAt + 2);
        if (before === undefined || !WORD_END.test(before) || !AFTER.test(rest)) continue;
        // ". . ." or leaders, also once typography.ellipsis has made the last three one "…" (". …"), so fixes converge.
        if (sign === '.' && /^\s*[.…]/u.test(p.text.slice(signAt + 1))) continue;
        if (sign === ':' && /\d/.test(before) && /^\s*\d/.test(p.text.slice(signAt + 1))) continue; // a ratio or score
        const start = p.start + k;
        const end = p.start + signAt + 1;
        if (!isProse(article, start - 1, end)) continue;
        out.push(
          proseFinding(article, {
            rule: ID,
            start,
            end,
            message: say(locale, {
              en: `No space before ${quoted('en', sign)} in English.`,
              fr: `Pas d’espace avant ${quoted('fr', sign)} en anglais.`,
            }),
            fixTitle: say(locale, { en: 'Remove the space', fr: 'Supprimer l’espace' }),
            edits: [{ start, end: start + spaces.length, newText: '' }],
          }),
        );
      }
    }
    return out;
  },
};
