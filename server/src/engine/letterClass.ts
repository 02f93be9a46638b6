// Whether a code point is a letter or a combining mark (`[\p{L}\p{M}]`),
// for scanners that walk text by char code instead of running a regex per
// word. Answers for the Basic Multilingual Plane are remembered in a fixed
// table (64 KB), so the Unicode property test runs once per distinct
// character; astral code points are rare enough to test each time.

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return LETTER_OR_MARK.test(String.fromCodePoint(cp));
  return (charClass(cp) & (LETTER | MARK)) !== 0;
}

// The Unicode classes of BMP code units, each looked up once: scans ask about
// every character, and a regular expression per character is the slow part.
export const LETTER = 1;
export const MARK = 2;
export const DIGIT = 4;
export const UPPER = 8;
export const LOWER = 16;
const CLASSIFIED = 128;
const classes = new Uint8Array(65536);

/** LETTER | MARK | DIGIT | UPPER | LOWER bits of a BMP code unit (surrogate halves: 0). */
export function charClass(code: number): number {
  const known = classes[code] ?? 0;
  if (known !== 0) return known & ~CLASSIFIED;
  let bits = 0;
  if (!(code >= 0xd800 && code <= 0xdfff)) {
    const ch = String.fromCharCode(code);
    if (/\p{L}/u.test(ch)) bits |= LETTER;
    if (/\p{M}/u.test(ch)) bits |= MARK;
    if (/\p{N}/u.test(ch)) bits |= DIGIT;
    if (/\p{Lu}/u.test(ch)) bits |= UPPER;
    if (/\p{Ll}/u.test(ch)) bits |= LOWER;
  }
  classes[code] = bits | CLASSIFIED;
  return bits;
}

/**
 * The code point at `i`, reading a surrogate pair only when both halves lie
 * before `end` (text sliced at `end` would leave a lone high surrogate).
 */
export function codePointWithin(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
