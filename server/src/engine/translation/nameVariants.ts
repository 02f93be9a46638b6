import { foldKey } from '../entities/fold';
import { charClass, isLetterOrMark, LETTER, LOWER, MARK, UPPER } from '../letterClass';
import type { Span } from '../types';

// Names nobody put in the entity list still have one spelling per story.
// This module finds capitalised words and tells when two of them are one
// slip apart ("Sonko" / "Sanko"); translation.name decides when that is worth
// saying. Everything here leans towards silence: a name legitimately spelt
// two ways (Dmitry / Dmitri, Abdallah / Abdullah, Félix / Felix) must never
// look like a slip.

/** One capitalised word in an article's prose. */
export interface NameToken extends Span {
  /** As written, NFC. */
  text: string;
  /** Part of a name the entity list knows: entity.spelling answers for its spelling. */
  claimed: boolean;
}

/** Shorter words are too often different words one letter apart (Mali / Male, Iran / Iraq are already four). */
const MIN_LENGTH = 4;
/** Names as short as "Sall" are still names: kept, for a version that writes one two ways. */
const MIN_TOKEN = 3;

export interface ArticleWords {
  /** Capitalised words with a lower-case letter, at least MIN_TOKEN long, by text (NFC). */
  names: Map<string, NameToken[]>;
  /** Whether `word`, in lower case, is written somewhere in the text: then its capitalised form may just start a sentence. */
  writtenLower(word: string): boolean;
  /** Whether `word` is written as it is anywhere, a name's place or not (at the start of a sentence, say). */
  written(word: string): boolean;
  /** The capitalised word just before a name, across one space or a hyphen and any particles, if any ("Ousmane" before "Sonko", "Margot" before "Velden"). */
  before(token: NameToken): string | undefined;
  /** The capitalised word just after it, across one space or a hyphen and any particles, if any. */
  after(token: NameToken): string | undefined;
  /** The prose between two offsets. */
  slice(start: number, end: number): string;
}

/**
 * The names among `spans` ([start, end, …] of capitalised words, as the
 * fingerprints found them): each word of letters in them that starts with a
 * capital ("Amir" and "Abdollahian" in "Amir-Abdollahian", "Sonko" in
 * "Sonko’s"), kept when it has a lower-case letter and MIN_TOKEN letters,
 * with whether `claimed` says another rule answers for it (a listed name).
 */
export function articleWords(prose: string, spans: readonly number[], claimed: (start: number, end: number) => boolean): ArticleWords {
  const names = new Map<string, NameToken[]>();
  const add = (start: number, end: number): void => {
    const raw = prose.slice(start, end);
    const shape = wordShape(raw);
    if (!shape.lower || shape.letters < MIN_TOKEN) return;
    const word = shape.marks ? raw.normalize('NFC') : raw;
    const token: NameToken = { text: word, start, end, claimed: claimed(start, end) };
    const list = names.get(word);
    if (list) list.push(token);
    else names.set(word, [token]);
  };
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const to = Math.min(spans[k + 1] ?? 0, prose.length);
    let start = spans[k] ?? 0;
    while (start < to) {
      let end = start;
      while (end < to && isLetterOrMark(prose.charCodeAt(end))) end++;
      if (end > start && (charClass(prose.charCodeAt(start)) & UPPER) !== 0) add(start, end);
      // Only a hyphen joins the parts of one name; an apostrophe ends it ("Sonko’s"), but after the capital that
      // opens an Irish or West African name ("O’Leary", "N’Guessan", "D’Souza"), whose next word is the name.
      if (isApostrophe(prose.charCodeAt(end)) && end === start + 1 && /^[NOD]$/u.test(prose.charAt(start)) && (charClass(prose.charCodeAt(end + 1)) & UPPER) !== 0) {
        start = end + 1;
        continue;
      }
      if (prose.charCodeAt(end) !== 0x2d) break;
      start = end + 1;
    }
  }
  return {
    names,
    writtenLower: (word) => writtenWord(prose, word.toLowerCase()),
    written: (word) => writtenWord(prose, word),
    before: (token) => capitalBefore(prose, token.start),
    after: (token) => capitalAfter(prose, token.end),
    slice: (start, end) => prose.slice(start, end),
  };
}

/** ’ or ', as in "N’Guessan". */
const isApostrophe = (code: number): boolean => code === 0x2019 || code === 0x27;

/** One space, or the hyphen of a double name ("Amir-Abdollahian"), between a name and its neighbour. */
function joins(code: number): boolean {
  return code === 0x20 || code === 0x2d;
}

