import { foldKey } from '../entities/fold';
import { osaDistance } from '../entities/nearMissIndex';
import { say } from '../messages';
import { perParagraph } from '../paragraphMemo';
import { countriesIn, countryNames, sameCountry, type CountryMention } from '../translation/countries';
import { alignedParagraphs, medianRatio, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Article, Locale, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// One country named for another between versions: "1.8% in Germany" / « 1,8 %
// en Autriche », "ambassador to Sweden" / « ambassadeur en Suisse ». Each
// language's names of one country are one code (countries.ts), so "Britain"
// and « le Royaume-Uni » agree. Only a paragraph pair the alignment is sure
// of, where each version names one country the other's paragraph does not,
// is flagged: an adapted translation names a country in one version only
// ("Germany's economy" / « l'économie allemande ») far more often than it
// swaps one. No fix: a French country takes its own article and preposition
// (« au Tchad », « en Norvège »), and which country is right is the editor's call.

const MIN_CONFIDENCE = 0.6;

const countries = perParagraph((article: Article, p: Paragraph): CountryMention[] => countriesIn(article.prose, p, article.language));

export const translationCountry: TranslationRule = {
  id: 'translation.country',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'Another country is named in the same place in another version of the article.',
    fr: 'Un autre pays est nommé au même endroit dans une autre version de l’article.',
  },
  examples: [{ lang: 'en', bad: 'inflation was 1.8% in Germany / l’inflation était de 1,8 % en Autriche', good: 'inflation was 1.8% in Britain / l’inflation était de 1,8 % au Royaume-Uni' }],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      const pairs = alignedParagraphs(a, b);
      const median = medianRatio(pairs.map((p) => [p.a, p.b] as const));
      for (const pair of pairs) {
        if (pair.merged || pair.confidence < MIN_CONFIDENCE) continue;
        // A paragraph much longer than its counterpart, as the article's translation runs, says something the other leaves out.
        if (Math.abs(length(pair.b) / length(pair.a) / median - 1) > 0.3) continue;
        const ca = countries(a.article, pair.a);
        if (ca.length === 0) continue;
        const cb = countries(b.article, pair.b);
        if (cb.length === 0) continue;
        // A country named in passing ("the US Justice Department") counts as named, never as one swapped.
        const onlyA = unmatched(ca, cb).filter((c) => !c.weak);
        const onlyB = unmatched(cb, ca).filter((c) => !c.weak);
        const [x] = onlyA;
        const [y] = onlyB;
        if (onlyA.length !== 1 || onlyB.length !== 1 || x === undefined || y === undefined) continue;
        // Neither version names the other's country anywhere: a country both name is background one version put elsewhere.
        if (namesAnywhere(b.article, x.code) || namesAnywhere(a.article, y.code)) continue;
        // One country put for another stands where the other stood: one named at the start of a paragraph and
        // the other at its end are two things said, one of them in one version only (a sentence left out).
        if (Math.abs(placeIn(pair.a, x) - placeIn(pair.b, y)) > 0.35) continue;
        // The other's country misspelt here ("Burkina Fasso") is a slip of its name, which translation.name reports.
        if (nearlyNamed(a.article, pair.a, y.code) || nearlyNamed(b.article, pair.b, x.code)) continue;
        out.push(finding(ctx.locale, a, b, x, y), finding(ctx.locale, b, a, y, x));
      }
    }
    return out;
  },
};

const length = (p: Paragraph): number => Math.max(1, p.end - p.start);

/** Where in its paragraph a mention stands, from 0 (the start) to 1 (the end). */
function placeIn(p: Paragraph, m: CountryMention): number {
  return (m.start - p.start) / Math.max(1, p.end - p.start);
}

/** Whether the paragraph writes a name of the country one slip or two away ("Burkina Fasso" for "Burkina Faso"). */
function nearlyNamed(article: Article, p: Paragraph, code: string): boolean {
  const words = article.prose.slice(p.start, p.end).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  return countryNames(article.language, code).some((name) => {
    const key = foldKey(name);
    const n = name.split(/[ \u00A0]+/u).length;
    for (let i = 0; i + n <= words.length; i++) {
      const window = foldKey(words.slice(i, i + n).join(' '));
      if (window !== key && osaDistance(window, key, 2) <= (key.length >= 8 ? 2 : 1)) return true;
    }
    return false;
  });
}

function namesAnywhere(article: Article, code: string): boolean {
  return article.paragraphs.some((p) => countries(article, p).some((c) => sameCountry(c.code, code)));
}

/** The mentions of `mine` whose country `theirs` never names, each country once. */
function unmatched(mine: readonly CountryMention[], theirs: readonly CountryMention[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of mine) if (!theirs.some((t) => sameCountry(t.code, m.code)) && !out.some((o) => sameCountry(o.code, m.code))) out.push(m);
  return out;
}

function finding(locale: Locale, self: DocumentContext, other: DocumentContext, x: CountryMention, y: CountryMention): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  return {
    rule: 'translation.country',
    message: say(locale, {
      en: `${q(x.text)} here, but ${q(y.text)} in the same paragraph of ${namedVersion('en', other)}: check which country is meant.`,
      fr: `${q(x.text)} ici, mais ${q(y.text)} dans le même paragraphe de ${namedVersion('fr', other)}\u00a0: vérifiez de quel pays il s’agit.`,
    }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The country in ${namedVersion('en', other)}`, fr: `Le pays dans ${namedVersion('fr', other)}` }) }],
    fixes: [],
  };
}
