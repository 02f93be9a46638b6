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
        let da = datesIn(a.article, pair.a.index);
        let db = datesIn(b.article, pair.b.index);
        if (da.length === 0 || db.length === 0) continue;
        // A range one version writes as one ("du 1er septembre 2025 au 31 août 2029") and the other as two
        // dates ("from Sept. 1, 2025, to Aug. 31, 2029"): each end is compared with its date.
        for (const [range, ends, rangeSide] of [...rangesAsTwo(da, db).map((t) => [...t, a] as const), ...rangesAsTwo(db, da).map((t) => [...t, b] as const)]) {
          const [self, other] = rangeSide === a ? [a, b] : [b, a];
          for (const [k, single] of ends.entries()) {
            const end = k === 0 ? range.from : range.to;
            if (end === undefined || pointCost(end, single.from) === 0) continue;
            out.push(...rangeEndFindings(ctx.locale, ctx.sourceLang, self, other, range, k === 0 ? 'from' : 'to', single));
          }
          if (rangeSide === a) {
            da = da.filter((m) => m !== range);
            db = db.filter((m) => !ends.includes(m));
          } else {
            db = db.filter((m) => m !== range);
            da = da.filter((m) => !ends.includes(m));
          }
        }
        // A date restated in full in its paragraph ("HANOVER, Dec 20 - … on Friday, December 20, 2024"), on the side
        // that states more dates: the full one is what the other version translated.
        // Kept on a side as many as the other's, it still vouches for no date: "Nov 21" would match any year.
        const restatedA = restatedIn(da);
        const restatedB = restatedIn(db);
        if (da.length > db.length) da = da.filter((m) => !restatedA.has(m));
        else if (db.length > da.length) db = db.filter((m) => !restatedB.has(m));
        for (const [x, y, cost] of alignUndoingCrossings(da, db, mentionCost, 1.5, true)) {
          if (cost === 0) continue;
          // Translators reorder: when each date is stated on the other side too, nothing disagrees.
          if (db.some((d) => !restatedB.has(d) && mentionCost(x, d) === 0) && da.some((d) => !restatedA.has(d) && mentionCost(d, y) === 0)) continue;
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

/** The dates another of them restates with more written (a year): "Dec 20" beside "December 20, 2024". */
function restatedIn(dates: readonly DateMention[]): ReadonlySet<DateMention> {
  const within = (m: DateMention, n: DateMention): boolean =>
    m !== n && m.to === undefined && n.to === undefined && FIELDS.every((f) => m.from.written[f] === undefined || m.from.written[f] === n.from.written[f]) && FIELDS.some((f) => m.from.written[f] === undefined && n.from.written[f] !== undefined);
  return new Set(dates.filter((m) => dates.some((n) => within(m, n))));
}

/**
 * Ranges of `mine` that `theirs` writes as two single dates in a row, each
 * end one written component at most from its date, and which no range of
 * `theirs` says alike: [range, [date of its start, date of its end]].
 */
function rangesAsTwo(mine: readonly DateMention[], theirs: readonly DateMention[]): Array<[DateMention, [DateMention, DateMention]]> {
  const out: Array<[DateMention, [DateMention, DateMention]]> = [];
  for (const r of mine) {
    const to = r.to;
    if (to === undefined || theirs.some((t) => t.to !== undefined && mentionCost(r, t) !== undefined)) continue;
    for (let k = 0; k + 1 < theirs.length; k++) {
      const [s, e] = [theirs[k], theirs[k + 1]];
      if (!s || !e || s.to !== undefined || e.to !== undefined) continue;
      const cs = pointCost(r.from, s.from);
      const ce = pointCost(to, e.from);
      if (cs === undefined || ce === undefined || cs + ce > 1) continue;
      out.push([r, [s, e]]);
      break;
    }
  }
  return out;
}

/** The two findings of one end of a range that the other version writes as its own date: on the range and on that date. */
function rangeEndFindings(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, range: DateMention, side: 'from' | 'to', single: DateMention): RawFinding[] {
  const end = side === 'from' ? range.from : range.to;
  if (end === undefined) return [];
  const merged: DateValue = { ...end.value, ...single.from.written };
  const rangeText = rewriteDate(range, side === 'from' ? { from: merged, to: range.to?.value ?? {} } : { from: range.from.value, to: merged });
  const singleText = rewriteDate(single, { from: { ...single.from.value, ...end.written } });
  const rangeEdit = { path: self.article.path, start: range.start, end: range.end, newText: rangeText };
  const singleEdit = { path: other.article.path, start: single.start, end: single.end, newText: singleText };
  const describe = (v: DateValue, l: 'en' | 'fr'): string => describeDate(v, l);
  const onRange: RawFinding = {
    rule: 'translation.date',
    message: say(locale, {
      en: `This date differs from ${namedVersion('en', other)}, which says "${single.text}" (${describe(single.from.written, 'en')}).`,
      fr: `Cette date diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${single.text}\u00a0» (${describe(single.from.written, 'fr')}).`,
    }),
    path: self.article.path,
    start: range.start,
    end: range.end,
    related: [{ path: other.article.path, start: single.start, end: single.end, message: say(locale, { en: `The date in ${namedVersion('en', other)}`, fr: `La date dans ${namedVersion('fr', other)}` }) }],
    fixes: disagreementFixes(locale, sourceLang, other, rangeEdit, singleEdit),
  };
  const onSingle: RawFinding = {
    rule: 'translation.date',
    message: say(locale, {
      en: `This date differs from ${namedVersion('en', self)}, which says "${range.text}" (${describe(end.written, 'en')}).`,
      fr: `Cette date diffère de ${namedVersion('fr', self)}, qui indique «\u00a0${range.text}\u00a0» (${describe(end.written, 'fr')}).`,
    }),
    path: other.article.path,
    start: single.start,
    end: single.end,
    related: [{ path: self.article.path, start: range.start, end: range.end, message: say(locale, { en: `The date in ${namedVersion('en', self)}`, fr: `La date dans ${namedVersion('fr', self)}` }) }],
    fixes: disagreementFixes(locale, sourceLang, self, singleEdit, rangeEdit),
  };
  return [onRange, onSingle];
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
