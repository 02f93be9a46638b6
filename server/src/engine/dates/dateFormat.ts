import type { DateValue, Lang } from '../types';
import type { DateField } from './dateGrammar';
import type { DateMention } from './dateMentions';
import { applyCase, caseOf, dateNames, type DateNames } from './dateNames';
import { addDays, dayNumber, daysInMonth, weekdayOf } from './weekday';

// Fixes rewrite a date in the language and shape it was written in: each
// component is re-rendered in its own written form (full or abbreviated
// month, its case, "1er", "22nd", zero padding) and everything between the
// components is kept as typed. Only when the written shape cannot hold the
// target (a one-month range that must now span two months) is the date
// rebuilt from a standard pattern for its language.

interface Full {
  year: number;
  month: number;
  day: number;
}

function isFull(v: DateValue | undefined): v is DateValue & Full {
  return v !== undefined && v.year !== undefined && v.month !== undefined && v.day !== undefined;
}

function baseLang(lang: Lang): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? lang;
}

/** The far end of a range moved along with its start, keeping its length. */
function shiftedEnd(mention: DateMention, from: DateValue): DateValue | undefined {
  const a = mention.from.value;
  const b = mention.to?.value;
  if (b === undefined) return undefined;
  if (isFull(a) && isFull(b) && isFull(from)) {
    const d = addDays(from.year, from.month, from.day, dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day));
    return { ...d };
  }
  if (a.day !== undefined && b.day !== undefined && from.day !== undefined && a.month === b.month) {
    const day = from.day + (b.day - a.day);
    const to: DateValue = { ...from, day };
    if (from.month !== undefined && day <= daysInMonth(from.month, from.year)) return to;
  }
  return undefined;
}

function ordinalEn(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function renderNumeric(v: number, padded: boolean): string {
  return padded ? String(v).padStart(2, '0') : String(v);
}

/**
 * Whether numeric days and months are zero-padded: "05/01/2025" or "1/5/2025".
 * A written "05" or "5" tells; "22/12" does not, and then French and ISO
 * pad while US month-first dates do not.
 */
function isPadded(mention: DateMention): boolean {
  const nums = mention.fields.filter((f) => f.numeric === true && f.role !== 'year');
  if (nums.some((f) => f.text.startsWith('0'))) return true;
  if (nums.some((f) => f.value < 10)) return false;
  return mention.style.order !== 'mdy';
}

function renderDay(f: DateField, v: number, lang: string, ordinalFirst: boolean | undefined, padded: boolean): string {
  if (f.numeric === true) return renderNumeric(v, padded);
  const suffix = f.text.replace(/^\d+/, '');
  if (lang === 'en') return suffix === '' ? String(v) : String(v) + ordinalEn(v);
  if (lang === 'fr') {
    // French writes the first of the month as an ordinal; keep "1" only if the writer did.
    if (v === 1 && ordinalFirst !== false) return /[ᵉʳ]/u.test(suffix) ? '1ᵉʳ' : '1er';
    return String(v);
  }
  return String(v);
}

function renderName(written: string, canonical: string, abbrev: boolean): string {
  let name = canonical;
  // "Dec 22" written without a dot stays without one.
  if (abbrev && !written.endsWith('.')) name = name.replace(/\.$/, '');
  return applyCase(name, caseOf(written));
}

function renderField(f: DateField, v: number, names: DateNames, lang: string, ordinalFirst: boolean | undefined, padded: boolean): string {
  if (v === f.value) return f.text;
  switch (f.role) {
    case 'day':
      return renderDay(f, v, lang, ordinalFirst, padded);
    case 'month':
      if (f.numeric === true) return renderNumeric(v, padded);
      return renderName(f.text, (f.abbrev === true ? names.monthAbbrevs : names.months)[v - 1] ?? f.text, f.abbrev === true);
    case 'year':
      return String(v).padStart(4, '0');
    case 'weekday':
      return renderName(f.text, (f.abbrev === true ? names.weekdayAbbrevs : names.weekdays)[v] ?? f.text, f.abbrev === true);
  }
}

/**
 * The new text for `mention.start..mention.end` stating `target`, in the
 * mention's language and written style. Components the target leaves out
 * keep their written value; a stated weekday is recomputed.
 */
/**
 * `mention` rewritten to state `target`, in its own language and style. `told`: weekdays the other version
 * writes, kept for a date that writes no year (its inferred year may be wrong) rather than worked out.
 */
export function rewriteDate(mention: DateMention, target: { from: DateValue; to?: DateValue }, told: { from?: number; to?: number } = {}): string {
  const lang = baseLang(mention.lang);
  const names = dateNames(lang);
  const from: DateValue = { ...mention.from.value, ...defined(target.from) };
  let to: DateValue | undefined;
  if (target.to !== undefined) to = { ...(mention.to?.value ?? {}), ...defined(target.to) };
  else if (mention.to !== undefined) to = shiftedEnd(mention, from) ?? { ...mention.to.value };
  if (names !== undefined && mention.fields.length > 0 && (to === undefined) === (mention.to === undefined)) {
    const rebuilt = rebuild(mention, names, lang, from, to, told);
    if (rebuilt !== undefined) return rebuilt;
  }
  return fresh(mention, lang, from, to);
}

function defined(v: DateValue): DateValue {
  const out: DateValue = {};
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    const n = v[k];
    if (n !== undefined) out[k] = n;
  }
  return out;
}