/** Lower-case words inside a name, which the neighbouring name reaches across ("Margot van der Velden", "Mohammed ben Salmane"). */
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'du', 'da', 'das', 'dos', 'del', 'della', 'di', 'von', 'ben', 'bin', 'ibn', 'al', 'el', 'ould', 'ag']);

/** The capitalised word that ends one space (or hyphen) before `start`, across up to two particles, if any. */
function capitalBefore(prose: string, start: number): string | undefined {
  // The word before "N’Guessan" is the one before its "N’".
  let end = isApostrophe(prose.charCodeAt(start - 1)) && /^[NOD]$/u.test(prose.charAt(start - 2)) && !isLetterOrMark(prose.charCodeAt(start - 3)) ? start - 3 : start - 1;
  for (let hops = 0; hops < 3; hops++) {
    if (end <= 0 || !joins(prose.charCodeAt(end))) return undefined;
    let k = end;
    while (k > 0 && isLetterOrMark(prose.charCodeAt(k - 1))) k--;
    if (k === end) return undefined;
    const word = prose.slice(k, end);
    if ((charClass(prose.charCodeAt(k)) & UPPER) !== 0) return word.normalize('NFC');
    // A compound first name whose second part takes no capital ("Chems-eddine Hafiz", "Nour-eddine").
    if (prose.charAt(k - 1) === '-') {
      let h = k - 1;
      while (h > 0 && isLetterOrMark(prose.charCodeAt(h - 1))) h--;
      if (h < k - 1 && (charClass(prose.charCodeAt(h)) & UPPER) !== 0) return prose.slice(h, end).normalize('NFC');
    }
    if (!PARTICLES.has(word)) return undefined;
    end = k - 1;
  }
  return undefined;
}

/** The capitalised word that starts one space (or hyphen) after `end`, across up to two particles ("Tamim bin Hamad"), if any. */
function capitalAfter(prose: string, end: number): string | undefined {
  const to = prose.length;
  let at = end;
  for (let hops = 0; hops < 3; hops++) {
    if (at + 1 >= to || !joins(prose.charCodeAt(at))) return undefined;
    let k = at + 1;
    while (k < to && isLetterOrMark(prose.charCodeAt(k))) k++;
    if (k === at + 1) return undefined;
    // The word after "N’" is the name: "Affi N’Guessan".
    if (k === at + 2 && /^[NOD]$/u.test(prose.charAt(at + 1)) && isApostrophe(prose.charCodeAt(k))) {
      let e = k + 1;
      while (e < to && isLetterOrMark(prose.charCodeAt(e))) e++;
      if (e > k + 1 && (charClass(prose.charCodeAt(k + 1)) & UPPER) !== 0) return prose.slice(k + 1, e).normalize('NFC');
    }
    const word = prose.slice(at + 1, k);
    if ((charClass(prose.charCodeAt(at + 1)) & UPPER) !== 0) return word.normalize('NFC');
    if (!PARTICLES.has(word)) return undefined;
    at = k;
  }
  return undefined;
}

/** Letters (not counting combining marks), whether one is lower case, whether there are marks to compose. */
function wordShape(word: string): { letters: number; lower: boolean; marks: boolean } {
  let letters = 0;
  let lower = false;
  let marks = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of an astral letter
    const cls = c >= 0xd800 && c <= 0xdbff ? LETTER : charClass(c);
    if ((cls & MARK) !== 0) marks = true;
    else letters++;
    if ((cls & LOWER) !== 0) lower = true;
  }
  return { letters, lower, marks };
}

/** Whether `word` is written as a whole word in the prose: asked only of the rare spelling with a look-alike. */
export function writtenWord(prose: string, word: string): boolean {
  for (let at = prose.indexOf(word); at !== -1; at = prose.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterOrMark(prose.charCodeAt(at - 1))) && !isLetterOrMark(prose.charCodeAt(at + word.length))) return true;
  }
  return false;
}

// The same names come back article after article: each is folded once.
const folded = new Map<string, string>();
const FOLDED_MEMO = 50000;

/** A name without case or accents (foldKey), remembered. */
export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    f = foldKey(name);
    if (folded.size >= FOLDED_MEMO) folded.clear();
    folded.set(name, f);
  }
  return f;
}

