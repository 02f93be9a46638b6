import type { DateValue, Lang } from '../types';
import { chronoDates } from './chronoDates';
import { caseOf, type WordCase } from './dateNames';
import { matchDates, supportsGrammar, type DateField, type GrammarMatch } from './dateGrammar';
import { tokenize } from './dateTokens';
import { impliedYear } from './impliedYear';
import { dayNumber, daysInMonth, weekdayOf } from './weekday';

export type { DateField } from './dateGrammar';

export interface DatePoint {
  /** Only what the text states. */
  written: DateValue;
  /** What the text states plus what is implied (the year, from the reference date). */
  value: DateValue;
}

export interface DateStyle {
  kind: 'long' | 'abbrev' | 'numeric' | 'iso' | 'monthYear' | 'dayOnly';
  hasWeekday: boolean;
  hasYear: boolean;
  /** French: day 1 written "1er" (true) or "1" (false); undefined when no day 1 was written. */
  ordinalFirst?: boolean;
  /** English "22nd". */
  ordinalSuffix: boolean;
  order: 'mdy' | 'dmy' | 'ymd' | 'my';
  monthCase?: WordCase;
  isRange: boolean;
}

export interface DateMention {
  /** Offsets into the text passed in (not relative to the span). */
  start: number;
  end: number;
  text: string;
  lang: Lang;
  from: DatePoint;
  to?: DatePoint;
  style: DateStyle;
  /**
   * Where each component was written, in order; the text between them is
   * kept as typed by rewrites. Empty for mentions read by chrono in
   * languages without a grammar here.
   */
  fields: DateField[];
}

/**
 * Dates stated in one paragraph (`span` of `text`). Only mentions with at
 * least a day and a month, or a month and a year, are returned: weekdays
 * alone, relative words ("today", "for two days"), times and bare years are
 * not dates to compare.
 */
