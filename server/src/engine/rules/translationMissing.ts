import { say } from '../messages';
import { datesIn } from '../articleDates';
import type { DateMention } from '../dates/dateMentions';
import { isMonthOrWeekday } from '../dates/dateNames';
import { isEditorialExtra } from '../translation/editorialExtras';
import { articleFingerprints, overlap, spanFingerprints } from '../translation/fingerprints';
import { sentenceGaps, type SentenceGap } from '../translation/sentenceGaps';
import { alignedParagraphs, medianRatio, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Paragraph, RawFinding, RelatedSpan, Span } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// A paragraph of one version with no counterpart in another: a late update
// never translated, a paragraph dropped in translation. A sentence left out
// of a paragraph is found by sentenceGaps.ts, in articles translated sentence
// for sentence. Translators also
// split and merge paragraphs, which is not an omission, so a paragraph left
// over by the alignment is only reported when the versions differ in
// paragraph count by exactly the number left over, it is long enough to
// matter, and its names and numbers are not those of a neighbour's
// counterpart (a split).

const MIN_LENGTH = 80;
/** A shorter paragraph matters when it states a number or a date ("Paper returns are due by May 20."). */
const MIN_LENGTH_WITH_NUMBER = 40;
/**
 * A shorter one still that names something ("He died of complications from AIDS.") where the other version's
 * paragraphs around it follow one another; a line that names nothing ("The ministry did not comment further.") a
 * translation may well leave out.
 */
const MIN_LENGTH_IN_GAP = 25;
const SPLIT_OVERLAP = 0.5;
/** A paragraph found elsewhere in the other version shares this many of its names and figures at least, and this share of the smaller set. */
const MOVED_SHARED = 3;
const MOVED_OVERLAP = 0.6;

function movedTo(marks: ReadonlySet<string>, there: ReadonlySet<string>): boolean {
  let shared = 0;
  // An entity's mark (@) comes with its name's: one thing, counted once.
  const named = (ms: ReadonlySet<string>): number => [...ms].filter((m) => !m.startsWith('@')).length;
  for (const m of marks) {
    // Its figures all go with it (names like the president's recur in every paragraph).
    if (m.startsWith('#') && !there.has(m)) return false;
    if (there.has(m) && !m.startsWith('@')) shared++;
  }
  return shared >= MOVED_SHARED && shared / Math.max(1, Math.min(named(marks), named(there))) >= MOVED_OVERLAP;
}

export const translationMissing: TranslationRule = {
  id: 'translation.missing',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A paragraph of one version, or a sentence of one of its paragraphs, has no counterpart in another version of the article. It is reported in both: on the paragraph or sentence, and where it would come in the version that lacks it.',
    fr: 'Un paragraphe d’une version, ou une phrase de l’un de ses paragraphes, n’a pas d’équivalent dans une autre version de l’article. Il est signalé dans les deux\u00a0: sur le paragraphe ou la phrase, et là où il viendrait dans la version qui n’en a pas.',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      const pairs = alignedParagraphs(a, b);
      const ratio = medianRatio(pairs.map((p) => [p.a, p.b] as const));
      const { inA, inB } = sentenceGaps(a.article, b.article, pairs, ratio, a.entities);
      // A paragraph one version has alone, whose figures are a sentence the other version has alone in a paragraph
      // elsewhere, moved into that paragraph ("Leaders also committed to spend at least 2 percent of GDP…" /
      // « … Les dirigeants se sont également engagés à consacrer au moins 2 % du PIB… »): neither is missing.
      const moved = new Set<SentenceGap>();
      const intoA = (p: Paragraph): boolean => movedIntoSentence(b, a, p, inA, 1 / ratio, moved);
      const intoB = (p: Paragraph): boolean => movedIntoSentence(a, b, p, inB, ratio, moved);
      out.push(...unpaired(ctx.locale, a, b, new Set(pairs.map((p) => p.a.index)), pairs.map((p) => [p.a, p.b] as const), intoB));
      out.push(...unpaired(ctx.locale, b, a, new Set(pairs.map((p) => p.b.index)), pairs.map((p) => [p.b, p.a] as const), intoA));
      for (const gap of inA) if (!moved.has(gap)) out.push(...sentenceFindings(ctx.locale, a, b, gap));
      for (const gap of inB) if (!moved.has(gap)) out.push(...sentenceFindings(ctx.locale, b, a, gap));
    }
    return out;
  },
};

