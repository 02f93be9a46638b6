import { say } from '../messages';
import { charClass, DIGIT, LETTER, MARK } from '../letterClass';
import { startsSentence } from '../sentenceStart';
import { frenchMisspellings } from '../spelling/frenchMisspellings';
import { correctionsOf } from '../spelling/misspellings';
import { isProse, matchCase } from '../style/proseText';
import { isFirstName } from '../translation/firstNames';
import type { Article, Locale, RawFinding } from '../types';
import type { DocumentRule } from './rule';

// A common English word misspelt ("announcment", "goverment", "recieve"):
// only words on a list of known misspellings (spelling/enMisspellings.ts), so
// a name, a foreign word or a coinage is never taken for a slip. A word with a
// capital is read only where a sentence starts, and only if the article never
// writes it with its capital mid-sentence: then it is a name (Thier), unless
// it is a word bodies' names are made of ("Natural Enviroment Research Council"). One
// correction is the preferred fix; with several ("absolete": absolute or
// obsolete) the editor chooses.
// In French, where no such list exists, a misspelling is found by its shape:
// a word in small letters no dictionary knows, one slip from a common word
// ("parfaitemment", « fète »: spelling/frenchMisspellings.ts).

/**
 * Words of letters and an apostrophe, found without the Unicode flag (several times faster over a long text); a
 * word glued to a digit, a letter beyond ASCII, or to "_@#/.-" (an address, a handle, a compound) is checked by
 * the code units around it.
 */
