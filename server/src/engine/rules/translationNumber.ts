import { datesIn } from '../articleDates';
import { say } from '../messages';
import { rewriteNumber } from '../numbers/numberFormat';
import { extractNumbers, type NumberMention } from '../numbers/numberMentions';
import { alignMentions } from '../translation/mentionAlignment';
import { alignedParagraphs, disagreementFixes, namedVersion, MOVED_BELOW, versionPairs } from '../translation/versionPairs';
import type { Article, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// Numbers, amounts and percentages that disagree between versions, each read
// in its own language's conventions (1,500 / 1 500; 12.5% / 12,5 %; 2.3
// billion / 2,3 milliards), so a difference of notation is never an alarm.

const numbersCache = new WeakMap<Article, Map<number, NumberMention[]>>();

function numbersIn(article: Article, p: Paragraph): NumberMention[] {
  let byIndex = numbersCache.get(article);
  if (!byIndex) {
    byIndex = new Map();
    numbersCache.set(article, byIndex);
  }
  let found = byIndex.get(p.index);
  if (!found) {
    const dates = datesIn(article, p.index);
    found = extractNumbers(article.prose, p, article.language, dates).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
    byIndex.set(p.index, found);
  }
  return found;
}

type Family = 'count' | 'percent' | 'currency' | 'ordinal' | 'year' | 'duration' | 'decade';

function family(n: NumberMention): Family {
  return n.kind === 'plain' || n.kind === 'word' ? 'count' : n.kind;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function cost(x: NumberMention, y: NumberMention): number | undefined {
  if (family(x) !== family(y)) {
    // "at the 35-kilometer mark" / "au 35e kilomètre": the same figure, counted or ranked. Paired, never flagged.
    const counted = (n: NumberMention): boolean => family(n) === 'count' || family(n) === 'ordinal';
    return counted(x) && counted(y) && same(x.value, y.value) ? 0 : undefined;
  }
  // 113 °F is 45 °C; 15 days are not 72 hours.
  if (x.measure !== undefined && y.measure !== undefined && x.measure !== y.measure) {
    const celsius = (n: NumberMention): number | undefined => (n.measure === '°C' ? n.value : n.measure === '°F' ? ((n.value - 32) * 5) / 9 : undefined);
    const cx = celsius(x);
    const cy = celsius(y);
    if (cx === undefined || cy === undefined) return undefined;
    return Math.abs(cx - cy) < 1 ? 0 : 1;
  }
  // Amounts in two currencies are two amounts ("$29 billion (16 trillion CFA francs)"), unless the figure is the same.
  if (family(x) === 'currency' && x.unit && y.unit && x.unit !== y.unit) return same(x.value, y.value) ? 1 : undefined;
  // Number words are often paraphrased ("two-day" / "de deux jours"): pair them, never flag them.
  if (x.kind === 'word' || y.kind === 'word') return same(x.value, y.value) ? 0 : undefined;
  if (same(x.value, y.value) || roundedAlike(x, y)) return 0;
  // A mistranslated number is near its counterpart (265/256, 42/24) or has
  // the same digits at another scale (billion/billion in French). Numbers far
  // apart are two different quantities, one of them said in one version only
  // ("45°C (113°F)").
  const ratio = Math.max(Math.abs(x.value), Math.abs(y.value)) / Math.max(1e-9, Math.min(Math.abs(x.value), Math.abs(y.value)));
  return ratio <= 10 || sameDigits(x, y) ? 1 : undefined;
}

/**
 * One version rounds the other's figure and still states three significant
 * digits or more: "16.24 trillion" for "16 244 milliards". A figure rounded
 * further ("4 million" for "4.3 million") is a different figure.
 */
function roundedAlike(x: NumberMention, y: NumberMention): boolean {
  const [coarse, fine] = step(x) >= step(y) ? [x, y] : [y, x];
  const unit = step(coarse);
  if (significantDigits(coarse) < 3 || unit <= step(fine)) return false;
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
  examples: [{ lang: 'en', bad: 'with 500 billion CFA francs / avec 400 milliards de francs CFA', good: 'with 500 billion CFA francs / avec 500 milliards de francs CFA' }],
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
        for (const [x, y, c] of alignMentions(na, nb, cost, 1.5)) {
          if (c === 0) continue;
          // Translators reorder: when each value is stated on the other side too, nothing disagrees.
          if (nb.some((n) => cost(x, n) === 0) && na.some((n) => cost(n, y) === 0)) continue;
          // They also move, split and merge paragraphs: in a pair the alignment is unsure of,
          // two values each stated somewhere in the other version are two paragraphs paired wrongly.
          if (pair.confidence < MOVED_BELOW && allB().some((n) => cost(x, n) === 0) && allA().some((n) => cost(n, y) === 0)) continue;
          out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y), finding(ctx.locale, ctx.sourceLang, b, a, y, x));
        }
      }
    }
    return out;
  },
};

function finding(locale: 'en' | 'fr', sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: NumberMention, y: NumberMention): RawFinding {
  const own = rewriteNumber(x, y.value, self.article.language);
  const theirs = rewriteNumber(y, x.value, other.article.language);
  // rewriteNumber states the whole mention ("$4.3 million"): it replaces the whole mention.
  const ownEdit = { path: self.article.path, start: x.start, end: x.end, newText: own ?? '' };
  const otherEdit = { path: other.article.path, start: y.start, end: y.end, newText: theirs ?? '' };
  // A value one side's scale cannot state ("7" before "milliards") gets no fix that way.
  const [ownFix, otherFix] = disagreementFixes(locale, sourceLang, other, ownEdit, otherEdit);
  // In another unit (°F against °C) the other side's figure is no fix.
  // Nor is it in another currency: which one is meant is the editor's call.
  const otherCurrency = x.unit !== undefined && y.unit !== undefined && x.unit !== y.unit;
  const sameUnit = (x.measure === undefined || y.measure === undefined || x.measure === y.measure) && !otherCurrency;
  const fixes = sameUnit ? [...(own !== undefined && ownFix ? [ownFix] : []), ...(theirs !== undefined && otherFix ? [otherFix] : [])] : [];
  return {
    rule: 'translation.number',
    message: otherCurrency
      ? say(locale, {
          en: `This amount is in another currency than in ${namedVersion('en', other)}, which says "${y.text}" (${y.unit}, not ${x.unit}).`,
          fr: `Ce montant n’est pas dans la même monnaie que dans ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0» (${y.unit}, pas ${x.unit}).`,
        })
      : say(locale, {
          en: `This number differs from ${namedVersion('en', other)}, which says "${y.text}".`,
          fr: `Ce nombre diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0».`,
        }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The number in ${namedVersion('en', other)}`, fr: `Le nombre dans ${namedVersion('fr', other)}` }) }],
    fixes,
  };
}
