import type { NumberMention } from './numberMentions';

// Times of day: "9:30 p.m.", "10 a.m.", "from 6 to 11 p.m.", "14:30 GMT" in
// English; "21 h 30", "22h", "à 22 heures" in French. Each is one quantity,
// minutes after midnight, so "9:52 p.m." and "21 h 52" agree and "9:25
// p.m." does not. A time given in another time zone in the other version is
// another time ("3 p.m. GMT" / "16 h, heure de Paris"): times whose zones
// are both written and differ are not compared.

const SP = '[ \\u00A0\\u202F]?';
const MERIDIEM = '(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])';
// Sticky: tried only where a number starts, as the number scan reaches it.
// British papers write "7.36am" for "7:36 a.m.".
const EN_12 = new RegExp(`(?<![\\d:.,])(\\d{1,2})(?:[:.]([0-5]\\d))?${SP}${MERIDIEM}`, 'iuy');
const EN_RANGE = new RegExp(`(?<![\\d:.,])(\\d{1,2})(?:[:.]([0-5]\\d))?(?=[ \\u00A0\\u202F]*(?:to|and|or|-|–)[ \\u00A0\\u202F]*(\\d{1,2})(?:[:.][0-5]\\d)?${SP}${MERIDIEM})`, 'iuy');
const H24 = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/uy;
/** Wire copy's "1320 GMT": four digits, read as a time only before GMT or UTC. */
const WIRE = /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)(?![\d:.,])/uy;
const FR_H = new RegExp(`(?<![\\d\\p{L}])([01]?\\d|2[0-3])${SP}h${SP}(?:([0-5]\\d)(?![\\d\\p{L}])|(?![\\p{L}\\d]))`, 'uy');
const FR_HEURES = new RegExp(`(?<![\\d\\p{L}])([01]?\\d|2[0-3])${SP}heures?(?:${SP}([0-5]\\d))?(?![\\p{L}\\d])`, 'uy');

