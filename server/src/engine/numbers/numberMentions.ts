import { extractDates, type DateMention } from '../dates/dateMentions';
import { codePointWithin, isLetterOrMark } from '../letterClass';
import type { Lang } from '../types';
import { countedAfter, PLACING_FR, unitsCounted, withoutMore } from './countedNouns';
import { durationAt, type DurationParts } from './durations';
import { quartersIn } from './quarters';
import { seasonAt } from './seasons';
import { timeAt } from './timesOfDay';

// Quantities stated in a paragraph, read with the conventions of its
// language: "1,500" is 1500 in English and 1.5 in French; French groups
// thousands with a space, a no-break space (U+00A0) or a narrow one
// (U+202F). Durations ("2:08:19", "2 h 08 min 19 s") are one quantity each.
// Digits inside words ("G5"), times ("14 h", "8 p.m."), dates and
// malformed clusters ("1,50,0") are not returned: each would be a false
// alarm when versions are compared.

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** The full quantity: "2.3 billion" is 2_300_000_000; "12,5 %" is 12.5. */
  value: number;
  kind: 'plain' | 'percent' | 'currency' | 'ordinal' | 'year' | 'word' | 'duration' | 'decade' | 'time' | 'quarter' | 'season';
  /** A time of day's zone, when written ("GMT", « heure de Paris »): times in two zones are not compared. */
  zone?: string;
  /** A time of day written without minutes ("10 p.m.", "22 h"). */
  wholeHour?: boolean;
  /** A time of day on the twelve-hour clock. */
  twelveHour?: boolean;
  /** A duration's parts (value in seconds): "2:08:19" and "2 h 08 min 19 s" are hms. */
  durationParts?: DurationParts;
  /** The multiplier word written: 1e3, 1e6, 1e9 (thousand/million/billion, mille/million/milliard), 1e12. */
  scale?: number;
  /** What the number counts, when a unit word or sign says so: "°C", "°F", "day", "hour"… Numbers of different measures are not the same quantity. */
  measure?: string;
  /** What a count counts, from the noun after it ("seven projects", « 3 doses »): see countedNouns. */
  counts?: readonly string[];
  /** Currency code (USD, EUR, GBP, CFA…) or "%". */
  unit?: string;
  /** The word before it that says it is not exact: "about 40", "plus de 48 000", "nearly 1,500". */
  hedge?: Hedge;
  /** Where the numeral itself (digits or number word) is, inside start..end; a rewrite changes only this part of the mention. */
  numeralStart: number;
  numeralEnd: number;
  /** A half more than the numeral says, written after it (« 25 jours et demi », "two and a half years"): `value` counts it. */
  half?: boolean;
}

export type Hedge = 'about' | 'nearly' | 'over' | 'under';

const SP = '[ \\u00A0\\u202F]+';
const HEDGES: ReadonlyArray<[RegExp, Hedge]> = [
  [new RegExp(`(?<![\\p{L}])(?:about|around|some|roughly|approximately|an estimated|estimated|environ|quelque|autour de|de l['’]ordre de|approximativement)${SP}$`, 'iu'), 'about'],
  [new RegExp(`(?<![\\p{L}])(?:nearly|almost|close to|just under|près de|presque|quasiment|pas loin de)${SP}$`, 'iu'), 'nearly'],
  [new RegExp(`(?<![\\p{L}])(?:more than|over|at least|upwards of|in excess of|just over|above|beyond|plus de|au moins|au-delà de|pas moins de)${SP}$`, 'iu'), 'over'],
  [new RegExp(`(?<![\\p{L}])(?:less than|under|fewer than|up to|as much as|as many as|as high as|below|at most|moins de|jusqu['’]à|au plus|pas plus de)${SP}$`, 'iu'), 'under'],
];

const TIME_MEASURES: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour']);
const BARE_OVER = /(?<![\p{L}])over[ \u00A0\u202F]+$/iu;
/** "signed over 26 royal treasures", "handed over 300 documents": "over" goes with the verb, and the figure is exact. */
const PARTICLE_OVER = /(?<![\p{L}])(?:hand(?:s|ed|ing)?|sign(?:s|ed|ing)?|turn(?:s|ed|ing)?|give[sn]?|gave|giving)[ \u00A0\u202F]+over[ \u00A0\u202F]+$/iu;
const MORE_THAN_OVER = /(?<![\p{L}])(?:for|of|after|than|lasted|lasting|took|spent|just|by)[ \u00A0\u202F]+over[ \u00A0\u202F]+$/iu;

/**
 * "phased in over 18 months", "held over two days": a bare "over" before a
 * span of time says when, not how much; "for over 18 months", "after over
 * 20 years" say more than. ("in over 20 years" is either: "phased in over
 * 18 months" is the span.)
 */
function spanOfTime(s: string, m: NumberMention, from: number): boolean {
  if (m.measure === undefined || !TIME_MEASURES.has(m.measure)) return false;
  const before = s.slice(Math.max(from, m.start - 24), m.start);
  return BARE_OVER.test(before) && !MORE_THAN_OVER.test(before);
}

function hedgeBefore(s: string, start: number, from: number): Hedge | undefined {
  const before = s.slice(Math.max(from, start - 24), start);
  for (const [re, hedge] of HEDGES) if (re.test(before)) return hedge;
  return undefined;
}

const GROUP_SPACES = '\u00A0\u202F\u2009';

// A numeral; which alternative applies depends on the language. A group
// after a space has three digits and no more: "T3 2025" is no "3 202" and 5;
// nor is a model's number a group (« 55 777-9 » is 55 Boeing 777-9).
const NUMERAL_EN = new RegExp(`\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[${GROUP_SPACES}]\\d{3}(?!\\d))+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`, 'y');
const NUMERAL_FR = new RegExp(`\\d{1,3}(?:[ ${GROUP_SPACES}]\\d{3}(?!\\d|[-‑]\\d))+(?:,\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`, 'y');

const DIGIT = /[0-9]/g;

// Maps, not object literals: a word such as "constructor" must not find
// Object.prototype's members.
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9], // English; French "billion" is handled below
  ['billions', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
  ['bn', 1e9],
  ['mille', 1e3],
  ['milliard', 1e9],
  ['milliards', 1e9],
  ['md', 1e9],
  ['mds', 1e9],
  ['mrd', 1e9],
  ['mrds', 1e9],
  // Energy copy's own: "16 mtpa" (million tonnes per annum) of gas, "5 Mt" of ore, "40 bcm" (billion cubic metres).
  ['mtpa', 1e6],
  ['mt', 1e6],
  ['bcm', 1e9],
]);

/** A dollar that is not the US one, or may not be: "Trinidad and Tobago dollars", « dollars canadiens ». Equal to a US dollar figure only when the figures agree. */
export const SOME_DOLLAR = 'DOLLAR';
/** "francs" alone: Swiss, CFA or another country's, the same amount as any of them where the figures agree. */
export const SOME_FRANC = 'FRANC';

const PREFIX_CURRENCY: readonly [string, string][] = [
  ['US$', 'USD'],
  // Other dollars, longest sign first: "A$500 million" is no US money, but the same figure in « dollars » or « $ »
  // (which Quebec copy writes for its own) is the same amount.
  ['NZ$', SOME_DOLLAR],
  ['HK$', SOME_DOLLAR],
  ['A$', SOME_DOLLAR],
  ['C$', SOME_DOLLAR],
  ['S$', SOME_DOLLAR],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
];

// Words after the number (and its scale, and French "de"/"d'").

