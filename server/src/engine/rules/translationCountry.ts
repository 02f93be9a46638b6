import { perParagraph } from '../paragraphMemo';
import { countryMentionsOf, countryNames, sameCountry } from '../translation/countries';
import { renameCountry } from '../translation/countryRename';
import { swapFindings, swappedPlaces, type PlaceMention, type PlaceReader, type PlaceWords } from '../translation/swappedPlaces';
import type { Article, Paragraph } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// One country named for another between versions: "1.8% in Germany" / « 1,8 %
// en Autriche », "ambassador to Sweden" / « ambassadeur en Suisse », "Spanish
// architect Aldo Rossi" / « l'architecte italien Aldo Rossi ». Each
// language's names of one country are one code (countries.ts), so "Britain"
// and « le Royaume-Uni » agree. A nationality says its country of whatever it
// qualifies ("the Norwegian icebreaker" / « le brise-glace sud-africain »), but
// is taken for the one swapped only where no country's name is left over. Only a paragraph pair the alignment is sure
// of, where each version names one country the other's paragraph does not,
// is flagged (translation/swappedPlaces.ts): an adapted translation names a
// country in one version only ("Germany's economy" / « l'économie allemande »)
// far more often than it swaps one. The fix gives the other version's country
// in the same kind of word (translation/countryRename.ts); a French country's
// name with the article and preposition it takes (« au Tchad », « en Norvège »:
// translation/frenchCountryName.ts).

const countries = perParagraph((article: Article, p: Paragraph): PlaceMention[] =>
  // A language names no country ("sworn in Dutch, French and German"): not even in passing.
  countryMentionsOf(article, p)
    .filter((c) => c.language !== true)
    .map((c) => ({ key: c.code, start: c.start, end: c.end, text: c.text, weak: c.weak, soft: c.soft })),
);

const COUNTRIES: PlaceReader = { placesIn: countries, same: sameCountry, namesOf: countryNames };

const countryRename = (self: DocumentContext, x: PlaceMention, y: PlaceMention): ReturnType<typeof renameCountry> =>
  renameCountry(self.article.prose, self.article.language, x, x.key, y.key, y.text);

const WORDS: PlaceWords = {
  en: { question: 'check which country is meant', related: 'The country in' },
  fr: { question: 'vérifiez de quel pays il s’agit', related: 'Le pays dans' },
};

export const translationCountry: TranslationRule = {
  id: 'translation.country',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'Another country, or another nationality for a person, a ship or a company, is given in the same place in another version of the article.',
    fr: 'Un autre pays, ou une autre nationalité pour une personne, un navire ou une entreprise, figure au même endroit dans une autre version de l’article.',
  },
  examples: [
    { lang: 'en', bad: 'inflation was 1.8% in Germany / l’inflation était de 1,8 % en Autriche', good: 'inflation was 1.8% in Britain / l’inflation était de 1,8 % au Royaume-Uni' },
    { lang: 'en', bad: 'Spanish architect Aldo Rossi / l’architecte italien Aldo Rossi', good: 'Italian architect Aldo Rossi / l’architecte italien Aldo Rossi' },
  ],
  check(ctx) {
    return swapFindings('translation.country', ctx.locale, swappedPlaces(ctx, COUNTRIES), WORDS, countryRename, ctx.sourceLang);
  },
};