/**
 * Whether the paragraph `p` of `self` went into one of `gaps`' sentences of `other` (sentences `other` has alone):
 * the sentence states every figure `p` states, one at least, and is as long as `p` translated (`ratio`). The gap
 * found is added to `moved`.
 */
function movedIntoSentence(self: DocumentContext, other: DocumentContext, p: Paragraph, gaps: readonly SentenceGap[], ratio: number, moved: Set<SentenceGap>): boolean {
  const figures = [...spanFingerprints(self.article, p, self.entities)].filter((m) => m.startsWith('#'));
  if (figures.length === 0) return false;
  const want = ratio * (p.end - p.start);
  const gap = gaps.find((g) => {
    if (!g.sentence || moved.has(g)) return false;
    const length = g.sentence.end - g.sentence.start;
    const there = spanFingerprints(other.article, g.sentence, other.entities);
    return length >= 0.6 * want && length <= 1.6 * want && figures.every((m) => there.has(m));
  });
  if (gap) moved.add(gap);
  return gap !== undefined;
}

function unpaired(
  locale: 'en' | 'fr',
  self: DocumentContext,
  other: DocumentContext,
  paired: ReadonlySet<number>,
  pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>,
  movedInto: (p: Paragraph) => boolean,
): RawFinding[] {
  // Corrections, captions and credit lines are one version's own: neither missing nor counted.
  const own = self.article.paragraphs.filter((p) => !isEditorialExtra(self.article, p));
  const theirs = other.article.paragraphs.filter((p) => !isEditorialExtra(other.article, p));
  const left = own.filter((p) => !paired.has(p.index));
  if (left.length === 0 || own.length - theirs.length !== left.length) return [];
  const out: RawFinding[] = [];
  let marksThere: ReadonlySet<string> | undefined;
  const otherMarks = (): ReadonlySet<string> => (marksThere ??= articleFingerprints(other.article, other.entities));
  // How many paragraphs of the other version state each mark.
  let spread: Map<string, number> | undefined;
  const recurring = (m: string): boolean => {
    if (!spread) {
      spread = new Map();
      for (const q of theirs) for (const k of spanFingerprints(other.article, q, other.entities)) spread.set(k, (spread.get(k) ?? 0) + 1);
    }
    return (spread.get(m) ?? 0) >= 2;
  };
  let datesThere: Set<string> | undefined;
  const otherDates = (): Set<string> => (datesThere ??= new Set(theirs.flatMap((q) => datesIn(other.article, q.index)).map(dateKey)));
  for (const p of left) {
    if (p.kind === 'headline' || p.kind === 'heading') continue;
    const marks = spanFingerprints(self.article, p, self.entities);
    const length = p.end - p.start;
    if (length < MIN_LENGTH && (length < MIN_LENGTH_WITH_NUMBER || ![...marks].some((m) => m.startsWith('#'))) && !(length >= MIN_LENGTH_IN_GAP && marks.size > 0 && inGap(p, pairs, theirs))) continue;
    // Everything it states is stated somewhere in the other version: a paragraph
    // moved, or merged into another, not left out.
    // (A month written with a capital in English is a date, compared as one.)
    const stated = [...marks].filter((m) => !isMonthOrWeekday(m));
    const dates = datesIn(self.article, p.index);
    // A paragraph that states no name, figure or date ("The opposition denounced an institutional coup.") may
    // have been merged into a neighbour; it was left out when neither neighbour's counterpart grew by it.
    // Names the other version writes in several paragraphs (the story's "Lula") say no more than no name: a quote
    // ("Hunger is not a result of scarcity," Lula told the leaders.) is judged as a paragraph with none.
    const telling = stated.filter((m) => !m.startsWith('@') && !recurring(m));
    if ((stated.length === 0 || (telling.length === 0 && stated.every((m) => !m.startsWith('#')))) && dates.length === 0) {
      if (!pairs.some(([x]) => x.index === p.index - 1) || grewBy(p, pairs)) continue;
    } else if (!stated.some((m) => !otherMarks().has(m)) && !dates.some((d) => !otherDates().has(dateKey(d))) && mergedSomewhere(p, stated, other, pairs)) continue;
    // Moved elsewhere: a paragraph of the other version states most of what it states, anywhere in the article
    // (background an adapted French puts after the next paragraph: "Barnier, 73, a former Brexit negotiator…").
    // The story's names, which the other version writes in paragraph after paragraph ("Mali, Burkina Faso and Niger"), tell
    // no paragraph from another: a paragraph that states anything else is found by that.
    const untold = (ms: ReadonlySet<string>): ReadonlySet<string> => (telling.length > 0 ? new Set([...ms].filter((m) => m.startsWith('#') || !recurring(m))) : ms);
    const ownMarks = untold(marks);
    if (theirs.some((q) => movedTo(ownMarks, untold(spanFingerprints(other.article, q, other.entities))))) continue;
    const neighbours = pairs.filter(([x]) => Math.abs(x.index - p.index) === 1).map(([, y]) => y);
    // A split shares its marks with a neighbour's counterpart; one mark shared (the story's "WHO") says so only
    // if that counterpart also grew by the paragraph's length.
    const own = withoutYears(ownMarks);
    const splitInto = (n: Paragraph): boolean => {
      const theirsMarks = withoutYears(untold(spanFingerprints(other.article, n, other.entities)));
      if (overlap(own, theirsMarks) < SPLIT_OVERLAP) return false;
      // An entity's mark (@) comes with its name's: one thing, counted once.
      // Two names shared say so if that counterpart grew at all by the paragraph: a one-sentence quote left out
      // ("They never imagined…," López Obrador said.) shares the name of the one before it, which did not grow.
      return ([...own].filter((m) => !m.startsWith('@') && theirsMarks.has(m)).length >= 2 && grewAt(n, p, pairs, 0.2)) || grewBy(p, pairs);
    };
    if (neighbours.some(splitInto) || movedInto(p)) continue;
    out.push({
      rule: 'translation.missing',
      message: say(locale, {
        en: `This paragraph has no counterpart in ${namedVersion('en', other)}: was it added after translation, or left out of it?`,
        fr: `Ce paragraphe n’a pas d’équivalent dans ${namedVersion('fr', other)}\u00a0: a-t-il été ajouté après la traduction, ou oublié\u00a0?`,
      }),
      path: self.article.path,
      start: p.start,
      end: p.end,
      related: gapIn(locale, other, pairs, p),
      fixes: [],
    });
    const gap = gapFinding(locale, self, other, pairs, p);
    if (gap) out.push(gap);
  }
  return out;
}

