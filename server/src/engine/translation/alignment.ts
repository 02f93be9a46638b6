import type { EntityIndex } from '../entities/entityIndex';
import type { Article, Paragraph } from '../types';
import { isEditorialExtra } from './editorialExtras';
import { spanFingerprints } from './fingerprints';

// Paragraph alignment between two versions, Gale–Church style: a dynamic
// programme over lengths, with shared names and entities as anchors. Numbers
// and dates are deliberately left out of the anchors: aligning on them would
// make alignment least sure exactly where a number was mistranslated.

export interface ParagraphPair {
  a: Paragraph;
  b: Paragraph;
  /** 0–1: how sure the pairing is. */
  confidence: number;
}

const GAP = -0.35;

export function alignParagraphs(a: Article, b: Article, entities: EntityIndex | undefined): ParagraphPair[] {
  // A correction, a caption or a credit line belongs to one version: it has nothing to align with.
  const pa = a.paragraphs.filter((p) => !isEditorialExtra(a, p));
  const pb = b.paragraphs.filter((p) => !isEditorialExtra(b, p));
  const fa = pa.map((p) => withoutNumbers(spanFingerprints(a, p, entities)));
  const fb = pb.map((p) => withoutNumbers(spanFingerprints(b, p, entities)));
  const totalA = pa.reduce((s, p) => s + (p.end - p.start), 0) || 1;
  const totalB = pb.reduce((s, p) => s + (p.end - p.start), 0) || 1;
  const n = pa.length;
  const m = pb.length;
  // Shared anchors of every pair of paragraphs, counted through an index of
  // b's anchors: most pairs share none, and comparing n × m sets was the
  // slow part of long articles. overlap() of the same sets gives the same numbers.
  const shared = sharedCounts(fa, fb);
  const sim = (i: number, j: number): number => {
    const x = pa[i];
    const y = pb[j];
    if (!x || !y) return 0;
    const la = (x.end - x.start) / totalA;
    const lb = (y.end - y.start) / totalB;
    const lengthScore = 1 - Math.abs(la - lb) / Math.max(la, lb, 1e-9);
    const sa = fa[i]?.size ?? 0;
    const sb = fb[j]?.size ?? 0;
    const anchors = sa === 0 || sb === 0 ? 0 : (shared[i * m + j] ?? 0) / Math.min(sa, sb);
    const kindBonus = x.kind === y.kind ? 0.1 : 0;
    return 0.5 * lengthScore + 0.6 * anchors + kindBonus - 0.3;
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
    } else if (how === 2) i--;
    else j--;
  }
  return pairs.reverse();
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

function withoutNumbers(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of set) if (!x.startsWith('#')) out.add(x);
  return out;
}
