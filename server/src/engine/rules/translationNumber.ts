import { datesIn } from '../articleDates';
import { withFittedArticle } from '../englishArticle';
import type { DateMention } from '../dates/dateMentions';
import { say } from '../messages';
import { perParagraph } from '../paragraphMemo';
import { rewriteCurrency } from '../numbers/currencyRewrite';
import { fourDigitGroup, inWords, rewriteNumber } from '../numbers/numberFormat';
import { rewriteUnit } from '../numbers/unitRewrite';
import { otherUnits, sameThingCounted, unitsCounted } from '../numbers/countedNouns';
import { extractNumbers, SOME_DOLLAR, SOME_FRANC, type NumberMention } from '../numbers/numberMentions';
import { alignUndoingCrossings } from '../translation/mentionAlignment';
import { alignedParagraphs, disagreementFixes, namedVersion, MOVED_BELOW, rewriteFixes, versionPairs } from '../translation/versionPairs';
import type { Article, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// Numbers, amounts and percentages that disagree between versions, each read
// in its own language's conventions (1,500 / 1 500; 12.5% / 12,5 %; 2.3
// billion / 2,3 milliards), so a difference of notation is never an alarm.

/** A paragraph's numbers, dates aside (they are translation.date's). */
const numbersIn = (article: Article, p: Paragraph): NumberMention[] => readNumbers(article, p).figures;

/** A paragraph's figures, and the conversion in brackets each one that has one is followed by ("322-foot (98-meter)"). */
const readNumbers = perParagraph((article: Article, p: Paragraph): { figures: NumberMention[]; conversions: Map<NumberMention, NumberMention> } => {
  const dates = datesIn(article, p.index);
  const all = extractNumbers(article.prose, p, article.language, dates).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end) && !listedDay(article.prose, n, dates));
  const conversions = new Map<NumberMention, NumberMention>();
  const figures = all.filter((n, k) => {
    const before = all[k - 1];
    if (!before || !conversionOf(article.prose, before, n)) return true;
    conversions.set(before, n);
    return false;
  });
  return { figures, conversions };
});

/** Days of the month, each with what joins it to the next, up to a date: « 27, 28 et » before « 29 décembre ». */
const DAYS_BEFORE = /^(?:(?:1er|\d{1,2})(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+(?:et|and|ou|or|&)[ \u00A0]+))+$/u;
/** The rest of a list of days after a date: ", 28 and 29", " and 28", « et 28 ». */
const DAYS_AFTER = /^(?:[ \u00A0]*,[ \u00A0]*\d{1,2}(?:st|nd|rd|th)?)*[ \u00A0]*,?[ \u00A0]+(?:and|et|or|ou|&)[ \u00A0]+\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{M}\d])/u;

/**
 * Whether `n` is a day in a list of days around a date, which the date reads
 * as one of its own: « les 27, 28 et 29 décembre » (the date is « 28 et 29
 * décembre »), "on December 27, 28 and 29" (the date is "December 27"). Not a
 * count after a date ("on December 27, 28 people"): a list ends with "and".
 */
function listedDay(prose: string, n: NumberMention, dates: readonly DateMention[]): boolean {
  if (n.kind !== 'plain' || !/^\d{1,2}$/u.test(n.text) || n.value < 1 || n.value > 31) return false;
  return dates.some((d) => {
    if (d.start >= n.end) return d.start - n.start <= 40 && DAYS_BEFORE.test(prose.slice(n.start, d.start));
    if (d.end > n.start) return false;
    const after = DAYS_AFTER.exec(prose.slice(d.end, d.end + 40));
    return after !== null && n.end <= d.end + after[0].length;
  });
}

/**
 * Whether `n` restates `before` in another unit or currency in brackets ("45
 * kilometers (28 miles)", "38.7C (101.7F)", "1,800 CFA francs (about $3)"):
 * the quantity is compared once, by what the
 * writer put first. Kept, the conversion pairs with the other version's
 * figure at no cost and leaves the figure it converts unpaired, so "54
 * kilometers (28 miles)" against « 45 kilomètres » said nothing.
 */
