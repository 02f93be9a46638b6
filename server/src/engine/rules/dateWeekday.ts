import { datesIn } from '../articleDates';
import { describeDate, describeDateForMessage, rewriteDate } from '../dates/dateFormat';
import { extractDates, type DateMention, type DatePoint } from '../dates/dateMentions';
import { articleDateOf, sameDate, statesOwnDate } from '../articleDate';
import { applyCase, caseOf, dateNames, fold as foldDateName } from '../dates/dateNames';
import { addDays, dayNumber, julianWeekdayOf, LAST_JULIAN_YEAR, weekdayOf } from '../dates/weekday';
import type { DateValue, Fix, Locale, RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// "Thursday, July 26, 2024": July 26, 2024 was a Friday. A wrong weekday is
// flagged only when the year is certain: written, or implied by the
// article's own date and not also matching the neighbouring years (an
// article of late December may speak of next year's dates).

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

function noYearMessage(locale: Locale, date: { month: number; day: number }, stated: number, years: { from: number; to: number }): string {
  const s = WEEKDAYS[locale][stated] ?? '';
  if (locale === 'fr') return `Aucun ${describeDate(date, 'fr')} de ${years.from} à ${years.to} ne tombe un ${s}\u00a0: vérifiez la date.`;
  return `No ${describeDateForMessage(date, 'en')} from ${years.from} to ${years.to} falls on a ${s}: check the date.`;
}

function message(locale: Locale, date: DateValue & { year: number; month: number; day: number }, actual: number, stated: number, past: boolean): string {
  const a = WEEKDAYS[locale][actual] ?? '';
  const s = WEEKDAYS[locale][stated] ?? '';
  if (locale === 'fr') {
    const d = describeDate(date, 'fr');
    return `Le ${d} ${past ? 'était' : 'est'} un ${a}, pas un ${s}.`;
  }
  return `${describeDateForMessage(date, 'en')} ${past ? 'was' : 'is'} a ${a}, not a ${s}.`;
}

/** A date the article writes with its year: its day (dayNumber) and that year. */
interface Anchor {
  day: number;
  year: number;
  /** The paragraph it is written in. */
  paragraph: number;
  /** Written with a weekday that does not fit it: one of the two slipped, perhaps the year. */
  misfit: boolean;
  /** Written with a weekday that fits it. */
  weekdayFits: boolean;
}

/**
 * `anchors`: the dates the article writes with their year. The article's own date may be a date it looks ahead to ("will take
 * office on October 1, 2024"); "Sunday, June 2, 2024" written a line before
 * says which June 3 "Monday, June 3" is just as surely.
 */
/**
 * How sure the year of `p` is: written or vouched for ('sure'); only
 * guessed, as no year around it has that day on the stated weekday
 * ('years', with those years); or not at all (undefined).
 */
type Certainty = { how: 'sure' } | { how: 'years'; from: number; to: number };

function certainYear(p: DatePoint, articleDate: DateValue | undefined, stated: number, near: readonly Anchor[], anchors: readonly Anchor[], declared: boolean, today: Date): Certainty | undefined {
  const SURE = { how: 'sure' } as const;
  if (p.written.year !== undefined) return SURE;
  const v = p.value;
  if (articleDate?.year === undefined || v.year === undefined || v.month === undefined || v.day === undefined) return undefined;
  const todayYear = today.getUTCFullYear();
  // The stated weekday fits the same day in a year the article writes: the
  // writer may mean that one ("du 5 au 26 juillet 2025 … le samedi 26 juillet"
  // in a story that goes on to July 2026).
  if (anchors.some((a) => a.year !== v.year && weekdayOf(a.year, v.month ?? 0, v.day ?? 0) === stated)) return undefined;
  // A full date nearby whose own weekday does not fit may have the wrong year
  // ("Tuesday, 19 July 2021" for 2022): the days around it are flagged through it, not for themselves.
  const day0 = dayNumber(v.year, v.month, v.day);
  if (anchors.some((a) => a.misfit && Math.abs(day0 - a.day) <= 7)) return undefined;
  // Within a season of the article's stated date (front matter, dateline), or a
  // week of a date it writes in full, the year is the writer's ("Sunday, June
  // 2, 2024 … On Tuesday, June 3"; a story of 3 November 2025 and its "Sunday,
  // Nov. 2").
  const day = dayNumber(v.year, v.month, v.day);
  if (near.some((a) => Math.abs(day - a.day) <= 7)) return SURE;
  // A story that states no date of its own, whose latest full date is still to come ("a contract until June 30,
  // 2029"), was written before it: which year its days fall in is anyone's guess.
  if (!declared && dayNumber(articleDate.year, articleDate.month ?? 1, articleDate.day ?? 1) > dayNumber(todayYear, today.getUTCMonth() + 1, today.getUTCDate())) return undefined;
  // Within a season of the date the story states as its own (front matter, dateline). A date it does not
  // state is its latest full date, which vouches for days nearby only as any full date does (above).
  if (declared && articleDate.month !== undefined && articleDate.day !== undefined) {
    const gap = Math.abs(day - dayNumber(articleDate.year, articleDate.month, articleDate.day));
    if (gap <= 90) return SURE;
  }
  // Further away, the nearest full date may belong to another event ("the coup
  // of July 26, 2023" in a story of June 2025): a weekday that fits the same
  // day up to two years either side may be the year meant. A story that does
  // not state its own date may come from any year since its latest full date
  // (an obituary whose latest is "February 12, 1977"): any year up to now may be meant.
  // When none fits, the weekday is wrong; but in a story that states no date of its own and writes
  // full dates of several years, which year was meant is not known (a 2024 story's « jeudi 26
  // juillet » that goes on to July 2025).
  const last = declared ? v.year + 2 : Math.max(v.year + 2, todayYear + 1);
  for (let y = v.year - 2; y <= last; y++) if (y !== v.year && weekdayOf(y, v.month, v.day) === stated) return undefined;
  // Every full date of the story in that one year: it is the story's year.
  const oneYear = anchors.length > 0 && anchors.every((a) => a.year === v.year);
  return declared || oneYear ? SURE : { how: 'years', from: v.year - 2, to: last };
}

function checkPoint(ctx: DocumentContext, m: DateMention, side: 'from' | 'to', near: readonly Anchor[], anchors: readonly Anchor[], declared: boolean): RawFinding | undefined {
  const p = side === 'from' ? m.from : m.to;
  const field = m.fields.find((f) => f.role === 'weekday' && f.side === side);
  if (p === undefined || field === undefined) return undefined;
  const v = p.value;
  if (v.year === undefined || v.month === undefined || v.day === undefined) return undefined;
  // The end of a range that ends before it starts: its year slipped, and date.range says so.
  const f = m.from.value;
  if (side === 'to' && f.year !== undefined && f.month !== undefined && f.day !== undefined && dayNumber(v.year, v.month, v.day) < dayNumber(f.year, f.month, f.day)) return undefined;
  const stated = field.value;
  const actual = weekdayOf(v.year, v.month, v.day);
  if (actual === stated) return undefined;
  const certainty = certainYear(p, ctx.articleDate, stated, near, anchors, declared, ctx.today);
  if (certainty === undefined) return undefined;
  const names = dateNames(m.lang);
  if (names === undefined) return undefined;
  // "Thursday, October 4, 1582" in Rome: before 1924 a date may be Julian (Old Style).
  if (v.year <= LAST_JULIAN_YEAR && julianWeekdayOf(v.year, v.month, v.day) === stated) return undefined;
  // "Monday–Tuesday, December 22–23", "from Saturday to Sunday, December 20–21": a range of weekdays over a range of days.
  const before = /(\p{L}+)\.?\s*(?:[–—-]|\band\b|\bto\b|\bet\b|\bau\b)\s*$/iu.exec(ctx.article.prose.slice(Math.max(0, field.start - 20), field.start));
  if (before?.[1] && names.weekdayLookup.has(foldDateName(before[1])) && (m.to !== undefined || side === 'from')) return undefined;

  // No year around it has the day on that weekday: said so, with no fix, as the year each fix would follow is a guess.
  if (certainty.how === 'years') {
    return { rule: 'date.weekday', message: noYearMessage(ctx.locale, { month: v.month, day: v.day }, stated, certainty), path: ctx.article.path, start: field.start, end: field.end, related: [], fixes: [] };
  }
  const full = { year: v.year, month: v.month, day: v.day };
  const today = ctx.today;
  const past = dayNumber(full.year, full.month, full.day) < dayNumber(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  const path = ctx.article.path;
  let replacement = (field.abbrev === true ? names.weekdayAbbrevs : names.weekdays)[actual] ?? '';
  if (field.abbrev === true && !field.text.endsWith('.')) replacement = replacement.replace(/\.$/, '');
  replacement = applyCase(replacement, caseOf(field.text));
  const fixes: Fix[] = [
    {
      title: ctx.locale === 'fr' ? `Remplacer par « ${replacement} »` : `Change to “${replacement}”`,
      // Only a year the date writes makes the weekday surely the slip: one inferred from the dateline may be wrong itself.
      preferred: p.written.year !== undefined,
      edits: [{ path, start: field.start, end: field.end, newText: replacement }],
    },
  ];
  // Or the weekday was right and the day wrong: the nearest date with that weekday.
  if (m.to === undefined) {
    const back = (actual - stated + 7) % 7;
    const shift = back <= 3 ? -back : 7 - back;
    const near = addDays(full.year, full.month, full.day, shift);
    const newText = rewriteDate(m, { from: near });
    const d = ctx.locale === 'fr' ? describeDate(near, 'fr') : describeDateForMessage(near, 'en');
    fixes.push({
      title: ctx.locale === 'fr' ? `Changer la date : ${d}` : `Change the date to ${d}`,
      preferred: false,
      edits: [{ path, start: m.start, end: m.end, newText }],
    });
  }
  return {
    rule: 'date.weekday',
    message: message(ctx.locale, full, actual, stated, past),
    path,
    start: field.start,
    end: field.end,
    related: [],
    fixes,
  };
}

/**
 * Whether the weekdays of the dates written without a year, two at least,
 * all miss the year the article's date lends them and all fit one year
 * either side of it: then that year is what slipped (a dateline's "10
 * December 2021" for 2022, "Tuesday, 6 December" and "Wednesday, 14
 * December" right for 2022), which translation.date or the reader sees
 * there, and the weekdays are not flagged one by one for it.
 */
function weekdaysTellAnotherYear(dates: readonly DateMention[]): boolean {
  const points: Array<{ month: number; day: number; year: number; stated: number }> = [];
  for (const m of dates) {
    if (!m.style.hasWeekday) continue;
    for (const side of ['from', 'to'] as const) {
      const p = side === 'from' ? m.from : m.to;
      const field = m.fields.find((f) => f.role === 'weekday' && f.side === side);
      const v = p?.value;
      if (p?.written.year !== undefined || field === undefined || v?.year === undefined || v.month === undefined || v.day === undefined) continue;
      points.push({ month: v.month, day: v.day, year: v.year, stated: field.value });
    }
  }
  if (points.length < 2 || points.some((p) => weekdayOf(p.year, p.month, p.day) === p.stated)) return false;
  return [-1, 1].some((shift) => points.every((p) => weekdayOf(p.year + shift, p.month, p.day) === p.stated));
}

export const dateWeekday: DocumentRule = {
  id: 'date.weekday',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A weekday that does not match its date (“Thursday, July 26, 2024” — it was a Friday).',
    fr: 'Un jour de la semaine qui ne correspond pas à la date (« jeudi 26 juillet 2024 » : c’était un vendredi).',
  },
  examples: [
    { lang: 'en', bad: 'The vote took place on Thursday, July 26, 2024.', good: 'The vote took place on Friday, July 26, 2024.' },
    { lang: 'fr', bad: 'Le vote a eu lieu le jeudi 26 juillet 2024.', good: 'Le vote a eu lieu le vendredi 26 juillet 2024.' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const out: RawFinding[] = [];
    // The shared dates were read against the article's own date; a context
    // that brings another reference (a test, a caller) reads them again.
    const shared = sameDate(articleDateOf(ctx.article), ctx.articleDate);
    const declared = statesOwnDate(ctx.article, ctx.articleDate);
    const byParagraph = ctx.article.paragraphs.map((para) =>
      shared ? datesIn(ctx.article, para.index) : extractDates(ctx.article.prose, para, ctx.article.language, ctx.articleDate),
    );
    if (!byParagraph.some((dates) => dates.some((m) => m.style.hasWeekday))) return out;
    const anchors: Anchor[] = [];
    for (const [paragraph, dates] of byParagraph.entries()) {
      for (const m of dates) {
        for (const point of [m.from, m.to]) {
          const v = point?.value;
          if (point?.written.year !== undefined && v?.year !== undefined && v.month !== undefined && v.day !== undefined) {
            const weekday = m.fields.find((f) => f.role === 'weekday' && f.side === (point === m.from ? 'from' : 'to'));
            const misfit = weekday !== undefined && weekday.value !== weekdayOf(v.year, v.month, v.day);
            anchors.push({ day: dayNumber(v.year, v.month, v.day), year: v.year, paragraph, misfit, weekdayFits: weekday !== undefined && !misfit });
          }
        }
      }
    }
    const otherYear = weekdaysTellAnotherYear(byParagraph.flat());
    for (const [paragraph, dates] of byParagraph.entries()) {
      // A full date vouches for the year of days around it only nearby, in its paragraph or the next one:
      // a story of June 2025 may recall "the final of May 26, 1993" pages earlier. One written with its
      // weekday, which fits, is the story's own news, as recalled dates seldom are: it vouches a few
      // paragraphs away ("reached a deal on Friday, October 14, 2022" … "On Thursday, October 12").
      const near = anchors.filter((a) => Math.abs(a.paragraph - paragraph) <= (a.weekdayFits ? 3 : 1));
      for (const m of dates) {
        if (!m.style.hasWeekday) continue;
        for (const side of ['from', 'to'] as const) {
          if (otherYear && (side === 'from' ? m.from : m.to)?.written.year === undefined) continue;
          const f = checkPoint(ctx, m, side, near, anchors, declared);
          if (f !== undefined) out.push(f);
        }
      }
    }
    return out;
  },
};

