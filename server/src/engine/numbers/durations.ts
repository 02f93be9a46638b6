import type { NumberMention } from './numberMentions';

// Durations as sport and science write them: "2:08:19" or "3:54.18" in
// English, "2 h 08 min 19 s", "3 min 54 s 18" or "2h08'19''" in French,
// "5 min 30 s". Each is one quantity (in
// seconds), so the two versions of a race result are compared as wholes, and
// the digits inside are never read as numbers of their own: "19" in "2 h 08
// min 19 s" once met the "52" of "52 seconds" in the other version. Two
// parts with a colon ("1:28") may be a time of day and are left out, as is
// "14 h 30", which is one.

const SP = '[ \\u00A0\\u202F]?';
const HOURS = '(?:h|hrs?|hours?|heures?)';
const MINUTES = "(?:min|mn|minutes?|['’′])";
const SECONDS = "(?:s|sec|secs|seconds?|secondes?|''|’’|″|\")";
const FRACTION = '(?:[.,](\\d{1,3}))?';

// Sticky: tried only where a number starts, as the number scan reaches it.
const CLOCK = /(?<![\d:.,T])(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?(?![\d:])/uy;
// Between the parts, English may put a comma or "and": "6 minutes, 17 seconds", "2 hours, 8 minutes and 19 seconds".
const JOIN = `(?:,?${SP}(?:(?:and|et)[ \\u00A0\\u202F])?)`;
// French writes a fraction of a second after its unit: hundredths ("3 min 54 s 18") or tenths ("1 h 22 min 17 s 6"),
// as HUNDREDTHS reads "9 s 8".
const AFTER_SECONDS = `(?:${SP}(\\d{1,3}))?`;
const UNITS = new RegExp(
  `(?<![\\d\\p{L}])(?:(\\d{1,3})${SP}${HOURS}${JOIN}([0-5]?\\d)${SP}${MINUTES}(?:${JOIN}([0-5]?\\d)${FRACTION}${SP}${SECONDS}${AFTER_SECONDS})?|(\\d{1,3})${SP}${MINUTES}${JOIN}([0-5]?\\d)${FRACTION}${SP}${SECONDS}${AFTER_SECONDS})(?![\\p{L}\\d])`,
  'uy',
);

// Minutes, seconds and their fraction as swimming and athletics write them: "3:54.18". The fraction
// is required: "1:28" alone may be a time of day.
const MINUTE_CLOCK = /(?<![\d:.,T])(\d{1,2}):([0-5]\d)[.,](\d{1,2})(?![\d:])/uy;

// Seconds and tenths or hundredths as French sport writes them: "9 s 87", "29 s 12", "9 s 8".
// Thousandths too, where a photo finish is told: « 9 s 784 contre 9 s 789 ».
const HUNDREDTHS = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})${SP}s${SP}(\\d{1,3})(?![\\p{L}\\d])`, 'uy');

/** Which parts a duration writes, in order: its digit groups are these ("sc": seconds and hundredths). */
export type DurationParts = 'hms' | 'hm' | 'ms' | 'sc' | 'msc';

/** The duration starting at `at` in `s` (read no further than `s` goes), if one does. */
export function durationAt(s: string, at: number): NumberMention | undefined {
  CLOCK.lastIndex = at;
  const c = CLOCK.exec(s);
  if (c) return mention(at, c[0], 'hms', Number(c[1]), Number(c[2]), Number(c[3]), c[4]);
  MINUTE_CLOCK.lastIndex = at;
  const mc = MINUTE_CLOCK.exec(s);
  if (mc) return mention(at, mc[0], 'msc', 0, Number(mc[1]), Number(mc[2]), mc[3]);
  HUNDREDTHS.lastIndex = at;
  const h = HUNDREDTHS.exec(s);
  if (h) return mention(at, h[0], 'sc', 0, 0, Number(h[1]), h[2]);
  UNITS.lastIndex = at;
  const u = UNITS.exec(s);
  if (!u) return undefined;
  // "1 h 22 min 17 s 6": the fraction after the seconds' unit.
  if (u[1] !== undefined) return mention(at, u[0], u[3] === undefined ? 'hm' : 'hms', Number(u[1]), Number(u[2]), Number(u[3] ?? 0), u[4] ?? u[5]);
  // "3 min 54 s 18": hundredths after the seconds' unit.
  if (u[9] !== undefined) return mention(at, u[0], 'msc', 0, Number(u[6]), Number(u[7]), u[9]);
  return mention(at, u[0], 'ms', 0, Number(u[6]), Number(u[7]), u[8]);
}

function mention(at: number, written: string, parts: DurationParts, h: number, m: number, sec: number, fraction: string | undefined): NumberMention {
  const value = h * 3600 + m * 60 + sec + (fraction ? Number(`0.${fraction}`) : 0);
  return { start: at, end: at + written.length, text: written, value, kind: 'duration', durationParts: parts, numeralStart: at, numeralEnd: at + written.length };
}

/** `mention` (a duration) stating `seconds`, each digit group replaced in place; undefined when its parts cannot state it. */
export function rewriteDuration(mention: NumberMention, seconds: number): string | undefined {
  const parts = mention.durationParts;
  if (parts === 'msc') {
    // Minutes, seconds and a fraction of two digits ("3:54.18", "3 min 54 s 18").
    const hundredths = Math.round(seconds * 100);
    const fraction = /(\d+)\D*$/u.exec(mention.text)?.[1] ?? '';
    if (Math.abs(hundredths - seconds * 100) > 1e-6 || fraction.length !== 2) return undefined;
    return replaceGroups(mention.text, [Math.floor(hundredths / 6000), Math.floor(hundredths / 100) % 60, hundredths % 100]);
  }
  if (parts === 'sc') {
    const hundredths = Math.round(seconds * 100);
    if (Math.abs(hundredths - seconds * 100) > 1e-6 || seconds >= 60) return undefined;
    return replaceGroups(mention.text, [Math.floor(hundredths / 100), hundredths % 100]);
  }
  // Seconds with a fraction written out ("1 minute 54.60 seconds", "2:08:19.5"): the fraction keeps its width.
  const fraction = /\d[.,](\d{1,3})(?!\d)/u.exec(mention.text)?.[1];
  if ((parts === 'ms' || parts === 'hms') && fraction !== undefined && seconds >= 0) {
    const scale = 10 ** fraction.length;
    const units = Math.round(seconds * scale);
    if (Math.abs(units - seconds * scale) > 1e-6) return undefined;
    const whole = Math.floor(units / scale);
    const values = parts === 'hms' ? [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60] : [Math.floor(whole / 60), whole % 60];
    return replaceGroups(mention.text, [...values, units % scale], fraction.length);
  }
  if (parts === undefined || !Number.isInteger(seconds) || seconds < 0) return undefined;
  const h = Math.floor(seconds / 3600);
  const values = parts === 'hms' ? [h, Math.floor(seconds / 60) % 60, seconds % 60] : parts === 'hm' ? (seconds % 60 === 0 ? [h, Math.floor(seconds / 60) % 60] : undefined) : [Math.floor(seconds / 60), seconds % 60];
  return values === undefined ? undefined : replaceGroups(mention.text, values);
}

/**
 * Each digit group of `text` replaced by the next of `values`; undefined when they do not match one for one.
 * `fractionWidth`: the last group is a fraction of that many digits ("06" stays two digits).
 */
function replaceGroups(written: string, values: readonly number[], fractionWidth?: number): string | undefined {
  let k = 0;
  let ok = true;
  // Units written out ("62 hours and 6 minutes") take no leading zero.
  const spelt = /minute|second|hour|heure/iu.test(written);
  const text = written.replace(/\d+/gu, (digits) => {
    const v = values[k++];
    if (v === undefined) {
      ok = false;
      return digits;
    }
    // Minutes and seconds keep the writer's width ("08"); the first part is written as it is.
    if (fractionWidth !== undefined && k === values.length) return String(v).padStart(fractionWidth, '0');
    return k === 1 || spelt ? String(v) : String(v).padStart(digits.length, '0');
  });
  return ok && k === values.length ? text : undefined;
}