function conversionOf(prose: string, before: NumberMention | undefined, n: NumberMention): boolean {
  if (!before) return false;
  // An amount restated roughly in another currency: "1,800 CFA francs (about $3)". Stated exactly
  // ("$11.3 billion (10,4 milliards d'euros)"), it is a figure of its own, compared as written.
  const currencies = before.kind === 'currency' && n.kind === 'currency' && before.unit !== undefined && n.unit !== undefined && before.unit !== n.unit && n.hedge !== undefined;
  if (!currencies) {
    if (before.measure === undefined || n.measure === undefined || before.measure === n.measure) return false;
    const dimension = (m: string): string | undefined => (m === '°C' || m === '°F' ? 'temperature' : BASE_UNITS[m]?.dimension);
    if (dimension(before.measure) === undefined || dimension(before.measure) !== dimension(n.measure)) return false;
  }
  // Between them: the first one's unit, then the bracket ("45 kilometers (", "38.7C (", "CFA francs (").
  return /^[ \u00A0-]?(?:[\p{L}°./]+[ \u00A0]?){0,3}[ \u00A0]*\([ \u00A0]*(?:about |some |around |nearly |roughly |environ |près de |soit )?$/u.test(prose.slice(before.end, n.start));
}

type Family = 'count' | 'percent' | 'currency' | 'ordinal' | 'year' | 'duration' | 'decade' | 'time' | 'quarter' | 'season';

function family(n: NumberMention): Family {
  return n.kind === 'plain' || n.kind === 'word' ? 'count' : n.kind;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function cost(x: NumberMention, y: NumberMention): number | undefined {
  if (family(x) !== family(y)) {
    // "at the 35-kilometer mark" / "au 35e kilomètre": the same figure, counted or ranked. Paired, never flagged.
    // Not a count in words against a rank ("rose three places to second, ahead of Oxford in third"): each has its own kind nearby.
    const counted = (n: NumberMention): boolean => (family(n) === 'count' && n.kind !== 'word') || family(n) === 'ordinal';
    if (counted(x) && counted(y)) return same(x.value, y.value) ? 0 : undefined;
    // "£127.5bn" / « 127,5 milliards de roupies »: an amount whose currency one version names in words we do not read.
    const scaled = (n: NumberMention): boolean => family(n) === 'count' && n.kind !== 'word' && n.scale !== undefined && n.measure === undefined;
    if ((family(x) === 'currency' && scaled(y)) || (family(y) === 'currency' && scaled(x))) return same(x.value, y.value) ? 0 : magnitudeSlip(x, y) ? 1 : undefined;
    // "9.5 percentage points" / « 9,5 % »: the same figure, but points of a percentage are not a percentage.
    const points = (n: NumberMention): boolean => family(n) === 'count' && n.measure === 'point';
    if (((points(x) && family(y) === 'percent') || (points(y) && family(x) === 'percent')) && same(x.value, y.value)) return 1;
    // "1,800 CFA francs" / « 1 800 francs »: a currency one version names in a word we do not read is the same amount. Paired, never flagged.
    const plainCount = (n: NumberMention): boolean => family(n) === 'count' && n.kind !== 'word' && n.measure === undefined;
    // The same amount with a digit slipped ("1,840 per dollar" / « 1 480 wons pour un dollar ») is that amount slipped.
    if ((family(x) === 'currency' && plainCount(y)) || (family(y) === 'currency' && plainCount(x))) return same(x.value, y.value) ? 0 : typedAmiss(x, y) && Math.min(x.value, y.value) >= 100 && Math.abs(Math.log10(x.value / y.value)) < 1 ? 1 : undefined;
    // "ran 9.87" / "en 9 s 87": a time in seconds written as a plain figure in one version.
    const timed = (n: NumberMention): boolean => family(n) === 'duration' || (family(n) === 'count' && n.kind !== 'word');
    if (timed(x) && timed(y)) return same(x.value, y.value) ? 0 : Math.abs(x.value - y.value) <= 0.05 * Math.max(x.value, y.value) ? 1 : undefined;
    return undefined;
  }
  // A year before 1900 (« fut exécuté en 1540 ») against another is a slip only when its digits are the other's, one
  // changed or two swapped (1897 / 1987); otherwise it is another event, which one version tells and the other not.
  if (family(x) === 'year' && (x.value < 1900 || y.value < 1900)) return same(x.value, y.value) ? 0 : typedAmiss(x, y) ? 1 : undefined;
  // Times of day: the same minute or another; in two written zones, two times.
  if (family(x) === 'time') return x.zone !== undefined && y.zone !== undefined && x.zone !== y.zone ? undefined : same(x.value, y.value) ? 0 : 1;
  // 113 °F is 45 °C; 15 days are not 72 hours.
  if (x.measure !== undefined && y.measure !== undefined && x.measure !== y.measure) {
    const celsius = (n: NumberMention): number | undefined => (n.measure === '°C' ? n.value : n.measure === '°F' ? ((n.value - 32) * 5) / 9 : undefined);
    const cx = celsius(x);
    const cy = celsius(y);
    // A conversion rounds to the degree at worst (half a degree off); 38.7 °C against 101.7 °F is 38.72, not 37.8.
    if (cx !== undefined && cy !== undefined) return Math.abs(cx - cy) <= 0.6 ? 0 : 1;
    // 22 feet are 6.7 metres: a conversion is rounded, so only a close one pairs; a far one is another quantity.
    // "15 days" / « 15 heures »: the same figure of another unit of time is the unit slipped.
    if (TIME_UNITS.has(x.measure) && TIME_UNITS.has(y.measure)) return same(x.value, y.value) ? 1 : undefined;
    const sx = inBaseUnit(x);
    const sy = inBaseUnit(y);
    if (sx === undefined || sy === undefined || sx.dimension !== sy.dimension) return undefined;
    // The same figure in another unit of the same kind is the unit slipped ("2.8 million square miles" / « 2,8 millions de kilomètres carrés »).
    if (same(x.value, y.value)) return 1;
    return Math.abs(sx.value - sy.value) <= 0.06 * Math.max(sx.value, sy.value) ? 0 : undefined;
  }
  // "137mph" against a bare "21": a speed is never written without its unit, so it is not that count.
  // (Other units are: "147,000 cubic meters" / « 147 000 mètres cubes » reads a measure on one side only.)
  const unitOf = x.measure ?? y.measure;
  if ((x.measure === undefined) !== (y.measure === undefined) && unitOf !== undefined && BASE_UNITS[unitOf]?.dimension === 'speed' && !same(x.value, y.value)) return undefined;
  // Amounts in two currencies are two amounts ("$29 billion (16 trillion CFA francs)"), unless the figure is the same.
  if (family(x) === 'currency' && x.unit && y.unit && x.unit !== y.unit && !someDollar(x, y)) return same(x.value, y.value) ? 1 : undefined;
  // Number words are often paraphrased ("a dozen" / « une dizaine »): pair them, and flag them only
  // where both count the same unit of time ("five to seven years" / « de cinq à six ans », "two-year" / « trois ans »)
  // or the same thing ("seven projects" / « six projets », "four doses" / « 3 doses »).
  // "650,000 tonnes" / « 650 000 barils »: the same figure of two units is a unit slipped.
  if (same(x.value, y.value) && (otherUnits(x.counts, y.counts) || measureAgainstUnit(x, y) || measureAgainstUnit(y, x))) return 1;
  // A round count (« une vingtaine ») against a figure: near it, the same count; ten or a hundred times it, a zero slipped ("about 200").
  const round = (n: NumberMention): boolean => n.kind === 'word' && ROUND_WORDS.test(n.text);
  if (round(x) !== round(y) && x.kind !== y.kind) {
    const ratio = round(x) ? y.value / x.value : x.value / y.value;
    if (ratio >= 0.7 && ratio <= 1.5) return 0;
    return [10, 100, 0.1, 0.01].some((k) => Math.abs(ratio / k - 1) <= 0.25) ? 1 : undefined;
  }
  // A span of time is not a count of things, whatever the figure: "in 25 years" is not « de 25 membres » (the paragraph's
  // other 25 is: cy03).
  const timeAgainstThing = (m: NumberMention, n: NumberMention): boolean =>
    m.measure !== undefined && TIME_UNITS.has(m.measure) && n.measure === undefined && n.counts !== undefined && n.counts.every((c) => !c.startsWith('~')) && !unitsCounted(n.counts);
  if (timeAgainstThing(x, y) || timeAgainstThing(y, x)) return undefined;
  if (x.kind === 'word' || y.kind === 'word') return same(x.value, y.value) ? 0 : countsAlike(x, y) ? 1 : undefined;
  // A hedge stretches a figure, not its unit: "70 megawatts" is not « environ 65 kilomètres ».
  // Not when the figures are the same digits in another order ("as much as 537" / « jusqu'à 573 »): that is a slip, not a hedge.
  if (same(x.value, y.value) || roundedAlike(x, y) || (x.hedge !== y.hedge && x.measure === y.measure && (withinHedge(x, y) || withinHedge(y, x)) && !digitsSwapped(x, y))) return 0;
  // A mistranslated number is near its counterpart (265/256, 42/24) or has
  // the same digits at another scale (billion/billion in French). Numbers far
  // apart are two different quantities, one of them said in one version only
  // ("45°C (113°F)").
  return magnitudeSlip(x, y) ? 1 : undefined;
}

/** Near its counterpart (265/256, 42/24), or the same digits at another scale (billion/million). */
function magnitudeSlip(x: NumberMention, y: NumberMention): boolean {
  const ratio = Math.max(Math.abs(x.value), Math.abs(y.value)) / Math.max(1e-9, Math.min(Math.abs(x.value), Math.abs(y.value)));
  // A scale word slipped (€3.2bn for « 3 200 milliards »): a thousand times, exactly.
  const thousandfold = [1e3, 1e6].some((k) => Math.abs(ratio / k - 1) < 1e-9);
  // A nil against a one-digit figure: a score ("beat Brighton 2-0" / « 2-1 »), where no ratio says how near.
  const nil = Math.min(Math.abs(x.value), Math.abs(y.value)) === 0 && Math.max(Math.abs(x.value), Math.abs(y.value)) <= 9 && x.kind === 'plain' && y.kind === 'plain';
  // A digit dropped or added from a whole figure of two digits or more ("111 billion" / « 11 milliards ») is ten
  // times off and still one figure mistyped; "0.33" / "33" is not.
  const whole = (n: NumberMention): number => n.value / (n.scale ?? 1);
  const digitAmiss = x.scale === y.scale && Number.isInteger(whole(x)) && Number.isInteger(whole(y)) && Math.min(whole(x), whole(y)) >= 10 && typedAmiss(x, y);
  return ratio <= 10 || nil || digitAmiss || (x.scale !== y.scale && sameDigits(x, y)) || (thousandfold && (x.scale !== undefined || y.scale !== undefined));
}

/**
 * One version hedges a figure the other states: "près de 1 500" for 1,487,
 * "plus de 48 000" for 48,213, "about 40" for 38. Two versions that hedge
 * alike are compared as figures: a translator keeps the hedge and the figure.
 */
function withinHedge(h: NumberMention, o: NumberMention): boolean {
  const r = o.value / h.value;
  if (!Number.isFinite(r) || h.value <= 0) return false;
  switch (h.hedge) {
    case 'about':
      return r >= 0.9 && r <= 1.1;
    case 'nearly':
      return r >= 0.9 && r <= 1.02;
    case 'over':
      return r >= 1 && r <= 1.5;
    case 'under':
      return r >= 0.5 && r <= 1;
    default:
      return false;
  }
}

/**
 * One version rounds the other's figure and still states three significant
 * digits or more: "16.24 trillion" for "16 244 milliards". A figure rounded
 * further ("4 million" for "4.3 million") is a different figure.
 */
function roundedAlike(x: NumberMention, y: NumberMention, minDigits = 3): boolean {
  const [coarse, fine] = step(x) >= step(y) ? [x, y] : [y, x];
  const unit = step(coarse);
  if (significantDigits(coarse) < minDigits || unit <= step(fine)) return false;
  return same(Math.round(fine.value / unit) * unit, coarse.value);
}

/** The smallest step the numeral as written can tell: 1e10 for "16.24 trillion", 1 for "1,500". */
function step(n: NumberMention): number {
  const numeral = n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start);
  const decimals = /[.,](\d+)$/u.exec(numeral.replace(/[ \u00A0\u202F\u2009]/gu, ''));
  // A separator followed by three digits groups thousands unless the numeral has a scale word ("16.244 trillion" is rare).
  const places = decimals && (decimals[1]?.length !== 3 || n.scale !== undefined) ? (decimals[1]?.length ?? 0) : 0;
  return (n.scale ?? 1) / 10 ** places;
}

function significantDigits(n: NumberMention): number {
  return n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start).replace(/\D/gu, '').replace(/^0+/u, '').length;
}

