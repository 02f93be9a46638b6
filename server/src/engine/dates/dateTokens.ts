import { codePointWithin, isLetterOrMark } from '../letterClass';

// A paragraph cut into runs of digits, letters, blanks and single other
// characters, with absolute offsets. Dates are matched over these tokens so
// "2022" is one number (never "22" inside it) and "22nd" is a number
// followed by an attached word.

export type TokenKind = 'num' | 'word' | 'space' | 'punct';

export interface DateToken {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const KINDS: readonly TokenKind[] = ['num', 'word', 'space', 'punct'];
const NUM = 0;
const WORD = 1;
const SPACE = 2;
const PUNCT = 3;

/**
 * The tokens of one span, kept as kinds and offsets: a paragraph has
 * thousands of tokens and the grammar looks at the few near a number or a
 * month, so a token's text and object are only made when asked for.
 */
export class DateTokens {
  private readonly objects: (DateToken | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly length: number,
    private readonly kinds: Uint8Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  kind(i: number): TokenKind | undefined {
    return i >= 0 && i < this.length ? KINDS[this.kinds[i] ?? PUNCT] : undefined;
  }

  at(i: number): DateToken | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let t = this.objects[i];
    if (t === undefined) {
      const start = this.starts[i] ?? 0;
      const end = this.ends[i] ?? 0;
      t = { kind: KINDS[this.kinds[i] ?? PUNCT] ?? 'punct', text: this.text.slice(start, end), start, end };
      this.objects[i] = t;
    }
    return t;
  }

  /** Token i starts where token i - 1 ends and is not a blank. */
  attached(i: number): boolean {
    return i >= 1 && i < this.length && this.ends[i - 1] === this.starts[i] && this.kinds[i] !== SPACE;
  }
}

// Blanks inside a line, including the no-break spaces French copy uses.
// Line breaks are not blanks: a date never spans two lines.
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Scanned by char code rather than with a regex: this runs over every
// paragraph that holds a digit. Runs are `\d+`, `[\p{L}\p{M}]+`, blanks,
// and otherwise one code point (a lone surrogate half is one character).
export function tokenize(text: string, start: number, end: number): DateTokens {
  const stop = Math.min(end, text.length);
  let i = Math.max(0, start);
  const room = Math.max(0, stop - i);
  const kinds = new Uint8Array(room);
  const starts = new Int32Array(room);
  const ends = new Int32Array(room);
  let n = 0;
  while (i < stop) {
    const c = text.charCodeAt(i);
    let j: number;
    let kind: number;
    if (isDigit(c)) {
      j = i + 1;
      while (j < stop && isDigit(text.charCodeAt(j))) j++;
      kind = NUM;
    } else if (isBlank(c)) {
      j = i + 1;
      while (j < stop && isBlank(text.charCodeAt(j))) j++;
      kind = SPACE;
    } else {
      const cp = codePointWithin(text, i, stop);
      j = i + (cp > 0xffff ? 2 : 1);
      if (isLetterOrMark(cp)) {
        kind = WORD;
        while (j < stop) {
          const d = text.charCodeAt(j);
          if (isAsciiLetter(d)) {
            j++;
            continue;
          }
          if (d < 0x80) break;
          const next = codePointWithin(text, j, stop);
          if (!isLetterOrMark(next)) break;
          j += next > 0xffff ? 2 : 1;
        }
      } else kind = PUNCT;
    }
    kinds[n] = kind;
    starts[n] = i;
    ends[n] = j;
    n++;
    i = j;
  }
  return new DateTokens(text, n, kinds, starts, ends);
}