const WORD = /[A-Za-z]{4,}(?:['\u2019][a-z]+)?/g;
const GLUE: ReadonlySet<number> = new Set([0x5f, 0x40, 0x23, 0x2f, 0x2e, 0x2d]);

/** Whether the code unit before a word (or after it) makes it part of something else. */
function glued(prose: string, at: number, after: boolean): boolean {
  const c = prose.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  // A stop after a word ends its sentence, unless a letter follows it ("goverment.com").
  if (after && c === 0x2e) return /[A-Za-z]/.test(prose.charAt(at + 1));
  // A hyphen between words joins a compound, each word of it spelt as alone ("anti-goverment"), unless the
  // compound is an address's or a handle's ("my-goverment.org", "@anti-goverment").
  if (c === 0x2d && /^[a-z]$/.test(prose.charAt(after ? at + 1 : at - 1)) && !inAddress(prose, at)) return false;
  return GLUE.has(c) || (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;
}

/** Whether the run of text without spaces around `at` is an address, a path or a handle. */
function inAddress(prose: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/\s/u.test(prose.charAt(from - 1))) from--;
  let to = at;
  while (to < prose.length && !/\s/u.test(prose.charAt(to))) to++;
  return /[@#/_]|\.[A-Za-z]/u.test(prose.slice(from, to));
}

export const spellingCommon: DocumentRule = {
  id: 'spelling.common',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A common word is misspelt (“announcment”, “goverment”, « parfaitemment »).',
    fr: 'Un mot courant est mal orthographié («\u00a0announcment\u00a0», «\u00a0goverment\u00a0», «\u00a0parfaitemment\u00a0»).',
  },
  examples: [
    { lang: 'en', bad: 'The goverment made an announcment on Tuesday.', good: 'The government made an announcement on Tuesday.' },
    { lang: 'fr', bad: 'C’est parfaitemment clair.', good: 'C’est parfaitement clair.' },
  ],
  check(ctx) {
    const { article, locale } = ctx;
    const language = article.language.toLowerCase().split(/[-_]/u)[0];
    if (language === 'fr') return frenchFindings(ctx.article, locale);
    if (language !== 'en') return [];
    const out: RawFinding[] = [];
    WORD.lastIndex = 0;
    const prose = article.prose;
    for (let m = WORD.exec(prose); m !== null; m = WORD.exec(prose)) {
      const written = m[0];
      const start = m.index;
      const end = start + written.length;
      if ((start > 0 && glued(prose, start - 1, false)) || glued(prose, end, true)) continue;
      const lower = written.toLowerCase();
      // All capitals (an acronym, a shouted headline) or a capital inside: not a common word as written.
      if (written !== lower && written.slice(1) !== lower.slice(1)) continue;
      const asListed = written.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
      // A possessive is the word's ("the goverment's response"): the list has the word, and the fix keeps the "'s".
      const owner = /^(.{4,})'s$/u.exec(asListed);
      const fixes = correctionsOf(asListed) ?? (owner?.[1] !== undefined ? correctionsOf(owner[1])?.map((f) => `${f}'s`) : undefined);
      if (!fixes || !isProse(article, start, end)) continue;
      if (written !== lower && (!opensClause(prose, start) || namedMidSentence(prose, written)) && !titleCaseSlip(fixes)) continue;
      // A place's slip the article writes as someone's name ("Ahmed al-Shaara", not "Sahara") is that name.
      if (written !== lower && namedAsPerson(prose, written)) continue;
      const corrections = fixes.map((f) => matchCase(written, written.includes('’') ? f.replace(/'/gu, '’') : f));
      out.push(
        misspelling(article, locale, start, end, corrections, {
          en: `“${written}” is a common misspelling of ${shown(locale, corrections)}.`,
          fr: `«\u00a0${written}\u00a0» est une faute d’orthographe courante pour ${shown(locale, corrections)}.`,
        }),
      );
    }
    return out;
  },
};

/** French words one slip from a common word: "looks like", since no list vouches for the slip. */
function frenchFindings(article: Article, locale: Locale): RawFinding[] {
  return frenchMisspellings(article.prose, (start, end) => isProse(article, start, end)).map(({ start, end, corrections }) => {
    const written = article.prose.slice(start, end);
    return misspelling(article, locale, start, end, corrections, {
      en: `“${written}” looks like a misspelling of ${shown(locale, corrections)}.`,
      fr: `«\u00a0${written}\u00a0» semble mal orthographié\u00a0: ${shown(locale, corrections)}\u00a0?`,
    });
  });
}

function shown(locale: Locale, corrections: readonly string[]): string {
  return corrections.map((c) => (locale === 'fr' ? `«\u00a0${c}\u00a0»` : `“${c}”`)).join(locale === 'fr' ? ' ou ' : ' or ');
}

function misspelling(article: Article, locale: Locale, start: number, end: number, corrections: readonly string[], message: { en: string; fr: string }): RawFinding {
  return {
    rule: 'spelling.common',
    message: say(locale, message),
    path: article.path,
    start,
    end,
    related: [],
    fixes: corrections.map((c) => ({
      title: say(locale, { en: `Replace with “${c}”`, fr: `Remplacer par «\u00a0${c}\u00a0»` }),
      preferred: corrections.length === 1,
      edits: [{ path: article.path, start, end, newText: c }],
    })),
  };
}

/** Words a body's name capitalises, misspelt there as anywhere ("Natural Enviroment Research Council", "the Goverment"). */
const CAPITALISED_WORDS: ReadonlySet<string> = new Set(
  (
    'environment environmental government parliament parliamentary department committee commission association foundation international national ' +
    'development management university secretary assembly ministry federal republic democratic affairs agriculture infrastructure security ' +
    'conference organisation organization institute technology research energy education justice transport independent council authority agency ' +
    'society federation corporation company services office tribunal communications information resources relations protection administration ' +
    'commissioner representatives committees governments universities'
  ).split(' '),
);

/**
 * Whether a capitalised word mid-sentence is still a slip: one of CAPITALISED_WORDS misspelt, or a place's, a people's
 * or a month's name (the list gives those with their capital: "Britian", "Febuary"). No one is named "Enviroment".
 */
function titleCaseSlip(corrections: readonly string[]): boolean {
  const [only] = corrections;
  return corrections.length === 1 && only !== undefined && (CAPITALISED_WORDS.has(only.toLowerCase()) || /^\p{Lu}/u.test(only));
}

/** A sentence's start, or a dateline's end ("NEW YORK, January 16 - Investigators on Friday…"). */
function opensClause(prose: string, at: number): boolean {
  return startsSentence(prose, at) || /[—–-][ \u00A0]$/u.test(prose.slice(Math.max(0, at - 2), at));
}

/** What stands before a surname: a particle ("al-", "bin", "van"), a courtesy title ("Mr", « M. »). */
const BEFORE_SURNAME = /(?<![\p{L}])(?:(?:[Aa][dnrstz]|[Aa]sh)-|(?:[Aa]l|[Ee]l|bin|ben|ibn|Abu|Abou|van|von|de|da|di|dos|del)[- \u00A0]|(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M)\.?[ \u00A0])$/u;

/**
 * Whether the article writes `word` as part of a person's name somewhere: after a particle or a courtesy title, or
 * after a first name ("Ahmed al-Shaara", "Mr Sahra", "Nasser Lebanon").
 */
function namedAsPerson(prose: string, word: string): boolean {
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    const before = prose.slice(Math.max(0, at - 30), at);
    if (BEFORE_SURNAME.test(before)) return true;
    const first = /(\p{Lu}[\p{L}\p{M}'’-]+)[ \u00A0]$/u.exec(before)?.[1];
    if (first !== undefined && isFirstName(first)) return true;
  }
  return false;
}

/** Whether the article writes `word`, capitalised, somewhere a sentence does not start: a name, not a slip. */
function namedMidSentence(prose: string, word: string): boolean {
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    if ((at > 0 && glued(prose, at - 1, false)) || glued(prose, at + word.length, true)) continue;
    if (!opensClause(prose, at)) return true;
  }
  return false;
}