/** The currencies a loose name may be: "dollars" of a country the text names may be US dollars too ("10 millions de dollars de Chevron"), "francs" Swiss or CFA ones. */
const LOOSE_CURRENCIES: Readonly<Record<string, readonly string[]>> = { [SOME_DOLLAR]: ['USD'], [SOME_FRANC]: ['CHF', 'CFA'] };

/** Whether one of two currencies may be the other: not another currency for sure. */
function someDollar(x: NumberMention, y: NumberMention): boolean {
  const may = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && (a === b || (LOOSE_CURRENCIES[a]?.includes(b) ?? false));
  return may(x.unit, y.unit) || may(y.unit, x.unit);
}

const BASE_UNITS: Readonly<Record<string, { dimension: 'length' | 'mass' | 'speed' | 'power' | 'area' | 'volume' | 'rate'; factor: number }>> = {
  ft: { dimension: 'length', factor: 0.3048 },
  mi: { dimension: 'length', factor: 1609.344 },
  km: { dimension: 'length', factor: 1000 },
  m: { dimension: 'length', factor: 1 },
  cm: { dimension: 'length', factor: 0.01 },
  mm: { dimension: 'length', factor: 0.001 },
  in: { dimension: 'length', factor: 0.0254 },
  kg: { dimension: 'mass', factor: 1 },
  g: { dimension: 'mass', factor: 1e-3 },
  mg: { dimension: 'mass', factor: 1e-6 },
  'µg': { dimension: 'mass', factor: 1e-9 },
  t: { dimension: 'mass', factor: 1000 },
  'km/h': { dimension: 'speed', factor: 1 },
  mph: { dimension: 'speed', factor: 1.609344 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  'm³': { dimension: 'volume', factor: 1 },
  'ft³': { dimension: 'volume', factor: 0.028316846592 },
  'km²': { dimension: 'area', factor: 1e6 },
  'mi²': { dimension: 'area', factor: 2589988.110336 },
  kW: { dimension: 'power', factor: 1e3 },
  MW: { dimension: 'power', factor: 1e6 },
  GW: { dimension: 'power', factor: 1e9 },
  // A rate's change: 50 basis points are half a percentage point.
  point: { dimension: 'rate', factor: 1 },
  bp: { dimension: 'rate', factor: 0.01 },
};

function inBaseUnit(n: NumberMention): { dimension: string; value: number } | undefined {
  const unit = n.measure === undefined ? undefined : BASE_UNITS[n.measure];
  return unit && { dimension: unit.dimension, value: n.value * unit.factor };
}

function sameDigits(x: NumberMention, y: NumberMention): boolean {
  const digits = (n: NumberMention): string => n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start).replace(/\D/g, '').replace(/^0+/, '');
  return digits(x) !== '' && digits(x) === digits(y);
}

