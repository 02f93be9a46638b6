import { charClass, DIGIT, LETTER, MARK } from '../letterClass';

// Folding makes "Goïta", "Goi\u0308ta", "GOITA" and "Goita" the same key, so
// one trie finds every way a name is written. The folded text is not the
// same length as the original (a combining mark folds to nothing, "œ" to two
// letters, a run of spaces or a CRLF to one space), so each folded code unit
// remembers the original span it came from: a match in folded text maps back to
// exact offsets in the article.

export interface FoldedText {
  /** Base letters, lower case, one space per whitespace run, straight apostrophes. */
  folded: string;
  /** For each folded code unit, where its source starts in the original text. */
  starts: Int32Array;
  /** For each folded code unit, where its source ends in the original text. */
  ends: Int32Array;
}

const SPECIAL: Readonly<Record<string, string>> = {
  œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i',
  // Every apostrophe-like mark is one apostrophe: "l’AES", "l'AES", "lʼAES".
  '’': "'", '‘': "'", ʼ: "'", '`': "'", '´': "'", '′': "'",
  // Non-breaking hyphens are hyphens; dashes are not (they separate, not join).
  '\u2010': '-', '\u2011': '-',
};

const COMBINING = /^\p{M}$/u;
const SPACE = /^\s$/u;

// Folding a BMP code unit is pure and the alphabet small: cache it.
const cache = new Map<number, string>();

function foldUnit(code: number): string {
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(code);
  let out: string;
  if (code >= 0xd800 && code <= 0xdfff) out = ch; // half of an emoji or astral letter: kept as is
  else if (SPACE.test(ch)) out = ' ';
  else if (COMBINING.test(ch)) out = '';
  else {
    const special = SPECIAL[ch];
    out = special ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  cache.set(code, out);
  return out;
}

// The scan's view of foldUnit, as numbers: the folded code unit, or DROP (a
// combining mark), SPACE, or MULTI ("œ" → "oe": read the string). Filled on
// first sight of each code unit, so a French text touches a few hundred slots.
const UNKNOWN = 0;
const DROP = -1;
const SPACE_UNIT = -2;
const MULTI = -3;
const unitTable = new Int32Array(65536);

function foldedUnit(code: number): number {
  const known = unitTable[code] ?? UNKNOWN;
  if (known !== UNKNOWN) return known;
  const f = foldUnit(code);
  const v = f === '' ? DROP : f === ' ' ? SPACE_UNIT : f.length === 1 ? f.charCodeAt(0) + 1 : MULTI;
  unitTable[code] = v;
  return v;
}

/**
 * How one code unit folds, for scans that fold as they go: a folded code
 * unit (>= 0), FOLD_DROP (a combining mark), FOLD_SPACE (whitespace; runs
 * count as one) or FOLD_MULTI (read foldedString, e.g. "œ" → "oe").
 */
export function foldStep(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code;
  const t = unitTable[code] ?? UNKNOWN;
  const v = t === UNKNOWN ? foldedUnit(code) : t;
  return v > 0 ? v - 1 : v === DROP ? FOLD_DROP : v === SPACE_UNIT ? FOLD_SPACE : FOLD_MULTI;
}
export const FOLD_DROP = -1;
export const FOLD_SPACE = -2;
export const FOLD_MULTI = -3;

/** The folded form of a code unit foldStep called FOLD_MULTI. */
export function foldedString(code: number): string {
  return foldUnit(code);
}

/** A folded text as code units, with the same map back to the original as FoldedText. */
export interface FoldedCodes {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/** foldText without building a string: what the name scan reads. */
export function foldCodes(text: string, from = 0, to = text.length): FoldedCodes {
  const size = (to - from) * 2 + 1;
  const codes = new Uint16Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  let n = 0;
  let lastWasSpace = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits, most of any text, skip the table.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      codes[n] = c;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastWasSpace = false;
      continue;
    }
    const t = unitTable[c] ?? UNKNOWN;
    const v = t === UNKNOWN ? foldedUnit(c) : t;
    if (v > 0) {
      // Table values are code + 1, so that 0 can mean "not seen yet".
      codes[n] = v - 1;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastWasSpace = false;
    } else if (v === SPACE_UNIT) {
      if (lastWasSpace) {
        // The run keeps one space; its source widens to cover the whole run.
        ends[n - 1] = i + 1;
        continue;
      }
      lastWasSpace = true;
      codes[n] = 0x20;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    } else if (v === MULTI) {
      const f = foldUnit(c);
      for (let k = 0; k < f.length; k++) {
        codes[n] = f.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      }
      lastWasSpace = false;
    }
    // DROP: a combining mark folds to nothing.
  }
  return { codes, starts, ends, length: n };
}

/** Folds a text for matching, keeping a map from folded code units to original offsets. */
export function foldText(text: string, from = 0, to = text.length): FoldedText {
  const f = foldCodes(text, from, to);
  let folded = '';
  // String.fromCharCode takes its arguments on the stack: go by chunks.
  for (let i = 0; i < f.length; i += 8192) folded += String.fromCharCode(...f.codes.subarray(i, Math.min(f.length, i + 8192)));
  return { folded, starts: f.starts.subarray(0, f.length), ends: f.ends.subarray(0, f.length) };
}

/** The folded form of a short string (a name, a token), without the offset map. */
export function foldKey(text: string): string {
  // Collected as code units and turned into one flat string: concatenating
  // letter by letter leaves a rope that every later hash or comparison of
  // the key (100,000 of them in a large list) must flatten again.
  const out = keyBuffer.length >= text.length * 2 ? keyBuffer : (keyBuffer = new Array<number>(text.length * 2));
  let n = 0;
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < text.length; i++) {
    const v = foldedUnit(text.charCodeAt(i));
    if (v > 0) {
      out[n++] = v - 1;
      lastWasSpace = false;
    } else if (v === SPACE_UNIT) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      out[n++] = 0x20;
    } else if (v === MULTI) {
      const f = foldUnit(text.charCodeAt(i));
      for (let k = 0; k < f.length; k++) out[n++] = f.charCodeAt(k);
      lastWasSpace = false;
    }
  }
  if (n > 0 && out[n - 1] === 0x20) n--;
  if (n <= 512) return String.fromCharCode.apply(null, out.slice(0, n));
  let s = '';
  for (let i = 0; i < n; i += 512) s += String.fromCharCode.apply(null, out.slice(i, Math.min(n, i + 512)));
  return s;
}

let keyBuffer: number[] = new Array<number>(256);

/** A letter, digit or combining mark: what a word is made of. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
  if (cp <= 0xffff && !(cp >= 0xd800 && cp <= 0xdfff)) return (charClass(cp) & (LETTER | MARK | DIGIT)) !== 0;
  return WORD.test(String.fromCodePoint(cp));
}


const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** The code point that ends just before `offset` (surrogate pairs read whole). */
export function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2);
  }
  return low;
}

export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && (charClass(code) & MARK) !== 0;
}
