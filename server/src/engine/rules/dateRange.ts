import { datesIn } from '../articleDates';
import { describeDate, describeDateForMessage } from '../dates/dateFormat';
import type { DateMention } from '../dates/dateMentions';
import { dayNumber, weekdayOf } from '../dates/weekday';
import { say } from '../messages';
import type { DateValue, Fix, RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// A range that ends before it starts: « du samedi 20 décembre 2025 au lundi
// 5 janvier 2025 », a year slipped at the turn of the year. Only ranges whose
// two ends both write their year are read: an end without one takes it from
// the start, and cannot go wrong that way.

type FullDate = DateValue & { year: number; month: number; day: number };

function full(v: DateValue | undefined): FullDate | undefined {
  return v?.year !== undefined && v.month !== undefined && v.day !== undefined ? (v as FullDate) : undefined;
}

export const dateRange: DocumentRule = {
  id: 'date.range',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A date range that ends before it starts (“from December 20, 2025 to January 5, 2025”).',
    fr: 'Une période qui finit avant de commencer (« du 20 décembre 2025 au 5 janvier 2025 »).',
  },
  examples: [
    { lang: 'fr', bad: 'Les vacances iront du 20 décembre 2025 au 5 janvier 2025.', good: 'Les vacances iront du 20 décembre 2025 au 5 janvier 2026.' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const p of ctx.article.paragraphs) {
      for (const m of datesIn(ctx.article, p.index)) {
        const f = backwards(ctx, m);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

function backwards(ctx: DocumentContext, m: DateMention): RawFinding | undefined {
  const from = full(m.from.value);
  const to = full(m.to?.value);
  const yearField = m.fields.find((f) => f.role === 'year' && f.side === 'to');
  if (!from || !to || !m.to || m.to.written.year === undefined || m.from.written.year === undefined || !yearField) return undefined;
  if (dayNumber(to.year, to.month, to.day) >= dayNumber(from.year, from.month, from.day)) return undefined;
  // The first year from the start's on which the end comes after it.
  const year = dayNumber(from.year, to.month, to.day) >= dayNumber(from.year, from.month, from.day) ? from.year : from.year + 1;
  const weekday = m.fields.find((f) => f.role === 'weekday' && f.side === 'to');
  // A weekday written at the end that fits the new year says the year is what slipped.
  const confirmed = weekday !== undefined && weekday.value === weekdayOf(year, to.month, to.day);
  const describe = (v: FullDate): string => (ctx.locale === 'fr' ? describeDate(v, 'fr') : describeDateForMessage(v, 'en'));
  const fixes: Fix[] = [
    {
      title: say(ctx.locale, { en: `Change the year to ${year}`, fr: `Remplacer l’année par ${year}` }),
      preferred: confirmed,
      edits: [{ path: ctx.article.path, start: yearField.start, end: yearField.end, newText: String(year) }],
    },
  ];
  return {
    rule: 'date.range',
    message: say(ctx.locale, {
      en: `This period ends (${describe(to)}) before it starts (${describe(from)}).`,
      fr: `Cette période finit (${describe(to)}) avant de commencer (${describe(from)}).`,
    }),
    path: ctx.article.path,
    start: yearField.start,
    end: yearField.end,
    related: [],
    fixes,
  };
}