/** A zone written after a time: "GMT", "BST", "ET", « heure de Paris », "local time", "UK time". */
// In brackets, a city alone names the zone: "(21 h à Paris)", "(3 p.m. in London)".
const ZONE = /^[ \u00A0\u202F,]*\(?[ \u00A0\u202F]*(?:(GMT|UTC|TU|Z)\b|([A-Z]{1,4}T)\b|(?:heure|heures) (?:de |d['’])?(\p{Lu}[\p{L}-]+|locale|française|britannique)|(\p{Lu}[\p{L}]+|local|UK|US) time\b|(?:à|in) (\p{Lu}[\p{L}-]+)(?=[ \u00A0\u202F]*\)))/u;

/** Words that name one zone: Paris time is « heure française » and CET. */
const SAME_ZONE: Readonly<Record<string, string>> = {
  française: 'paris',
  france: 'paris',
  cet: 'paris',
  cest: 'paris',
  britannique: 'london',
  uk: 'london',
  bst: 'london',
  londres: 'london',
  locale: 'local',
  // Cities French names its own way.
  moscou: 'moscow',
  pékin: 'beijing',
  kiev: 'kyiv',
  varsovie: 'warsaw',
  bruxelles: 'brussels',
  genève: 'geneva',
  téhéran: 'tehran',
  bagdad: 'baghdad',
  jérusalem: 'jerusalem',
};

/** What a French time preceded by these words is: a length of time ("en 2 h 30", "pendant 7 h"), not a time of day. */
const FR_DURATION_BEFORE = /(?<![\p{L}])(?:en|pendant|durant|dure|duré|de plus de|plus de|moins de|près de|environ)[ \u00A0\u202F]+$/iu;
/** Words that make "N heures" a time of day: "à 22 heures", "vers 21 heures", "de 18 heures à 23 heures". */
const FR_AT = /(?<![\p{L}])(?:à|vers|dès|jusqu['’]à|avant|après)[ \u00A0\u202F]+$/iu;
const EN_AT = /(?<![\p{L}])(?:at|from|until|till|by|before|after)[ \u00A0\u202F]+$/iu;

export function timeAt(s: string, at: number, fr: boolean): NumberMention | undefined {
  const lead = s.slice(Math.max(0, at - 24), at);
  if (!fr) {
    EN_12.lastIndex = at;
    const m = EN_12.exec(s);
    if (m) return clock(s, at, m[0], twelve(Number(m[1]), m[3] ?? ''), Number(m[2] ?? 0), m[2] !== undefined, true);
    EN_RANGE.lastIndex = at;
    const r = EN_RANGE.exec(s);
    if (r) {
      // "from 11 to 1 p.m.": the first end is in the morning.
      const first = Number(r[1]);
      const second = Number(r[3]);
      const pm = /^p/iu.test(r[4] ?? '');
      const meridiem = first > second && first !== 12 ? (pm ? 'a' : 'p') : pm ? 'p' : 'a';
      return clock(s, at, r[0], twelve(first, meridiem), Number(r[2] ?? 0), r[2] !== undefined, true);
    }
  } else {
    if (FR_DURATION_BEFORE.test(lead)) return undefined;
    FR_H.lastIndex = at;
    const h = FR_H.exec(s);
    if (h) return clock(s, at, h[0], Number(h[1]), Number(h[2] ?? 0), h[2] !== undefined);
    FR_HEURES.lastIndex = at;
    const w = FR_HEURES.exec(s);
    // "de 18 heures à 23 heures", "entre 9 heures et 10 heures": the first end of a range of hours.
    const range =
      w !== null &&
      ((/(?<![\p{L}])(?:de|entre)[ \u00A0\u202F]+$/iu.test(lead) && /^[ \u00A0\u202F]+(?:à|et)[ \u00A0\u202F]+\d/u.test(s.slice(at + w[0].length, at + w[0].length + 8))) ||
        /(?<![\p{L}])entre[ \u00A0\u202F]+\d{1,2}[ \u00A0\u202F]+heures?[ \u00A0\u202F]+et[ \u00A0\u202F]+$/iu.test(s.slice(Math.max(0, at - 30), at)));
    if (w && (FR_AT.test(lead) || range)) return clock(s, at, w[0], Number(w[1]), Number(w[2] ?? 0), w[2] !== undefined);
  }
  // "14:30" is a time of day after "at" / "à" or before a time zone; alone it may be a race time.
  H24.lastIndex = at;
  const t = H24.exec(s);
  if (t && ((fr ? FR_AT : EN_AT).test(lead) || zoneAfter(s, at + t[0].length) !== undefined)) return clock(s, at, t[0], Number(t[1]), Number(t[2]), true);
  WIRE.lastIndex = at;
  const w = WIRE.exec(s);
  if (w && zoneAfter(s, at + w[0].length) === 'utc') return clock(s, at, w[0], Number(w[1]), Number(w[2]), true);
  return undefined;
}

function twelve(hour: number, meridiem: string): number {
  const pm = /^p/iu.test(meridiem);
  return (hour % 12) + (pm ? 12 : 0);
}

function zoneAfter(s: string, end: number): string | undefined {
  const m = ZONE.exec(s.slice(end, end + 32));
  if (!m) return undefined;
  if (m[1] !== undefined) return 'utc';
  const name = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  return SAME_ZONE[name] ?? name;
}

function clock(s: string, at: number, written: string, hours: number, minutes: number, withMinutes: boolean, twelveHour = false): NumberMention | undefined {
  if (hours > 23) return undefined;
  const mention: NumberMention = { start: at, end: at + written.length, text: written, value: hours * 60 + minutes, kind: 'time', numeralStart: at, numeralEnd: at + written.length };
  const zone = zoneAfter(s, at + written.length);
  if (zone !== undefined) mention.zone = zone;
  if (!withMinutes) mention.wholeHour = true;
  if (twelveHour) mention.twelveHour = true;
  return mention;
}

/** `mention` (a time of day) stating `minutes` after midnight, its digits and a.m./p.m. rewritten in place; undefined when its form cannot state it. */
export function rewriteTime(mention: NumberMention, minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return undefined;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (mention.wholeHour && m !== 0) return undefined;
  const meridiem = /([ap])(\.?m\.?)$|([AP])(\.?M\.?)$/u.exec(mention.text);
  // The first end of "from 6 to 11 p.m." has no a.m. or p.m. of its own to change.
  if (mention.twelveHour && !meridiem && h >= 12 !== mention.value >= 12 * 60) return undefined;
  // "1320 GMT" stays four digits.
  if (/^\d{4}$/u.test(mention.text)) return `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`;
  let k = 0;
  const hours = mention.twelveHour ? (h % 12 === 0 ? 12 : h % 12) : h;
  let text = mention.text.replace(/\d+/gu, (digits) => (k++ === 0 ? String(hours) : k === 2 ? String(m).padStart(digits.length, '0') : digits));
  if (meridiem) {
    const lower = meridiem[1] !== undefined;
    const letter = h >= 12 ? (lower ? 'p' : 'P') : lower ? 'a' : 'A';
    text = text.replace(/[apAP](\.?[mM]\.?)$/u, `${letter}$1`);
  }
  return text;
}