function rebuild(mention: DateMention, names: DateNames, lang: string, from: DateValue, to: DateValue | undefined, told: { from?: number; to?: number }): string | undefined {
  let out = '';
  let pos = mention.start;
  const padded = isPadded(mention);
  // A year the date does not write was inferred (from the dateline, say) and may be wrong: a weekday the
  // other version states is kept rather than worked out from it ("Friday, June 16" → "Friday, June 14").
  const yearWritten = (side: 'from' | 'to'): boolean => mention.fields.some((f) => f.role === 'year' && (f.side === side || f.side === 'both'));
  for (const f of mention.fields) {
    let v: number | undefined;
    if (f.role === 'weekday') {
      const side = f.side === 'to' ? 'to' : 'from';
      const p = side === 'to' ? to : from;
      const stated = told[side];
      v = stated !== undefined && !yearWritten(side) ? stated : isFull(p) ? weekdayOf(p.year, p.month, p.day) : f.value;
    } else if (f.side === 'both') {
      const a = from[f.role];
      const b = to?.[f.role];
      if (a !== b) return undefined; // "20 et 21 décembre" cannot say "31 décembre et 1er janvier"
      v = a;
    } else {
      v = (f.side === 'to' ? to : from)?.[f.role];
    }
    out += mention.text.slice(pos - mention.start, f.start - mention.start);
    out += v === undefined ? f.text : renderField(f, v, names, lang, mention.style.ordinalFirst, padded);
    pos = f.end;
  }
  return out + mention.text.slice(pos - mention.start);
}

function fresh(mention: DateMention, lang: string, from: DateValue, to: DateValue | undefined): string {
  const one = (v: DateValue): string => formatOne(v, lang, mention);
  if (to === undefined) return one(from);
  // Keep the writer's linking word ("les 20 et 21" → "les 31 décembre et 1er janvier"); a dash between two full dates reads badly, so it becomes a word.
  const lastFrom = [...mention.fields].reverse().find((f) => f.side === 'from');
  const firstTo = mention.fields.find((f) => f.side === 'to');
  const between = lastFrom !== undefined && firstTo !== undefined ? mention.text.slice(lastFrom.end - mention.start, firstTo.start - mention.start) : '';
  const word = /^\s+\p{L}+\s+$/u.test(between) ? between : undefined;
  const joiner = word ?? (lang === 'fr' ? ' au ' : lang === 'en' ? ' to ' : ' – ');
  return one(from) + joiner + one(to);
}

