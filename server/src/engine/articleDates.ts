import { extractDates, latestFullDate, type DateMention } from './dates/dateMentions';
import type { Article, DateValue } from './types';

// Dates are read once per article and shared by every rule that needs them
// (weekday, titles in time, the comparison across versions). Articles are
// immutable, so a WeakMap keyed by the article is a safe cache.

interface ArticleDates {
  /** Per paragraph index. */
  byParagraph: DateMention[][];
  articleDate: DateValue | undefined;
  /**
   * The front matter or an agency dateline states it ("BAMAKO, 14 March 2025
   * (AFP) —"); otherwise it is only the latest full date the text writes,
   * and the story may come after it.
   */
  declared: boolean;
}

const cache = new WeakMap<Article, ArticleDates>();

export function articleDates(article: Article): ArticleDates {
  let found = cache.get(article);
  if (!found) {
    const declared = declaredDate(article) ?? datelineDate(article);
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
    found = { byParagraph, articleDate, declared: declared !== undefined };
    cache.set(article, found);
  }
  return found;
}

/**
 * An agency dateline's date, "NIAMEY, July 7, 2024 (AFP) —" or "BAMAKO, 14
 * mars 2025 (AFP) -": the place in capitals, then the date, at the start of
 * one of the first paragraphs. It is the story's own date.
 */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M}' .-]{2,}, /u;

function datelineDate(article: Article): DateValue | undefined {
  for (const p of article.paragraphs.slice(0, 4)) {
    const head = article.prose.slice(p.start, Math.min(p.end, p.start + 60));
    if (!DATELINE.test(head)) continue;
    const d = extractDates(article.prose, { start: p.start, end: Math.min(p.end, p.start + 60) }, article.language)[0];
    const v = d?.from.value;
    if (v?.year !== undefined && v.month !== undefined && v.day !== undefined && d?.from.written.year !== undefined) return { year: v.year, month: v.month, day: v.day };
  }
  return undefined;
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