export const translationNumber: TranslationRule = {
  id: 'translation.number',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A number, amount or percentage differs between versions of the same article.',
    fr: 'Un nombre, un montant ou un pourcentage diffère entre les versions d’un même article.',
  },
  examples: [
    { lang: 'en', bad: 'with 500 billion CFA francs / avec 400 milliards de francs CFA', good: 'with 500 billion CFA francs / avec 500 milliards de francs CFA' },
    { lang: 'en', bad: '650,000 barrels a day / 650 000 tonnes par jour', good: '$2 billion / deux milliards de dollars' },
  ],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      // Every mention of each version, gathered once and only if a pair is in doubt.
      let everyA: NumberMention[] | undefined;
      let everyB: NumberMention[] | undefined;
      const allA = (): NumberMention[] => (everyA ??= a.article.paragraphs.flatMap((p) => numbersIn(a.article, p)));
      const allB = (): NumberMention[] => (everyB ??= b.article.paragraphs.flatMap((p) => numbersIn(b.article, p)));
      for (const pair of alignedParagraphs(a, b)) {
        const na = numbersIn(a.article, pair.a);
        const nb = numbersIn(b.article, pair.b);
        if (na.length === 0 || nb.length === 0) continue;
        // A lone amount or percentage left over on each side, after a figure moved past it ("a $3 billion bailout … in 2023" /
        // « en 2023 un plan de 3 millions de dollars »), is compared; so is a lone figure mistyped ("its 740-page World Report 2024" /
        // « son Rapport mondial 2024 de 470 pages »).
        const aligned = alignUndoingCrossings(na, nb, cost, 1.5, (x, y) => family(x) === family(y) && (family(x) === 'currency' || family(x) === 'percent' || typedAmiss(x, y)));
        const paired = new Set<NumberMention>(aligned.flatMap(([x, y]) => [x, y]));
        // A figure and its conversion ("322-foot (98-meter)") against the other version's one figure, in the unit of the
        // conversion, that pairs with neither: the conversion is what was translated (« 89 mètres » for 98 meters).
        aligned.push(...convertedAgainst(readNumbers(a.article, pair.a).conversions, na, nb, paired), ...convertedAgainst(readNumbers(b.article, pair.b).conversions, nb, na, paired).map(([y, x, c]) => [x, y, c] as [NumberMention, NumberMention, number]));
        // Two figures that agree, with conversions in brackets that do not ("120,000 rand (about $6,700)" / « 120 000 rands
        // (environ 7 600 dollars) », "322-foot (89-meter)" / « 98 mètres »): the conversions are compared too.
        aligned.push(...conversionsDisagreeing(readNumbers(a.article, pair.a).conversions, readNumbers(b.article, pair.b).conversions, aligned));
        if (!pair.merged) aligned.push(...loneWordsLeftOver(na, nb, paired));
        // Half of a merged paragraph leaves the other half's figures over: they are no reordering.
        for (const [x, y, c] of [...aligned, ...(pair.merged ? [] : reordered(na, nb, aligned))]) {
          if (c === 0) continue;
          // The in-order alignment crossed a reordering ("seven hours in 1994" / « en 1994 … sept heures »):
          // a value the other side states and left unpaired is matched there, not wrong here.
          if (nb.some((n) => !paired.has(n) && cost(x, n) === 0) || na.some((n) => !paired.has(n) && cost(n, y) === 0)) continue;
          // Translators reorder: when each value is stated on the other side too, nothing disagrees. A hedged
          // figure states no value exactly: "about 7%" vouches for neither 6.8% nor 6.3%.
          const stated = (m: NumberMention, n: NumberMention): boolean => cost(m, n) === 0 && m.hedge === n.hedge;
          if (nb.some((n) => stated(x, n)) && na.some((n) => stated(n, y))) continue;
          // They also move, split and merge paragraphs: in a pair the alignment is unsure of,
          // two values each stated somewhere in the other version are two paragraphs paired wrongly.
          // Headlines and standfirsts are written anew, each picking its own figure from the story
          // ("U.S. beat France 98-87" / « 26 points de Wembanyama »): the same holds for them.
          // A figure mistyped there (24-17 as 24-14, 32 as 23) is still one.
          const summary = pair.a.index <= 1 && pair.b.index <= 1 && !typedAmiss(x, y);
          // A headline rounds what the story states to the figure ("7.3 trillion" / « 7 317,7 milliards »).
          if (summary && roundedAlike(x, y, 2)) continue;
          if ((pair.confidence < MOVED_BELOW || summary) && allB().some((n) => cost(x, n) === 0) && allA().some((n) => cost(n, y) === 0)) continue;
          out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y), finding(ctx.locale, ctx.sourceLang, b, a, y, x));
        }
      }
    }
    return out;
  },
};

