import type { NumberMention } from './numberMentions';

// Quarters of a year as business copy writes them: "Q3", "third quarter",
// "third-quarter", "3rd quarter"; « T3 », « troisième trimestre », « 3e
// trimestre ». Each is one mention whose value is the quarter (1–4), so
// "Q2" against « T3 » is a figure that differs, and "Q3" against
// « troisième trimestre » is the same one.
//
// A bare « T3 » also names a flat of three rooms or a tram line: it is read
// all the same, because it is only ever compared with a quarter the other
// version writes in the same paragraph.

const ORDINAL_EN: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const ORDINAL_FR: Readonly<Record<string, number>> = {
  premier: 1,
  '1er': 1,
  deuxième: 2,
  second: 2,
  '2e': 2,
  '2ème': 2,
  troisième: 3,
  '3e': 3,
  '3ème': 3,
  quatrième: 4,
  '4e': 4,
  '4ème': 4,
};

const EN = /(?<![\p{L}\p{M}\d])(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarters?)(?![\p{L}\p{M}\d])/giu;
const FR = /(?<![\p{L}\p{M}\d])(?:T([1-4])|(premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème)[ \u00A0\u202F]trimestres?)(?![\p{L}\p{M}\d])/giu;

/** The quarters written in s[start, end). */
export function quartersIn(s: string, start: number, end: number, fr: boolean): NumberMention[] {
  // Most paragraphs name no quarter: a plain search says so faster than the expression.
  const para = s.slice(start, end);
  if (fr ? !para.includes('trimestre') && !/T[1-4]/u.test(para) : !/quarter/iu.test(para) && !/Q[1-4]/u.test(para)) return [];
  const re = fr ? FR : EN;
  const words = fr ? ORDINAL_FR : ORDINAL_EN;
  const out: NumberMention[] = [];
  re.lastIndex = start;
  for (let m = re.exec(s); m !== null && m.index < end; m = re.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    if (b > end) break;
    // "Q3" and « T3 » are capitals; "q3" is something else.
    if (m[1] !== undefined && m[0].charAt(0) !== m[0].charAt(0).toUpperCase()) continue;
    const ordinal = m[2];
    const value = m[1] !== undefined ? Number(m[1]) : words[(ordinal ?? '').toLowerCase()];
    if (value === undefined) continue;
    // The part a fix rewrites: the digit of "Q3", the ordinal of "third quarter".
    const numeralStart = m[1] !== undefined ? a + 1 : a;
    const numeralEnd = m[1] !== undefined ? a + 2 : a + (ordinal ?? '').length;
    out.push({ start: a, end: b, text: m[0], value, kind: 'quarter', numeralStart, numeralEnd });
  }
  return out;
}

/** `mention` stating quarter `value` instead, written the way it is ("Q2", "second quarter", « 2e trimestre »). */
export function rewriteQuarter(mention: NumberMention, value: number, fr: boolean): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 4) return undefined;
  const before = mention.text.slice(0, mention.numeralStart - mention.start);
  const numeral = mention.text.slice(mention.numeralStart - mention.start, mention.numeralEnd - mention.start);
  const after = mention.text.slice(mention.numeralEnd - mention.start);
  let written: string | undefined;
  if (/^\d$/u.test(numeral)) written = String(value);
  else {
    const words = fr ? ORDINAL_FR : ORDINAL_EN;
    const current = words[numeral.toLowerCase()];
    // The same form for the new value: a word for a word, "2e" for "3e", "2nd" for "3rd".
    const digits = /^\d/u.test(numeral);
    const superscriptless = numeral.toLowerCase().endsWith('ème');
    written = Object.keys(words).find((w) => words[w] === value && /^\d/u.test(w) === digits && (!digits || w.endsWith('ème') === superscriptless) && !(fr && w === 'second'));
    if (current === undefined || written === undefined) return undefined;
    if (numeral.charAt(0) !== numeral.charAt(0).toLowerCase()) written = written.charAt(0).toUpperCase() + written.slice(1);
  }
  return before + written + after;
}
