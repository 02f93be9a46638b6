import { perParagraph } from '../paragraphMemo';
import { citiesIn, cityNames, sameCity } from '../translation/cities';
import { swapFindings, swappedPlaces, type PlaceMention, type PlaceReader, type PlaceWords } from '../translation/swappedPlaces';
import type { Article, Paragraph } from '../types';
import type { TranslationRule } from './rule';

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

const WORDS: PlaceWords = {
  en: { question: 'check which city is meant', related: 'The city in' },
  fr: { question: 'vérifiez de quelle ville il s’agit', related: 'La ville dans' },
};

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
    return swapFindings('translation.place', ctx.locale, swappedPlaces(ctx, CITIES), WORDS);
  },
};