/**
 * The same omission seen from the version that lacks the paragraph, where
 * its translator is at work: on the first word of the paragraph it would
 * come before (or the last word of the one it would follow, at the end).
 */
function gapFinding(locale: 'en' | 'fr', self: DocumentContext, other: DocumentContext, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>, p: Paragraph): RawFinding | undefined {
  const prose = other.article.prose;
  const next = pairs.find(([x]) => x.index > p.index)?.[1];
  const previous = [...pairs].reverse().find(([x]) => x.index < p.index)?.[1];
  const span = next ? firstWord(prose, next) : previous ? lastWord(prose, previous) : undefined;
  if (!span) return undefined;
  const excerpt = excerptOf(self.article.prose, p);
  const version = (l: 'en' | 'fr'): string => namedVersion(l, self);
  return {
    rule: 'translation.missing',
    message: next
      ? say(locale, {
          en: `Before this paragraph, ${version('en')} has one with no counterpart here: "${excerpt}". Was it left out of this version, or added to that one after translation?`,
          fr: `Avant ce paragraphe, ${version('fr')} en a un sans équivalent ici\u00a0: «\u00a0${excerpt}\u00a0». A-t-il été oublié dans cette version, ou ajouté à l’autre après la traduction\u00a0?`,
        })
      : say(locale, {
          en: `After this paragraph, ${version('en')} has one with no counterpart here: "${excerpt}". Was it left out of this version, or added to that one after translation?`,
          fr: `Après ce paragraphe, ${version('fr')} en a un sans équivalent ici\u00a0: «\u00a0${excerpt}\u00a0». A-t-il été oublié dans cette version, ou ajouté à l’autre après la traduction\u00a0?`,
        }),
    path: other.article.path,
    start: span.start,
    end: span.end,
    related: [{ path: self.article.path, start: p.start, end: p.end, message: say(locale, { en: 'The paragraph', fr: 'Le paragraphe' }) }],
    fixes: [],
  };
}

/**
 * Whether `p` stands where the other version has no paragraph at all: the
 * paragraphs before and after it are paired with two paragraphs that follow
 * one another there (or, for a last paragraph, the one before it with the
 * other version's last). Between two such pairs, even a short paragraph
 * left over was left out, not merged or moved.
 */
