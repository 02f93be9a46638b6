import type { EntityIndex, EntityMention } from './entities/entityIndex';
import type { Article, Span } from './types';

// Names are matched once per article and entity index, and shared by every
// rule that needs them (spelling, titles, alignment, the comparison across
// versions, hover, semantic tokens). Articles are immutable: a WeakMap is a
// safe cache.

const cache = new WeakMap<Article, { entities: EntityIndex; mentions: EntityMention[] }>();

export function mentionsOf(article: Article, entities: EntityIndex): EntityMention[] {
  const hit = cache.get(article);
  if (hit && hit.entities === entities) return hit.mentions;
  const mentions = entities.findMentions(article.prose, article.language).sort((a, b) => a.start - b.start);
  cache.set(article, { entities, mentions });
  return mentions;
}

/** The mentions inside `span`, found by binary search in the article's sorted list. */
export function mentionsIn(article: Article, entities: EntityIndex, span: Span): EntityMention[] {
  const all = mentionsOf(article, entities);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo; i < all.length; i++) {
    const m = all[i];
    if (!m || m.start >= span.end) break;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}