export type Slip =
  /** One letter for another, between `before` and `after`, `fromEnd` letters before the end (1: the last). */
  | { kind: 'substitution'; from: string; to: string; before: string; after: string; fromEnd: number }
  /** One letter more in one spelling, between `before` and `after`; `doubled` when it doubles its neighbour (Gallant / Galant). */
  | { kind: 'insertion'; letter: string; doubled: boolean; before?: string; after?: string; last?: boolean; beforeDoubled?: string }
  | { kind: 'transposition' };

/**
 * How `y` is one slip away from `x`: one letter changed, added, dropped, or
 * two neighbours swapped, never at the first or the last letter (where
 * languages put their endings: Merkel / Merkels, Minister / Ministre,
 * Iran / Iraq). Undefined when they are further apart, or differ only by
 * accents or case. With `doubledEnd`, a last letter doubled or not also
 * counts (Sall / Sal, Nangaa / Nanga): an ending never doubles a letter, but
 * two names may differ so (Nass / Nas), so only a version that writes both
 * next to the same first name asks for it.
 */
export function slipBetween(x: string, y: string, doubledEnd = false): Slip | undefined {
  const fx = foldName(x);
  const fy = foldName(y);
  if (x === y || fx === fy) return undefined;
  const a = [...fx];
  const b = [...fy];
  // An accent one spelling has and the other lacks makes it another word: "Mosquée" / "Mosque" (folded
  // "mosquee" / "mosque") is a translation; "Timothée" / "Timothé" keep their accent and lose a letter.
  const accents = (w: string): string => [...w.normalize('NFC').toLowerCase()].filter((c) => c > '\u007f').sort().join('');
  if (doubledEnd && Math.min(a.length, b.length) >= MIN_TOKEN && Math.abs(a.length - b.length) === 1 && accents(x) === accents(y)) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    const last = long[long.length - 1];
    // "Zelenskyy" (AP) / "Zelensky": a doubled final y or i is how transliterations differ.
    if (last === long[long.length - 2] && last !== 'y' && last !== 'i' && short.join('') === long.slice(0, -1).join('')) return { kind: 'insertion', letter: last ?? '', doubled: true };
  }
  if (a.length < MIN_LENGTH || b.length < MIN_LENGTH) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const interior = (k: number, len: number): boolean => k > 0 && k < len - 1;
  if (a.length === b.length) {
    let j = a.length - 1;
    while (j > i && a[j] === b[j]) j--;
    if (j === i && interior(i, a.length)) return { kind: 'substitution', from: a[i] ?? '', to: b[i] ?? '', before: a[i - 1] ?? '', after: a[i + 1] ?? '', fromEnd: a.length - i };
    // Two letters swapped, the last one included (Okonkwo / Okonkow), except English "-er" for French "-re" (Alexander / Alexandre).
    if (j === i + 1 && a[i] === b[j] && a[j] === b[i] && i > 0 && (interior(j, a.length) || [a[i], a[j]].sort().join('') !== 'er')) return { kind: 'transposition' };
    return undefined;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || !interior(i, long.length)) return undefined;
  // Everything after the added letter must match.
  for (let k = i; k < short.length; k++) if (short[k] !== long[k + 1]) return undefined;
  const letter = long[i] ?? '';
  const doubled = letter === long[i - 1] || letter === long[i + 1];
  // The letter before the doubled pair: "e" in Plem(m)ons, "a" in Moha(m)med.
  const beforeDoubled = doubled ? (letter === long[i - 1] ? long[i - 2] : long[i - 1]) : undefined;
  return { kind: 'insertion', letter, doubled, before: long[i - 1] ?? '', after: long[i + 1] ?? '', last: i === long.length - 2, ...(beforeDoubled !== undefined ? { beforeDoubled } : {}) };
}

/**
 * The last letter of a name changed, added or dropped (Sawadogo /
 * Sawadoga, Rutte / Rutter, Jae-myung / Jae-myun), where no language's
 * ending explains it: not a vowel or "h" or "s" added or dropped (Salman /
 * Salmane, Abdallah / Abdalla, Merkel / Merkels), not two letters
 * transliterations trade (Dmitry / Dmitri, Ahmed / Ahmad). A vowel for
 * another outside those (Sawadoga, Antonia) is a slip: one person's name does
 * not change gender between an English and a French version, and the caller
 * asks for the same first name beside it in both. Names of five letters or
 * more only: Iran and Iraq are two countries.
 */
