import type { EntityIndex } from '../entities/entityIndex';
import type { Article, Paragraph, Span } from '../types';
import type { ParagraphPair } from './alignment';
import { spanFingerprints } from './fingerprints';
import { sentencesIn } from './sentences';
import { inLine } from './versionPairs';

// A sentence of one version that the other version's paragraph leaves out:
// the paragraphs pair, one has a sentence more, and the other is shorter by
// about that sentence's length, as the article's translation runs. Adapted
// translations merge and split sentences (the lengths then still agree) and
// drop background (then whole paragraphs, or sentences in a loose
// translation): only an article translated sentence for sentence is read this
// way. Where several sentences of about one length could be the one, the
// paragraph is pointed out rather than a sentence.

/** Below this alignment confidence the pairing itself is in doubt, unless the pairs around it are in line. */
const MIN_CONFIDENCE = 0.6;
const MIN_IN_LINE = 0.25;
/** A paragraph this close to its counterpart's length, as the article runs, left nothing out. */
const SHORT_BY = 0.85;
/** Without the sentence, the paragraph must then be this close to its counterpart's length. */
const FITS = 0.15;
/** When figures and names say which sentence is left out, its length need only roughly fit. */
const FITS_BY_MARKS = 0.5;
/** Shorter sentences ("He declined.") are too little to tell from a translator's choice. */
const MIN_SENTENCE = 40;
/** The share of the article's other paragraph pairs that count as many sentences each, for it to count as translated sentence for sentence. */
const SENTENCE_FOR_SENTENCE = 0.95;
/** Fewer paired paragraphs say too little of how the article was translated. */
const MIN_PAIRS = 4;

export interface SentenceGap {
  /** The paragraph pair, `a` the version with the sentence. */
  withSentence: Paragraph;
  without: Paragraph;
  /** Undefined when several sentences could be the one: the paragraph has one sentence more, which one is not known. */
  sentence: Span | undefined;
  /** Where it would come in the version without: the sentence it would come before, or undefined at the end. */
  before: Span | undefined;
  /** The sentence it would follow there, if any. */
  after: Span | undefined;
}

interface Candidate {
  gap: SentenceGap;
  /** Which version has the sentence. */
  inA: boolean;
}

/**
 * The sentences of `a` left out of `b`'s paragraphs, and of `b` left out of
 * `a`'s, over the aligned paragraph pairs; `median` is how much longer `b`'s
 * paragraphs run than `a`'s.
 */
export function sentenceGaps(a: Article, b: Article, pairs: readonly ParagraphPair[], median: number, entities: EntityIndex | undefined): { inA: SentenceGap[]; inB: SentenceGap[] } {
  const none = { inA: [], inB: [] };
  // A pair is sure, or stands in line between two pairs of neighbours: a sentence left out takes its figures
  // and names with it, and with them the pairing's confidence (the one pair that lost "50,000").
  const usable = pairs.filter((p, i) => !p.merged && (p.confidence >= MIN_CONFIDENCE || (p.confidence >= MIN_IN_LINE && inLine(pairs, i))) && p.a.kind === 'paragraph' && p.b.kind === 'paragraph');
  if (usable.length < MIN_PAIRS || !(median > 0)) return none;
  const counts = usable.map((p) => [sentencesIn(a.prose, p.a), sentencesIn(b.prose, p.b)] as const);
  const unequal = counts.filter(([sa, sb]) => sa.length !== sb.length).length;
  const found: Candidate[] = [];
  counts.forEach(([sa, sb], at) => {
    const p = usable[at];
    if (!p || Math.abs(sa.length - sb.length) !== 1) return;
    // Every other pair counts as many sentences in each version: a translation made sentence for sentence,
    // where one sentence more is one left out. Adapted copy merges, splits and drops sentences.
    if ((usable.length - 1 - (unequal - 1)) / (usable.length - 1) < SENTENCE_FOR_SENTENCE) return;
    const inA = sa.length > sb.length;
    // A sentence moved across the paragraph break: the pair beside it has one sentence more the other way.
    const moved = [at - 1, at + 1].some((k) => {
      const [na, nb] = counts[k] ?? [[], []];
      return na.length - nb.length === (inA ? -1 : 1);
    });
    if (moved) return;
    const gap = inA ? gapIn(a, b, p.a, p.b, sa, sb, median, entities) : gapIn(b, a, p.b, p.a, sb, sa, 1 / median, entities);
    if (gap) found.push({ gap, inA });
  });
  return { inA: found.filter((c) => c.inA).map((c) => c.gap), inB: found.filter((c) => !c.inA).map((c) => c.gap) };
}

