// The slips a French word suffers at the keyboard or in a hurry, both ways:
// `slipsOf` makes them from a word (scripts/gen-french-words.ts lists the
// real words they would be confused with), `undoSlips` finds the words a
// written form may be a slip of. One slip only: two ("anullé" for « annulé »)
// reach too many words to choose from.
//
// - a letter dropped ("assocations") or added as a double ("parfaitemment");
// - a double letter undoubled ("vacinés");
// - two neighbouring letters swapped ("gouvernemnet");
// - an accent changed, added or lost, on any number of letters (« fète »,
//   "etait", "deja");
// - "ph" written "f" (« sofistiqué »).

/** The letters an accent may be mistaken among, each with its family. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aàâ', à: 'aàâ', â: 'aàâ',
  c: 'cç', ç: 'cç',
  e: 'eéèêë', é: 'eéèêë', è: 'eéèêë', ê: 'eéèêë', ë: 'eéèêë',
  i: 'iîï', î: 'iîï', ï: 'iîï',
  o: 'oô', ô: 'oô',
  u: 'uùûü', ù: 'uùûü', û: 'uùûü', ü: 'uùûü',
};

/** Letters a writer drops: the alphabet and the accented e's. */
const DROPPED = 'abcdefghijklmnopqrstuvwxyzéè';

/** More e's and a's than this and their combinations are not tried (5⁴ = 625 is the most). */
const MAX_ACCENTED = 4;

/** How a slip was made, from the likeliest: a correction by a likelier slip comes first. */
export type SlipKind = 'accent' | 'double' | 'ph' | 'swap' | 'drop';

/** The forms one slip makes of `word` (not `word` itself). */
export function slipsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i + 1) + c + word.slice(i + 1));
    if (i + 1 < word.length && word.charAt(i + 1) !== c) out.add(word.slice(0, i) + word.charAt(i + 1) + c + word.slice(i + 2));
  }
  for (const v of accentVariants(word)) out.add(v);
  for (let i = word.indexOf('ph'); i >= 0; i = word.indexOf('ph', i + 1)) out.add(`${word.slice(0, i)}f${word.slice(i + 2)}`);
  out.delete(word);
  return out;
}

/**
 * The words `written` may be one slip of, among those `isWord` accepts, each with its slip's kind. A word of four
 * letters is read for its accents only: one letter more or less reaches too many short words (« gari » is no
 * slip of « garni »).
 */
export function undoSlips(written: string, isWord: (w: string) => boolean): Map<string, SlipKind> {
  const out = new Map<string, SlipKind>();
  const add = (w: string, kind: SlipKind): void => {
    if (w !== written && !out.has(w) && isWord(w)) out.set(w, kind);
  };
  for (const v of accentVariants(written)) add(v, 'accent');
  if (written.length <= 4) return out;
  for (let i = 1; i < written.length; i++) {
    if (written.charAt(i) === written.charAt(i - 1)) add(written.slice(0, i) + written.slice(i + 1), 'double');
  }
  for (let i = 0; i < written.length; i++) add(written.slice(0, i + 1) + written.charAt(i) + written.slice(i + 1), 'double');
  for (let i = written.indexOf('f'); i >= 0; i = written.indexOf('f', i + 1)) add(`${written.slice(0, i)}ph${written.slice(i + 1)}`, 'ph');
  for (let i = 0; i + 1 < written.length; i++) {
    if (written.charAt(i) !== written.charAt(i + 1)) add(written.slice(0, i) + written.charAt(i + 1) + written.charAt(i) + written.slice(i + 2), 'swap');
  }
  for (let i = 0; i <= written.length; i++) {
    for (const c of DROPPED) add(written.slice(0, i) + c + written.slice(i), 'drop');
  }
  return out;
}

/**
 * The spellings of `word` with one letter's accent changed, added or lost, and with its e's and a's accented
 * otherwise all at once, as a writer with no accents on the keyboard types them ("etait", "deja"): only a word with
 * at most four of them, every combination of the others would be too many.
 */
function accentVariants(word: string): Set<string> {
  const out = new Set<string>();
  const several: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const family = ACCENTED[word.charAt(i)];
    if (family === undefined) continue;
    for (const c of family) out.add(word.slice(0, i) + c + word.slice(i + 1));
    if (family.length >= 3 && (family.startsWith('a') || family.startsWith('e'))) several.push(i);
  }
  if (several.length >= 2 && several.length <= MAX_ACCENTED) {
    let forms = [word];
    for (const i of several) {
      const family = ACCENTED[word.charAt(i)] ?? '';
      const next: string[] = [];
      for (const f of forms) for (const c of family) next.push(f.slice(0, i) + c + f.slice(i + 1));
      forms = next;
    }
    for (const f of forms) out.add(f);
  }
  out.delete(word);
  return out;
}