export function endSlipBetween(x: string, y: string): boolean {
  const a = [...foldName(x)];
  const b = [...foldName(y)];
  if (Math.min(a.length, b.length) < END_SLIP_LENGTH || a.join('') === b.join('')) return false;
  if (a.length === b.length) {
    const n = a.length;
    if (a.slice(0, -1).join('') !== b.slice(0, -1).join('')) return false;
    return !TRADED.has([a[n - 1], b[n - 1]].sort().join(' '));
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || long.slice(0, -1).join('') !== short.join('')) return false;
  const added = long[long.length - 1] ?? '';
  if (peopleOf(x, y)) return false;
  return !VOWELS.has(added) && added !== 'h' && added !== 's' && added !== long[long.length - 2];
}

const END_SLIP_LENGTH = 5;

/** A place and its people, one "n" apart: "Africa" / "South African", "Kenya" / "Kenyan", "Korea" / "Koreans". */
export function peopleOf(x: string, y: string): boolean {
  const [a, b] = [foldName(x), foldName(y)];
  const [place, people] = a.length < b.length ? [a, b] : [b, a];
  return place.endsWith('a') && (people === `${place}n` || people === `${place}ns`);
}

/**
 * Letters that transliterations of one name trade: vowels (Ahmed / Ahmad,
 * Abdallah / Abdullah, Hossein / Hussein, Dmitri / Dmitry, Gorbachev /
 * Gorbachov, Abdulsalam / Abdelsalam) and consonants (Aicha / Aisha, Qasim / Kasim, Benjamin /
 * Benyamin). A vowel slip outside these (Sonko / Sanko) is a slip.
 */
// Ukrainian "г" is "h" in English and « g » in French (Sybiha / « Sybiga », Olha / « Olga »).
const TRADED = new Set(['a e', 'a u', 'o u', 'e i', 'i y', 'e o', 'u y', 'e y', 'e u', 'c k', 'k q', 'c q', 's z', 'c s', 'v w', 'f v', 'g j', 'j y', 'd t', 'b p', 'g h']);

/**
 * Doubled letters that transliterations keep or drop: French doubles an "s"
 * between vowels (al-Sisi / al-Sissi, Vasily / Vassily, Masoud / Massoud), and
 * Arabic names keep or drop the doubled "m" after a, o or u (Mohamed / Mohammed), and French writes the "aa" of
 * an Arabic "ʿa" that English writes "a" (Jabari / « Jaabari »).
 */
const DOUBLED_IN_TRANSLITERATION = new Set(['s', 'm', 'a']);
const MM_AFTER = new Set(['a', 'o', 'u']);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * A letter added the way English and French transliterations differ: "ou"
 * for "u" (Rohani / Rouhani, Umerov / Oumerov), "gu" (Sergei / Sergueï), a
 * short vowel between consonants (Dagalo / Daglo), an
 * "i" or "y" beside a vowel (Matvienko / Matviyenko), "dj" (Jibril /
 * Djibril), "tch" (Shevchuk / Chevtchouk), "ch" for "h" (Menachem /
 * Menahem), "kh" for "h" (Rahmon / Rakhmon), a doubled s or m, a French plural "-es" (Alpes / Alps).
 */
function transliterated(slip: Extract<Slip, { kind: 'insertion' }>): boolean {
  const { letter, before = '', after = '' } = slip;
  // Arabic doubles an "m" after "a", "o" or "u" (Muhammad / Muhamad, Mohammed, Ammar, Oumma); "Plemmons" is a slip.
  if (slip.doubled) return DOUBLED_IN_TRANSLITERATION.has(letter) && (letter !== 'm' || MM_AFTER.has(slip.beforeDoubled ?? ''));
  if (letter === 'o' && after === 'u') return true;
  if (letter === 'u' && (before === 'o' || before === 'g' || before === 'q')) return true;
  if ((letter === 'i' || letter === 'y') && (VOWELS.has(before) || VOWELS.has(after))) return true;
  // A short vowel written or not between two consonants (Dagalo / Daglo, Mohamed / Muhmed).
  if (VOWELS.has(letter) && !VOWELS.has(before) && !VOWELS.has(after)) return true;
  // French plurals of place names: Alpes / Alps, Pyrénées / Pyrenees.
  if (letter === 'e' && after === 's' && slip.last === true) return true;
  // The Hebrew and Arabic "ch" of Menachem, Chaim that French writes "h" (Menahem, Haïm); not German "sch" (Mensch / Mensh).
  if (letter === 'c' && after === 'h' && before !== 's') return true;
  // Russian and Tajik "х" between vowels, "h" in English and "kh" in French copy (Rahmon / Rakhmon, Mihail / Mikhaïl).
  if (letter === 'k' && after === 'h' && VOWELS.has(before)) return true;
  return (letter === 'd' && after === 'j') || (letter === 't' && after === 'c');
}

