// Folding makes "Goïta", "Goi\u0308ta", "GOITA" and "Goita" the same key, so
// one automaton finds every way a name is written. The folded text is not the
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

/** Folds a text for matching, keeping a map from folded code units to original offsets. */
export function foldText(text: string, from = 0, to = text.length): FoldedText {
  const parts: string[] = [];
  const starts = new Int32Array((to - from) * 2 + 1);
  const ends = new Int32Array((to - from) * 2 + 1);
  let n = 0;
  let lastWasSpace = false;
  for (let i = from; i < to; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === '') continue;
    if (f === ' ') {
      if (lastWasSpace) {
        // The run keeps one space; its source widens to cover the whole run.
        ends[n - 1] = i + 1;
        continue;
      }
      lastWasSpace = true;
    } else lastWasSpace = false;
    for (let k = 0; k < f.length; k++) {
      if (n >= starts.length) break; // cannot happen: no unit folds to more than two
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    parts.push(f);
  }
  return { folded: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The folded form of a short string (a name, a token), without the offset map. */
export function foldKey(text: string): string {
  let out = '';
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else if (f !== '') lastWasSpace = false;
    out += f;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** A letter, digit or combining mark: what a word is made of. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
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
  return code >= 0x300 && (COMBINING.test(String.fromCharCode(code)));
}