const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/^(?:cfa francs?|francs? cfa|fcfa|f\s?cfa)\b/iu, 'CFA'],
  [/^(?:us dollars?|dollars? américains?)\b/iu, 'USD'],
  [/^dollars?(?:[ \u00A0\u202F]+(?:de[ \u00A0\u202F]+|d['’])?\p{Lu}|[ \u00A0\u202F]+(?:canadiens?|australiens?|néo-zélandais|namibiens?|libériens?|zimbabwéens?|jamaïcains?|taïwanais|singapouriens?))/u, SOME_DOLLAR],
  [/^(?:\p{Lu}[\p{L}.’'-]*[ \u00A0\u202F]+(?:(?:and|&)[ \u00A0\u202F]+)?){1,4}dollars?\b/u, SOME_DOLLAR],
  [/^dollars?\b/iu, 'USD'],
  // A cent of any currency: "30 cents a share" is no « 30 euros ».
  [/^(?:cents?|centimes?)(?![\p{L}])/iu, 'CENT'],
  [/^(?:euros?|€)/iu, 'EUR'],
  [/^(?:pounds? sterling|pounds?|livres? sterling|£)/iu, 'GBP'],
  [/^(?:nairas?)\b/iu, 'NGN'],
  [/^(?:swiss francs?|francs? suisses?)\b/iu, 'CHF'],
  [/^francs?(?![\p{L}])/iu, SOME_FRANC],
  // Currencies several countries name alike (Morocco's and the Emirates' dirham, Kenya's and Uganda's shilling) are one
  // code each: only a currency put for another is flagged, and "dirhams" against « d'euros » is that however it is read.
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?(?:dirhams?|dhs)(?![\p{L}])/u, 'dirham'],
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?shillings?(?![\p{L}])/u, 'shilling'],
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?(?:rupees?|roupies?)(?![\p{L}])/u, 'rupee'],
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?(?:riyals?|rials?)(?![\p{L}])/u, 'riyal'],
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?dinars?(?![\p{L}])/u, 'dinar'],
  [/^(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?pesos?(?![\p{L}])/u, 'peso'],
  [/^rands?(?![\p{L}])/u, 'ZAR'],
  [/^cedis?(?![\p{L}])/u, 'GHS'],
  [/^birrs?(?![\p{L}])/u, 'ETB'],
  [/^kwachas?(?![\p{L}])/u, 'kwacha'],
  [/^(?:yuans?|renminbi)(?![\p{L}])/u, 'CNY'],
  [/^yens?(?![\p{L}])/u, 'JPY'],
  // English "won" is a verb too ("in 2020 won"): a currency only after a scale (below), in French's plural, or said Korean.
  [/^(?:wons|(?:South[ \u00A0\u202F]+)?Korean[ \u00A0\u202F]+won|wons?[ \u00A0\u202F]+sud-coréens?)(?![\p{L}])/u, 'KRW'],
  [/^(?:roubles?|rubles?)(?![\p{L}])/u, 'RUB'],
  [/^(?:reais|réals?)(?![\p{L}])/u, 'BRL'],
  [/^zlotys?(?![\p{L}])/u, 'PLN'],
  [/^forints?(?![\p{L}])/u, 'HUF'],
  [/^hryvnias?(?![\p{L}])/u, 'UAH'],
  // The Nordic crowns, each country's alike in either language: "crowns", "kroner", "kronor", « couronnes » (yu07).
  [/^(?:(?:\p{Lu}[\p{L}’'-]*[ \u00A0\u202F]+)?(?:crowns?|kron(?:er|or|a|e)|couronnes?)(?:[ \u00A0\u202F]+(?:norvégiennes?|suédoises?|danoises?|islandaises?|tchèques?))?)(?![\p{L}])/u, 'crown'],
  [/^\$/u, 'USD'],
];

// Number words, and the round counts French says in words ("une dizaine",
// "une quarantaine"): they are paired with figures, and flagged only where
// both versions say what they count (translation.number's countsAlike).
const WORDS_EN: ReadonlyMap<string, number> = new Map(
  Object.entries({
    twice: 2,
    thrice: 3,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    dozen: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);
const WORDS_FR: ReadonlyMap<string, number> = new Map(
  Object.entries({
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    // Belgium and Switzerland.
    septante: 70,
    huitante: 80,
    octante: 80,
    nonante: 90,
    dizaine: 10,
    douzaine: 12,
    quinzaine: 15,
    vingtaine: 20,
    trentaine: 30,
    quarantaine: 40,
    cinquantaine: 50,
    soixantaine: 60,
    centaine: 100,
    // « un millier de maisons », about a thousand; the plural « des milliers » states no number and is not read.
    millier: 1000,
  }),
);

function isFr(lang: Lang): boolean {
  return lang.toLowerCase().startsWith('fr');
}

const ALL_DIGITS = /^\d+$/;

function parseNumeral(s: string, fr: boolean): number {
  // Most numerals are bare digits ("2024", "15"): nothing to strip.
  if (ALL_DIGITS.test(s)) return Number(s);
  const plain = fr ? s.replace(/[ \u00A0\u202F\u2009.]/g, '').replace(',', '.') : s.replace(/[,\u00A0\u202F\u2009]/g, '');
  return Number(plain);
}

/** `dates`: the paragraph's dates when the caller has them already (they are not numbers). */
export function extractNumbers(text: string, span: { start: number; end: number }, lang: Lang, dates?: readonly DateMention[]): NumberMention[] {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const fr = isFr(lang);
  const numeral = fr ? NUMERAL_FR : NUMERAL_EN;
  const inDates = dates ?? extractDates(text, { start, end }, lang);
  const inDate = (a: number, b: number): boolean => inDates.some((d) => a < d.end && b > d.start);
  const out: NumberMention[] = [];
  const para = text.slice(0, end); // the regexes must not read past the paragraph
  let i = start;
  while (i < end) {
    // A native search finds the next digit faster than a loop over char codes.
    DIGIT.lastIndex = i;
    const d = DIGIT.exec(para);
    if (d === null) break;
    i = d.index;
    const duration = durationAt(para, i) ?? timeAt(para, i, fr) ?? seasonAt(para, i);
    if (duration !== undefined) {
      if (!inDate(duration.start, duration.end)) out.push(duration);
      i = duration.end;
      continue;
    }
    numeral.lastIndex = i;
    const m = numeral.exec(para);
    if (m === null) {
      i++;
      continue;
    }
    let nEnd = i + m[0].length;
    // Skip the whole run of digits and separators when it is not a clean numeral.
    const runEnd = endOfRun(para, i);
    const mention = readNumber(para, start, i, nEnd, runEnd, fr);
    if (mention !== undefined && !inDate(mention.start, mention.end)) out.push(mention);
    nEnd = Math.max(nEnd, runEnd);
    i = nEnd;
  }
  inheritInRanges(para, out);
  const ordinals = ordinalWords(para, start, end, fr);
  // « dix » of « dix-septième » is part of the ordinal.
  // « tous deux », « toutes les deux » is "both", which English says with no number.
  const cardinals = numberWords(para, start, end, fr).filter((w) => !ordinals.some((o) => w.start < o.end && o.start < w.end) && !(fr && BOTH_BEFORE.test(para.slice(Math.max(start, w.start - 16), w.start))));
  const words = [...cardinals, ...oneBeforeScale(para, start, end), ...ordinals, ...(fr ? romanOrdinals(para, start, end) : []), ...titleMultiples(para, start, end)]
    .filter((w) => !inDate(w.start, w.end))
    .map((w) => scaledWord(para, start, w, fr) ?? w)
    .sort((x, y) => x.start - y.start);
  // "3rd quarter", « 3e trimestre »: one quarter, not an ordinal.
  const quarters = quartersIn(para, start, end, fr);
  const outside = (n: NumberMention): boolean => !quarters.some((q) => n.start < q.end && q.start < n.end);
  const all = [...(quarters.length === 0 ? out : out.filter(outside)), ...(quarters.length === 0 ? words : words.filter(outside)), ...quarters].sort((a, b) => a.start - b.start);
  // A tally counts one thing on both sides: "188 votes to 16", « 188 voix contre six ».
  for (let k = 1; k < all.length; k++) {
    const [prev, m] = [all[k - 1], all[k]];
    if (prev?.counts !== undefined && m !== undefined && m.counts === undefined && m.measure === undefined && TALLY_BETWEEN.test(para.slice(prev.end, m.start))) m.counts = prev.counts;
  }
  for (const m of all) {
    if (m.kind === 'word' && m.counts === undefined && TIMES_WINNER.test(para.slice(m.end, m.end + 48))) m.counts = TITLES;
    addHalf(para, m, end);
    const hedge = hedgeBefore(para, m.start, start);
    if (hedge !== undefined && !(hedge === 'over' && (spanOfTime(para, m, start) || PARTICLE_OVER.test(para.slice(Math.max(start, m.start - 24), m.start))))) m.hedge = hedge;
  }
  return all;
}

/** The word that introduces a year before 1900: "in 1897", « depuis 1847 », « jusqu’en 1789 ». */
const YEAR_WORD_BEFORE = /(?:^|[^\p{L}])(?:in|since|from|until|of|en|depuis|dès|jusqu['’]en|année|year)[ \u00A0]$/iu;
/** A word after a figure that is no small word of the sentence going on: the noun it counts. */
const NOUN_AFTER_YEAR =
  /^[ \u00A0\u202F]*(?!(?:and|to|or|by|the|when|as|after|before|with|at|on|a|an|it|he|she|they|et|à|ou|par|le|la|les|l['’]|lorsque|quand|avec|après|avant|il|elle|ils|elles|un|une)(?![\p{L}]))\p{L}/iu;

/** Between the two sides of a tally: the counted noun of the first, then "to", "against" or « contre ». */
const TALLY_BETWEEN = /^[ \u00A0\u202F]+\p{L}+[ \u00A0\u202F]+(?:to|against|contre)[ \u00A0\u202F]+$/u;

/** « 25 jours et demi », « trois heures et demie », « les deux dernières années et demie »: the half comes after the noun in French. */
const HALF_AFTER_NOUN_FR = new RegExp(`^(?:[ \\u00A0\\u202F]+(?:${PLACING_FR}))?[ \\u00A0\\u202F]+[\\p{L}]+[ \\u00A0\\u202F]+et[ \\u00A0\\u202F]+demie?(?![\\p{L}\\p{M}-])`, 'u');
/** "25 and a half days", "two and a half years": before it in English. */
const HALF_BEFORE_NOUN_EN = /^[ \u00A0\u202F]+and[ \u00A0\u202F]+a[ \u00A0\u202F]+half(?![\p{L}\p{M}-])/iu;

/** How long the half written after a numeral ending at `end` is (" jours et demi", " and a half"), or 0. */
export function halfAfter(s: string, end: number): number {
  const after = s.slice(end, end + 40);
  return (HALF_AFTER_NOUN_FR.exec(after) ?? HALF_BEFORE_NOUN_EN.exec(after))?.[0].length ?? 0;
}

/**
 * A count or a measure with a half more written after its numeral: its value
 * is the half more ("25.5 days" is « 25 jours et demi »), its span takes the
 * half in, and in English its measure is read after "and a half". Amounts,
 * percentages and scaled figures say their halves otherwise (« un million et
 * demi » is read with its scale).
 */
function addHalf(s: string, m: NumberMention, end: number): void {
  if ((m.kind !== 'plain' && m.kind !== 'word') || m.scale !== undefined || !Number.isInteger(m.value)) return;
  const after = s.slice(m.end, Math.min(end, m.end + 40));
  const fr = HALF_AFTER_NOUN_FR.exec(after);
  const en = fr ? null : HALF_BEFORE_NOUN_EN.exec(after);
  if (!fr && !en) return;
  m.value += 0.5;
  m.half = true;
  // The mention says its half: a message quotes « 25 jours et demi », a rewrite keeps the words after the numeral.
  m.end += (fr ?? en)?.[0].length ?? 0;
  m.text = s.slice(m.start, m.end);
  if (en) {
    const measure = measureAfter(after.slice(en[0].length));
    if (measure !== undefined) {
      m.measure = measure;
      delete m.counts;
    }
  }
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A separator may sit inside a run of digits: . , no-break space, narrow no-break space, thin space. */
function isGroupSeparatorCode(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** End of the run of digits and separators at i; a separator counts only when a digit follows it. */
/** What joins the two ends of a range: "4 to 6%", "entre 4 et 6 %", "de 2 à 3 milliards", "3-4%". */
const RANGE_JOINER = /^[ \u00A0\u202F]*(?:to|and|et|à|au|-|–|—)[ \u00A0\u202F]*$/iu;

/**
 * The first end of a range takes the unit and scale written only after the
 * second ("between 2 and 3 billion" is 2 billion; "entre 4 et 6 %" is 4 %), so
 * it is compared as the quantity the writer means.
 */
function inheritInRanges(s: string, mentions: NumberMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!a || !b || a.kind !== 'plain' || a.scale !== undefined) continue;
    if (b.kind !== 'percent' && b.kind !== 'currency' && b.scale === undefined) continue;
    // "$2 and $3": the second states its own currency before its numeral, and so would the first.
    if (b.start < b.numeralStart) continue;
    if (!RANGE_JOINER.test(s.slice(a.end, b.start))) continue;
    if (b.scale !== undefined) {
      a.value *= b.scale;
      a.scale = b.scale;
    }
    if (b.kind !== 'plain') a.kind = b.kind;
    if (b.unit !== undefined) a.unit = b.unit;
  }
}

/** Units of time, temperature, length and weight, in English and French, by what they measure. */
const MEASURES: ReadonlyArray<[RegExp, string]> = [
  [/^[ \u00A0\u202F]?°[ \u00A0\u202F]?F\b|^[ \u00A0\u202F](?:degrees? )?Fahrenheit\b|^[ \u00A0\u202F]F(?![\p{L}\d])/u, '°F'],
  [/^[ \u00A0\u202F]?°[ \u00A0\u202F]?C\b|^[ \u00A0\u202F](?:degrees? )?Celsius\b|^[ \u00A0\u202F]degrés? Celsius\b/u, '°C'],
  // Volumes before lengths: "cubic feet" and « mètres cubes » are no lengths.
  [/^[ \u00A0\u202F-]?(?:cubic (?:feet|foot)|cu\.? ?ft|pieds? cubes?)(?![\p{L}])/iu, 'ft³'],
  [/^[ \u00A0\u202F-]?(?:cubic met(?:er|re)s?|mètres? cubes?|m³|m3)(?![\p{L}\d])/iu, 'm³'],
  [/^[ \u00A0\u202F-](?:feet|foot|ft|pieds?)(?![\p{L}])/iu, 'ft'],
  // Not « milles carrés », an area (below).
  [/^[ \u00A0\u202F-](?:miles?|milles?)(?![\p{L}])(?![ \u00A0\u202F]carrés?(?![\p{L}]))/iu, 'mi'],
  [/^[ \u00A0\u202F-]?(?:km\/h|kmh|kph|km per hour|kilomet(?:er|re)s (?:per|an) hour|kilomètres[ -](?:par heure|à l['’]heure|heure))(?![\p{L}])/iu, 'km/h'],
  [/^[ \u00A0\u202F-]?(?:mph|miles (?:per|an) hour)(?![\p{L}])/iu, 'mph'],
  // Areas before lengths: "square kilometres" is no length.
  [/^[ \u00A0\u202F-]?(?:square kilomet(?:er|re)s?|sq\.? km|km²|km2|kilomètres? carrés?)(?![\p{L}\d])/iu, 'km²'],
  [/^[ \u00A0\u202F-]?(?:square miles?|sq\.? mi|milles? carrés?)(?![\p{L}])/iu, 'mi²'],
  [/^[ \u00A0\u202F-]?(?:kilomet(?:er|re)s?|kilomètres?|km)(?![\p{L}])/iu, 'km'],
  [/^[ \u00A0\u202F-]?(?:centimet(?:er|re)s?|centimètres?|cm)(?![\p{L}²³])/iu, 'cm'],
  [/^[ \u00A0\u202F-]?(?:millimet(?:er|re)s?|millimètres?|mm)(?![\p{L}²³])/iu, 'mm'],
  [/^[ \u00A0\u202F-](?:inch(?:es)?|pouces?)(?![\p{L}])/iu, 'in'],
  [/^[ \u00A0\u202F-](?:met(?:er|re)s?|mètres?|m)(?![\p{L}²³])/iu, 'm'],
  [/^[ \u00A0\u202F-]?(?:kilograms?|kilogrammes?|kilos?|kg)(?![\p{L}])/iu, 'kg'],
  // A dose: "2.4 milligrams" / « 2,4 mg », "50 micrograms" / « 50 µg ».
  [/^[ \u00A0\u202F-]?(?:milligrams?|milligrammes?|mg)(?![\p{L}])/iu, 'mg'],
  [/^[ \u00A0\u202F-]?(?:micrograms?|microgrammes?|µg|μg|mcg)(?![\p{L}])/iu, 'µg'],
  // "g" in small letters only, after a space: "5G" is a network.
  [/^[ \u00A0\u202F-](?:grams?|grammes?)(?![\p{L}])|^[ \u00A0\u202F]?g(?![\p{L}\d])/u, 'g'],
  // Metric and short tons alike: a translation says « tonnes » for either.
  [/^[ \u00A0\u202F-](?:metric )?(?:tonnes?|tons?)(?![\p{L}])/iu, 't'],
  [/^[ \u00A0\u202F-](?:lbs?|pounds?)(?![\p{L}])(?! sterling)/iu, 'lb'],
  [/^[ \u00A0\u202F-]?(?:kilowatts?|kW)(?![\p{L}])/u, 'kW'],
  [/^[ \u00A0\u202F-]?(?:megawatts?|mégawatts?|MW)(?![\p{L}])/u, 'MW'],
  [/^[ \u00A0\u202F-]?(?:gigawatts?|GW)(?![\p{L}])/u, 'GW'],
  // A basis point is a hundredth of a percentage point: "650 basis points" / « 650 points de base », never « 650 points ».
  [/^[ \u00A0\u202F](?:basis points?|points? de base|bps?|pb)(?![\p{L}])/iu, 'bp'],
  [/^[ \u00A0\u202F](?:percentage points?|points? de pourcentage|points?|pts?)(?![\p{L}])/iu, 'point'],
  [/^[ \u00A0\u202F-](?:days?|jours?)(?![\p{L}])/iu, 'day'],
  // Not the ordinal of a match's half or a leg: "three goals in six second-half minutes".
  [/^[ \u00A0\u202F-](?:seconds?|secondes?)(?![\p{L}])(?![ -](?:half|halves|leg|round|période|mi-temps)(?![\p{L}]))/iu, 'second'],
  [/^[ \u00A0\u202F-](?:minutes?)(?![\p{L}])/iu, 'minute'],
  [/^[ \u00A0\u202F-](?:hours?|heures?)(?![\p{L}])/iu, 'hour'],
  [/^[ \u00A0\u202F-](?:weeks?|semaines?)(?![\p{L}])/iu, 'week'],
  [/^[ \u00A0\u202F-](?:months?|mois)(?![\p{L}])/iu, 'month'],
  [/^[ \u00A0\u202F-](?:years?|ans|années?)(?![\p{L}])/iu, 'year'],
];

function measureAfter(written: string): string | undefined {
  const after = withoutMore(written);
  for (const [re, measure] of MEASURES) if (re.test(after)) return measure;
  return undefined;
}

function endOfRun(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (!isDigitCode(c) && !(isGroupSeparatorCode(c) && isDigitCode(s.charCodeAt(j + 1)))) break;
    j++;
  }
  return j;
}

function readNumber(s: string, spanStart: number, nStart: number, nEnd: number, runEnd: number, fr: boolean): NumberMention | undefined {
  if (nEnd < runEnd) return undefined; // "1,50,0", "1.2.3": not a number we can read safely
  const before = s.slice(Math.max(0, nStart - 3), nStart);
  // Inside a word or code: "G5", "COVID-19", "A380"; after ":" it is minutes.
  // The minutes of "14 h 30" are not a quantity.
  if (/\d[ \u00A0\u202F]?h[ \u00A0\u202F]?$/u.test(s.slice(Math.max(0, nStart - 5), nStart))) return undefined;
  const rest = s.slice(nEnd, nEnd + 40);
  const decade = readDecade(s, nStart, nEnd, rest, fr);
  if (decade) return decade;
  if (/[\p{L}\p{M}_]$/u.test(before) || /\p{L}-$/u.test(before) || /[:/]$/u.test(before) || /\d[.,]$/u.test(before)) return undefined;
  // Times: "14 h", "14h30", "14:00", "8 p.m.", "8am", "9 o'clock".
  if (/^[ \u00A0\u202F]?h(?![\p{L}])/u.test(rest) || /^h\d/u.test(rest) || /^:\d/u.test(rest)) return undefined;
  if (/^[ \u00A0\u202F]?(?:[ap]\.m\.|[ap]m\b|o['’]clock)/iu.test(rest)) return undefined;
  // The first end of a range of hours: "from 6 to 11 p.m.", "between 9 and 10 a.m.".
  if (/^[ \u00A0\u202F]*(?:to|and|or|-|–)[ \u00A0\u202F]*\d{1,2}(?:[:.]\d{2})?[ \u00A0\u202F]?(?:[ap]\.m\.|[ap]m\b)/iu.test(rest)) return undefined;
  const numeralText = s.slice(nStart, nEnd);
  let value = parseNumeral(numeralText, fr);
  if (!Number.isFinite(value)) return undefined;
  let mStart = nStart;
  let mEnd = nEnd;
  let kind: NumberMention['kind'] = 'plain';
  let unit: string | undefined;
  let scale: number | undefined;

  // Ordinals: "22nd", "3e", "1er", "2ème", "1ᵉʳ".
  const ord = (fr ? /^(?:er|re|ère|e|ème|eme|ᵉ|ᵉʳ|ʳᵉ)(?![\p{L}])/u : /^(?:st|nd|rd|th)(?![\p{L}])/u).exec(rest);
  if (ord !== null) {
    return { start: nStart, end: nEnd + ord[0].length, text: s.slice(nStart, nEnd + ord[0].length), value, kind: 'ordinal', numeralStart: nStart, numeralEnd: nEnd };
  }
  // "34.7C": a temperature as British papers write it.
  const attachedDegree = /^°?([CF])(?![\p{L}\d])/u.exec(rest);
  // "226km/h", "100km", "40kg", "120mm": units British and American copy writes close up are quantities too.
  if (/^[\p{L}\d]/u.test(rest) && !attachedDegree && !/^(?:bn|tn|trn|m|k|md|mds|km\/h|kmh|km|mph|kg|mm|cm)(?![\p{L}])/iu.test(rest)) return undefined; // "5G", "3D", "4x4"
  // A number joined to a capitalised word names something: "le 8-Mai", "rue du 4-Septembre".
  // "24/7", "7 j/7", "24 h/24": a rate of time, not a quantity to compare.
  if (/^[ \u00A0\u202F]?\p{L}{0,2}\/\d/u.test(rest)) return undefined;
  const joined = /^-(\p{Lu}\p{L}*)/u.exec(rest);
  if (joined && !SCALES.has((joined[1] ?? '').toLowerCase())) return undefined; // a headline's "$7-Billion" is still an amount

  for (const [sym, code] of PREFIX_CURRENCY) {
    if (nStart - sym.length >= spanStart && s.slice(nStart - sym.length, nStart) === sym) {
      mStart = nStart - sym.length;
      unit = code;
      kind = 'currency';
      break;
    }
  }
  let j = nEnd;
  // « 2 M€ », « 24 Md€ », « 3,5 Mds$ »: French scale and currency in one sign.
  const compact = /^[ \u00A0\u202F]?(k|M|Md|Mds|Mrd|Mrds)(€|\$|£)/u.exec(s.slice(j, j + 8));
  if (compact && kind !== 'currency') {
    const sv = compact[1] === 'k' ? 1e3 : compact[1] === 'M' ? 1e6 : 1e9;
    const code = compact[2] === '€' ? 'EUR' : compact[2] === '£' ? 'GBP' : 'USD';
    const mention: NumberMention = { start: mStart, end: j + compact[0].length, text: s.slice(mStart, j + compact[0].length), value: value * sv, kind: 'currency', scale: sv, unit: code, numeralStart: nStart, numeralEnd: nEnd };
    return mention;
  }
  // "2.3 billion", and hyphenated before a noun: "a $7-billion plant"; French puts « premiers », « derniers »
  // between the figure and its scale (« les 5 premiers milliards de pertes »).
  const sc = (fr ? /^[ \u00A0\u202F-]?(?:(?:premi|derni)(?:er|ère)s[ \u00A0\u202F]+(?=milli))?([\p{L}]+)(?![\p{L}])/u : /^[ \u00A0\u202F-]?([\p{L}]+)(?![\p{L}])/u).exec(s.slice(j, j + 32));
  // "177.25 thousand million", « 177,25 milliers de millions »: a billion, as Indian and older British copy say it.
  const thousandMillion = (fr ? /^[ \u00A0\u202F]milliers[ \u00A0\u202F]+de[ \u00A0\u202F]+millions(?![\p{L}])/iu : /^[ \u00A0\u202F]thousand[ \u00A0\u202F]+millions?(?![\p{L}])/iu).exec(s.slice(j, j + 40));
  if (thousandMillion !== null) {
    scale = 1e9;
    value *= 1e9;
    j += thousandMillion[0].length;
    mEnd = j;
  } else if (sc !== null) {
    const word = (sc[1] ?? '').toLowerCase();
    const attached = sc[0] === sc[1] && (word === 'm' || word === 'k');
    // "1.2m people" may be millions or metres: a number we cannot read for sure is better left out.
    if (attached && kind !== 'currency') return undefined;
    const attachedAbbrev = attached;
    const sv = attachedAbbrev ? (word === 'm' ? 1e6 : 1e3) : fr && (word === 'billion' || word === 'billions') ? 1e12 : SCALES.get(word);
    // « un pont de 1,6 mille »: after a decimal (or a lone 1), French « mille » is the mile, singular below two; a thousand is « 1 600 ».
    const mile = fr && word === 'mille' && /^(?:\d+,\d+|1)$/u.test(s.slice(nStart, nEnd));
    if (sv !== undefined && !mile) {
      scale = sv;
      value *= sv;
      j += sc[0].length;
      mEnd = j;
    }
  }
  const after = s.slice(j, j + 30);
  // After a scale, French counts with « de »: « 195,3 millions de kilomètres », « 2 milliards d’années ».
  const ofScale = fr && scale !== undefined ? /^[ \u00A0\u202F]+(?:de|d['’])(?=[ \u00A0\u202F]*\p{L})/u.exec(after) : null;
  const measure = attachedDegree && j === nEnd ? (attachedDegree[1] === 'C' ? '°C' : '°F') : measureAfter(ofScale ? ` ${after.slice(ofScale[0].length).trimStart()}` : after);
  const pct = /^[ \u00A0\u202F]?(?:%|per ?cent\b|pour ?cent\b)/iu.exec(after);
  if (pct !== null && kind !== 'currency') {
    kind = 'percent';
    unit = '%';
    mEnd = j + pct[0].length;
  } else if (kind !== 'currency') {
    const sym = /^[ \u00A0\u202F]?(€|\$|£)/u.exec(after);
    const words = /^[ \u00A0\u202F](?:(?:de |d['’])\s*)?/iu.exec(after);
    if (sym !== null) {
      kind = 'currency';
      unit = sym[1] === '€' ? 'EUR' : sym[1] === '£' ? 'GBP' : 'USD';
      mEnd = j + sym[0].length;
    } else if (words !== null) {
      const tail = after.slice(words[0].length);
      // « 3,5 milliards de livres », « 40 000 livres »: after a scale or a large amount, "livres" are pounds, not books.
      if ((scale !== undefined || (fr && value >= 100)) && /^livres?(?![\p{L}])/u.test(tail)) {
        kind = 'currency';
        unit = 'GBP';
      }
      if (scale !== undefined && /^won(?![\p{L}])/u.test(tail)) {
        kind = 'currency';
        unit = 'KRW';
      }
      for (const [re, code] of CURRENCY_WORDS) {
        if (kind === 'currency') break;
        if (re.test(tail)) {
          kind = 'currency';
          unit = code;
          break;
        }
      }
    }
  }
  // Before 1900 a four-digit figure is a year only where a word says so ("first run in 1897", « fondé en 1847 »),
  // and no noun it counts follows ("in 1500 soldiers" is a count).
  const olderYear =
    value >= 1000 && value < 1900 && kind === 'plain' && measure === undefined && YEAR_WORD_BEFORE.test(s.slice(Math.max(spanStart, nStart - 14), nStart)) && !NOUN_AFTER_YEAR.test(after);
  const isYear = kind === 'plain' && scale === undefined && /^\d{4}$/.test(numeralText) && ((value >= 1900 && value <= 2100) || olderYear);
  if (isYear) kind = 'year';
  const mention: NumberMention = { start: mStart, end: mEnd, text: s.slice(mStart, mEnd), value, kind, numeralStart: nStart, numeralEnd: nEnd };
  if (scale !== undefined) mention.scale = scale;
  if (measure !== undefined) mention.measure = measure;
  if (unit !== undefined) mention.unit = unit;
  if (kind === 'plain' && measure === undefined && scale === undefined) {
    const counts = countedAfter(after, fr);
    if (counts) mention.counts = counts;
  } else if (kind === 'plain' && measure === undefined) {
    // After a scale, a unit of measure only ("1.3 million barrels", « 1,3 million de barils »): what else a million
    // counts ("2 million people" / « 2 millions d’habitants ») is as often said two ways.
    const counts = countedAfter(ofScale ? ` ${after.slice(ofScale[0].length).trimStart()}` : after, fr);
    if (unitsCounted(counts)) mention.counts = counts;
  }
  return mention;
}

/**
 * A decade: "the 1990s", "the mid-1980s", "1970’s"; « les années 1990 ». Its
 * value is its first year; the other version's decade is compared with it.
 */
function readDecade(s: string, nStart: number, nEnd: number, rest: string, fr: boolean): NumberMention | undefined {
  const numeral = s.slice(nStart, nEnd);
  // "the ’80s", « les années 80 »: a century both versions leave unsaid, read alike on both sides.
  const short = /^\d0$/u.test(numeral);
  if (!short && !/^1[89]\d0$|^20\d0$/u.test(numeral)) return undefined;
  let start = nStart;
  let end = nEnd;
  if (fr) {
    const lead = s.slice(Math.max(0, nStart - 10), nStart);
    if (!/(?<![\p{L}])(?:années|décennie)[ \u00A0\u202F]$/iu.test(lead) || (short && /décennie/iu.test(lead)) || /^[\p{L}\d]/u.test(rest)) return undefined;
  } else if (short) {
    if (!/['’‘]$/u.test(s.slice(Math.max(0, nStart - 1), nStart)) || !/^s(?![\p{L}\d])/u.test(rest)) return undefined;
    start = nStart - 1;
    end += 1;
  } else {
    const suffix = /^['’]?s(?![\p{L}\d])/u.exec(rest);
    if (!suffix || /[\p{L}\p{M}_]$/u.test(s.slice(Math.max(0, nStart - 1), nStart)) && !/(?<![\p{L}])(?:mid|early|late)-$/iu.test(s.slice(Math.max(0, nStart - 6), nStart))) return undefined;
    end += suffix[0].length;
  }
  const value = short ? (Number(numeral) >= 30 ? 1900 : 2000) + Number(numeral) : Number(numeral);
  return { start, end, text: s.slice(start, end), value, kind: 'decade', numeralStart: nStart, numeralEnd: nEnd };
}

// French "neuf" also means "new": it is read as a number only before a unit, a noun of the lexicon (« neuf mois ») or a plural noun (« neuf arrêts »).
const PLURAL_NEXT = /^[ \u00A0]+\p{Ll}[\p{L}\p{M}’'-]*[sx](?![\p{L}\p{M}])/u;
const WORDS_FR_READ: ReadonlyMap<string, number> = WORDS_FR;
// Where one may start. Without the `u` flag, `i` folds ASCII only ("ſix"
// is not "six"), which is enough: a word with a letter outside ASCII never
// lower-cases to one of these (the Kelvin sign gives a "k", in none of
// them; "İ" gives an "i" with a combining dot).
const WORD_SEARCH_EN = wordSearch(WORDS_EN);
const WORD_SEARCH_FR = wordSearch(WORDS_FR_READ);

function wordSearch(words: ReadonlyMap<string, number>): RegExp {
  // As a tree of alternatives ("t(?:wo|hree|en…)"), longest first within
  // each ("vingtaine" before "vingt"), after a word boundary: the engine
  // then turns most positions down at their first letter.
  return new RegExp(`\\b${alternatives([...words.keys()])}`, 'gi');
}

function alternatives(list: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of list) byFirst.set(w.charAt(0), [...(byFirst.get(w.charAt(0)) ?? []), w.slice(1)]);
  const parts = [...byFirst].map(([first, rests]) => {
    const tails = rests.filter((r) => r !== '').sort((a, b) => b.length - a.length);
    if (tails.length === 0) return first;
    const group = `(?:${tails.join('|')})`;
    return rests.includes('') ? `${first}${group}?` : `${first}${group}`;
  });
  return `(?:${parts.join('|')})`;
}

/**
 * The number words in s[start, end): whole runs of `[\p{L}\p{M}]` that
 * spell one, in any case. Found with a native search for the words, then
 * checked to be a whole run, rather than by cutting every word out.
 */
function numberWords(s: string, start: number, end: number, fr: boolean): NumberMention[] {
  const table = fr ? WORDS_FR_READ : WORDS_EN;
  const search = fr ? WORD_SEARCH_FR : WORD_SEARCH_EN;
  const out: NumberMention[] = [];
  let from = start;
  // Runs were read from `start`, or from the pair's first half when start
  // falls inside a surrogate pair (as a `u`-flag regex steps back).
  if (from > 0 && from < end && isLowSurrogate(s.charCodeAt(from)) && isHighSurrogate(s.charCodeAt(from - 1))) from--;
  search.lastIndex = from;
  for (let m = search.exec(s); m !== null && m.index < end; m = search.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    // Try every position: a hit inside a longer word must not hide one after it.
    search.lastIndex = a + 1;
    if (b > end || (b < end && isLetterOrMark(codePointWithin(s, b, end)))) continue;
    if (a > from && isLetterOrMark(codePointEndingAt(s, a, from))) continue;
    const value = table.get(m[0].toLowerCase());
    if (value === undefined) continue;
    // A later part of a compound (« -huit » in « dix-huit ») was read with its first part.
    if (a > 0 && s.charCodeAt(a - 1) === 0x2d && a - 1 > from && isLetterOrMark(codePointEndingAt(s, a - 1, from))) continue;
    // A compound (« dix-huit », « quatre-vingt-dix », « vingt et un », "twenty-five") is one number.
    if (s.charCodeAt(b) === 0x2d || (fr && s.startsWith(' et ', b))) {
      const compound = compoundAt(s, a, end, fr);
      if (compound === undefined) {
        // A compound with parts not read ("cent-vingt"): no number we can state; "two-year" goes on.
        if (s.charCodeAt(b) === 0x2d && (NUMBER_WORD_AFTER_HYPHEN.test(s.slice(b + 1, b + 12)) || NO_COUNT_AFTER_HYPHEN.test(s.slice(b + 1, b + 16)))) continue;
      } else {
      search.lastIndex = compound.end;
      const measure = measureAfter(s.slice(compound.end, Math.min(end, compound.end + 24)));
      const counts = measure !== undefined ? undefined : countedAfter(s.slice(compound.end, Math.min(end, compound.end + 40)), fr);
      const text = s.slice(a, compound.end);
      out.push({ start: a, end: compound.end, text, value: compound.value, kind: 'word', numeralStart: a, numeralEnd: compound.end, ...(measure ? { measure } : {}), ...(counts ? { counts } : {}) });
      continue;
      }
    }
    // "two-year", « trois ans »: what a number word counts, as for figures.
    const measure = measureAfter(s.slice(b, Math.min(end, b + 24)));
    // "twice" is "two times" (« deux fois ») in one word.
    const counts = measure !== undefined ? undefined : TIMES_IN_ONE_WORD.test(m[0]) ? TIMES : countedAfter(s.slice(b, Math.min(end, b + 40)), fr);
    // Before a plural noun it is the number (« neuf arrêts »): "new" follows its noun (« un tram neuf »).
    if (fr && m[0].toLowerCase() === 'neuf' && measure === undefined && (counts === undefined || counts.some((c) => c.startsWith('~'))) && !PLURAL_NEXT.test(s.slice(b, b + 30))) continue;
    out.push({ start: a, end: b, text: m[0], value, kind: 'word', numeralStart: a, numeralEnd: b, ...(measure ? { measure } : {}), ...(counts ? { counts } : {}) });
  }
  return out;
}

/**
 * French ordinals in Roman numerals: « le XIXe sommet », « la Ve République »,
 * « le XXIe siècle » (19th, 5th, 21st). Only I, V and X, up to 39: a capital
 * L, C, D or M before an "e" is a word (« Le », « Ce », « Cie »), and « Vie »
 * is one too.
 */
const ROMAN_ORDINAL = /(?<![\p{L}\p{M}\d])([IVX]{1,6})(?:e|ème|er|re)(?![\p{L}\p{M}\d])/gu;
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
/** Words that start a sentence before an ordinal (« Le XIXe sommet »), unlike a ruler's name. */
const DETERMINERS = new Set(['le', 'la', 'les', 'au', 'aux', 'du', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'un', 'une', 'dès', 'depuis', 'lors']);

function romanOrdinals(s: string, start: number, end: number): NumberMention[] {
  const out: NumberMention[] = [];
  // Up to the span's end and the longest numeral that starts before it, as for scale words.
  const text = s.slice(0, end + 12);
  ROMAN_ORDINAL.lastIndex = start;
  for (let m = ROMAN_ORDINAL.exec(text); m !== null && m.index < end; m = ROMAN_ORDINAL.exec(text)) {
    const numeral = m[1] ?? '';
    const value = romanValue(numeral);
    // After a name it is a ruler's number (« François Ier »), no rank of a thing.
    const before = /(\p{Lu}[\p{L}\p{M}]*)[ \u00A0]$/u.exec(s.slice(Math.max(start, m.index - 20), m.index))?.[1];
    if (value === undefined || m[0] === 'Vie' || (before !== undefined && !DETERMINERS.has(before.toLowerCase()))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, kind: 'ordinal', numeralStart: m.index, numeralEnd: m.index + numeral.length });
  }
  return out;
}

/**
 * Ordinals in words from the third to the twentieth: "for a fifth straight
 * year" / « pour la cinquième année consécutive ». Not "first" and "second"
 * (a unit of time, « Premier ministre »), nor a fraction ("a third of", « un
 * cinquième des »), nor a capitalised name ("Fifth Avenue", "Third World").
 */
const ORDINALS_EN = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINALS_FR = ['troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'];
const ORDINAL_VALUE = new Map([...ORDINALS_EN, ...ORDINALS_FR].map((w, k) => [w, (k % ORDINALS_EN.length) + 3]));
// A hyphen joins the ordinal to a word it ranks by ("fourth-largest", "third-ranked", "fifth-placed"), or to a compound of its own ("third-party").
const ORDINAL_WORD = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}-])(${[...words].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}]|-(?![a-z]+est\\b|most\\b|ranked\\b|placed?\\b|seeded\\b))`, 'gu');
const ORDINAL_EN = ORDINAL_WORD(ORDINALS_EN);
const ORDINAL_FR = ORDINAL_WORD(ORDINALS_FR);
/** A fraction: "a third of", « un cinquième des » ("two-fifths" is plural, and no ordinal read). */
const FRACTION_AFTER = /^[ \u00A0]+(?:of|des?|du|d['’])(?![\p{L}])/iu;
/** …after an article or a number: "a third of", « un cinquième des », "two fifths of"; "finishing eighth of 20", « terminant huitième du Grand Prix » rank. */
const FRACTION_BEFORE = /(?<![\p{L}\p{M}])(?:a|an|one|the|two|three|four|un|une|le|les|deux|trois|quatre|chaque|each)[ \u00A0]+$/iu;

/** The ordinal in words for `n` (3 to 20), as ordinalWords reads them; undefined outside. */
export function ordinalInWords(n: number, fr: boolean): string | undefined {
  return (fr ? ORDINALS_FR : ORDINALS_EN)[n - 3];
}

const ROUND_OF_FINAL = /^s?[ \u00A0]+de[ \u00A0]+finale/u;

function ordinalWords(s: string, start: number, end: number, fr: boolean): NumberMention[] {
  const out: NumberMention[] = [];
  const search = fr ? ORDINAL_FR : ORDINAL_EN;
  // Up to the span's end and the longest ordinal that starts before it, as for scale words.
  const text = s.slice(0, end + 16);
  search.lastIndex = start;
  for (let m = search.exec(text); m !== null && m.index < end; m = search.exec(text)) {
    const word = m[1] ?? '';
    const value = ORDINAL_VALUE.get(word);
    const a = m.index;
    const b = a + m[0].length;
    if (value === undefined || b > end || (FRACTION_AFTER.test(s.slice(b, b + 8)) && FRACTION_BEFORE.test(s.slice(Math.max(0, a - 12), a)))) continue;
    // « huitième de finale » is the round of the last sixteen, English's "fourth round" or "last 16": a round's name, no rank.
    if (fr && ROUND_OF_FINAL.test(s.slice(b, b + 16))) continue;
    out.push({ start: a, end: b, text: m[0], value, kind: 'ordinal', numeralStart: a, numeralEnd: a + word.length });
  }
  return out;
}

/** The value of a Roman numeral of I, V and X written as Romans did (XIX, not XVIIII), else undefined. */
/** The value of a Roman numeral of I, V and X up to 39 (XXXIX), or undefined for one written otherwise. */
export function romanValue(numeral: string): number | undefined {
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const v = ROMAN_VALUE[numeral.charAt(k)] ?? 0;
    const next = ROMAN_VALUE[numeral.charAt(k + 1)] ?? 0;
    value += v < next ? -v : v;
  }
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(numeral) && value > 0 ? value : undefined;
}

/** A scale word right after a number word: « deux milliards », "three million". */
const SCALE_AFTER_WORD = /^[ \u00A0\u202F-](?:millions?|milliards?|billions?|trillions?)(?![\p{L}])/iu;
/** "a million", "one billion", « un milliard »: one of a scale, which the number words leave out (they are articles too). */
// Found from the scale word, far rarer than the article before it.
const SCALE_WORD = /(?<=[ \u00A0\u202F])(?:million|milliard|billion|trillion)(?![\p{L}])/giu;
const ONE_BEFORE = /(?<![\p{L}\p{M}-])(?:a|one|un)[ \u00A0\u202F]$/iu;
const HALF_AFTER = /^[ \u00A0\u202F]+(?:et[ \u00A0\u202F]+demie?|and[ \u00A0\u202F]+a[ \u00A0\u202F]+half)(?![\p{L}])/iu;
/** "half a million", « un demi-million », "one in a million": no million. */
const NOT_ONE_BEFORE = /(?:half|quarter of|in|demi|un sur)[ \u00A0\u202F-]*$/iu;

/** The "one" of "a million", "one billion", « un milliard », as a number word of value 1. */
function oneBeforeScale(s: string, start: number, end: number): NumberMention[] {
  const out: NumberMention[] = [];
  // Searched up to the span's end only (and what a word starting before it needs): from each paragraph to the next
  // "million" of the whole text, a text without one was read once per paragraph.
  const text = s.slice(0, end + 16);
  SCALE_WORD.lastIndex = start;
  for (let m = SCALE_WORD.exec(text); m !== null && m.index < end; m = SCALE_WORD.exec(text)) {
    const one = ONE_BEFORE.exec(s.slice(Math.max(start, m.index - 5), m.index));
    if (!one) continue;
    const a = m.index - one[0].length;
    const b = m.index - 1;
    if (NOT_ONE_BEFORE.test(s.slice(Math.max(start, a - 12), a))) continue;
    out.push({ start: a, end: b, text: s.slice(a, b), value: 1, kind: 'word', numeralStart: a, numeralEnd: b });
  }
  return out;
}

/**
 * A number word with a scale after it (« deux milliards de dollars », "a
 * million euros") read as the figure it states: the number after the scale,
 * its currency and unit read as for digits, by reading the same text with
 * the word's letters taken for digits.
 */
function scaledWord(s: string, spanStart: number, w: NumberMention, fr: boolean): NumberMention | undefined {
  const scaleWord = SCALE_AFTER_WORD.exec(s.slice(w.numeralEnd, w.numeralEnd + 14));
  if (!scaleWord) return undefined;
  // « un million et demi », "a million and a half": a half more of the scale.
  const scaleEnd = w.numeralEnd + scaleWord[0].length;
  const half = HALF_AFTER.exec(s.slice(scaleEnd, scaleEnd + 16));
  if (half) {
    const word = scaleWord[0].replace(/^[ \u00A0\u202F-]/u, '').toLowerCase();
    const scale = fr && word.startsWith('billion') ? 1e12 : SCALES.get(word);
    if (scale === undefined) return undefined;
    const end = scaleEnd + half[0].length;
    return { start: w.start, end, text: s.slice(w.start, end), value: (w.value + 0.5) * scale, kind: 'plain', scale, numeralStart: w.numeralStart, numeralEnd: w.numeralEnd };
  }
  const from = Math.max(spanStart, w.numeralStart - 8);
  const window = s.slice(from, w.numeralStart) + '1'.repeat(w.numeralEnd - w.numeralStart) + s.slice(w.numeralEnd, w.numeralEnd + 60);
  const read = readNumber(window, 0, w.numeralStart - from, w.numeralEnd - from, w.numeralEnd - from, fr);
  if (read === undefined || read.scale === undefined || read.kind === 'year' || read.kind === 'ordinal') return undefined;
  const mention: NumberMention = { ...read, start: read.start + from, end: read.end + from, value: w.value * read.scale, numeralStart: w.numeralStart, numeralEnd: w.numeralEnd, text: '' };
  mention.text = s.slice(mention.start, mention.end);
  return mention;
}

/** What makes « deux » "both": « tous deux », « toutes les deux ». */
const BOTH_BEFORE = /(?<![\p{L}\p{M}])(?:tous|toutes)[ \u00A0]+(?:les[ \u00A0]+)?$/iu;

/**
 * A count of titles said as a multiple: « triple champion olympique », "double Olympic champion", « double
 * vainqueur du Tour », as English says "three-time Olympic champion". Only before a winner's noun: « le triple
 * de », "a double murder" say no count of titles.
 */
const WINNER = '(?:(?:Olympic|olympic|world|World|European|Grand[ \\u00A0]Slam)[ \\u00A0]+)?(?:champion|championne|vainqueur|vainqueure|médaillée?|lauréate?|finaliste|winner|gold[ \\u00A0]medall?ist|medall?ist|Olympian)s?(?![\\p{L}\\p{M}])';
const TITLE_MULTIPLE = new RegExp(`(?<![\\p{L}\\p{M}-])(double|triple|quadruple|quintuple|sextuple)[ \\u00A0]+${WINNER}`, 'giu');
/** "three-time Olympic champion": the count of titles English says with a number word. */
const TIMES_WINNER = new RegExp(`^-time[ \\u00A0]+${WINNER}`, 'iu');
/** What such counts count, for the comparison: titles won. */
const TITLES: readonly string[] = ['title'];
const MULTIPLE_VALUE: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5, sextuple: 6 };

function titleMultiples(s: string, start: number, end: number): NumberMention[] {
  const out: NumberMention[] = [];
  TITLE_MULTIPLE.lastIndex = start;
  for (let m = TITLE_MULTIPLE.exec(s); m !== null && m.index < end; m = TITLE_MULTIPLE.exec(s)) {
    const word = m[1] ?? '';
    const value = MULTIPLE_VALUE[word.toLowerCase()];
    if (value === undefined) continue;
    out.push({ start: m.index, end: m.index + word.length, text: word, value, kind: 'word', numeralStart: m.index, numeralEnd: m.index + word.length, counts: TITLES });
  }
  return out;
}

const TIMES_IN_ONE_WORD = /^(?:twice|thrice)$/iu;
const TIMES: readonly string[] = ['time'];

/** The parts a compound number word is made of, by value; "un" and "one" only inside one ("vingt et un", "twenty-one"). */
const PARTS_EN: ReadonlyMap<string, number> = new Map([...WORDS_EN].filter(([w]) => !/^(?:twice|thrice|dozen)$/u.test(w)).concat([['one', 1]]));
const PARTS_FR: ReadonlyMap<string, number> = new Map([...WORDS_FR].filter(([w]) => !w.endsWith('aine') && w !== 'millier').concat([['un', 1], ['une', 1], ['vingts', 20]]));

/**
 * The compound number word that starts at `a` (« dix-huit », « quatre-vingt-dix-sept », « vingt et un »,
 * "twenty-five"), its parts joined by hyphens or « et », added up but for « quatre-vingt », which is four
 * twenties. Undefined when a part is no number word ("two-year", « deux-roues ») or the sum is no count.
 */
function compoundAt(s: string, a: number, end: number, fr: boolean): { end: number; value: number } | undefined {
  const parts = fr ? PARTS_FR : PARTS_EN;
  const m = (fr ? /^[\p{L}]+(?:(?:-et-|-| et )[\p{L}]+)+/u : /^[\p{L}]+(?:-[\p{L}]+)+/u).exec(s.slice(a, Math.min(end, a + 60)));
  if (!m) return undefined;
  let value = 0;
  let previous = 0;
  let used = 0;
  const words = m[0].split(/-et-|-| et /u);
  const joins = m[0].match(/-et-|-| et /gu) ?? [];
  for (const [k, word] of words.entries()) {
    const v = parts.get(word.toLowerCase());
    if (v === undefined) break;
    const fourTwenties = previous === 4 && v === 20;
    // Parts go down (« soixante-dix-sept »), but for « quatre-vingt »; « et » joins « un » and « onze » only
    // (« vingt et un », « soixante et onze »): « quinze et vingt » are two numbers.
    if (k > 0 && ((v >= previous && !fourTwenties) || (/et/u.test(joins[k - 1] ?? '') && v !== 1 && v !== 11))) break;
    // « quatre-vingt(s) »: four twenties.
    value = fourTwenties ? value - 4 + 80 : value + v;
    previous = v;
    used++;
  }
  if (used < 2) return undefined;
  // Only whole parts read: « vingt et un ans » stops before « ans »; the span ends after the last part.
  let stop = a;
  let k = 0;
  for (const piece of m[0].split(/(-et-|-| et )/u)) {
    if (k >= used * 2 - 1) break;
    stop += piece.length;
    k++;
  }
  return value >= 13 && value < 100 ? { end: stop, value } : undefined;
}

/**
 * An adjective a number word makes with a hyphen that counts nothing the other
 * version would give as a number: "three-dimensional" (« tridimensionnelle »),
 * "two-sided", "three-pronged", "two-fold".
 */
const NO_COUNT_AFTER_HYPHEN = /^(?:dimensional|fold|sided|faced|pronged|tiered|handed)(?![\p{L}])/iu;

/** A number word after the hyphen of a compound: "-cinq", "-vingt", "-five". */
const NUMBER_WORD_AFTER_HYPHEN = /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|cent|one|two|three|four|five|six|seven|eight|nine)(?![\p{L}])/iu;

/** The code point that ends just before `i`, not reaching back before `from`. */
function codePointEndingAt(s: string, i: number, from: number): number {
  const c = s.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i - 2 >= from) {
    const h = s.charCodeAt(i - 2);
    if (isHighSurrogate(h)) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