/** A short vowel written or not between two consonants, inside the word (Kalamata / Kalamta, Dagalo / Daglo). */
export function shortVowelBetween(slip: Slip): boolean {
  if (slip.kind !== 'insertion' || slip.doubled || slip.last === true) return false;
  const consonant = (c: string | undefined): boolean => c !== undefined && /^[a-z]$/u.test(c) && !VOWELS.has(c);
  return VOWELS.has(slip.letter) && slip.letter !== 'y' && consonant(slip.before) && consonant(slip.after);
}

/**
 * A slip no transliteration explains: two letters that spellings of one name
 * do not trade, two letters swapped, a doubled letter dropped or added
 * (Metsola / Metsolla, Tebboune / Teboune) other than those above, or a
 * letter added that no transliteration adds (Mensch / Mensh, Peskov /
 * Peshkov, Frémaux / Frémeaux).
 */
export function unexplained(slip: Slip): boolean {
  if (slip.kind === 'transposition') return true;
  if (slip.kind === 'insertion') return !transliterated(slip);
  return !TRADED.has([slip.from, slip.to].sort().join(' '));
}

/** Endings of the surnames English and French transliterate, even after a first name they write alike (Karen Khachanov / Khatchanov, Pavel Durov / Dourov, Roman Abramovich / Abramovitch). */
const TRANSLITERATED_ENDING = /(?:ov|ova|ev|eva|in|ina|enko|sky|skyi|skiy|ski|ska|yan|ian|vich|vitch|itch|vic|dze|shvili|uk|yk|oglu)$/u;

/**
 * Whether `slip` between `x` and its other spelling is a slip in a surname
 * written letter for letter in both languages, the caller having found the
 * same first name of Europe's west, the Americas or Japan before it (Stan
 * Wawrinka / Wawrinca, Cyril Ramaphosa / Ramaphossa, Brett McGurk /
 * McGuirk): any one letter changed, added or dropped, but "ou" for "u", "i"
 * for "y", "ch" for "sh" and an "h" added, which French spelling of a Slavic
 * or Arabic surname makes whatever the first name, nor in a surname of a
 * transliterated ending.
 */
export function latinSurnameSlip(x: string, slip: Slip, romanised = false): boolean {
  const folded = foldName(x);
  if ([...folded].length < 5 || TRANSLITERATED_ENDING.test(folded)) return false;
  if (slip.kind === 'transposition') return true;
  if (slip.kind === 'insertion') return slip.letter !== 'h' && !(slip.letter === 'o' && (slip.after === 'u' || slip.before === 'u')) && !(slip.letter === 'u' && (slip.after === 'o' || slip.before === 'o'));
  // Not "sh" for "ch" (El Fasher / El Facher), but in a Japanese name (`romanised`), which French does not respell (Kishida).
  return [slip.from, slip.to].sort().join('') !== 'iy' && (romanised || !(slip.after === 'h' && [slip.from, slip.to].sort().join('') === 'cs'));
}

/**
 * One plain vowel for another between two plain consonants (Hichilema /
 * Hichilama, Bolsonaro / Bolsonero), in a name of six letters or more: a
 * slip transliterations make only in the names they touch, so the caller
 * asks for the first name beside it written alike in both versions. Not "o"
 * for "u" (Omar / Umar), "i" for "y", vowels beside another vowel (Alieu /
 * Aliou, Sergei / Sergey) or beside "h", "w" or "y" (Mohamed / Muhamed), nor
 * the final syllable's a/e or e/i of Arabic names (Ahmad / Ahmed, Hamid / Hamed),
 * unless `notTransliterated` (the caller knows the name is not one of those).
 */
export function plainVowelSlip(x: string, slip: Slip, notTransliterated = false): boolean {
  if (slip.kind !== 'substitution' || [...foldName(x)].length < 6) return false;
  const PLAIN = 'aeio';
  if (!PLAIN.includes(slip.from) || !PLAIN.includes(slip.to)) return false;
  const consonant = (c: string): boolean => /^[a-z]$/u.test(c) && !VOWELS.has(c) && c !== 'h' && c !== 'w';
  if (!consonant(slip.before) || !consonant(slip.after)) return false;
  const pair = [slip.from, slip.to].sort().join('');
  return notTransliterated || !(slip.fromEnd === 2 && (pair === 'ae' || pair === 'ei'));
}
