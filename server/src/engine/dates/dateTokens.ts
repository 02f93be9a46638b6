// A paragraph cut into runs of digits, letters, blanks and single other
// characters, with absolute offsets. Dates are matched over these tokens so
// "2022" is one number (never "22" inside it) and "22nd" is a number
// followed by an attached word.

export interface DateToken {
  kind: 'num' | 'word' | 'space' | 'punct';
  text: string;
  start: number;
  end: number;
}

// Blanks inside a line, including the no-break spaces French copy uses.
// Line breaks are not blanks: a date never spans two lines.
const TOKEN = /(\d+)|([\p{L}\p{M}]+)|([ \t\u00A0\u202F\u2009\u2007]+)|([\s\S])/gu;

export function tokenize(text: string, start: number, end: number): DateToken[] {
  const slice = text.slice(start, end);
  const tokens: DateToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'space' : 'punct';
    // A lone surrogate half cannot occur: the `u` flag matches whole code points.
    tokens.push({ kind, text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return tokens;
}
