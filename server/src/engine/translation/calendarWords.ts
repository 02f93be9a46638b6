import { datesIn } from '../articleDates';
import type { DateMention } from '../dates/dateMentions';
import { applyCase, caseOf, dateNames, fold } from '../dates/dateNames';
import { isLetterOrMark } from '../letterClass';
import { say } from '../messages';
import { startsSentence } from '../sentenceStart';
import type { DocumentContext, TranslationContext } from '../rules/rule';
import { weekdayOf } from '../dates/weekday';
import type { Article, Fix, Lang, Locale, Paragraph, RawFinding } from '../types';
import { alignedParagraphs, disagreementFixes, MOVED_BELOW, namedVersion, versionPairs } from './versionPairs';

// Weekdays and months named without a full date ("on Tuesday" / "mardi",
// "in March" / "en mars"): a translator who writes another day or month has
// changed the story as surely as one who changes a date. Only a contradiction
// counts: both versions name one in the same place and they differ, and
// neither is named in the other version nearby (translators move sentences).
// A version that leaves the day out, or writes "the day before", says
// nothing against the other.

export type CalendarKind = 'weekday' | 'month';

export interface CalendarWord {
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday for weekdays; 1 = January for months. */
  value: number;
  /** The full date the word is part of ("Thursday, April 24"), if any. */
  date: DateMention | undefined;
}

// Full names only: "mar." is mardi or mars, "Sat." may end a sentence.
// ASCII word boundaries: every name begins and ends with an ASCII letter, and
// a search without the Unicode flag runs several times faster over a long text.
const WORDS: Readonly<Record<string, Readonly<Record<CalendarKind, RegExp>>>> = {
  en: {
    weekday: /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g,
    // Capitalised: "may" and "march" are other words.
    month: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  },
  fr: {
    weekday: /\b(?:[lL]undi|[mM]ardi|[mM]ercredi|[jJ]eudi|[vV]endredi|[sS]amedi|[dD]imanche)\b(?!-)/g,
    // Small letters: "Mars" is the planet.
    month: /\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/g,
  },
};

const cache = new WeakMap<Article, Map<CalendarKind, CalendarWord[][]>>();

/** The weekdays or months a paragraph names in full, with the date each is part of. */
function calendarWordsIn(article: Article, p: Paragraph, kind: CalendarKind): CalendarWord[] {
  let byKind = cache.get(article);
  if (!byKind) {
    byKind = new Map();
    cache.set(article, byKind);
  }
  let byParagraph = byKind.get(kind);
  if (!byParagraph) {
    byParagraph = wordsByParagraph(article, kind);
    byKind.set(kind, byParagraph);
  }
  return byParagraph[p.index] ?? [];
}

/** One search of the whole text, each word filed under its paragraph. */
function wordsByParagraph(article: Article, kind: CalendarKind): CalendarWord[][] {
  const out: CalendarWord[][] = article.paragraphs.map(() => []);
  const lang = baseLang(article.language);
  const re = lang ? WORDS[lang]?.[kind] : undefined;
  const names = dateNames(article.language);
  if (!re || !names) return out;
  const paragraphs = article.paragraphs;
  let k = 0;
  re.lastIndex = 0;
  for (let m = re.exec(article.prose); m; m = re.exec(article.prose)) {
    const word = m[0];
    const start = m.index;
    // ASCII boundaries let "mai" out of « maïs »: a letter beyond the ASCII ones on either side is part of the word.
    if (isLetterOrMark(article.prose.charCodeAt(start + word.length)) || (start > 0 && isLetterOrMark(article.prose.charCodeAt(start - 1)))) continue;
    while (k < paragraphs.length && (paragraphs[k]?.end ?? 0) < start + word.length) k++;
    const p = paragraphs[k];
    if (!p) break;
    if (start < p.start) continue;
    // "May" and "March" open sentences as a verb does ("May God…", "March on").
    if (kind === 'month' && lang === 'en' && (word === 'May' || word === 'March') && startsSentence(article.prose, start)) continue;
    const value = kind === 'weekday' ? names.weekdayLookup.get(fold(word))?.weekday : names.monthLookup.get(fold(word))?.month;
    if (value === undefined) continue;
    const dates = datesIn(article, p.index);
    out[p.index]?.push({ start, end: start + word.length, text: word, value, date: dates.find((d) => d.start <= start && start + word.length <= d.end) });
  }
  return out;
}