function inGap(p: Paragraph, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>, theirs: readonly Paragraph[]): boolean {
  const before = pairs.find(([x]) => x.index === p.index - 1)?.[1];
  if (!before) return false;
  const after = pairs.find(([x]) => x.index > p.index);
  if (after === undefined) return before.index === theirs[theirs.length - 1]?.index;
  return after[0].index === p.index + 1 && theirs.findIndex((q) => q.index === after[1].index) === theirs.findIndex((q) => q.index === before.index) + 1;
}

/**
 * Whether the counterpart of a paragraph beside `p` is longer than the
 * article's translations make it by half of `p` at least: `p` may be merged
 * into it. Lengths are compared by the median ratio of the paired paragraphs,
 * so French running longer than English says nothing.
 */
function grewBy(p: Paragraph, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>): boolean {
  const ratio = medianRatio(pairs);
  return pairs.some(([x, y]) => Math.abs(x.index - p.index) === 1 && lengthOf(y) - ratio * lengthOf(x) >= 0.5 * ratio * lengthOf(p));
}

/**
 * Whether what `p` states may have gone into the other version's paragraphs
 * that state it: one of them is paired with none of this version's, or is
 * longer than its pair by half of `p`. A last paragraph whose year and
 * country the lead states too ("… its first fields in 2024") went nowhere.
 */
function mergedSomewhere(p: Paragraph, stated: readonly string[], other: DocumentContext, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>): boolean {
  const ratio = medianRatio(pairs);
  const holds = (q: Paragraph): boolean => {
    const marks = spanFingerprints(other.article, q, other.entities);
    return stated.some((m) => marks.has(m));
  };
  const paired = new Set(pairs.map(([, y]) => y.index));
  if (other.article.paragraphs.some((q) => !paired.has(q.index) && !isEditorialExtra(other.article, q) && holds(q))) return true;
  return pairs.some(([x, y]) => holds(y) && lengthOf(y) - ratio * lengthOf(x) >= 0.5 * ratio * lengthOf(p));
}

/** Whether the paragraph `n` of the other version is longer than its counterpart by `share` of `p` at least. */
function grewAt(n: Paragraph, p: Paragraph, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>, share: number): boolean {
  const ratio = medianRatio(pairs);
  return pairs.some(([x, y]) => y.index === n.index && lengthOf(y) - ratio * lengthOf(x) >= share * ratio * lengthOf(p));
}

const lengthOf = (q: Paragraph): number => q.end - q.start;

/** The first word of `span`, where a note on what would come before it stands. */
const firstWord = (prose: string, span: Span): Span => ({ start: span.start, end: span.start + (/^\S+/u.exec(prose.slice(span.start, span.end))?.[0].length ?? 1) });
/** The last word of `span`, where a note on what would come after it stands. */
const lastWord = (prose: string, span: Span): Span => ({ start: span.end - (/\S+$/u.exec(prose.slice(span.start, span.end))?.[0].length ?? 1), end: span.end });

/** What a note quotes of a passage: its first 60 characters or so, cut at a word. */
function excerptOf(prose: string, span: Span): string {
  const text = prose.slice(span.start, span.end).trim();
  return text.length > 60 ? `${text.slice(0, 60).replace(/\s+\S*$/u, '')}…` : text;
}

/** A date as a value: "May 20, 2025" and "20 mai 2025" alike. */
function dateKey(d: DateMention): string {
  const v = d.from.value;
  const w = d.to?.value;
  return `${v.year ?? ''}-${v.month ?? ''}-${v.day ?? ''}/${w?.year ?? ''}-${w?.month ?? ''}-${w?.day ?? ''}`;
}

/**
 * A split shares what it says with the paragraph it came from; a year is
 * shared by half the paragraphs of a story ("by May 20, 2025" and "June 5,
 * 2025" are not one paragraph split in two).
 */
function withoutYears(marks: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of marks) if (!/^#(?:19|20)\d\d$/.test(m)) out.add(m);
  return out;
}

/** Where the paragraph would go in the other version: after the counterpart of the one before it. */
function gapIn(locale: 'en' | 'fr', other: DocumentContext, pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>, p: Paragraph): RelatedSpan[] {
  const before = [...pairs].reverse().find(([x]) => x.index < p.index);
  if (!before) return [{ path: other.article.path, start: 0, end: 0, message: say(locale, { en: 'It would come first here', fr: 'Il viendrait en tête ici' }) }];
  const [, there] = before;
  return [{ path: other.article.path, start: there.start, end: there.end, message: say(locale, { en: 'It would come after this paragraph', fr: 'Il viendrait après ce paragraphe' }) }];
}

