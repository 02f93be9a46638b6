import { say } from '../messages';
import { perParagraph } from '../paragraphMemo';
import { citiesIn, cityNames, sameCity } from '../translation/cities';
import { swappedPlaces, type PlaceMention, type PlaceReader } from '../translation/swappedPlaces';
import { namedVersion } from '../translation/versionPairs';
import type { Article, Locale, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// One city named for another between versions: "was born in Istanbul" / « est
// né à Ankara », "issued in Antwerp" / « délivré à Amsterdam ». The cities are
// GeoNames' (translation/cities.ts), each language's names of one city one key
// (Antwerp / « Anvers »); the swap is read as translation.country reads one
// (translation/swappedPlaces.ts), so a city one version names and the other
// leaves out, or names in another paragraph, is no swap. A city named inside
// another name ("Real Madrid", "the Washington Post") is never the one swapped.
// No fix: French elides before a vowel (« d’Alès », « de Nîmes »), and which
// city is right is the editor's call.

const cities = perParagraph((article: Article, p: Paragraph): PlaceMention[] => citiesIn(article.prose, p, article.language));

const CITIES: PlaceReader = { placesIn: cities, same: sameCity, namesOf: cityNames };

export const translationPlace: TranslationRule = {
  id: 'translation.place',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'Another city is named in the same place in another version of the article.',
    fr: 'Une autre ville est nommée au même endroit dans une autre version de l’article.',
  },
  examples: [{ lang: 'en', bad: 'he was born in Istanbul / il est né à Ankara', good: 'the court in Antwerp / le tribunal d’Anvers' }],
  check(ctx) {
    return swappedPlaces(ctx, CITIES).flatMap(({ a, b, x, y }) => [finding(ctx.locale, a, b, x, y), finding(ctx.locale, b, a, y, x)]);
  },
};

function finding(locale: Locale, self: DocumentContext, other: DocumentContext, x: PlaceMention, y: PlaceMention): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  return {
    rule: 'translation.place',
    message: say(locale, {
      en: `${q(x.text)} here, but ${q(y.text)} in the same paragraph of ${namedVersion('en', other)}: check which city is meant.`,
      fr: `${q(x.text)} ici, mais ${q(y.text)} dans le même paragraphe de ${namedVersion('fr', other)}\u00a0: vérifiez de quelle ville il s’agit.`,
    }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The city in ${namedVersion('en', other)}`, fr: `La ville dans ${namedVersion('fr', other)}` }) }],
    fixes: [],
  };
}
