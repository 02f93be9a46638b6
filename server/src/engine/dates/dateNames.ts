import type { Lang } from '../types';

// Month and weekday names for the languages whose dates we parse by hand.
// Lookup keys are folded (lower case, accents removed) so "Decembre",
// "DÉCEMBRE" and "décembre" all match; the written form is kept elsewhere.

export interface DateNames {
  months: readonly string[]; // 12 full names, index 0 = January, canonical spelling
  monthAbbrevs: readonly string[]; // canonical abbreviation for rewrites (with its dot if any)
  /** folded spelling → month (1–12) and whether it is an abbreviation */
  monthLookup: ReadonlyMap<string, { month: number; abbrev: boolean }>;
  weekdays: readonly string[]; // index 0 = Sunday
  weekdayAbbrevs: readonly string[];
  weekdayLookup: ReadonlyMap<string, { weekday: number; abbrev: boolean }>;
  /** Month names are proper nouns (English): lower-case "may", "march" are not months. */
  capitalised: boolean;
  /** Both lookups as a trie over a–z, so most words are turned down by their first letters. */
  trie: NameNode;
  /** Words with letters outside a–z, folded and looked up once (bounded). */
  slow: Map<string, NameHit>;
}

export interface NameHit {
  month?: { month: number; abbrev: boolean };
  weekday?: { weekday: number; abbrev: boolean };
}

interface NameNode extends NameHit {
  next: (NameNode | undefined)[]; // by letter, a = 0
}

export const NO_NAME: NameHit = {};

/**
 * The month and weekday the word text[start, end) names, if any; the same
 * answer as looking its folded form up in `monthLookup` and `weekdayLookup`.
 */
export function nameHit(names: DateNames, text: string, start: number, end: number): NameHit {
  let node: NameNode | undefined = names.trie;
  for (let k = start; k < end && node !== undefined; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) node = node.next[c - 0x61];
    else if (c >= 0x41 && c <= 0x5a) node = node.next[c - 0x41];
    // Folding keeps an ASCII prefix as it is (lower-cased), so only a word
    // whose ASCII start is a key's start can fold to a key.
    else if (c >= 0x80) return slowHit(names, text.slice(start, end));
    else return NO_NAME; // keys are a–z only (checked when built)
  }
  return node ?? NO_NAME;
}

function slowHit(names: DateNames, word: string): NameHit {
  let hit = names.slow.get(word);
  if (hit === undefined) {
    const f = fold(word);
    const month = names.monthLookup.get(f);
    const weekday = names.weekdayLookup.get(f);
    hit = month === undefined && weekday === undefined ? NO_NAME : { month, weekday };
    if (names.slow.size > 10_000) names.slow.clear();
    names.slow.set(word, hit);
  }
  return hit;
}

function buildTrie(
  monthLookup: ReadonlyMap<string, { month: number; abbrev: boolean }>,
  weekdayLookup: ReadonlyMap<string, { weekday: number; abbrev: boolean }>,
): NameNode {
  const root: NameNode = { next: [] };
  const nodeFor = (key: string): NameNode => {
    if (!/^[a-z]+$/.test(key)) throw new Error(`date name key outside a–z: ${key}`);
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const l = key.charCodeAt(k) - 0x61;
      let child = node.next[l];
      if (child === undefined) {
        child = { next: [] };
        node.next[l] = child;
      }
      node = child;
    }
    return node;
  };
  for (const [k, v] of monthLookup) nodeFor(k).month = v;
  for (const [k, v] of weekdayLookup) nodeFor(k).weekday = v;
  return root;
}

const MARKS = /\p{M}/gu;
const ASCII = /^[ -~]*$/;

const folded = new Map<string, string>();

// ASCII words skip normalisation. Words repeat, so remember them (bounded).
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function build(
  months: string[],
  monthAbbrevs: string[],
  extraMonthAbbrevs: Record<string, number>,
  weekdays: string[],
  weekdayAbbrevs: string[],
  extraWeekdayAbbrevs: Record<string, number>,
  capitalised: boolean,
): DateNames {
  const monthLookup = new Map<string, { month: number; abbrev: boolean }>();
  months.forEach((m, i) => monthLookup.set(fold(m), { month: i + 1, abbrev: false }));
  monthAbbrevs.forEach((m, i) => {
    const key = fold(m.replace(/\.$/, ''));
    if (!monthLookup.has(key)) monthLookup.set(key, { month: i + 1, abbrev: true });
  });
  for (const [k, v] of Object.entries(extraMonthAbbrevs)) if (!monthLookup.has(k)) monthLookup.set(k, { month: v, abbrev: true });
  const weekdayLookup = new Map<string, { weekday: number; abbrev: boolean }>();
  weekdays.forEach((w, i) => weekdayLookup.set(fold(w), { weekday: i, abbrev: false }));
  weekdayAbbrevs.forEach((w, i) => {
    const key = fold(w.replace(/\.$/, ''));
    if (!weekdayLookup.has(key)) weekdayLookup.set(key, { weekday: i, abbrev: true });
  });
  for (const [k, v] of Object.entries(extraWeekdayAbbrevs)) if (!weekdayLookup.has(k)) weekdayLookup.set(k, { weekday: v, abbrev: true });
  const trie = buildTrie(monthLookup, weekdayLookup);
  return { months, monthAbbrevs, monthLookup, weekdays, weekdayAbbrevs, weekdayLookup, capitalised, trie, slow: new Map() };
}

const EN = build(
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // AP style: March–July are not abbreviated; "Sept." is AP's September.
  ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  { mar: 3, apr: 4, jun: 6, jul: 7, sep: 9 },
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ['Sun.', 'Mon.', 'Tue.', 'Wed.', 'Thu.', 'Fri.', 'Sat.'],
  { tues: 2, thur: 4, thurs: 4 },
  true,
);

const FR = build(
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  { jan: 1, fev: 2, juil: 7 },
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  {},
  false,
);

export function dateNames(lang: Lang): DateNames | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  if (base === 'en') return EN;
  if (base === 'fr') return FR;
  return undefined;
}

/** A month or a weekday (or their abbreviations) in English or French: "June", "Mars", "lundi". */
export function isMonthOrWeekday(word: string): boolean {
  const key = fold(word);
  return [EN, FR].some((names) => names.monthLookup.has(key) || names.weekdayLookup.has(key));
}

export type WordCase = 'lower' | 'capital' | 'upper';

export function caseOf(word: string): WordCase {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = letters.charAt(0);
  if (first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()) return 'capital';
  return 'lower';
}

export function applyCase(word: string, c: WordCase): string {
  if (c === 'upper') return word.toUpperCase();
  if (c === 'lower') return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}
