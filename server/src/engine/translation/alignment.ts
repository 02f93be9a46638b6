import type { EntityIndex } from '../entities/entityIndex';
import type { Article, Paragraph } from '../types';
import { isEditorialExtra } from './editorialExtras';
import { spanFingerprints } from './fingerprints';

// Paragraph alignment between two versions, Gale–Church style: a dynamic
// programme over lengths, with shared names and entities as anchors, where
// a paragraph may also stand for two of the other version (a translator's
// merge or split), each of the two paired with it. Figures weigh in apart
// from names, and less. Numbers
// and dates are deliberately left out of the anchors: aligning on them would
// make alignment least sure exactly where a number was mistranslated.

export interface ParagraphPair {
  a: Paragraph;
  b: Paragraph;
  /** 0–1: how sure the pairing is. */
  confidence: number;
  /** One of two paragraphs the other version merged into one (or split one into): `b` (or `a`) holds more than its counterpart. */
  merged?: boolean;
}

const GAP = -0.35;
const YEAR = /^#(?:19|20)\d\d$/u;
/** What a merge or a split costs over two one-to-one pairs: only clear evidence makes one. */
const MERGE_PENALTY = 0.2;

export function alignParagraphs(a: Article, b: Article, entities: EntityIndex | undefined): ParagraphPair[] {
  // A correction, a caption or a credit line belongs to one version: it has nothing to align with.
  const pa = a.paragraphs.filter((p) => !isEditorialExtra(a, p));
  const pb = b.paragraphs.filter((p) => !isEditorialExtra(b, p));
  const fa = pa.map((p) => withoutNumbers(spanFingerprints(a, p, entities)));
  const fb = pb.map((p) => withoutNumbers(spanFingerprints(b, p, entities)));
  const na = pa.map((p) => onlyNumbers(spanFingerprints(a, p, entities)));
  const nb = pb.map((p) => onlyNumbers(spanFingerprints(b, p, entities)));
  const totalA = pa.reduce((s, p) => s + (p.end - p.start), 0) || 1;
  const totalB = pb.reduce((s, p) => s + (p.end - p.start), 0) || 1;
  const n = pa.length;
  const m = pb.length;
  // Shared anchors of every pair of paragraphs, counted through an index of
  // b's anchors: most pairs share none, and comparing n × m sets was the
  // slow part of long articles. overlap() of the same sets gives the same numbers.
  const shared = sharedCounts(fa, fb);
  const sharedNumbers = sharedCounts(na, nb);
  // Figures other than years, shared: what lets half of a merge belong to it without a name.
  const sharedFigures = sharedCounts(
    na.map((f) => withoutYears(f)),
    nb.map((f) => withoutYears(f)),
  );
  /** Whether paragraph i of a and j of b share a name or a figure that is no year. */
  const related = (i: number, j: number): boolean => (shared[i * m + j] ?? 0) > 0 || (sharedFigures[i * m + j] ?? 0) > 0;
  // Figures weigh less than names (one may be the slip being looked for), but two paragraphs that each
  // state two or more and share most are one ("From 2020 to 2023 … 40 years" / « De 2020 à 2023 … 40 ans »),
  // and two that share none are not, whatever one shared name ("Kenya") says.
  // One figure that is no year, shared by two paragraphs that state fewer, says a little ("25.5 days" / « 25 jours et demi »).
  // A figure that is no year, shared where each states two or more, still says that little (« 29 millions de barils » beside a year slipped).
  const figures = (count: number, ca: number, cb: number, figuresShared = 0): number =>
    ca >= 2 && cb >= 2 ? Math.max(0.4 * (count / Math.min(ca, cb) - 0.5), figuresShared > 0 ? 0.1 : -Infinity) : figuresShared > 0 ? 0.1 : 0;
  // One shared name in a paragraph that names nothing else proves less than three of three.
  const anchorShare = (count: number, ca: number, cb: number): number => (ca === 0 || cb === 0 ? 0 : count / Math.max(2, Math.min(ca, cb)));
  const alignWith = (totalA: number, totalB: number): ParagraphPair[] => {
    const sim = (i: number, j: number): number => {
      const x = pa[i];
      const y = pb[j];
      if (!x || !y) return 0;
      const la = (x.end - x.start) / totalA;
      const lb = (y.end - y.start) / totalB;
      const lengthScore = 1 - Math.abs(la - lb) / Math.max(la, lb, 1e-9);
      const anchors = anchorShare(shared[i * m + j] ?? 0, fa[i]?.size ?? 0, fb[j]?.size ?? 0);
      const kindBonus = x.kind === y.kind ? 0.1 : 0;
      return 0.5 * lengthScore + 0.6 * anchors + kindBonus + figures(sharedNumbers[i * m + j] ?? 0, na[i]?.size ?? 0, nb[j]?.size ?? 0, sharedFigures[i * m + j] ?? 0) - 0.3;
    };
    // Two paragraphs of one version against one of the other, as one: lengths added, anchors united.
    const simMerged = (xs: readonly Paragraph[], xf: ReadonlyArray<ReadonlySet<string>>, xn: ReadonlyArray<ReadonlySet<string>>, y: Paragraph, yf: ReadonlySet<string>, yn: ReadonlySet<string>, totalX: number, totalY: number): number => {
      const lx = xs.reduce((sum, p) => sum + (p.end - p.start), 0) / totalX;
      const ly = (y.end - y.start) / totalY;
      const lengthScore = 1 - Math.abs(lx - ly) / Math.max(lx, ly, 1e-9);
      // A merge is as long as its halves together: one as long as either half alone lost the other
      // (a quote left out beside the paragraph before it), and was not merged.
      const alone = Math.max(...xs.map((p) => (p.end - p.start) / totalX).map((l) => 1 - Math.abs(l - ly) / Math.max(l, ly, 1e-9)));
      if (alone > lengthScore) return -Infinity;
      const united = (sets: ReadonlyArray<ReadonlySet<string>>): Set<string> => new Set(sets.flatMap((f) => [...f]));
      const common = (xs2: ReadonlySet<string>, ys2: ReadonlySet<string>): number => [...xs2].filter((v) => ys2.has(v)).length;
      const names = united(xf);
      const numbers = united(xn);
      const kindBonus = xs.every((p) => p.kind === y.kind) ? 0.1 : 0;
      return 0.5 * lengthScore + 0.6 * anchorShare(common(names, yf), names.size, yf.size) + kindBonus + figures(common(numbers, yn), numbers.size, yn.size) - 0.3;
    };
    // Each half of a merge must share a name or a figure with the whole (a year is too common to count):
    // a paragraph with nothing of its own in common is left out, not merged in (related(), checked first).
    const none = new Set<string>();
    // A half that states figures (no years) the whole states none of was not merged into it: a merge keeps what
    // its halves said ("who ruled Togo for 38 years" is no part of « au pouvoir depuis 2005 »). Unless the whole
    // states figures the other half does not: then the half's may be those, slipped (312 excavators / « 321 pelleteuses »).
    const lostFigures = (half: ReadonlySet<string> | undefined, otherHalf: ReadonlySet<string> | undefined, whole: ReadonlySet<string> | undefined): boolean => {
      const own = withoutYears(half ?? none);
      if (own.size === 0 || [...own].some((f) => whole?.has(f))) return false;
      return [...withoutYears(whole ?? none)].every((f) => otherHalf?.has(f));
    };
    const merge21 = (i: number, j: number): number => {
      const x1 = pa[i - 2];
      const x2 = pa[i - 1];
      const y = pb[j - 1];
      if (!x1 || !x2 || !y || !related(i - 2, j - 1) || !related(i - 1, j - 1)) return -Infinity;
      if (lostFigures(na[i - 2], na[i - 1], nb[j - 1]) || lostFigures(na[i - 1], na[i - 2], nb[j - 1])) return -Infinity;
      return simMerged([x1, x2], [fa[i - 2] ?? none, fa[i - 1] ?? none], [na[i - 2] ?? none, na[i - 1] ?? none], y, fb[j - 1] ?? none, nb[j - 1] ?? none, totalA, totalB);
    };
    const merge12 = (i: number, j: number): number => {
      const x = pa[i - 1];
      const y1 = pb[j - 2];
      const y2 = pb[j - 1];
      if (!x || !y1 || !y2 || !related(i - 1, j - 2) || !related(i - 1, j - 1)) return -Infinity;
      if (lostFigures(nb[j - 2], nb[j - 1], na[i - 1]) || lostFigures(nb[j - 1], nb[j - 2], na[i - 1])) return -Infinity;
      return simMerged([y1, y2], [fb[j - 2] ?? none, fb[j - 1] ?? none], [nb[j - 2] ?? none, nb[j - 1] ?? none], x, fa[i - 1] ?? none, na[i - 1] ?? none, totalB, totalA);
    };
    const width = m + 1;
    const score = new Float64Array((n + 1) * width);
    const move = new Uint8Array((n + 1) * width);
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        if (i === 0 && j === 0) continue;
        let best = -Infinity;
        let how = 0;
        if (i > 0 && j > 0) {
          const s = (score[(i - 1) * width + j - 1] ?? 0) + sim(i - 1, j - 1);
          if (s > best) {
            best = s;
            how = 1;
          }
        }
        if (i > 0) {
          const s = (score[(i - 1) * width + j] ?? 0) + GAP;
          if (s > best) {
            best = s;
            how = 2;
          }
        }
        if (j > 0) {
          const s = (score[i * width + j - 1] ?? 0) + GAP;
          if (s > best) {
            best = s;
            how = 3;
          }
        }
        if (i > 1 && j > 0) {
          const s = (score[(i - 2) * width + j - 1] ?? 0) + merge21(i, j) - MERGE_PENALTY;
          if (s > best) {
            best = s;
            how = 4;
          }
        }
        if (i > 0 && j > 1) {
          const s = (score[(i - 1) * width + j - 2] ?? 0) + merge12(i, j) - MERGE_PENALTY;
          if (s > best) {
            best = s;
            how = 5;
          }
        }
        score[i * width + j] = best;
        move[i * width + j] = how;
      }
    }
    const pairs: ParagraphPair[] = [];
    for (let i = n, j = m; i > 0 || j > 0; ) {
      const how = move[i * width + j] ?? 0;
      if (how === 1) {
        const x = pa[i - 1];
        const y = pb[j - 1];
        if (x && y) pairs.push({ a: x, b: y, confidence: Math.max(0, Math.min(1, sim(i - 1, j - 1) + 0.3)) });
        i--;
        j--;
      } else if (how === 4) {
        const [x1, x2, y] = [pa[i - 2], pa[i - 1], pb[j - 1]];
        const confidence = Math.max(0, Math.min(1, merge21(i, j) + 0.3));
        // Pushed last first: the list is reversed below.
        if (x1 && x2 && y) pairs.push({ a: x2, b: y, confidence, merged: true }, { a: x1, b: y, confidence, merged: true });
        i -= 2;
        j--;
      } else if (how === 5) {
        const [x, y1, y2] = [pa[i - 1], pb[j - 2], pb[j - 1]];
        const confidence = Math.max(0, Math.min(1, merge12(i, j) + 0.3));
        if (x && y1 && y2) pairs.push({ a: x, b: y2, confidence, merged: true }, { a: x, b: y1, confidence, merged: true });
        i--;
        j -= 2;
      } else if (how === 2) i--;
      else j--;
    }
    return pairs.reverse();
  };
  const first = alignWith(totalA, totalB);
  // Lengths are shares of each version's whole; a paragraph one version lacks makes every other paragraph
  // of it a larger share, and the alignment may pair each with the next one along. Measured again against
  // what was paired, the shares are like for like again.
  const pairedA = new Set(first.map((p) => p.a));
  const pairedB = new Set(first.map((p) => p.b));
  if (pairedA.size === pa.length && pairedB.size === pb.length) return first;
  const sum = (ps: ReadonlySet<Paragraph>): number => [...ps].reduce((s, p) => s + (p.end - p.start), 0) || 1;
  return alignWith(sum(pairedA), sum(pairedB));
}

/** How many anchors paragraph i of a shares with paragraph j of b, at i × b.length + j. */
function sharedCounts(fa: ReadonlyArray<ReadonlySet<string>>, fb: ReadonlyArray<ReadonlySet<string>>): Int32Array {
  const m = fb.length;
  const counts = new Int32Array(fa.length * m);
  const where = new Map<string, number[]>();
  fb.forEach((set, j) => {
    for (const x of set) {
      const list = where.get(x);
      if (list) list.push(j);
      else where.set(x, [j]);
    }
  });
  fa.forEach((set, i) => {
    for (const x of set) for (const j of where.get(x) ?? []) counts[i * m + j] = (counts[i * m + j] ?? 0) + 1;
  });
  return counts;
}

function withoutYears(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of set) if (!YEAR.test(x)) out.add(x);
  return out;
}

function onlyNumbers(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of set) if (x.startsWith('#')) out.add(x);
  return out;
}

function withoutNumbers(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of set) if (!x.startsWith('#')) out.add(x);
  return out;
}
