import { mentionsIn } from '../articleMentions';
import type { EntityIndex } from '../entities/entityIndex';
import type { Article, Span } from '../types';

// Language-independent marks of content: numbers, proper names and the
// entities they refer to. Two versions of one story share most of them
// whatever their language; two different stories share few.

function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g;
// A capitalised word that is not the first of its sentence, or an acronym.
const PROPER = /(?<=[\p{L}\p{N},;:)»"”’'] +)\p{Lu}[\p{L}\p{M}’'-]{2,}|\b\p{Lu}{2,}\d*\b/gu;

export function spanFingerprints(article: Article, span: Span, entities: EntityIndex | undefined): ReadonlySet<string> {
  // Pairing, alignment and the missing-paragraph rule all ask for the same
  // paragraphs: remember them per (immutable) article and entity index.
  let cache = spanCache.get(article);
  if (!cache || cache.entities !== entities) {
    cache = { entities, marks: new Map() };
    spanCache.set(article, cache);
  }
  const key = `${span.start}:${span.end}`;
  let marks = cache.marks.get(key);
  if (!marks) {
    marks = computeFingerprints(article, span, entities);
    cache.marks.set(key, marks);
  }
  return marks;
}

const spanCache = new WeakMap<Article, { entities: EntityIndex | undefined; marks: Map<string, ReadonlySet<string>> }>();

function computeFingerprints(article: Article, span: Span, entities: EntityIndex | undefined): Set<string> {
  const text = article.prose.slice(span.start, span.end);
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) out.add(`#${m[0].replace(/[^\d]/g, '')}`);
  for (const m of text.matchAll(PROPER)) {
    // Elided articles ("l’AES") and possessives ("Traoré’s") would hide the name.
    const w = m[0].replace(/^(?:[ldjmnstc]|qu)['’]/i, '').replace(/['’]s?$/i, '');
    if (w.length >= 2) out.add(foldWord(w));
  }
  if (entities) {
    for (const mention of mentionsIn(article, entities, span)) out.add(`@${mention.entity.id}`);
  }
  return out;
}

const articleCache = new WeakMap<Article, { entities: EntityIndex | undefined; marks: ReadonlySet<string> }>();

/** All marks of an article; cached per (immutable) article and entity index, since pairing asks on every check. */
export function articleFingerprints(article: Article, entities: EntityIndex | undefined): ReadonlySet<string> {
  const cached = articleCache.get(article);
  if (cached && cached.entities === entities) return cached.marks;
  const out = new Set<string>();
  for (const p of article.paragraphs) for (const f of spanFingerprints(article, p, entities)) out.add(f);
  articleCache.set(article, { entities, marks: out });
  return out;
}

/** Overlap coefficient: shared marks over the smaller set. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}
