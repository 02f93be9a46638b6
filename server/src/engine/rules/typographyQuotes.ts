import { say } from '../messages';
import { isMasked, isProse, NBSP, proseFinding, proseParagraphs, type ProseParagraph } from '../style/proseText';
import { straightQuotePairs, type QuotePair } from '../style/straightQuotes';
import type { Article, RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// French quotes with « … » and no-break spaces inside; curly “ … ” are its
// quotes within quotes, so they are left alone, and straight quotes nested in
// « … » become “ … ”. English houses use straight or curly quotes as they
// please: nothing is said unless a house asks for one style.

const ID = 'typography.quotes';

export interface QuotesOptions {
  /** English quotes the house wants; undefined leaves English alone. */
  en?: 'curly' | 'straight';
}

export function createQuotesRule(options: QuotesOptions = {}): DocumentRule {
  return {
    id: ID,
    scope: 'document',
    defaultSeverity: 'info',
    description: {
      en: 'French quotes take « … » with no-break spaces; English quote style follows the house when it sets one.',
      fr: 'Les citations en français prennent «\u00A0…\u00A0» avec des espaces insécables\u202F; en anglais, le style de la maison quand elle en fixe un.',
    },
    examples: [{ lang: 'fr', bad: 'un "scellement du destin"', good: 'un «\u00A0scellement du destin\u00A0», un «\u00A0mot “cité”\u00A0»' }],
    check(ctx: DocumentContext): RawFinding[] {
      const { article } = ctx;
      if (article.language === 'fr') return frenchQuotes(ctx);
      if (article.language === 'en' && options.en === 'curly') return englishCurly(ctx);
      if (article.language === 'en' && options.en === 'straight') return englishStraight(ctx);
      return [];
    },
  };
}

export const quotes: DocumentRule = createQuotesRule();

/** Depth of « … » at each straight quote, to choose inner quotes. */
function insideGuillemets(p: ProseParagraph, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset - p.start; i++) {
    const c = p.text[i];
    if (c === '«') depth++;
    else if (c === '»' && depth > 0) depth--;
  }
  return depth > 0;
}

function realSpacesAfter(article: Article, from: number): number {
  let j = from;
  while (article.prose[j] === ' ' && !isMasked(article, j)) j++;
  return j;
}

function realSpacesBefore(article: Article, to: number): number {
  let j = to;
  while (j > 0 && article.prose[j - 1] === ' ' && !isMasked(article, j - 1)) j--;
  return j;
}

function frenchQuotes(ctx: DocumentContext): RawFinding[] {
  const { article, locale } = ctx;
  const out: RawFinding[] = [];
  for (const p of proseParagraphs(article)) {
    for (const pair of straightQuotePairs(p)) {
      if (!isProse(article, pair.open, pair.close + 1)) continue;
      const inner = insideGuillemets(p, pair.open);
      out.push(inner ? innerQuote(ctx, pair) : guillemets(ctx, pair));
    }
  }
  return out;

  function guillemets(c: DocumentContext, pair: QuotePair): RawFinding {
    const afterOpen = realSpacesAfter(article, pair.open + 1);
    const beforeClose = realSpacesBefore(article, pair.close);
    return proseFinding(article, {
      rule: ID,
      start: pair.open,
      end: pair.close + 1,
      message: say(c.locale, {
        en: 'French quotes take « … » with no-break spaces inside, not straight quotes.',
        fr: 'En français, les guillemets sont «\u00A0…\u00A0», avec des espaces insécables, pas des guillemets droits.',
      }),
      fixTitle: say(locale, { en: 'Use « … »', fr: 'Mettre «\u00A0…\u00A0»' }),
      edits: [
        { start: pair.open, end: afterOpen, newText: `«${NBSP}` },
        { start: beforeClose, end: pair.close + 1, newText: `${NBSP}»` },
      ],
    });
  }

  function innerQuote(c: DocumentContext, pair: QuotePair): RawFinding {
    return proseFinding(article, {
      rule: ID,
      start: pair.open,
      end: pair.close + 1,
      message: say(c.locale, {
        en: 'A quote inside « … » takes “ … ”, not straight quotes.',
        fr: 'Une citation dans une citation prend “\u00A0…\u00A0”, pas des guillemets droits.',
      }),
      fixTitle: say(locale, { en: 'Use “ … ”', fr: 'Mettre “ … ”' }),
      edits: [
        { start: pair.open, end: pair.open + 1, newText: '“' },
        { start: pair.close, end: pair.close + 1, newText: '”' },
      ],
    });
  }
}

function englishCurly(ctx: DocumentContext): RawFinding[] {
  const { article, locale } = ctx;
  const out: RawFinding[] = [];
  for (const p of proseParagraphs(article)) {
    for (const pair of straightQuotePairs(p)) {
      if (!isProse(article, pair.open, pair.close + 1)) continue;
      out.push(
        proseFinding(article, {
          rule: ID,
          start: pair.open,
          end: pair.close + 1,
          message: say(locale, { en: 'House style uses curly quotes “ … ”.', fr: 'Le style maison emploie les guillemets anglais courbes “ … ”.' }),
          fixTitle: say(locale, { en: 'Use “ … ”', fr: 'Mettre “ … ”' }),
          edits: [
            { start: pair.open, end: pair.open + 1, newText: '“' },
            { start: pair.close, end: pair.close + 1, newText: '”' },
          ],
        }),
      );
    }
  }
  return out;
}

function englishStraight(ctx: DocumentContext): RawFinding[] {
  const { article, locale } = ctx;
  const out: RawFinding[] = [];
  for (const p of proseParagraphs(article)) {
    for (const m of p.text.matchAll(/[“”]/g)) {
      const start = p.start + (m.index ?? 0);
      out.push(
        proseFinding(article, {
          rule: ID,
          start,
          end: start + 1,
          message: say(locale, { en: 'House style uses straight quotes (").', fr: 'Le style maison emploie les guillemets droits (").' }),
          fixTitle: say(locale, { en: 'Use "', fr: 'Mettre "' }),
          edits: [{ start, end: start + 1, newText: '"' }],
        }),
      );
    }
  }
  return out;
}
