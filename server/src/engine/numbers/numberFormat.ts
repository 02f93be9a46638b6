import type { Lang } from '../types';
import { rewriteDuration } from './durations';
import { rewriteQuarter } from './quarters';
import { rewriteSeason } from './seasons';
import { rewriteTime } from './timesOfDay';
import { ordinalInWords, type NumberMention } from './numberMentions';

// A fix rewrites only the numeral and keeps the rest of the mention ("$",
// "billion", " %", "francs CFA") as typed. The numeral is rebuilt in the
// writer's own conventions: their group separator (comma, space, U+00A0,
// U+202F or dot) and their decimal mark.

const UNITS: Readonly<Record<'en' | 'fr', readonly string[]>> = {
  en: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
  fr: 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' '),
};
const TENS: Readonly<Record<'en' | 'fr', readonly string[]>> = {
  en: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  fr: ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'],
};

/**
 * `n` (0–99) in words, as each language writes it ("fifty-five"; « soixante et onze », « quatre-vingt-dix-sept »);
 * `belgian`, as Belgium and Switzerland write seventy and ninety (« septante », « nonante »).
 */
export function inWords(n: number, fr: boolean, belgian = false): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  const lang = fr ? 'fr' : 'en';
  const units = UNITS[lang];
  if (n < units.length) return units[n];
  if (!fr) return `${TENS.en[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : `-${units[n % 10] ?? ''}`}`;
  // French counts by twenties from sixty: soixante-dix (70), quatre-vingts (80), quatre-vingt-dix (90).
  const [base, rest] =
    belgian && n >= 90 ? ['nonante', n - 90] : belgian && n >= 70 && n < 80 ? ['septante', n - 70] : n >= 80 ? ['quatre-vingt', n - 80] : n >= 60 ? ['soixante', n - 60] : [TENS.fr[Math.floor(n / 10)] ?? '', n % 10];
  if (rest === 0) return base === 'quatre-vingt' ? 'quatre-vingts' : base;
  const tail = inWords(rest, true, belgian) ?? '';
  return (rest === 1 || rest === 11) && base !== 'quatre-vingt' ? `${base} et ${tail}` : `${base}-${tail}`;
}