function baseLang(lang: Lang): 'en' | 'fr' | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'fr' ? base : undefined;
}

/**
 * The contradictions of `kind` between every pair of versions, each reported
 * in both versions. Words outside full dates are compared with words outside
 * full dates; a date that differs is translation.date's. A weekday in a date
 * is compared with the weekday of the same date in the other version
 * ("Thursday, April 24" / "mercredi 24 avril").
 */
export function calendarContradictions(ctx: TranslationContext, kind: CalendarKind, rule: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const [a, b] of versionPairs(ctx)) {
    const pairs = alignedParagraphs(a, b);
    // A word its paragraph's counterpart names too is that paragraph's ("a rise in June" / « une hausse en juin »):
    // it moved nowhere, and says nothing of the paragraphs beside it.
    const settled = new Set<CalendarWord>();
    for (const pair of pairs) {
      if (pair.confidence < MOVED_BELOW) continue;
      const wb = calendarWordsIn(b.article, pair.b, kind).filter((w) => w.date === undefined);
      for (const x of calendarWordsIn(a.article, pair.a, kind)) {
        const y = x.date === undefined ? wb.find((w) => !settled.has(w) && w.value === x.value) : undefined;
        if (y) settled.add(x).add(y);
      }
    }
    // Named without a date near there: a sentence that moved takes its day or month along.
    const near = (self: DocumentContext, index: number): CalendarWord[] =>
      self.article.paragraphs
        .filter((p) => Math.abs(p.index - index) <= 1)
        .flatMap((p) => calendarWordsIn(self.article, p, kind).filter((w) => p.index === index || !settled.has(w)))
        .filter((w) => w.date === undefined);
    for (const pair of pairs) {
      // Two paragraphs that may have moved, split or merged do not say the same thing.
      if (pair.confidence < MOVED_BELOW) continue;
      const wa = calendarWordsIn(a.article, pair.a, kind);
      const wb = calendarWordsIn(b.article, pair.b, kind);
      if (wa.length === 0 || wb.length === 0) continue;
      const found: Array<[CalendarWord, CalendarWord]> = [];
      const usedB = new Set<CalendarWord>();
      if (kind === 'weekday') {
        // The same day in both versions, each with its weekday: those two are
        // compared, an end of a range included (« du lundi 27 octobre au
        // dimanche 9 novembre » against "Sunday, November 9").
        for (const x of wa) {
          const dx = dayOf(x);
          const y = dx ? wb.find((w) => !usedB.has(w) && sameDay(dx, dayOf(w))) : undefined;
          if (!y) continue;
          usedB.add(y);
          if (x.value !== y.value) found.push([x, y]);
        }
      }
      const nearA = near(a, pair.a.index).map((w) => w.value);
      const nearB = near(b, pair.b.index).map((w) => w.value);
      const onlyA = wa.filter((w) => w.date === undefined && !nearB.includes(w.value));
      const onlyB = wb.filter((w) => w.date === undefined && !nearA.includes(w.value));
      for (let k = 0; k < Math.min(onlyA.length, onlyB.length); k++) found.push([onlyA[k] as CalendarWord, onlyB[k] as CalendarWord]);
      for (const [x, y] of found) out.push(finding(ctx.locale, ctx.sourceLang, kind, rule, a, b, x, y), finding(ctx.locale, ctx.sourceLang, kind, rule, b, a, y, x));
    }
  }
  return out;
}

/** The month and day a weekday word names: the date it is part of, or the end of the range it stands before. */
function dayOf(w: CalendarWord): { month: number; day: number } | undefined {
  const d = w.date;
  if (!d) return undefined;
  const field = d.fields.find((f) => f.role === 'weekday' && f.start === w.start);
  // A range's weekdays count only one on each side, each before its own day (« du lundi 27 octobre au dimanche 9
  // novembre »): "Monday–Tuesday, December 22–23" reads as one weekday and may name either day.
  const weekdays = d.fields.filter((f) => f.role === 'weekday');
  if (!field || (d.to !== undefined ? weekdays.length !== 2 || weekdays[0]?.side !== 'from' || weekdays[1]?.side !== 'to' : weekdays.length !== 1)) return undefined;
  const point = field.side === 'to' ? d.to : d.from;
  const month = point?.written.month ?? point?.value.month;
  const day = point?.written.day;
  return month !== undefined && day !== undefined ? { month, day } : undefined;
}

