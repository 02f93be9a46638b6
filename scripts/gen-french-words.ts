import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { slipsOf } from '../server/src/engine/spelling/frenchSlips';
import { startsIndex } from './lineStarts';

// Writes server/src/engine/spelling/frWords.ts: the French words
// spelling.common corrects towards, and the words it must never flag.
// There is no list of common French misspellings as there is for English, so
// a misspelling is found by its shape: a word no dictionary knows that one
// slip (a letter dropped, doubled or undoubled, two letters swapped, an accent
// changed, "ph" written "f") turns into a common French word ("parfaitemment",
// "assocations", « fète », « sofistiqué »). Shipping every dictionary word to
// tell "unknown" from "rare" would cost megabytes; it is enough to ship
// - the common words, those heard in films (OpenSubtitles) or read on Wikipedia
//   among the most frequent and known to cspell's French dictionary, with their
//   inflections cspell knows (« annoncé » from « annoncer »), each with a
//   frequency band (0, the commonest, to 9): the corrections;
// - every word of cspell's French or English dictionaries (English copy is
//   quoted in French, "connection", "vaccines") one slip from a common word:
//   words a slip would otherwise be taken for. Spanish, Italian, Portuguese and
//   German words count only when written without accents, as French copy
//   quotes them (« sofistiqué » is Spanish too, but not a word French quotes).
// Sources, all dev dependencies (the extension carries the list, not the
// packages): @zxcvbn-ts/language-fr (MIT; its frequency lists from
// OpenSubtitles 2024 via OPUS, ODC-BY, and from French Wikipedia) and
// cspell's dictionaries (MIT packages; the French one from Dicollecte's
// Hunspell dictionary, MPL 2.0).
// Run `node --import tsx scripts/gen-french-words.ts` after updating those
// packages; test/unit/spellingCommonFrench.test.ts checks the file is current.

/** Endings French inflects with: a common word's siblings share its stem (« annuler », « annulé », « annulées »). */
const ENDINGS = [
  '', 's', 'e', 'es', 'é', 'ée', 'és', 'ées', 'er', 'ez', 'ent', 'ant', 'ants', 'ante', 'antes', 'ait', 'aient', 'ais', 'a', 'ons',
  'era', 'eront', 'erait', 'eraient', 'ra', 'rait', 'ront', 'ion', 'ions', 'ation', 'ations', 'eur', 'eurs', 'euse', 'euses',
  'ement', 'ements', 'ité', 'ités', 'if', 'ive', 'ifs', 'ives', 'al', 'aux', 'ale', 'ales', 'ique', 'iques', 'isme', 'ismes',
  'iste', 'istes', 'i', 'ie', 'is', 'ies', 'it', 'ir', 'issent', 'u', 'ue', 'us', 'ues', 're',
].sort((a, b) => b.length - a.length);

const FRENCH_WORD = /^[a-zàâäçéèêëîïôöùûüÿœæ]{4,}$/u;

/** Words of the sports pages no dictionary holds, one slip from a common word: Inter Milan's « intéristes » are no « intégristes » (yp04). */
const PRESS_WORDS = ['intériste', 'intéristes'];

/** Each word's line: the word, then its band (a digit) for a common word, or "~" for a word that is only known. */
export async function frenchWords(root: string): Promise<Array<[string, string]>> {
  const { decodeTrie } = await import('cspell-trie-lib');
  const trie = (file: string): { has(word: string): boolean } => {
    const raw = readFileSync(join(root, file));
    return decodeTrie((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  };
  const french = trie('node_modules/@cspell/dict-fr-fr/fr-fr.trie.gz');
  const english = ['node_modules/@cspell/dict-en_us/en_US.trie.gz', 'node_modules/@cspell/dict-en-gb-mit/en_GB.trie.gz'].map(trie);
  const others = [
    'node_modules/@cspell/dict-es-es/Spanish.trie.gz',
    'node_modules/@cspell/dict-it-it/dict/it-it.trie',
    'node_modules/@cspell/dict-pt-pt/dict/Portuguese-European.trie.gz',
    'node_modules/@cspell/dict-de-de/de_DE.trie.gz',
  ].map(trie);
  const known = (w: string): boolean => french.has(w) || english.some((d) => d.has(w)) || (/^[a-z]+$/u.test(w) && others.some((d) => d.has(w)));

  const lists = ['wikipedia.json', 'commonWords.json'].map(
    (f) => JSON.parse(readFileSync(join(root, 'node_modules/@zxcvbn-ts/language-fr/src', f), 'utf8')) as string[],
  );
  // A word's rank is its best in either list.
  const rank = new Map<string, number>();
  for (const list of lists) list.forEach((w, i) => rank.set(w, Math.min(rank.get(w) ?? Infinity, i)));
  const band = (r: number): number => Math.min(9, Math.floor(Math.log2(1 + r / 250)));

  const common = new Map<string, number>();
  for (const [w, r] of rank) if (FRENCH_WORD.test(w) && french.has(w)) common.set(w, band(r));
  for (const [w, b] of [...common]) {
    const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 4);
    if (ending === undefined) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (const e of ENDINGS) {
      const sibling = stem + e;
      if (sibling !== w && french.has(sibling) && FRENCH_WORD.test(sibling)) common.set(sibling, Math.min(common.get(sibling) ?? 9, b + 1));
    }
  }
  const rows = new Map<string, string>();
  for (const [w, b] of common) rows.set(w, String(b));
  for (const w of common.keys()) {
    for (const slip of slipsOf(w)) if (!rows.has(slip) && FRENCH_WORD.test(slip) && known(slip)) rows.set(slip, '~');
  }
  for (const w of PRESS_WORDS) if (!rows.has(w)) rows.set(w, '~');
  return [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

export function frenchWordsModule(rows: ReadonlyArray<[string, string]>): string {
  const lines = rows.map(([w, b]) => `${w}${b}`);
  return [
    '// Generated by scripts/gen-french-words.ts from @zxcvbn-ts/language-fr (its frequency lists: OpenSubtitles 2024',
    '// via OPUS, ODC-BY, and French Wikipedia) and cspell’s dictionaries (French: Dicollecte, MPL 2.0): do not edit.',
    '// One word a line, sorted: a common word and its frequency band (0 the commonest, 9 the rarest), or a word',
    '// only known ("~"), one slip from a common one. Loaded on first use (see spelling/frenchWords.ts).',
    'export const FR_WORDS = `',
    ...lines,
    '`;',
    '/** Each three-letter start and the offset in FR_WORDS of its first line, "," between them. */',
    `export const FR_WORD_STARTS = '${startsIndex(rows.map(([w]) => w), lines)}';`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const rows = await frenchWords(root);
  writeFileSync(join(root, 'server/src/engine/spelling/frWords.ts'), frenchWordsModule(rows));
  console.log(`${rows.length} French words written (${rows.filter(([, b]) => b !== '~').length} common)`);
}

if (process.argv[1]?.endsWith('gen-french-words.ts')) void main();