/**
 * Pairs a figure's conversion with the other side's only figure left over in
 * the conversion's unit, when the figure itself could not pair with it and the
 * conversion is near it: [conversion, other figure, cost].
 */
function convertedAgainst(
  conversions: ReadonlyMap<NumberMention, NumberMention>,
  mine: readonly NumberMention[],
  theirs: readonly NumberMention[],
  paired: Set<NumberMention>,
): Array<[NumberMention, NumberMention, number]> {
  const out: Array<[NumberMention, NumberMention, number]> = [];
  for (const x of mine) {
    const c = conversions.get(x);
    if (c === undefined || paired.has(x) || c.measure === undefined) continue;
    const left = theirs.filter((y) => !paired.has(y) && y.measure === c.measure);
    const [y] = left;
    if (left.length !== 1 || y === undefined || cost(x, y) !== undefined) continue;
    const k = cost(c, y);
    if (k === undefined || k === 0) continue;
    out.push([c, y, k]);
    paired.add(c);
    paired.add(y);
  }
  return out;
}

/** Further apart than a conversion rounds: 89 metres for 322 feet (98.1 m) is another figure, 98 or 100 metres are not. */
const CONVERSION_SLACK = 0.05;

/**
 * Where two figures agree, the conversions in brackets after them that do
 * not: both conversions, in one unit ("120,000 rand (about $6,700)" / « 120 000
 * rands (environ 7 600 dollars) »), or one conversion against the other
 * side's figure in its unit, further apart than rounding ("322-foot
 * (89-meter)" / « 98 mètres »). Each as [a's mention, b's mention, cost].
 */
