// Whether a code point is a letter or a combining mark (`[\p{L}\p{M}]`),
// for scanners that walk text by char code instead of running a regex per
// word. Answers for the Basic Multilingual Plane are remembered in a fixed
// table (64 KB), so the Unicode property test runs once per distinct
// character; astral code points are rare enough to test each time.

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const bmp = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no

export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(cp));
  let k = bmp[cp];
  if (k === undefined || k === 0) {
    k = LETTER_OR_MARK.test(String.fromCharCode(cp)) ? 1 : 2;
    bmp[cp] = k;
  }
  return k === 1;
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