function formatOne(v: DateValue, lang: string, mention: DateMention): string {
  const style = mention.style;
  const year = style.hasYear ? v.year : undefined;
  const names = dateNames(lang);
  const pad = (n: number | undefined): string => (isPadded(mention) ? String(n ?? 0).padStart(2, '0') : String(n ?? 0));
  if (style.kind === 'iso' && v.year !== undefined) return `${String(v.year).padStart(4, '0')}-${pad(v.month)}-${pad(v.day)}`;
  if (style.kind === 'numeric' && v.year !== undefined) {
    const sep = /[./-]/.exec(mention.text.replace(/^\d+/, ''))?.[0] ?? '/';
    return style.order === 'mdy' ? [pad(v.month), pad(v.day), v.year].join(sep) : [pad(v.day), pad(v.month), v.year].join(sep);
  }
  if (names === undefined) return intlFormat(v, lang, style.hasYear, style.hasWeekday && isFull(v));
  const monthCase = style.monthCase ?? (lang === 'en' ? 'capital' : 'lower');
  const month = v.month === undefined ? '' : applyCase((style.kind === 'abbrev' ? names.monthAbbrevs : names.months)[v.month - 1] ?? '', monthCase);
  if (v.day === undefined) return year === undefined ? month : `${month} ${year}`;
  const wd = style.hasWeekday && isFull(v) ? names.weekdays[weekdayOf(v.year, v.month, v.day)] : undefined;
  if (lang === 'en') {
    const dayText = style.ordinalSuffix ? `${v.day}${ordinalEn(v.day)}` : String(v.day);
    const weekday = wd === undefined ? '' : applyCase(wd, 'capital');
    if (style.order === 'dmy') return [weekday, dayText, month, year].filter((x) => x !== undefined && x !== '').join(' ');
    return `${weekday === '' ? '' : `${weekday}, `}${month} ${dayText}${year === undefined ? '' : `, ${year}`}`;
  }
  const dayText = v.day === 1 && style.ordinalFirst !== false ? '1er' : String(v.day);
  return [wd, dayText, month, year].filter((x) => x !== undefined && x !== '').join(' ');
}

function intlFormat(v: DateValue, lang: string, withYear: boolean, withWeekday: boolean): string {
  if (v.month === undefined) return v.year === undefined ? '' : String(v.year);
  const opts: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };
  if (v.day !== undefined) opts.day = 'numeric';
  if (withYear && v.year !== undefined) opts.year = 'numeric';
  if (withWeekday) opts.weekday = 'long';
  // A leap year stands in when the year is not shown, so 29 February formats.
  const y = v.year ?? 2000;
  const d = new Date(Date.UTC(2000, v.month - 1, v.day ?? 1));
  d.setUTCFullYear(y);
  try {
    return new Intl.DateTimeFormat(lang, opts).format(d);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(d);
  }
}

/** A plain form for messages: "22 December 2025", "1er janvier 2025", "December 2025". */
export function describeDate(value: DateValue, lang: Lang): string {
  const l = baseLang(lang);
  const names = dateNames(l);
  if (names === undefined) return intlFormat(value, l, true, false);
  if (value.month === undefined) return value.year === undefined ? '' : String(value.year);
  const month = names.months[value.month - 1] ?? '';
  const day = value.day === undefined ? undefined : l === 'fr' && value.day === 1 ? '1er' : String(value.day);
  return [day, month, value.year === undefined ? undefined : String(value.year)].filter((x) => x !== undefined).join(' ');
}

/** English dates in messages follow the US order most newsrooms use: "July 26, 2024". */
export function describeDateForMessage(value: DateValue, locale: Lang): string {
  if (baseLang(locale) !== 'en' || value.month === undefined || value.day === undefined) return describeDate(value, locale);
  const month = dateNames('en')?.months[value.month - 1] ?? '';
  return `${month} ${value.day}${value.year === undefined ? '' : `, ${value.year}`}`;
}
