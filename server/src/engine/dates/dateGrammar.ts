import type { Lang } from '../types';
import { caseOf, dateNames, nameHit, NO_NAME, type DateNames, type NameHit } from './dateNames';
import type { DateToken, DateTokens } from './dateTokens';

// A hand-written grammar for English and French dates over tokens. Each
// match records where its day, month, year and weekday were written, so a
// fix can rewrite one component and keep everything else as typed
// ("Dec. 22" stays abbreviated, "1er" stays an ordinal, casing is kept).

export type DateRole = 'weekday' | 'day' | 'month' | 'year';
export type DateSide = 'from' | 'to' | 'both';

export interface DateField {
  role: DateRole;
  side: DateSide;
  start: number;
  end: number;
  text: string;
  value: number;
  /** A month or weekday written as an abbreviation; a month written as digits. */
  abbrev?: boolean;
  numeric?: boolean;
}

export interface GrammarMatch {
  firstToken: number;
  lastToken: number; // inclusive
  fields: DateField[];
  order: 'mdy' | 'dmy' | 'ymd' | 'my';
  numeric: boolean;
  iso: boolean;
}

interface Cursor {
  toks: DateTokens;
  names: DateNames;
  lang: 'en' | 'fr';
  /** The month or weekday each token names, looked up when first asked. */
  hits: (NameHit | undefined)[];
}

type Step = { next: number; fields: DateField[] } | undefined;

const EN_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
// "1er", "1re" (rare), and the superscript forms "1ᵉʳ", "1ʳᵉ".
const FR_SUFFIXES = new Set(['er', 're', 'ᵉʳ', 'ʳᵉ']);

function tok(c: Cursor, i: number): DateToken | undefined {
  return c.toks.at(i);
}

function nameAt(c: Cursor, i: number): NameHit {
  let h = c.hits[i];
  if (h === undefined) {
    h = c.toks.kind(i) === 'word' ? nameHit(c.names, c.toks.text, c.toks.starts[i] ?? 0, c.toks.ends[i] ?? 0) : NO_NAME;
    c.hits[i] = h;
  }
  return h;
}

function attached(c: Cursor, i: number): boolean {
  return c.toks.attached(i);
}

/** One blank (required). */
function space(c: Cursor, i: number): number | undefined {
  return c.toks.kind(i) === 'space' ? i + 1 : undefined;
}

/** An optional blank. */
function optSpace(c: Cursor, i: number): number {
  return c.toks.kind(i) === 'space' ? i + 1 : i;
}

function isWord(c: Cursor, i: number, words: readonly string[]): boolean {
  const t = tok(c, i);
  return t !== undefined && t.kind === 'word' && words.includes(t.text.toLowerCase());
}

