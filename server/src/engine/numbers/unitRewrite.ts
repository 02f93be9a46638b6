import type { TextEdit } from '../types';
import type { NumberMention } from './numberMentions';

// The same figure in another unit than the other version's ("42 km" /
// « 42 miles », « 18 ans » / "18 months"): the unit word said as the other
// version's, the figure left as written, in the writer's own form (a symbol
// for a symbol, a word for a word, "42-mile" for "42-mile"). Only units with
// one plain word or symbol in each language are rewritten.

/** Each measure's words: English singular, plural, symbol; French singular, plural, symbol. */
const UNITS: Readonly<Record<string, { en: readonly [string, string, string?]; fr: readonly [string, string, string?] }>> = {
  km: { en: ['kilometre', 'kilometres', 'km'], fr: ['kilomètre', 'kilomètres', 'km'] },
  // French copy writes « miles » for the English mile (« milles » is the sea mile).
  mi: { en: ['mile', 'miles'], fr: ['mile', 'miles'] },
  m: { en: ['metre', 'metres', 'm'], fr: ['mètre', 'mètres', 'm'] },
  cm: { en: ['centimetre', 'centimetres', 'cm'], fr: ['centimètre', 'centimètres', 'cm'] },
  mm: { en: ['millimetre', 'millimetres', 'mm'], fr: ['millimètre', 'millimètres', 'mm'] },
  in: { en: ['inch', 'inches'], fr: ['pouce', 'pouces'] },
  ft: { en: ['foot', 'feet', 'ft'], fr: ['pied', 'pieds'] },
  kg: { en: ['kilogram', 'kilograms', 'kg'], fr: ['kilogramme', 'kilogrammes', 'kg'] },
  g: { en: ['gram', 'grams', 'g'], fr: ['gramme', 'grammes', 'g'] },
  mg: { en: ['milligram', 'milligrams', 'mg'], fr: ['milligramme', 'milligrammes', 'mg'] },
  'µg': { en: ['microgram', 'micrograms', 'µg'], fr: ['microgramme', 'microgrammes', 'µg'] },
  lb: { en: ['pound', 'pounds', 'lb'], fr: ['livre', 'livres'] },
  t: { en: ['tonne', 'tonnes'], fr: ['tonne', 'tonnes'] },
  kW: { en: ['kilowatt', 'kilowatts', 'kW'], fr: ['kilowatt', 'kilowatts', 'kW'] },
  MW: { en: ['megawatt', 'megawatts', 'MW'], fr: ['mégawatt', 'mégawatts', 'MW'] },
  GW: { en: ['gigawatt', 'gigawatts', 'GW'], fr: ['gigawatt', 'gigawatts', 'GW'] },
  second: { en: ['second', 'seconds'], fr: ['seconde', 'secondes'] },
  day: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  week: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'] },
  month: { en: ['month', 'months'], fr: ['mois', 'mois'] },
  year: { en: ['year', 'years'], fr: ['an', 'ans'] },
  hour: { en: ['hour', 'hours'], fr: ['heure', 'heures'] },
  minute: { en: ['minute', 'minutes'], fr: ['minute', 'minutes'] },
  // Areas: the length's word, after "square" in English, before « carrés » in French ("860 square kilometres" / « 860 milles carrés »).
  'km²': { en: ['kilometre', 'kilometres'], fr: ['kilomètre', 'kilomètres'] },
  'mi²': { en: ['mile', 'miles'], fr: ['mile', 'miles'] },
};

/** Speeds, written as one symbol in both languages ("221 mph" / « 221 km/h »). */
const SPEED_SYMBOLS: Readonly<Record<string, string>> = { 'km/h': 'km/h', mph: 'mph' };
const SPEED_AFTER = /^[ \u00A0\u202F]?(km\/h|kmh|mph)(?![\p{L}])/u;

/** The edit that writes the other speed's symbol after the figure ending at `end`; undefined for a speed in words. */
function rewriteSpeed(prose: string, end: number, measure: string): TextEdit | undefined {
  const m = SPEED_AFTER.exec(prose.slice(end, end + 8));
  const symbol = m?.[1];
  if (m === null || symbol === undefined) return undefined;
  const start = end + m[0].length - symbol.length;
  return { start, end: start + symbol.length, newText: SPEED_SYMBOLS[measure] ?? symbol };
}