function conversionsDisagreeing(
  mine: ReadonlyMap<NumberMention, NumberMention>,
  theirs: ReadonlyMap<NumberMention, NumberMention>,
  aligned: ReadonlyArray<readonly [NumberMention, NumberMention, number]>,
): Array<[NumberMention, NumberMention, number]> {
  const out: Array<[NumberMention, NumberMention, number]> = [];
  const push = (x: NumberMention, y: NumberMention): void => {
    const k = cost(x, y);
    if (k !== undefined && k > 0) out.push([x, y, k]);
  };
  /** A conversion against a figure in its unit, where the figure it converts is in another. */
  const against = (conversion: NumberMention, converted: NumberMention, figure: NumberMention): boolean =>
    conversion.measure !== undefined && conversion.measure === figure.measure && converted.measure !== figure.measure && Math.abs(conversion.value - figure.value) > CONVERSION_SLACK * Math.abs(figure.value);
  for (const [x, y, c] of aligned) {
    if (c !== 0) continue;
    const cx = mine.get(x);
    const cy = theirs.get(y);
    if (cx !== undefined && cy !== undefined) {
      if (cx.unit === cy.unit && cx.measure === cy.measure) push(cx, cy);
      // The same figure in two currencies ("(about £40 billion)" / « (environ 40 milliards d’euros) »): one was slipped.
      // A desk that converts to its readers' currency gets another figure: that is no slip.
      else if (cx.kind === 'currency' && cy.kind === 'currency' && cx.unit !== cy.unit && cx.value === cy.value) push(cx, cy);
    } else if (cx !== undefined && against(cx, x, y)) push(cx, y);
    else if (cy !== undefined && against(cy, y, x)) push(x, cy);
  }
  return out;
}


/**
 * An English figure's new text, from the article before it when the figure
 * is said with the other one: "an" before eight, eleven, eighteen and the
 * eighties, thousands and millions of them ("an 8% rise", "an 11,000-strong
 * force"), "a" before the rest.
 */
function withArticle(article: Article, start: number, newText: string): { start: number; newText: string } {
  if (!/^en/iu.test(article.language) || newText === '') return { start, newText };
  const digits = /\d[\d,]*/u.exec(newText)?.[0].replace(/,/gu, '');
  // A number in words: "an eight-month", "an eleven-year", "a six-month".
  const word = digits === undefined ? /^\p{L}+/u.exec(newText)?.[0] : undefined;
  if (digits === undefined && word === undefined) return { start, newText };
  const an = digits !== undefined ? digits.startsWith('8') || (/^1[18]/u.test(digits) && digits.length % 3 === 2) : /^(?:eight|eleven)/iu.test(word ?? '');
  return withFittedArticle(article.prose, start, newText, an);
}

/** Units of time a count in words states as surely as one in figures. */
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second']);
/** Words that round ("a dozen", « une vingtaine »): never a precise count. */
const ROUND_WORDS = /^(?:dozen|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)$/iu;

/**
 * The one count in words each version has left over, where every other figure
 * of the paragraph pairs with its equal: "with seven bidders competing" /
 * « entre six enchérisseurs », "six votes to three" / « six voix contre
 * deux ». What they count is a noun the check does not know, but nothing else
 * of the paragraph is left for either to be.
 */
function loneWordsLeftOver(na: readonly NumberMention[], nb: readonly NumberMention[], paired: Set<NumberMention>): Array<[NumberMention, NumberMention, number]> {
  const xs = na.filter((n) => !paired.has(n));
  const ys = nb.filter((n) => !paired.has(n));
  const [x] = xs;
  const [y] = ys;
  if (xs.length !== 1 || ys.length !== 1 || x === undefined || y === undefined || na.length < 2 || nb.length < 2) return [];
  const counted = (n: NumberMention): boolean => n.kind === 'word' && n.value >= 2 && n.value <= 20 && n.measure === undefined && !ROUND_WORDS.test(n.text);
  // Hedged alike ("at least four" / « au moins quatre »), they state one count; hedged otherwise, they may not.
  if (!counted(x) || !counted(y) || x.hedge !== y.hedge || same(x.value, y.value)) return [];
  paired.add(x);
  paired.add(y);
  return [[x, y, 1]];
}

/** Two counts of the same unit of time or of the same thing, one at least in words, neither a round word nor "one". */
function countsAlike(x: NumberMention, y: NumberMention): boolean {
  const exact = (n: NumberMention): boolean => n.value >= 2 && !(n.kind === 'word' && ROUND_WORDS.test(n.text));
  if (!exact(x) || !exact(y) || x.hedge !== y.hedge) return false;
  // A measure counts what it measures: "about two tonnes" / « environ trois tonnes ».
  if (x.measure !== undefined) return x.measure === y.measure;
  return y.measure === undefined && sameThingCounted(x.counts, y.counts);
}

/** How many decimals a numeral writes ("51.10%" two, « 1 500 » none; a French space-grouped thousand is no decimal). */
function decimalsOf(n: NumberMention): number {
  const numeral = n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start);
  const m = /[.,](\d+)$/u.exec(numeral);
  return m && (m[1]?.length ?? 0) !== 3 ? (m[1]?.length ?? 0) : 0;
}

/** Whether two numerals are the same digits in another order (537 / 573). */
function digitsSwapped(x: NumberMention, y: NumberMention): boolean {
  const digits = (n: NumberMention): string => n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start).replace(/\D/gu, '');
  const a = digits(x);
  const b = digits(y);
  return a.length >= 2 && a !== b && [...a].sort().join('') === [...b].sort().join('');
}

