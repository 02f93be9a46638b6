// "a" or "an" before a word a fix puts in English text: the article is
// rewritten with it when the new word starts with the other sound ("an
// Algerian" becomes "a Tunisian", "a 7% rise" becomes "an 8% rise").

const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])(an?|An?)[ \u00A0]$/u;

/**
 * The edit's start and text once the article right before `start` in `prose` fits `newText`, which takes "an" when
 * `an` is true: unchanged where no article stands there or it already fits.
 */
export function withFittedArticle(prose: string, start: number, newText: string, an: boolean): { start: number; newText: string } {
  const m = ARTICLE_BEFORE.exec(prose.slice(Math.max(0, start - 4), start));
  const written = m?.[1];
  if (!m || written === undefined) return { start, newText };
  const wanted = `${written.charAt(0)}${an ? 'n' : ''}`;
  if (wanted === written) return { start, newText };
  return { start: start - m[0].length, newText: `${wanted}${m[0].slice(written.length)}${newText}` };
}