/** A sentence left out of a paragraph, reported in both versions: on the sentence, and where it would come. */
function sentenceFindings(locale: 'en' | 'fr', self: DocumentContext, other: DocumentContext, gap: SentenceGap): RawFinding[] {
  const prose = other.article.prose;
  if (!gap.sentence) {
    // Which sentence is the one the lengths do not say: the paragraph, and the start of its counterpart.
    const there = firstWord(prose, gap.without);
    return [
      {
        rule: 'translation.missing',
        message: say(locale, {
          en: `This paragraph has one sentence more than its counterpart in ${namedVersion('en', other)}, which is shorter by about that much: was one left out of it, or added after translation?`,
          fr: `Ce paragraphe a une phrase de plus que son équivalent dans ${namedVersion('fr', other)}, plus court d’autant\u00a0: a-t-elle été oubliée, ou ajoutée après la traduction\u00a0?`,
        }),
        path: self.article.path,
        start: gap.withSentence.start,
        end: gap.withSentence.end,
        related: [{ path: other.article.path, start: gap.without.start, end: gap.without.end, message: say(locale, { en: 'The paragraph', fr: 'Le paragraphe' }) }],
        fixes: [],
      },
      {
        rule: 'translation.missing',
        message: say(locale, {
          en: `This paragraph has one sentence fewer than its counterpart in ${namedVersion('en', self)}, and is shorter by about that much: was one left out of this version, or added to that one after translation?`,
          fr: `Ce paragraphe a une phrase de moins que son équivalent dans ${namedVersion('fr', self)}, et il est plus court d’autant\u00a0: a-t-elle été oubliée dans cette version, ou ajoutée à l’autre après la traduction\u00a0?`,
        }),
        path: other.article.path,
        start: there.start,
        end: there.end,
        related: [{ path: self.article.path, start: gap.withSentence.start, end: gap.withSentence.end, message: say(locale, { en: 'The paragraph', fr: 'Le paragraphe' }) }],
        fixes: [],
      },
    ];
  }
  const sentence = gap.sentence;
  const excerpt = excerptOf(self.article.prose, sentence);
  const there = gap.before ? firstWord(prose, gap.before) : gap.after ? lastWord(prose, gap.after) : firstWord(prose, gap.without);
  return [
    {
      rule: 'translation.missing',
      message: say(locale, {
        en: `This sentence has no counterpart in the same paragraph of ${namedVersion('en', other)}: was it left out of it, or added after translation?`,
        fr: `Cette phrase n’a pas d’équivalent dans le même paragraphe de ${namedVersion('fr', other)}\u00a0: a-t-elle été oubliée, ou ajoutée après la traduction\u00a0?`,
      }),
      path: self.article.path,
      start: sentence.start,
      end: sentence.end,
      related: [{ path: other.article.path, start: there.start, end: there.end, message: say(locale, { en: 'It would come here', fr: 'Elle viendrait ici' }) }],
      fixes: [],
    },
    {
      rule: 'translation.missing',
      message: gap.before
        ? say(locale, {
            en: `Before this sentence, ${namedVersion('en', self)} has one with no counterpart here: "${excerpt}". Was it left out of this version, or added to that one after translation?`,
            fr: `Avant cette phrase, ${namedVersion('fr', self)} en a une sans équivalent ici\u00a0: «\u00a0${excerpt}\u00a0». A-t-elle été oubliée dans cette version, ou ajoutée à l’autre après la traduction\u00a0?`,
          })
        : say(locale, {
            en: `After this sentence, ${namedVersion('en', self)} has one with no counterpart here: "${excerpt}". Was it left out of this version, or added to that one after translation?`,
            fr: `Après cette phrase, ${namedVersion('fr', self)} en a une sans équivalent ici\u00a0: «\u00a0${excerpt}\u00a0». A-t-elle été oubliée dans cette version, ou ajoutée à l’autre après la traduction\u00a0?`,
          }),
      path: other.article.path,
      start: there.start,
      end: there.end,
      related: [{ path: self.article.path, start: sentence.start, end: sentence.end, message: say(locale, { en: 'The sentence', fr: 'La phrase' }) }],
      fixes: [],
    },
  ];
}
