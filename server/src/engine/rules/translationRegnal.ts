import { say } from '../messages';
import { romanValue } from '../numbers/numberMentions';
import { alignedParagraphs, disagreementFixes, MOVED_BELOW, namedVersion, versionPairs } from '../translation/versionPairs';
import type { DocumentContext } from './rule';
import type { TranslationRule } from './rule';
import type { Article, Locale, Paragraph, RawFinding } from '../types';

// A king's, a queen's or a pope's number that differs between versions:
// "King Willem III died in 1890" / « la mort du roi Guillaume II en 1890 ».
// The names may differ (Willem, « Guillaume »), the numeral says the
// same in both languages. Only a contradiction counts: each version's
// paragraph gives a number the other's does not, and the other version does
// not give it nearby. A version that leaves it out ("World War II" /
// « la Seconde Guerre mondiale ») says nothing against the other.

interface Regnal {
  start: number;
  end: number;
  text: string;
  value: number;
  /** The name before it, for messages: "Willem". */
  name: string;
}

/**
 * II to XXXIX after a capitalised word with small letters (a name: "Charles
 * III", « Benoît XVI »), and French's « Ier » and « Ire » (« Albert Ier »), never
 * "I", which is English's pronoun. A numeral glued to letters is something
 * else (« XXe siècle »).
 */
const NUMERAL = /[ \u00A0](X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}|Ier|Ire)(?![\p{L}\p{M}\d])/gu;
/** French's first of a name (« Albert Ier », « Élisabeth Ire »), which English writes "I". */
const FRENCH_FIRST = /^I(?:er|re)$/u;
/**
 * The name before a numeral, tried at the one position where it ends. Kept
 * apart from NUMERAL because a search that opens on a look-behind tries it at
 * every character of the text: searching for the numeral first, then looking
 * back, took a third of the time.
 */
const NAME_BEFORE = /(?<=(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0])/uy;

const cache = new WeakMap<Article, Regnal[][]>();

/** The numbers after names in each paragraph, from one search of the text. */
function regnalsIn(article: Article, p: Paragraph): Regnal[] {
  let byParagraph = cache.get(article);
  if (!byParagraph) {
    byParagraph = article.paragraphs.map(() => []);
    cache.set(article, byParagraph);
    const paragraphs = article.paragraphs;
    let k = 0;
    NUMERAL.lastIndex = 0;
    for (let m = NUMERAL.exec(article.prose); m !== null; m = NUMERAL.exec(article.prose)) {
      const text = m[1] ?? '';
      const start = m.index + 1;
      NAME_BEFORE.lastIndex = start;
      const name = NAME_BEFORE.exec(article.prose)?.[1];
      if (name === undefined) continue;
      while (k < paragraphs.length && (paragraphs[k]?.end ?? 0) < start + text.length) k++;
      const para = paragraphs[k];
      if (!para) break;
      if (start < para.start) continue;
      const value = FRENCH_FIRST.test(text) ? 1 : romanValue(text);
      if (value !== undefined) byParagraph[k]?.push({ start, end: start + text.length, text, value, name });
    }
  }
  return byParagraph[p.index] ?? [];
}

export const translationRegnal: TranslationRule = {
  id: 'translation.regnal',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A king’s, a queen’s or a pope’s number differs between versions of the same article.',
    fr: 'Le numéro dynastique d’un roi, d’une reine ou d’un pape diffère entre les versions d’un même article.',
  },
  examples: [{ lang: 'en', bad: 'King Willem III died in 1890. / Le roi Guillaume II est mort en 1890.', good: 'King Willem III died in 1890. / Le roi Guillaume III est mort en 1890.' }],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      // Given nearby in the other version: a sentence that moved takes its king along. Not into a headline, which
      // repeats what the paragraph below it says (« élu pape sous le nom de Léon XIV » over « Léon XIII »).
      const near = (self: DocumentContext, index: number): number[] =>
        self.article.paragraphs
          .filter((p) => p.index === index || (Math.abs(p.index - index) <= 1 && p.kind !== 'headline' && p.kind !== 'heading'))
          .flatMap((p) => regnalsIn(self.article, p).map((r) => r.value));
      for (const pair of alignedParagraphs(a, b)) {
        if (pair.confidence < MOVED_BELOW) continue;
        const ra = regnalsIn(a.article, pair.a);
        const rb = regnalsIn(b.article, pair.b);
        if (ra.length === 0 || rb.length === 0) continue;
        const nearA = near(a, pair.a.index);
        const nearB = near(b, pair.b.index);
        const onlyA = ra.filter((r) => !nearB.includes(r.value));
        const onlyB = rb.filter((r) => !nearA.includes(r.value));
        // One each: with more, which stands for which is a guess.
        const [x, y] = [onlyA[0], onlyB[0]];
        if (onlyA.length !== 1 || onlyB.length !== 1 || !x || !y) continue;
        out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y), finding(ctx.locale, ctx.sourceLang, b, a, y, x));
      }
    }
    return out;
  },
};

function finding(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: Regnal, y: Regnal): RawFinding {
  const said = `${y.name} ${y.text}`;
  return {
    rule: 'translation.regnal',
    message: say(locale, {
      en: `This number differs from ${namedVersion('en', other)}, which says "${said}".`,
      fr: `Ce numéro diffère de ${namedVersion('fr', other)}, qui indique «\u00a0${said}\u00a0».`,
    }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The number in ${namedVersion('en', other)}`, fr: `Le numéro dans ${namedVersion('fr', other)}` }) }],
    fixes: disagreementFixes(locale, sourceLang, other, { path: self.article.path, start: x.start, end: x.end, newText: writtenIn(self, y) }, { path: other.article.path, start: y.start, end: y.end, newText: writtenIn(other, x) }),
  };
}

/** A numeral as `version` writes it: the first of a name is « Ier » in French and "I" in English. */
function writtenIn(version: DocumentContext, r: Regnal): string {
  if (r.value !== 1) return r.text;
  const french = version.article.language.toLowerCase().startsWith('fr');
  return french ? (FRENCH_FIRST.test(r.text) ? r.text : 'Ier') : 'I';
}