/** Whether one numeral is the other mistyped: a digit changed, added or dropped, or two neighbours swapped (14 / 17, 32 / 23). */
function typedAmiss(x: NumberMention, y: NumberMention): boolean {
  const digits = (n: NumberMention): string => n.text.slice(n.numeralStart - n.start, n.numeralEnd - n.start).replace(/\D/gu, '');
  const a = digits(x);
  const b = digits(y);
  if (a === '' || b === '' || a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Kinds of figure a paragraph rarely holds two of, and which a translator
 * moves within the sentence (measured quantities too, by their unit; a rank: "12 percent … the fourth-largest" / « la troisième … 12 % ») ("On Tuesday, … at 11:45 p.m." / « Le mardi, à
 * 23 h 45, … »): the in-order alignment leaves them unpaired.
 */
const MOVABLE: ReadonlySet<Family> = new Set(['time', 'percent', 'quarter', 'ordinal']);

/**
 * The one figure of a movable kind each version's paragraph has left
 * unpaired, paired with each other when they disagree: a time, a
 * percentage or a temperature the translator moved and that also changed.
 */
function reordered(na: readonly NumberMention[], nb: readonly NumberMention[], aligned: ReadonlyArray<readonly [NumberMention, NumberMention, number]>): Array<[NumberMention, NumberMention, number]> {
  const paired = new Set<NumberMention>(aligned.flatMap(([x, y]) => [x, y]));
  const out: Array<[NumberMention, NumberMention, number]> = [];
  // A quantity with its unit (38.7 °C, 226 km) moves as a time does.
  const kindOf = (n: NumberMention): string | undefined => (MOVABLE.has(family(n)) ? family(n) : family(n) === 'count' && n.measure !== undefined && n.kind !== 'word' ? `count ${n.measure}` : undefined);
  const kinds = new Set([...na, ...nb].filter((n) => !paired.has(n)).map(kindOf));
  for (const f of kinds) {
    if (f === undefined) continue;
    const xs = na.filter((n) => kindOf(n) === f && !paired.has(n));
    const ys = nb.filter((n) => kindOf(n) === f && !paired.has(n));
    const [x] = xs;
    const [y] = ys;
    if (xs.length !== 1 || ys.length !== 1 || x === undefined || y === undefined) continue;
    const c = cost(x, y);
    if (c !== undefined && c > 0) out.push([x, y, c]);
  }
  return out;
}

/** The unit word right after a mention ("tonnes", « heures »): where a unit slipped, it is what differs. */
const UNIT_WORD = /^[ \u00A0\u202F-]?(?:(?:de|of)[ \u00A0\u202F]|d['’])?[\p{L}\p{M}]+(?:\/h(?![\p{L}]))?(?:[ \u00A0\u202F](?:carrés?|cubes?|miles?|kilomet(?:er|re)s?|met(?:er|re)s?|feet|points?|de[ \u00A0\u202F](?:base|pourcentage))(?![\p{L}]))?/u;

/** The same figure of two units, time or measure: "15 days" / « 15 heures », "650,000 tonnes" / « 650 000 barils ». */
function unitSlipped(x: NumberMention, y: NumberMention): boolean {
  return same(x.value, y.value) && ((x.measure !== undefined && y.measure !== undefined && x.measure !== y.measure) || otherUnits(x.counts, y.counts) || measureAgainstUnit(x, y) || measureAgainstUnit(y, x));
}

/** A measure ("650,000 tonnes") against a count of a unit that is no measure of ours (« 650 000 barils »). */
function measureAgainstUnit(x: NumberMention, y: NumberMention): boolean {
  return x.measure !== undefined && y.measure === undefined && unitsCounted(y.counts);
}

function unitFinding(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: NumberMention, y: NumberMention): RawFinding {
  const end = (article: Article, n: NumberMention): number => n.end + (UNIT_WORD.exec(article.prose.slice(n.end, n.end + 40))?.[0].length ?? 0);
  const yEnd = end(other.article, y);
  const said = other.article.prose.slice(y.start, yEnd);
  // The unit said as the other version's, the figure kept (numbers/unitRewrite.ts); none where either unit has no plain word.
  const own = rewriteUnit(self.article.prose, x, y.measure, self.article.language);
  const theirs = rewriteUnit(other.article.prose, y, x.measure, other.article.language);
  return {
    rule: 'translation.number',
    message: say(locale, {
      en: `The unit differs from ${namedVersion('en', other)}, which says "${said}".`,
      fr: `L’unité diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${said}\u00a0».`,
    }),
    path: self.article.path,
    start: x.start,
    end: end(self.article, x),
    related: [{ path: other.article.path, start: y.start, end: yEnd, message: say(locale, { en: `The quantity in ${namedVersion('en', other)}`, fr: `La quantité dans ${namedVersion('fr', other)}` }) }],
    fixes: rewriteFixes(locale, sourceLang, self, other, own, theirs),
  };
}

/**
 * An English bare figure whose counterpart the other version writes in words below ten ("188 votes to 16" /
 * « contre six »): the fix writes it in words too, as English copy spells out one to nine. French copy writes
 * figures as often (« en 4 doses » / "four doses"): its fix keeps them.
 */
function inWordsAsTheirs(x: NumberMention, y: NumberMention, self: DocumentContext): string | undefined {
  const bare = x.kind === 'plain' && x.measure === undefined && x.unit === undefined && x.scale === undefined;
  if (!bare || !self.article.language.toLowerCase().startsWith('en') || y.kind !== 'word' || !Number.isInteger(y.value) || y.value < 1 || y.value > 9) return undefined;
  return inWords(y.value, false);
}

function finding(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: NumberMention, y: NumberMention): RawFinding {
  if (unitSlipped(x, y)) return unitFinding(locale, sourceLang, self, other, x, y);
  // A version that writes « septante » or « nonante » gets its numbers in words that way.
  const belgian = (d: DocumentContext): boolean => /(?<![\p{L}])(?:septante|nonante)(?![\p{L}])/iu.test(d.article.prose);
  const own = inWordsAsTheirs(x, y, self) ?? rewriteNumber(x, y.value, self.article.language, decimalsOf(y), x.kind === 'word' && belgian(self), fourDigitGroup(self.article.prose));
  const theirs = inWordsAsTheirs(y, x, other) ?? rewriteNumber(y, x.value, other.article.language, decimalsOf(x), y.kind === 'word' && belgian(other), fourDigitGroup(other.article.prose));
  // rewriteNumber states the whole mention ("$4.3 million"): it replaces the whole mention, and the English article before it
  // when the new figure is said with another ("an 84% increase" for 48 is "a 48% increase").
  const ownEdit = { path: self.article.path, end: x.end, ...withArticle(self.article, x.start, own ?? '') };
  const otherEdit = { path: other.article.path, end: y.end, ...withArticle(other.article, y.start, theirs ?? '') };
  // A value one side's scale cannot state ("7" before "milliards") gets no fix that way.
  const [ownFix, otherFix] = disagreementFixes(locale, sourceLang, other, ownEdit, otherEdit);
  // In another unit (°F against °C) the other side's figure is no fix.
  // Nor is it in another currency: which one is meant is the editor's call.
  const otherCurrency = x.unit !== undefined && y.unit !== undefined && x.unit !== y.unit && !someDollar(x, y);
  const sameUnit = (x.measure === undefined || y.measure === undefined || x.measure === y.measure) && !otherCurrency;
  const fixes = sameUnit ? [...(own !== undefined && ownFix ? [ownFix] : []), ...(theirs !== undefined && otherFix ? [otherFix] : [])] : otherCurrency ? currencyFixes(locale, sourceLang, self, other, x, y) : [];
  return {
    rule: 'translation.number',
    message: otherCurrency
      ? say(locale, {
          en: `This amount is in another currency than in ${namedVersion('en', other)}, which says "${y.text}" (${currencyName('en', y.unit)}, not ${currencyName('en', x.unit)}).`,
          fr: `Ce montant n’est pas dans la même monnaie que dans ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0» (${currencyName('fr', y.unit)}, pas ${currencyName('fr', x.unit)}).`,
        })
      : say(locale, {
          en: `This number differs from ${namedVersion('en', other)}, which says "${y.text}".`,
          fr: `Ce nombre diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0».`,
        }),
    path: self.article.path,
    start: x.start,
    // In another currency, the currency's word after the figure is part of what differs ("185 million pounds").
    end: otherCurrency ? Math.max(x.end, rewriteCurrency(self.article.prose, x, y.unit, self.article.language)?.end ?? x.end) : x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The number in ${namedVersion('en', other)}`, fr: `Le nombre dans ${namedVersion('fr', other)}` }) }],
    fixes,
  };
}

/** Currencies as an editor calls them, by the code numberMentions gives them. */
const CURRENCY_NAMES: Readonly<Record<string, readonly [en: string, fr: string]>> = {
  USD: ['US dollars', 'dollars américains'],
  DOLLAR: ['dollars', 'dollars'],
  EUR: ['euros', 'euros'],
  GBP: ['pounds', 'livres'],
  CENT: ['cents', 'centimes'],
  CFA: ['CFA francs', 'francs CFA'],
  CHF: ['Swiss francs', 'francs suisses'],
  [SOME_FRANC]: ['francs', 'francs'],
  JPY: ['yen', 'yens'],
  CNY: ['yuan', 'yuans'],
  KRW: ['won', 'wons'],
  NGN: ['naira', 'nairas'],
  ZAR: ['rand', 'rands'],
  GHS: ['cedis', 'cedis'],
  RUB: ['roubles', 'roubles'],
  UAH: ['hryvnias', 'hryvnias'],
  BRL: ['reais', 'réaux'],
  PLN: ['zlotys', 'zlotys'],
  HUF: ['forints', 'forints'],
  crown: ['crowns', 'couronnes'],
  ETB: ['birr', 'birrs'],
  dirham: ['dirhams', 'dirhams'],
  shilling: ['shillings', 'shillings'],
  rupee: ['rupees', 'roupies'],
  riyal: ['riyals', 'riyals'],
  dinar: ['dinars', 'dinars'],
  kwacha: ['kwacha', 'kwachas'],
  peso: ['pesos', 'pesos'],
};

function currencyName(locale: 'en' | 'fr', code: string | undefined): string {
  const names = code === undefined ? undefined : CURRENCY_NAMES[code];
  return names === undefined ? (code ?? '') : names[locale === 'fr' ? 1 : 0];
}

/**
 * The same figure in another currency ("30,000 dollars" / « 30 000 euros »): each version's currency said as the
 * other's (numbers/currencyRewrite.ts), the figure kept. A figure that differs too gets no fix: it is two slips.
 */
function currencyFixes(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: NumberMention, y: NumberMention): RawFinding['fixes'] {
  if (Math.abs(x.value - y.value) > 1e-9 * Math.max(1, Math.abs(x.value))) return [];
  const own = rewriteCurrency(self.article.prose, x, y.unit, self.article.language);
  const theirs = rewriteCurrency(other.article.prose, y, x.unit, other.article.language);
  return rewriteFixes(locale, sourceLang, self, other, own, theirs);
}