function capitalLike(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  if (written.charAt(0) === written.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

function ordinalSuffixEn(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * The space a French article puts in its four-digit figures (« 4 000 tonnes »), if it groups them: as it does, or,
 * where it writes none, as it groups larger ones (« 26 527 ») unless it writes a four-digit figure whole that is no year.
 */
export function fourDigitGroup(prose: string): string | undefined {
  const four = /(?<![\d,.\u00A0\u202F ])\d([\u00A0\u202F ])\d{3}(?![\d,])/u.exec(prose)?.[1];
  if (four !== undefined) return four;
  for (const m of prose.matchAll(/(?<![\d,.\u00A0\u202F ])\d{4}(?![\d,.])/gu)) {
    const n = Number(m[0]);
    if (n < 1000 || n > 2100) return undefined;
  }
  return /\d([\u00A0\u202F ])\d{3}(?!\d)/u.exec(prose)?.[1];
}

/** The numeral alone, in the style of `written`, for the language's conventions (and `fourGroup`'s, for a French four-digit one). */
function formatNumeral(written: string, n: number, fr: boolean, decimals = 0, fourGroup?: string): string {
  const decimalMark = fr ? ',' : '.';
  const group = /\d([,. \u00A0\u202F\u2009])\d{3}(?!\d)/u.exec(fr ? written.replace(/,\d+$/, '') : written.replace(/\.\d+$/, ''))?.[1];
  // Just enough decimals to state the value: "12.5%" doubled is "25%", not "25.0%";
  // as many as the value is given with elsewhere ("50,10 %" makes "50.10%").
  let digits = 0;
  while (digits < 6 && Math.abs(Number(n.toFixed(digits)) - n) > 1e-9) digits++;
  digits = Math.max(digits, Math.min(decimals, 6));
  const [intPart = '0', fracPart] = Math.abs(n).toFixed(digits).split('.');
  // French leaves four-digit numbers ungrouped ("1000"); English writes "1,000",
  // unless the writer left four digits ungrouped, as years and numbers of laws are ("Law 2024-15").
  const ungrouped = group === undefined && /^\d{4}$/u.test(written) && intPart.length === 4;
  // Unless the article groups its own four-digit figures (« 4 000 tonnes »): then so does the fix.
  const fourDigits = fr && intPart.length === 4 && fourGroup !== undefined ? fourGroup : '';
  const sep = group ?? (ungrouped ? '' : intPart.length > (fr ? 4 : 3) ? (fr ? '\u202F' : ',') : fourDigits);
  const grouped = sep === '' ? intPart : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (n < 0 ? '-' : '') + grouped + (fracPart === undefined ? '' : decimalMark + fracPart);
}

const SCALE_WORDS: Readonly<Record<'en' | 'fr', ReadonlyArray<readonly [number, string]>>> = {
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
  fr: [[1e12, 'billion'], [1e9, 'milliard'], [1e6, 'million']],
};

/** The scale word of `after` swapped for the one that states `value` between 1 and 1000; undefined when the written one does, or is not a word we know. */
/** Shorthand scales, each set in its own style: "£3.5bn", « 24 Md€ ». */
const SCALE_SIGNS: ReadonlyArray<ReadonlyArray<readonly [number, string]>> = [
  [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm']],
  [[1e9, 'Md'], [1e6, 'M'], [1e3, 'k']],
];

function rescale(after: string, value: number, fr: boolean, thousands = false): { after: string; scale: number } | undefined {
  // Stated in thousands of a scale (« 3 600 milliards »), a value keeps thousands of the next one up, not millions of its own.
  const [low, high] = thousands ? [1000, 1e6] : [1, 1000];
  const sign = /^([ \u00A0\u202F]?)(tn|bn|m|Md|M|k)(?=€|\$|£|(?![\p{L}]))/u.exec(after);
  if (sign) {
    const set = SCALE_SIGNS.find((list) => list.some(([, w]) => w === sign[2]));
    const current = set?.find(([, w]) => w === sign[2])?.[0];
    if (!set || current === undefined) return undefined;
    const n = Math.abs(value) / current;
    if (n >= 1 && n < 1000) return undefined;
    const better = set.find(([scale]) => Math.abs(value) / scale >= 1 && Math.abs(value) / scale < 1000);
    return better && { after: `${sign[1] ?? ''}${better[1]}${after.slice(sign[0].length)}`, scale: better[0] };
  }
  const words = SCALE_WORDS[fr ? 'fr' : 'en'];
  const written = /^([ \u00A0\u202F-]?)(trillion|billion|milliard|million)s?(?![\p{L}])/iu.exec(after);
  if (!written) return undefined;
  const current = words.find(([, w]) => w === written[2]?.toLowerCase())?.[0];
  if (current === undefined) return undefined;
  const n = Math.abs(value) / current;
  if (n >= low && n < high) return undefined;
  const better = words.find(([scale]) => Math.abs(value) / scale >= low && Math.abs(value) / scale < high);
  if (!better) return undefined;
  const [scale, word] = better;
  const cased = written[2] === written[2]?.toUpperCase() ? word.toUpperCase() : written[2]?.[0] === written[2]?.[0]?.toUpperCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
  return { after: `${written[1] ?? ''}${cased}${after.slice(written[0].length)}`, scale };
}

/** `n` (1 to 39) in Roman numerals, as French writes centuries and rulers (XVI); undefined outside. */
export function romanNumeral(n: number): string | undefined {
  if (n < 1 || n > 39) return undefined;
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return 'X'.repeat(Math.floor(n / 10)) + (units[n % 10] ?? '');
}

/** New text for `mention.start..mention.end` stating `value` (the full quantity, scale included); undefined when the mention's scale cannot state it. */
/** `decimals`: how many the value is written with where it comes from ("50,10 %"), kept in the rewrite. */
export function rewriteNumber(mention: NumberMention, value: number, lang: Lang, decimals = 0, belgian = false, fourGroup?: string): string | undefined {
  if (mention.half) {
    // « 25 jours et demi » states 26.5 as « 26 jours et demi »; a whole number, or one or less, would change the words after it.
    const whole = value - 0.5;
    return Number.isInteger(whole) && whole >= 2 && Math.abs(mention.value - 0.5) >= 2 ? rewriteNumber({ ...mention, half: false, value: mention.value - 0.5 }, whole, lang, 0, belgian, fourGroup) : undefined;
  }
  if (mention.kind === 'duration') return rewriteDuration(mention, value);
  if (mention.kind === 'time') return rewriteTime(mention, value);
  const fr = lang.toLowerCase().startsWith('fr');
  if (mention.kind === 'quarter') return rewriteQuarter(mention, value, fr);
  if (mention.kind === 'season') return rewriteSeason(mention, value);
  const before = mention.text.slice(0, mention.numeralStart - mention.start);
  const numeral = mention.text.slice(mention.numeralStart - mention.start, mention.numeralEnd - mention.start);
  let after = mention.text.slice(mention.numeralEnd - mention.start);
  // "$22.4 billion" stating 22.4 million says "$22.4 million", not "$0.0224 billion".
  // A writer who states thousands of a scale ("€3,416bn", "1,500 million") keeps them.
  const writesThousands = mention.scale !== undefined && Math.abs(mention.value / mention.scale) >= 1000;
  const inScale = mention.scale === undefined ? 0 : Math.abs(value / mention.scale);
  const rescaled = mention.scale === undefined || (writesThousands && inScale >= 1 && inScale < 1e6) ? undefined : rescale(after, value, fr, writesThousands && inScale >= 1e6);
  if (rescaled) after = rescaled.after;
  const scale = rescaled?.scale ?? mention.scale;
  const n = scale === undefined ? value : value / scale;
  // Seven dollars do not fit before "milliards": no numeral states them, so no fix is offered.
  const stated = Number(n.toFixed(6));
  if (n !== 0 && (stated === 0 || Math.abs(stated - n) > 1e-6 * Math.abs(n))) return undefined;
  let newNumeral: string;
  if (mention.kind === 'ordinal' && /^\p{L}+(?:-\p{L}+)?$/u.test(numeral) && !/^[IVX]+$/u.test(numeral)) {
    // "fourth" for "third", « quatrième »: in words as written, or no fix.
    const w = Number.isInteger(n) ? ordinalInWords(n, fr) : undefined;
    return w === undefined ? undefined : before + capitalLike(numeral, w) + after;
  }
  if (mention.kind === 'ordinal' && /^[IVX]+$/u.test(numeral)) {
    // « XVIIe siècle » stays in Roman numerals: « XVIe », not « 16e ».
    const roman = Number.isInteger(n) ? romanNumeral(n) : undefined;
    if (roman === undefined) return undefined;
    newNumeral = roman;
  } else if (mention.kind === 'decade' && numeral.length === 2) {
    // "the ’80s" stays short: "the ’90s".
    newNumeral = String(n % 100).padStart(2, '0');
  } else if (mention.kind === 'word' && /(?:aine|dozen|millier)s?$/iu.test(numeral)) {
    // A round count (« une vingtaine ») states no figure to put another in its place.
    return undefined;
  } else if (mention.kind === 'word') {
    const w = inWords(n, fr, belgian);
    newNumeral = w === undefined ? formatNumeral('', n, fr) : capitalLike(numeral, w);
  } else if (/^\p{L}+(?:-\p{L}+)*$/u.test(numeral) && Number.isInteger(n) && inWords(n, fr, belgian) !== undefined) {
    // A count in words before its scale (« sept millions », "nine million") stays in words: « six millions ».
    newNumeral = capitalLike(numeral, inWords(n, fr, belgian) ?? '');
  } else {
    newNumeral = formatNumeral(numeral, n, fr, scale === undefined ? decimals : 0, fourGroup);
  }
  if (mention.kind === 'ordinal') {
    if (fr) after = n === 1 ? (/[ᵉʳ]/u.test(after) ? 'ᵉʳ' : 'er') : after === 'er' || after === 're' ? 'e' : after === 'ᵉʳ' ? 'ᵉ' : after;
    else after = ordinalSuffixEn(n);
  }
  // French plurals of scale words: "1 million" / "2 millions", "1 milliard" / "2,3 milliards".
  if (fr && scale !== undefined) after = after.replace(/^([ \u00A0\u202F]?)(million|milliard)s?/u, (_m, sp: string, w: string) => `${sp}${w}${n >= 2 ? 's' : ''}`);
  return before + newNumeral + after;
}