function sameDay(x: { month: number; day: number }, y: { month: number; day: number } | undefined): boolean {
  return y !== undefined && x.month === y.month && x.day === y.day;
}

/** `value` named in `lang`, in the case `like` is written in. */
function nameIn(lang: Lang, kind: CalendarKind, value: number, like: string): string {
  const names = dateNames(lang);
  const word = (kind === 'weekday' ? names?.weekdays[value] : names?.months[value - 1]) ?? '';
  // English names are capitalised whatever the case of the word they replace.
  return baseLang(lang) === 'en' && caseOf(like) === 'lower' ? applyCase(word, 'capital') : applyCase(word, caseOf(like));
}

function finding(locale: Locale, sourceLang: string | undefined, kind: CalendarKind, rule: string, self: DocumentContext, other: DocumentContext, x: CalendarWord, y: CalendarWord): RawFinding {
  const own = nameIn(self.article.language, kind, y.value, x.text);
  const theirs = nameIn(other.article.language, kind, x.value, y.text);
  const ownEdit = { path: self.article.path, start: x.start, end: x.end, newText: own };
  const otherEdit = { path: other.article.path, start: y.start, end: y.end, newText: theirs };
  const inLocale = nameIn(locale, kind, y.value, locale === 'fr' ? 'x' : 'X');
  // "which says "Friday"", not "which says "Friday" (Friday)".
  const gloss = inLocale.toLowerCase() === y.text.toLowerCase() ? '' : ` (${inLocale})`;
  return {
    rule,
    message:
      kind === 'weekday'
        ? say(locale, {
            en: `This day differs from ${namedVersion('en', other)}, which says "${y.text}"${gloss}.`,
            fr: `Ce jour diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0»${gloss}.`,
          })
        : say(locale, {
            en: `This month differs from ${namedVersion('en', other)}, which says "${y.text}"${gloss}.`,
            fr: `Ce mois diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${y.text}\u00a0»${gloss}.`,
          }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The ${kind} in ${namedVersion('en', other)}`, fr: `${kind === 'weekday' ? 'Le jour' : 'Le mois'} dans ${namedVersion('fr', other)}` }) }],
    fixes: kind === 'weekday' ? withCalendar(disagreementFixes(locale, sourceLang, other, ownEdit, otherEdit), x, y) : disagreementFixes(locale, sourceLang, other, ownEdit, otherEdit),
  };
}

/**
 * The weekday of a full date that the calendar confirms is the right one,
 * whatever the source language: "Wednesday, Oct. 16" / « jeudi 16 octobre »
 * in 2024 makes the French fix preferred and the English one not.
 */
function withCalendar(fixes: Fix[], x: CalendarWord, y: CalendarWord): Fix[] {
  const [own, theirs] = fixes;
  // Only a year the date writes: one implied from another date of the story may be the wrong year.
  const actual = (w: CalendarWord): number | undefined => {
    const v = w.date?.to === undefined && w.date?.from.written.year !== undefined ? w.date.from.value : undefined;
    return v?.year === undefined || v.month === undefined || v.day === undefined ? undefined : weekdayOf(v.year, v.month, v.day);
  };
  const [ax, ay] = [actual(x), actual(y)];
  const [fx, fy] = [ax === undefined ? undefined : ax === x.value, ay === undefined ? undefined : ay === y.value];
  if (!own) return fixes;
  // A weekday its own dated day contradicts is never copied into the other version, whatever the source
  // language; the other's is taken instead where the calendar agrees with it.
  // (Each version's finding prefers only its own fix, so one edit is never applied twice.)
  if (fx === false && fy !== false) return [{ ...own, preferred: y.value === ax }, ...(theirs ? [{ ...theirs, preferred: false }] : []), ...fixes.slice(2)];
  if (fy === false && fx !== false) return [{ ...own, preferred: false }, ...fixes.slice(1)];
  return fixes;
}
