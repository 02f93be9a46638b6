import { say } from '../messages';
import { startsSentence } from '../sentenceStart';
import { correctionsOf } from '../spelling/misspellings';
import { isProse, matchCase } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentRule } from './rule';

// A common English word misspelt ("announcment", "goverment", "recieve"):
// only words on a list of known misspellings (spelling/enMisspellings.ts), so
// a name, a foreign word or a coinage is never taken for a slip. A word with a
// capital is read only where a sentence starts, and only if the article never
// writes it with its capital mid-sentence: then it is a name (Thier). One
// correction is the preferred fix; with several ("wich": which or witch) the
// editor chooses.

/** Words of letters and apostrophes; a word glued to a digit, a hyphen or a letter beyond ASCII is another thing. */
const WORD = /(?<![\p{L}\p{M}\p{N}_@#/.-])[A-Za-z]{4,}(?:['’][a-z]+)?(?![\p{L}\p{M}\p{N}_@/-]|\.[A-Za-z])/gu;

export const spellingCommon: DocumentRule = {
  id: 'spelling.common',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A common English word is misspelt (“announcment”, “goverment”).',
    fr: 'Un mot anglais courant est mal orthographié («\u00a0announcment\u00a0», «\u00a0goverment\u00a0»).',
  },
  examples: [{ lang: 'en', bad: 'The goverment made an announcment on Tuesday.', good: 'The government made an announcement on Tuesday.' }],
  check(ctx) {
    const { article, locale } = ctx;
    if (article.language.toLowerCase().split(/[-_]/u)[0] !== 'en') return [];
    const out: RawFinding[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(article.prose); m !== null; m = WORD.exec(article.prose)) {
      const written = m[0];
      const first = written.charAt(0);
      const capital = first !== first.toLowerCase();
      // All capitals (an acronym, a shouted headline) or a capital inside: not a common word as written.
      if (/[A-Z]/u.test(written.slice(1))) continue;
      if (capital && (!opensClause(article.prose, m.index) || namedMidSentence(article.prose, written))) continue;
      const fixes = correctionsOf(written.toLowerCase().replace(/’/gu, "'"));
      if (!fixes || !isProse(article, m.index, m.index + written.length)) continue;
      const corrections = fixes.map((f) => matchCase(written, written.includes('’') ? f.replace(/'/gu, '’') : f));
      const shown = corrections.map((c) => (locale === 'fr' ? `«\u00a0${c}\u00a0»` : `“${c}”`)).join(locale === 'fr' ? ' ou ' : ' or ');
      out.push({
        rule: 'spelling.common',
        message: say(locale, {
          en: `“${written}” is a common misspelling of ${shown}.`,
          fr: `«\u00a0${written}\u00a0» est une faute d’orthographe courante pour ${shown}.`,
        }),
        path: article.path,
        start: m.index,
        end: m.index + written.length,
        related: [],
        fixes: corrections.map((c) => ({
          title: say(locale, { en: `Replace with “${c}”`, fr: `Remplacer par «\u00a0${c}\u00a0»` }),
          preferred: corrections.length === 1,
          edits: [{ path: article.path, start: m.index, end: m.index + written.length, newText: c }],
        })),
      });
    }
    return out;
  },
};

/** A sentence's start, or a dateline's end ("NEW YORK, January 16 - Investigators on Friday…"). */
function opensClause(prose: string, at: number): boolean {
  return startsSentence(prose, at) || /[—–-][ \u00A0]$/u.test(prose.slice(Math.max(0, at - 2), at));
}

/** Whether the article writes `word`, capitalised, somewhere a sentence does not start: a name, not a slip. */
function namedMidSentence(prose: string, word: string): boolean {
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    const glued = (c: string): boolean => /[\p{L}\p{M}\p{N}]/u.test(c);
    if (glued(prose.charAt(at - 1)) || glued(prose.charAt(at + word.length))) continue;
    if (!opensClause(prose, at)) return true;
  }
  return false;
}
