import { extractDates, latestFullDate, type DateMention } from './dates/dateMentions';
import type { Article, DateValue } from './types';

// Dates are read once per article and shared by every rule that needs them
// (weekday, titles in time, the comparison across versions). Articles are
// immutable, so a WeakMap keyed by the article is a safe cache.

interface ArticleDates {
  /** Per paragraph index. */
  byParagraph: DateMention[][];
  articleDate: DateValue | undefined;
}

const cache = new WeakMap<Article, ArticleDates>();

export function articleDates(article: Article): ArticleDates {
  let found = cache.get(article);
  if (!found) {
    const declared = declaredDate(article);
    // First pass without a reference finds the article's own date; implied
    // years are then read against it.
    const first = article.paragraphs.map((p) => extractDates(article.prose, p, article.language, declared));
    const articleDate = declared ?? latestFullDate(first.flat());
    // Only paragraphs with a date whose year is implied need reading again.
    const byParagraph =
      declared || !articleDate
        ? first
        : article.paragraphs.map((p, i) => {
            const found = first[i] ?? [];
            return found.some((d) => d.from.written.year === undefined || (d.to !== undefined && d.to.written.year === undefined))
              ? extractDates(article.prose, p, article.language, articleDate)
              : found;
          });
    found = { byParagraph, articleDate };
    cache.set(article, found);
  }
  return found;
}

export function datesIn(article: Article, paragraphIndex: number): DateMention[] {
  return articleDates(article).byParagraph[paragraphIndex] ?? [];
}

/** Front matter `date` ("2025-12-22", a YAML timestamp, or a date-time). */
function declaredDate(article: Article): DateValue | undefined {
  const raw = article.frontMatter?.data['date'];
  const text = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw : undefined;
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