export function extractDates(text: string, span: { start: number; end: number }, lang: Lang, reference?: DateValue): DateMention[] {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  if (supportsGrammar(lang)) {
    // Every date the grammar reads holds a number (a day or a year).
    if (!hasDigit(text, start, end)) return [];
    const toks = tokenize(text, start, end);
    const out: DateMention[] = [];
    for (const m of matchDates(toks, lang)) {
      const mention = toMention(text, m, toks.starts[m.firstToken] ?? 0, toks.ends[m.lastToken] ?? 0, lang, reference);
      if (mention !== undefined) out.push(mention);
    }
    return out;
  }
  return chronoDates(text, start, end, lang, reference);
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function toMention(text: string, m: GrammarMatch, start: number, end: number, lang: Lang, reference: DateValue | undefined): DateMention | undefined {
  const pick = (side: 'from' | 'to'): DateValue => {
    const v: DateValue = {};
    for (const f of m.fields) {
      if (f.side !== side && f.side !== 'both') continue;
      if (f.role === 'weekday') v.weekday = f.value;
      else v[f.role] = f.value;
    }
    return v;
  };
  const isRange = m.fields.some((f) => f.side === 'to');
  const fromW = pick('from');
  const toW: DateValue | undefined = isRange ? pick('to') : undefined;
  if (toW !== undefined) {
    // "20 et 21 décembre 2024": the month and year written once serve both ends.
    if (fromW.month === undefined) fromW.month = toW.month;
    // "December 30 to January 2, 2025": the one year written belongs to the far end.
    if (fromW.year === undefined && toW.year !== undefined) fromW.year = (fromW.month ?? 0) <= (toW.month ?? 0) ? toW.year : toW.year - 1;
    if (toW.month === undefined) toW.month = fromW.month;
  }
  if (!valid(fromW) || (toW !== undefined && !valid(toW))) return undefined;
  const from = point(fromW, reference);
  let to: DatePoint | undefined;
  if (toW !== undefined) {
    to = point(toW, reference);
    if (to.value.year === undefined && from.value.year !== undefined) to.value.year = from.value.year;
    // A range runs forwards; "December 30 to January 2" crosses into the next year.
    const a = from.value;
    const b = to.value;
    if (a.year !== undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined && a.day !== undefined && b.day !== undefined) {
      if (toW.year === undefined && dayNumber(b.year, b.month, b.day) < dayNumber(a.year, a.month, a.day)) b.year = a.year + 1;
      // Backwards with both years written (« du 20 décembre 2025 au 5 janvier 2025 »): a year slipped, which
      // date.range reports; otherwise it is no range we can read.
      const bothYears = m.fields.some((f) => f.role === 'year' && f.side === 'from') && m.fields.some((f) => f.role === 'year' && f.side === 'to');
      const backwards = dayNumber(b.year, b.month, b.day) < dayNumber(a.year, a.month, a.day);
      if (dayNumber(b.year, b.month, b.day) <= dayNumber(a.year, a.month, a.day) && !(backwards && bothYears)) return undefined;
    } else if (a.month === b.month && (a.day ?? 0) >= (b.day ?? 0)) return undefined;
    fillWeekday(to);
  }
  fillWeekday(from);
  const monthField = m.fields.find((f) => f.role === 'month');
  const dayFields = m.fields.filter((f) => f.role === 'day');
  const firstDay = dayFields.find((f) => f.value === 1);
  const style: DateStyle = {
    kind: m.iso ? 'iso' : m.numeric ? 'numeric' : m.order === 'my' ? 'monthYear' : monthField?.abbrev === true ? 'abbrev' : 'long',
    hasWeekday: m.fields.some((f) => f.role === 'weekday'),
    hasYear: m.fields.some((f) => f.role === 'year'),
    ordinalSuffix: dayFields.some((f) => /\p{L}/u.test(f.text)) && !lang.startsWith('fr'),
    order: m.order,
    isRange,
  };
  if (firstDay !== undefined && lang.startsWith('fr')) style.ordinalFirst = /\p{L}/u.test(firstDay.text);
  if (monthField !== undefined && monthField.numeric !== true) style.monthCase = caseOf(monthField.text);
  const mention: DateMention = { start, end, text: text.slice(start, end), lang, from, style, fields: m.fields };
  if (to !== undefined) mention.to = to;
  return mention;
}

function valid(v: DateValue): boolean {
  if (v.month === undefined || v.month < 1 || v.month > 12) return false;
  if (v.day === undefined) return v.year !== undefined;
  return v.day >= 1 && v.day <= daysInMonth(v.month, v.year);
}

function point(written: DateValue, reference: DateValue | undefined): DatePoint {
  const value: DateValue = { ...written };
  if (value.year === undefined && value.month !== undefined && value.day !== undefined) {
    const y = impliedYear(value.month, value.day, reference);
    if (y !== undefined && value.day <= daysInMonth(value.month, y)) value.year = y;
  }
  return { written, value };
}

function fillWeekday(p: DatePoint): void {
  const v = p.value;
  if (v.weekday === undefined && v.year !== undefined && v.month !== undefined && v.day !== undefined) v.weekday = weekdayOf(v.year, v.month, v.day);
}

function isFull(v: DateValue | undefined): v is Required<Pick<DateValue, 'year' | 'month' | 'day'>> & DateValue {
  return v !== undefined && v.year !== undefined && v.month !== undefined && v.day !== undefined;
}

/** The latest date written in full (day, month and year stated), for an article without a date of its own. */
export function latestFullDate(mentions: readonly DateMention[]): DateValue | undefined {
  let best: DateValue | undefined;
  let bestN = -Infinity;
  for (const m of mentions) {
    for (const p of [m.from, m.to]) {
      if (p === undefined) continue;
      // A range's shared year counts as written ("20 et 21 décembre 2024").
      if (!isFull(p.written) && !(isFull(p.value) && m.style.hasYear && p.written.day !== undefined)) continue;
      const v = p.value;
      if (!isFull(v)) continue;
      const n = dayNumber(v.year, v.month, v.day);
      if (n > bestN) {
        bestN = n;
        best = { year: v.year, month: v.month, day: v.day };
      }
    }
  }
  return best;
}