/** A temperature's scale after the figure: its letter ("40C", "40 °F") or its name ("89.2 degrees Celsius", « 40 degrés Fahrenheit »). */
const TEMPERATURE_AFTER = /^(?:[ \u00A0\u202F]?°?[ \u00A0\u202F]?(C|F)|[ \u00A0\u202F]+(?:degrees?|degrés?)[ \u00A0\u202F]+(Celsius|Fahrenheit))(?![\p{L}])/u;

/** The edit that writes the other scale where the figure ending at `end` names its own, letter for letter or name for name. */
function rewriteTemperature(prose: string, end: number, measure: string): TextEdit | undefined {
  const m = TEMPERATURE_AFTER.exec(prose.slice(end, end + 24));
  const said = m?.[1] ?? m?.[2];
  if (m === null || said === undefined) return undefined;
  const start = end + m[0].length - said.length;
  const fahrenheit = measure === '°F';
  return { start, end: start + said.length, newText: said.length === 1 ? (fahrenheit ? 'F' : 'C') : fahrenheit ? 'Fahrenheit' : 'Celsius' };
}

/** "square" before an area's word in English. */
const SQUARE = /^[ \u00A0\u202F-]square(?=[ \u00A0\u202F])/iu;

/** The unit's word or symbol right after a figure: its separator, and "of" or « de » a scale may put before it. */
const AFTER = /^([ \u00A0\u202F]|-)((?:of[ \u00A0\u202F]|de[ \u00A0\u202F]|d['’])?)([\p{L}]+)(?![\p{L}])/u;

/**
 * `x` (in `lang`, read from `prose`), a figure of `x.measure`, with its unit put as `measure`: the edit of the
 * unit's word alone, or undefined when either unit has no plain word here.
 */
export function rewriteUnit(prose: string, x: NumberMention, measure: string | undefined, lang: string): TextEdit | undefined {
  const l = lang.toLowerCase().split(/[-_]/u)[0];
  if ((l !== 'en' && l !== 'fr') || x.measure === undefined || measure === undefined) return undefined;
  if (SPEED_SYMBOLS[x.measure] !== undefined && SPEED_SYMBOLS[measure] !== undefined) return rewriteSpeed(prose, x.end, measure);
  if ((x.measure === '°C' || x.measure === '°F') && (measure === '°C' || measure === '°F')) return rewriteTemperature(prose, x.end, measure);
  const mine = UNITS[x.measure]?.[l];
  const theirs = UNITS[measure]?.[l];
  // An English area's word comes after "square".
  const square = l === 'en' && x.measure.endsWith('²') ? (SQUARE.exec(prose.slice(x.end, x.end + 10))?.[0].length ?? -1) : 0;
  if (square < 0) return undefined;
  const from = x.end + square;
  const m = AFTER.exec(prose.slice(from, from + 40));
  if (!mine || !theirs || !m?.[3]) return undefined;
  // « milles », the sea mile's word, is written for the English mile too.
  const word = m[3];
  const asWritten = l === 'fr' && /^milles?$/u.test(word) ? word.replace('mille', 'mile') : word;
  const i = [mine[0], mine[1], mine[2]].findIndex((w) => w !== undefined && (w === asWritten || w === asWritten.toLowerCase() || w.replace(/re(s?)$/u, 'er$1') === asWritten.toLowerCase()));
  if (i < 0) return undefined;
  // A symbol for a symbol, where the other unit has one; its word otherwise.
  let next: string = i === 2 ? (theirs[2] ?? theirs[1]) : i === 1 ? theirs[1] : theirs[0];
  // American spelling where the writer's word has it ("meters", "kilometer").
  if (l === 'en' && /ers?$/u.test(word) && /res?$/u.test(next)) next = next.replace(/re(s?)$/u, 'er$1');
  const start = from + (m[1] ?? '').length + (m[2] ?? '').length;
  return { start, end: start + word.length, newText: /^\p{Lu}/u.test(word) ? next.charAt(0).toUpperCase() + next.slice(1) : next };
}
