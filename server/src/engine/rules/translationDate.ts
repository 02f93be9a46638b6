import { datesIn } from '../articleDates';
import { describeDate, rewriteDate } from '../dates/dateFormat';
import type { DateMention, DatePoint } from '../dates/dateMentions';
import { say } from '../messages';
import { alignUndoingCrossings } from '../translation/mentionAlignment';
import { alignedParagraphs, disagreementFixes, namedVersion, MOVED_BELOW, versionPairs } from '../translation/versionPairs';
import { weekdayOf } from '../dates/weekday';
import type { DateValue, Fix, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// Dates that disagree between versions of one article. Only what both
// versions actually wrote is compared: "December 22" against "22 décembre
// 2025" compares day and month, never a year one of them left implicit.

const FIELDS = ['year', 'month', 'day'] as const;

/** How many written components differ, or undefined when the two cannot be the same date. */
function pointCost(x: DatePoint, y: DatePoint): number | undefined {
  let shared = 0;
  let differ = 0;
  for (const f of FIELDS) {
    const a = x.written[f];
    const b = y.written[f];
    if ((a === undefined) !== (b === undefined) && f !== 'year') return undefined; // "December 2024" is not "22 décembre"
    if (a !== undefined && b !== undefined) {
      shared++;
      if (a !== b) differ++;
    }
  }
  return shared >= 2 || (shared === 1 && differ === 0) ? differ : undefined;
}

function mentionCost(x: DateMention, y: DateMention): number | undefined {
  if ((x.to === undefined) !== (y.to === undefined)) return undefined;
  const from = pointCost(x.from, y.from);
  if (from === undefined) return undefined;
  if (!x.to || !y.to) return from;
  const to = pointCost(x.to, y.to);
  return to === undefined ? undefined : from + to;
}

/** x rewritten to say what y says, for the components x wrote. */
function targetFor(x: DateMention, y: DateMention): { from: DateValue; to?: DateValue } {
  const merge = (own: DatePoint, other: DatePoint): DateValue => ({ ...own.value, ...other.written });
  const from = merge(x.from, y.from);
  return x.to && y.to ? { from, to: merge(x.to, y.to) } : { from };
}

export const translationDate: TranslationRule = {
  id: 'translation.date',
  scope: 'translation',
  defaultSeverity: 'error',
  description: {
    en: 'A date differs between versions of the same article.',
    fr: 'Une date diffère entre les versions d’un même article.',
  },
  examples: [
    { lang: 'en', bad: 'On December 22, 2024, Bamako hosted… / Le 22 décembre 2025, Bamako a accueilli…', good: 'On December 22, 2025… / Le 22 décembre 2025…' },
  ],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      // Every mention of each version, gathered once and only if a pair is in doubt.
      let everyA: DateMention[] | undefined;
      let everyB: DateMention[] | undefined;
      const allA = (): DateMention[] => (everyA ??= a.article.paragraphs.flatMap((p) => datesIn(a.article, p.index)));
      const allB = (): DateMention[] => (everyB ??= b.article.paragraphs.flatMap((p) => datesIn(b.article, p.index)));
      for (const pair of alignedParagraphs(a, b)) {
        const da = datesIn(a.article, pair.a.index);
        const db = datesIn(b.article, pair.b.index);
        if (da.length === 0 || db.length === 0) continue;
        for (const [x, y, cost] of alignUndoingCrossings(da, db, mentionCost, 1.5, true)) {
          if (cost === 0) continue;
          // Translators reorder: when each date is stated on the other side too, nothing disagrees.
          if (db.some((d) => mentionCost(x, d) === 0) && da.some((d) => mentionCost(d, y) === 0)) continue;
          // They also move, split and merge paragraphs: in a pair the alignment is unsure of,
          // two dates each stated somewhere in the other version are two paragraphs paired wrongly.
          if (pair.confidence < MOVED_BELOW && allB().some((d) => mentionCost(x, d) === 0) && allA().some((d) => mentionCost(d, y) === 0)) continue;
          out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y), finding(ctx.locale, ctx.sourceLang, b, a, y, x));
        }
      }
    }
    return out;
  },
};

function finding(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: DateMention, y: DateMention): RawFinding {
  // A weekday the other version writes is kept where this date writes no year (an inferred year may be wrong).
  const told = (m: DateMention): { from?: number; to?: number } => ({ ...(m.from.written.weekday !== undefined ? { from: m.from.written.weekday } : {}), ...(m.to?.written.weekday !== undefined ? { to: m.to.written.weekday } : {}) });
  const ownEdit = { path: self.article.path, start: x.start, end: x.end, newText: rewriteDate(x, targetFor(x, y), told(y)) };
  const otherEdit = { path: other.article.path, start: y.start, end: y.end, newText: rewriteDate(y, targetFor(y, x), told(x)) };
  const describe = (v: DateValue): string => describeDate(v, locale === 'fr' ? 'fr' : 'en');
  const theirs = y.to ? `${describe(y.from.written)} – ${describe(y.to.written)}` : describe(y.from.written);
  return {
    rule: 'translation.date',
    message: say(locale, {
      en: `This date differs from ${namedVersion('en', other)}, which says "${y.text}" (${theirs}).`,
      fr: `Cette date diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0» (${theirs}).`,
    }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The date in ${namedVersion('en', other)}`, fr: `La date dans ${namedVersion('fr', other)}` }) }],
    fixes: withEvidence(disagreementFixes(locale, sourceLang, other, ownEdit, otherEdit), x, y),
  };
}

/**
 * Both versions give the same weekday and only the other's date has it
 * ("Wednesday, Aug. 21" / "mercredi 20 août", Aug. 20 being the Wednesday):
 * this version's date is the slip, and the fix towards the other is
 * preferred. The other way round, it is not, whatever the source language.
 */
function withEvidence(fixes: Fix[], x: DateMention, y: DateMention): Fix[] {
  const own = fixes[0];
  const stated = (m: DateMention): number | undefined => (m.to === undefined ? m.fields.find((f) => f.role === 'weekday')?.value : undefined);
  const sx = stated(x);
  if (!own || sx === undefined || sx !== stated(y)) return fixes;
  const fits = (m: DateMention): boolean | undefined => {
    const v = m.from.value;
    return v.year === undefined || v.month === undefined || v.day === undefined ? undefined : weekdayOf(v.year, v.month, v.day) === sx;
  };
  const [fx, fy] = [fits(x), fits(y)];
  if (fx === undefined || fy === undefined || fx === fy) return fixes;
  return [{ ...own, preferred: fy }, ...fixes.slice(1)];
}
