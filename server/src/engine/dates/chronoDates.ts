import type * as chrono from 'chrono-node';
import type { DateValue, Lang } from '../types';
import type { DateMention, DatePoint } from './dateMentions';
import { impliedYear } from './impliedYear';
import { daysInMonth, weekdayOf } from './weekday';

// Languages without a hand-written grammar here are read by chrono's strict
// parsers (no "today", no "for two days"). Only certain components are
// trusted, and a match that carries a time of day is dropped rather than
// trimmed: we cannot tell where its date part ends.

const LANGUAGES = ['de', 'es', 'pt', 'nl', 'it', 'ja', 'zh', 'ru', 'uk', 'sv'] as const;
type ChronoLanguage = (typeof LANGUAGES)[number];

function isChronoLanguage(code: string): code is ChronoLanguage {
  return (LANGUAGES as readonly string[]).includes(code);
}

// chrono-node is a third of the bundle, and English and French copy never
// needs it: it is required on first use, from its own file in dist/vendor
// (esbuild.mjs), so every CLI run and server start does not compile it.
let lib: typeof chrono | undefined;
function parserFor(code: ChronoLanguage): chrono.Chrono {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  lib ??= require('chrono-node') as typeof chrono;
  return lib[code].strict;
}

type Comp = chrono.ParsedComponents;

function written(c: Comp): DateValue {
  const v: DateValue = {};
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    if (c.isCertain(k)) {
      const n = c.get(k);
      if (n !== null) v[k] = n;
    }
  }
  return v;
}

function point(w: DateValue, reference: DateValue | undefined): DatePoint {
  const value: DateValue = { ...w };
  if (value.year === undefined && value.month !== undefined && value.day !== undefined) {
    const y = impliedYear(value.month, value.day, reference);
    if (y !== undefined) value.year = y;
  }
  if (value.weekday === undefined && value.year !== undefined && value.month !== undefined && value.day !== undefined) {
    value.weekday = weekdayOf(value.year, value.month, value.day);
  }
  return { written: w, value };
}

function usable(w: DateValue): boolean {
  if (w.month === undefined) return false;
  if (w.day === undefined) return w.year !== undefined;
  return w.day <= daysInMonth(w.month, w.year);
}

export function chronoDates(text: string, start: number, end: number, lang: Lang, reference: DateValue | undefined): DateMention[] {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!isChronoLanguage(code)) return [];
  const parser = parserFor(code);
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text.slice(start, end), { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  } catch {
    return []; // a parser bug must not take the whole check down
  }
  const out: DateMention[] = [];
  for (const r of results) {
    if (r.start.isCertain('hour') || r.end?.isCertain('hour') === true) continue;
    const fromW = written(r.start);
    if (!usable(fromW)) continue;
    // chrono keeps a leading preposition or article ("Am 22. Dezember", "el 3 de mayo").
    const lead = /^(?:am|an|den|vom|el|la|le|del|de|do|da|no|na|op|på|il|lo|dal)\s+(?=\d)/iu.exec(r.text)?.[0].length ?? 0;
    const mStart = start + r.index + lead;
    const mEnd = start + r.index + r.text.length;
    const mention: DateMention = {
      start: mStart,
      end: mEnd,
      text: text.slice(mStart, mEnd),
      lang,
      from: point(fromW, reference),
      style: {
        kind: /\p{L}/u.test(r.text) ? (fromW.day === undefined ? 'monthYear' : 'long') : /^\d{4}-/.test(r.text) ? 'iso' : 'numeric',
        hasWeekday: fromW.weekday !== undefined,
        hasYear: fromW.year !== undefined,
        ordinalSuffix: false,
        order: fromW.day === undefined ? 'my' : 'dmy',
        isRange: r.end !== null && r.end !== undefined,
      },
      fields: [],
    };
    if (r.end) {
      const toW = written(r.end);
      if (usable(toW)) mention.to = point(toW, reference);
      else mention.style.isRange = false;
    }
    out.push(mention);
  }
  return out;
}
