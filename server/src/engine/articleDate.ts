import { articleDates } from './articleDates';
import type { Article, DateValue } from './types';

/** The article's own date: front matter `date`, else the latest full date in its text. */
export function articleDateOf(article: Article): DateValue | undefined {
  return articleDates(article).articleDate;
}