/** The sentence of `long` (paragraph `pl`) whose absence explains how short `short` (`ps`) runs, or the paragraph when several could; `ratio` is short's length over long's, as the article runs. */
function gapIn(
  long: Article,
  short: Article,
  pl: Paragraph,
  ps: Paragraph,
  sl: readonly Span[],
  ss: readonly Span[],
  ratio: number,
  entities: EntityIndex | undefined,
): SentenceGap | undefined {
  const lenL = total(sl);
  const lenS = total(ss);
  if (lenS >= SHORT_BY * ratio * lenL) return undefined;
  // Two sentences joined by a colon or a semicolon in the other version ("comes at a tense moment. A movement…" /
  // « intervient dans un climat tendu : le mouvement… »): one sentence fewer, nothing left out.
  if (joiners(short.prose, ps) > joiners(long.prose, pl)) return undefined;
  const fits: number[] = [];
  sl.forEach((s, i) => {
    const li = s.end - s.start;
    if (li < MIN_SENTENCE) return;
    const rest = lenL - li;
    if (rest <= 0 || Math.abs(lenS / (ratio * rest) - 1) > FITS) return;
    // Without it, each sentence lines up with one of the other version's, about as long (half to twice).
    const others = sl.filter((_, j) => j !== i);
    for (let j = 0; j < others.length; j++) {
      const o = others[j];
      const t = ss[j];
      if (!o || !t) return;
      const r = (t.end - t.start) / (ratio * (o.end - o.start));
      if (r < 0.5 || r > 2) return;
    }
    fits.push(i);
  });
  // What a sentence alone states (a figure, a name) is nowhere in the other paragraph: it was not moved into another sentence there.
  const there = spanFingerprints(short, ps, entities);
  const left = fits.filter((i) => {
    const own = spanFingerprints(long, sl[i] ?? pl, entities);
    const elsewhere = new Set(sl.filter((_, j) => j !== i).flatMap((x) => [...spanFingerprints(long, x, entities)]));
    return ![...own].some((m) => !elsewhere.has(m) && there.has(m));
  });
  // The lengths point nowhere, or at a sentence the other paragraph does state: the figures and names may
  // say which one it lacks, if every other sentence's are there and none of this one's ("… by June 14" /
  // a paragraph with no 14), and its length still roughly fits.
  if (left.length === 0) {
    const marks = sl.map((x) => spanFingerprints(long, x, entities));
    const unique = marks.map((ms, i) => [...ms].filter((m) => !marks.some((o, j) => j !== i && o.has(m))));
    // (Some of them: another slip in the paragraph, "Lace Tempset", must not hide the rest.)
    const told = sl.map((_, i) => (unique[i] ?? []).some((m) => there.has(m)));
    const untold = sl.map((_, i) => (unique[i] ?? []).some((m) => !there.has(m)) && (unique[i] ?? []).every((m) => !there.has(m)));
    const byMarks = sl.map((_, i) => i).filter((i) => {
      const x = sl[i];
      if (!x || !untold[i] || !told.every((t, j) => j === i || t)) return false;
      const li = x.end - x.start;
      return li >= MIN_SENTENCE && Math.abs(lenS / (ratio * (lenL - li)) - 1) <= FITS_BY_MARKS;
    });
    const [only] = byMarks;
    if (byMarks.length !== 1 || only === undefined) return undefined;
    const sentence = sl[only];
    return sentence ? { withSentence: pl, without: ps, sentence, before: ss[only], after: ss[only - 1] } : undefined;
  }
  const [best] = left;
  if (best === undefined) return undefined;
  // Sentences of about one length each fit as well: one is left out, which one the lengths cannot say.
  if (left.length > 1) return { withSentence: pl, without: ps, sentence: undefined, before: undefined, after: undefined };
  const sentence = sl[best];
  if (!sentence) return undefined;
  return { withSentence: pl, without: ps, sentence, before: ss[best], after: ss[best - 1] };
}

/** Colons and semicolons between clauses (not in "14:30"). */
function joiners(text: string, span: Span): number {
  return (text.slice(span.start, span.end).match(/[^\d\s][\s\u00a0\u202f]*[:;](?!\d)/gu) ?? []).length;
}

const total = (spans: readonly Span[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