function isPunct(c: Cursor, i: number, chars: string): boolean {
  const t = tok(c, i);
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

function day(c: Cursor, i: number, side: DateSide): Step {
  const t = tok(c, i);
  if (t === undefined || t.kind !== 'num' || t.text.length > 2) return undefined;
  const value = Number(t.text);
  if (value < 1 || value > 31) return undefined;
  let end = t.end;
  let next = i + 1;
  const after = tok(c, next);
  if (after !== undefined && attached(c, next) && after.kind === 'word') {
    const suffix = after.text.toLowerCase();
    const ok = c.lang === 'en' ? EN_SUFFIXES.has(suffix) : value === 1 && FR_SUFFIXES.has(suffix);
    if (!ok) return undefined; // "22h", "3km": not a day
    end = after.end;
    next++;
  }
  return { next, fields: [{ role: 'day', side, start: t.start, end, text: t.text + (end === t.end ? '' : (after?.text ?? '')), value }] };
}

function month(c: Cursor, i: number, side: DateSide, opts: { requireDotForAbbrev?: boolean } = {}): Step {
  const t = tok(c, i);
  if (t === undefined || t.kind !== 'word') return undefined;
  const hit = nameAt(c, i).month;
  if (hit === undefined) return undefined;
  if (c.names.capitalised && caseOf(t.text) === 'lower') return undefined; // "may", "march" are verbs
  let end = t.end;
  let next = i + 1;
  const hasDot = isPunct(c, next, '.') && attached(c, next);
  if (hit.abbrev) {
    if (hasDot) {
      end++;
      next++;
    } else if (opts.requireDotForAbbrev === true || (c.lang === 'fr' && !datelineOrYearAfter(c, next))) {
      // French "sept" is also the number seven; "oct" and "nov" are too
      // short to trust without their dot, unless a year or an agency in
      // brackets follows, as in a dateline (« BRASILIA, 11 sept (Reuters) »).
      return undefined;
    }
  }
  return {
    next,
    fields: [{ role: 'month', side, start: t.start, end, text: t.text + (end > t.end ? '.' : ''), value: hit.month, abbrev: hit.abbrev }],
  };
}

/** A year, or a capitalised word in brackets (an agency: "(Reuters)", "(AFP)"), at token `i`. */
function datelineOrYearAfter(c: Cursor, at: number): boolean {
  const i = space(c, at);
  if (i === undefined) return false;
  const t = tok(c, i);
  if (t?.kind === 'num' && t.text.length === 4) return true;
  const agency = tok(c, i + 1);
  return isPunct(c, i, '(') && agency?.kind === 'word' && /^\p{Lu}/u.test(agency.text) && isPunct(c, i + 2, ')');
}

function year(c: Cursor, i: number, side: DateSide): Step {
  const t = tok(c, i);
  if (t === undefined || t.kind !== 'num' || t.text.length !== 4) return undefined;
  const value = Number(t.text);
  if (value < 1000 || value > 2999) return undefined;
  return { next: i + 1, fields: [{ role: 'year', side, start: t.start, end: t.end, text: t.text, value }] };
}

function weekday(c: Cursor, i: number, side: DateSide): Step {
  const t = tok(c, i);
  if (t === undefined || t.kind !== 'word') return undefined;
  const hit = nameAt(c, i).weekday;
  if (hit === undefined) return undefined;
  if (c.names.capitalised && caseOf(t.text) === 'lower') return undefined;
  let end = t.end;
  let next = i + 1;
  if (hit.abbrev) {
    if (isPunct(c, next, '.') && attached(c, next)) {
      end++;
      next++;
    } else if (c.lang === 'fr') return undefined; // "mar" or "mer" alone are not weekdays
  }
  return {
    next,
    fields: [{ role: 'weekday', side, start: t.start, end, text: t.text + (end > t.end ? '.' : ''), value: hit.weekday, abbrev: hit.abbrev }],
  };
}

/** "Thursday, " / "lundi " before a date. */
function weekdayPrefix(c: Cursor, i: number, side: DateSide): Step {
  const w = weekday(c, i, side);
  if (w === undefined) return undefined;
  let next = w.next;
  if (isPunct(c, next, ',')) next++;
  const s = space(c, next);
  if (s === undefined) return undefined;
  return { next: s, fields: w.fields };
}

function seq(c: Cursor, i: number, steps: ((c: Cursor, i: number) => Step)[]): Step {
  let next = i;
  const fields: DateField[] = [];
  for (const step of steps) {
    const r = step(c, next);
    if (r === undefined) return undefined;
    next = r.next;
    fields.push(...r.fields);
  }
  return { next, fields };
}

const opt =
  (step: (c: Cursor, i: number) => Step) =>
  (c: Cursor, i: number): Step =>
    step(c, i) ?? { next: i, fields: [] };

const blank = (c: Cursor, i: number): Step => {
  const n = space(c, i);
  return n === undefined ? undefined : { next: n, fields: [] };
};

/** ", 2024" or " 2024" after an English month-first date. */
function enYearTail(side: DateSide) {
  return (c: Cursor, i: number): Step => {
    let j = i;
    if (isPunct(c, j, ',')) j++;
    const s = space(c, j);
    if (s === undefined) return undefined;
    return year(c, s, side);
  };
}

/** " 2024" (French, English day-first; an English comma is tolerated). */
function spaceYearTail(side: DateSide) {
  return (c: Cursor, i: number): Step => {
    let j = i;
    if (c.lang === 'en' && isPunct(c, j, ',')) j++;
    const s = space(c, j);
    if (s === undefined) return undefined;
    return year(c, s, side);
  };
}

/** " of " in "the 22nd of December". */
function ofWord(c: Cursor, i: number): Step {
  if (c.lang !== 'en') return undefined;
  const s = space(c, i);
  if (s === undefined || !isWord(c, s, ['of'])) return undefined;
  return { next: s + 1, fields: [] };
}

function dayMonth(side: DateSide) {
  return (c: Cursor, i: number): Step =>
    seq(c, i, [opt((cc, j) => weekdayPrefix(cc, j, side)), (cc, j) => day(cc, j, side), opt(ofWord), blank, (cc, j) => month(cc, j, side)]);
}

function monthDay(side: DateSide) {
  return (c: Cursor, i: number): Step =>
    c.lang !== 'en'
      ? undefined
      : seq(c, i, [opt((cc, j) => weekdayPrefix(cc, j, side)), (cc, j) => month(cc, j, side), blank, (cc, j) => day(cc, j, side)]);
}

/** The word or dash between the two ends of a range; returns the index after it. */
function joiner(c: Cursor, i: number): number | undefined {
  const a = optSpace(c, i);
  if (isPunct(c, a, '-–—')) return optSpace(c, a + 1);
  const s = space(c, i);
  if (s === undefined) return undefined;
  const words = c.lang === 'en' ? ['and', 'to', 'through', 'thru'] : ['et', 'au'];
  if (isWord(c, s, words) || (c.lang === 'en' && isPunct(c, s, '&'))) return space(c, s + 1);
  return undefined;
}

function dayBearing(c: Cursor, i: number, side: DateSide): { step: NonNullable<Step>; order: 'dmy' | 'mdy' }[] {
  const out: { step: NonNullable<Step>; order: 'dmy' | 'mdy' }[] = [];
  const dm = seq(c, i, [dayMonth(side), opt(spaceYearTail(side))]);
  if (dm !== undefined) out.push({ step: dm, order: 'dmy' });
  const md = seq(c, i, [monthDay(side), opt(enYearTail(side))]);
  if (md !== undefined) out.push({ step: md, order: 'mdy' });
  return out;
}

function match(first: number, step: NonNullable<Step>, order: GrammarMatch['order'], numeric = false, iso = false): GrammarMatch {
  return { firstToken: first, lastToken: step.next - 1, fields: step.fields, order, numeric, iso };
}

/** Every reading that starts at token i. */
function candidates(c: Cursor, i: number): GrammarMatch[] {
  const out: GrammarMatch[] = [];
  // Full dates, then ranges whose far end is a full date.
  for (const a of dayBearing(c, i, 'from')) {
    out.push(match(i, a.step, a.order));
    const j = joiner(c, a.step.next);
    if (j !== undefined) {
      // "22nd of December and 1st January" is a list of two dates, not a range.
      const s = space(c, a.step.next);
      const listed = s !== undefined && (isWord(c, s, ['and', 'et']) || isPunct(c, s, '&'));
      for (const b of listed ? [] : dayBearing(c, j, 'to')) {
        if (b.order === a.order) out.push(match(i, { next: b.step.next, fields: [...a.step.fields, ...b.step.fields] }, a.order));
      }
      // "December 20 and 21, 2024", "Dec. 20-21"
      if (a.order === 'mdy') {
        const b = seq(c, j, [opt((cc, k) => weekdayPrefix(cc, k, 'to')), (cc, k) => day(cc, k, 'to'), opt(enYearTail('both'))]);
        if (b !== undefined) out.push(match(i, { next: b.next, fields: [...a.step.fields, ...b.fields] }, 'mdy'));
      }
    }
  }
  // "20 et 21 décembre", "20-21 December 2024", "lundi 20 et mardi 21 décembre"
  const d1 = seq(c, i, [opt((cc, k) => weekdayPrefix(cc, k, 'from')), (cc, k) => day(cc, k, 'from')]);
  if (d1 !== undefined) {
    const j = joiner(c, d1.next);
    if (j !== undefined) {
      const rest = seq(c, j, [dayMonth('to'), opt(spaceYearTail('both'))]);
      if (rest !== undefined) {
        for (const f of rest.fields) if (f.role === 'month' || f.role === 'year') f.side = 'both';
        out.push(match(i, { next: rest.next, fields: [...d1.fields, ...rest.fields] }, 'dmy'));
      }
    }
  }
  // Month and year: "July 2024", "en septembre 2023".
  const my = seq(c, i, [(cc, k) => month(cc, k, 'from', { requireDotForAbbrev: true }), blank, (cc, k) => year(cc, k, 'from')]);
  if (my !== undefined) {
    const t = tok(c, i);
    // French "Mars 2020" with a capital is the space mission far more often than March.
    if (!(c.lang === 'fr' && t !== undefined && t.text === 'Mars')) out.push(match(i, my, 'my'));
  }
  const n = numericDate(c, i);
  if (n !== undefined) out.push(n);
  return out;
}

function numericDate(c: Cursor, i: number): GrammarMatch | undefined {
  const a = tok(c, i);
  const s1 = tok(c, i + 1);
  const b = tok(c, i + 2);
  const s2 = tok(c, i + 3);
  const y = tok(c, i + 4);
  if (a?.kind !== 'num' || s1?.kind !== 'punct' || b?.kind !== 'num' || s2?.kind !== 'punct' || y?.kind !== 'num') return undefined;
  if (s1.text !== s2.text || !'/.-'.includes(s1.text)) return undefined;
  if (!attached(c, i + 1) || !attached(c, i + 2) || !attached(c, i + 3) || !attached(c, i + 4)) return undefined;
  const field = (t: DateToken, role: DateRole, side: DateSide = 'from'): DateField => ({
    role,
    side,
    start: t.start,
    end: t.end,
    text: t.text,
    value: Number(t.text),
    numeric: true,
  });
  // ISO 8601: 2025-12-22
  if (a.text.length === 4 && s1.text === '-' && b.text.length === 2 && y.text.length === 2) {
    return {
      firstToken: i,
      lastToken: i + 4,
      fields: [field(a, 'year'), field(b, 'month'), field(y, 'day')],
      order: 'ymd',
      numeric: true,
      iso: true,
    };
  }
  if (a.text.length > 2 || b.text.length > 2 || y.text.length !== 4) return undefined;
  const first = Number(a.text);
  const second = Number(b.text);
  // en-US writes month first; a first part over 12 can only be a day.
  const monthFirst = c.lang === 'en' && first <= 12;
  if (monthFirst && second > 12 && first > 12) return undefined;
  const fields = monthFirst ? [field(a, 'month'), field(b, 'day'), field(y, 'year')] : [field(a, 'day'), field(b, 'month'), field(y, 'year')];
  return { firstToken: i, lastToken: i + 4, fields, order: monthFirst ? 'mdy' : 'dmy', numeric: true, iso: false };
}

/** False when the match sits inside a larger number or word ("1.22/12/2025", "22 December 2024-25"). */
function boundariesOk(c: Cursor, m: GrammarMatch): boolean {
  const before = tok(c, m.firstToken - 1);
  if (before !== undefined && attached(c, m.firstToken)) {
    if (before.kind === 'num' || before.kind === 'word') return false;
    const before2 = tok(c, m.firstToken - 2);
    if ('/.,:-'.includes(before.text) && before2 !== undefined && before2.kind === 'num' && before2.end === before.start) return false;
  }
  const after = tok(c, m.lastToken + 1);
  if (after !== undefined && attached(c, m.lastToken + 1)) {
    if (after.kind === 'num' || after.kind === 'word') return false;
    const after2 = tok(c, m.lastToken + 2);
    if ('/.,:-'.includes(after.text) && after2 !== undefined && after2.kind === 'num' && after2.start === after.end) return false;
  }
  return true;
}

export function supportsGrammar(lang: Lang): boolean {
  return dateNames(lang) !== undefined;
}

/** All non-overlapping date matches in the tokens, longest first at each position. */
// The furthest a reading's first number lies after its first token:
// "Thu., Dec. 22" is weekday, dot, comma, blank, month, dot, blank, day.
const FIRST_NUMBER_REACH = 7;

// A reading that starts with a number is numeric ("22/12/2025", the number
// glued to a punctuation mark) or names a month within this many tokens
// ("20 et mardi 21 décembre" is the longest way: day, joiner, weekday with
// its dot, comma and blank, day with its suffix, "of", month: 14). Most
// numbers in copy ("15 percent", "in 2024") then need none of the grammar.
const MONTH_REACH = 16;

function mayStartWithNumber(c: Cursor, i: number): boolean {
  if (c.toks.kind(i + 1) === 'punct' && c.toks.attached(i + 1)) return true;
  const stop = Math.min(c.toks.length, i + MONTH_REACH + 1);
  for (let j = i + 1; j < stop; j++) if (c.toks.kind(j) === 'word' && nameAt(c, j).month !== undefined) return true;
  return false;
}

export function matchDates(toks: DateTokens, lang: Lang): GrammarMatch[] {
  const names = dateNames(lang);
  if (names === undefined) return [];
  const c: Cursor = { toks, names, lang: lang.toLowerCase().startsWith('fr') ? 'fr' : 'en', hits: [] };
  const out: GrammarMatch[] = [];
  let nextNum = -1;
  for (let i = 0; i < toks.length; i++) {
    const kind = toks.kind(i);
    if (kind !== 'num') {
      // Every reading starts with a number, a month or a weekday, and holds
      // a number soon after: most words need neither a lookup nor the grammar.
      if (kind !== 'word') continue;
      if (nextNum < i) {
        nextNum = i;
        while (nextNum < toks.length && toks.kind(nextNum) !== 'num') nextNum++;
      }
      if (nextNum - i > FIRST_NUMBER_REACH) continue;
      const h = nameAt(c, i);
      if (h.month === undefined && h.weekday === undefined) continue;
    } else if (!mayStartWithNumber(c, i)) continue;
    const all = candidates(c, i);
    if (all.length === 0) continue;
    all.sort((x, y) => y.lastToken - x.lastToken);
    // Only the longest reading counts: if "December 22, 2024-25" is not a
    // date, "December 22" without its year would be a misreading.
    const best = all[0];
    if (best === undefined || !boundariesOk(c, best)) continue;
    out.push(best);
    i = best.lastToken;
  }
  return out;
}
