import type { Article, Paragraph } from './types';

// What a rule reads from one paragraph (its numbers, its folded words, its
// quotations) is read once per paragraph of an article. Articles are
// immutable, so a WeakMap keyed by the article is a safe cache, and it goes
// with the article.

/** `read`, answered once per (article, paragraph). */
export function perParagraph<T>(read: (article: Article, p: Paragraph) => T): (article: Article, p: Paragraph) => T {
  const cache = new WeakMap<Article, Map<number, T>>();
  return (article, p) => {
    let byIndex = cache.get(article);
    if (!byIndex) {
      byIndex = new Map();
      cache.set(article, byIndex);
    }
    let found = byIndex.get(p.index);
    if (found === undefined) {
      found = read(article, p);
      byIndex.set(p.index, found);
    }
    return found;
  };
}
