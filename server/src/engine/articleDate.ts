import { articleDates } from './articleDates';
import type { Article, DateValue } from './types';

/** The article's own date: front matter `date` or an agency dateline's, else the latest full date in its text. */
export function articleDateOf(article: Article): DateValue | undefined {
  return articleDates(article).articleDate;
}

export function sameDate(a: DateValue | undefined, b: DateValue | undefined): boolean {
  return a?.year === b?.year && a?.month === b?.month && a?.day === b?.day;
}

/**
 * Whether `reference` is the story's own date for sure: the front matter or
 * an agency dateline states it, or a caller brought it. Otherwise it is only
 * the latest full date the text writes, which may be another event's.
 */
export function statesOwnDate(article: Article, reference: DateValue | undefined): boolean {
  return articleDates(article).declared || !sameDate(reference, articleDateOf(article));
}
