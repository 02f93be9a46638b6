import { mentionsOf } from '../articleMentions';
import type { EntityMention } from '../entities/entityIndex';
import { foldKey } from '../entities/fold';
import { titleWordEnding } from '../entities/titleVocabulary';
import { isFirstName, isFrenchFirstName } from '../translation/firstNames';
import { say } from '../messages';
import { startsSentence } from '../sentenceStart';
import type { Fix, Lang, Locale, RawFinding } from '../types';
import { escapeRegExp, writesWhole } from '../wholeWord';
import type { DocumentContext, DocumentRule } from './rule';

// Names spelled differently from the entity list: lost accents or odd
// capitals ("Assimi Goita", "Ibrahim TRAORE"), the other language's form
// ("ECOWAS" in French copy), or a likely typo next to a name ("Assimi
// Goïat"). Aliases the list accepts ("Tchiani") are never flagged. The fix
// replaces the name only, so "Traore’s" becomes "Traoré’s".

const LANGUAGE: Readonly<Record<Locale, Readonly<Record<Lang, string>>>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol', de: 'allemand', pt: 'portugais', it: 'italien', nl: 'néerlandais' },
};

function message(locale: Locale, m: EntityMention, expected: string, lang: Lang): string {
  if (m.form === 'otherLanguage') {
    const language = LANGUAGE[locale][lang];
    return say(locale, {
      en: language
        ? `"${m.text}" is another language's form; in ${language} copy the entity list has "${expected}".`
        : `"${m.text}" is another language's form; for this language the entity list has "${expected}".`,
      fr: language
        ? `« ${m.text} » est la forme d’une autre langue ; en ${language}, la liste des entités donne « ${expected} ».`
        : `« ${m.text} » est la forme d’une autre langue ; pour cette langue, la liste des entités donne « ${expected} ».`,
    });
  }
  if (m.form === 'nearMiss') {
    return say(locale, {
      en: `"${m.text}" looks like a misspelling of "${expected}" in the entity list.`,
      fr: `« ${m.text} » ressemble à une faute pour « ${expected} » (liste des entités).`,
    });
  }
  return say(locale, {
    en: `"${m.text}" is spelled "${expected}" in the entity list.`,
    fr: `« ${m.text} » s’écrit « ${expected} » dans la liste des entités.`,
  });
}

/**
 * The replacement, minding French elision: "d’ECOWAS" becomes "de Cédéao";
 * "l’ECOWAS" needs "la" or "le", which the list does not say, so that fix is
 * offered but not applied by "fix all".
 */
function fixFor(prose: string, path: string, start: number, end: number, expected: string, lang: Lang, locale: Locale): Fix {
  const elided = lang === 'fr' ? /(?<![\p{L}])([dDlLjJ]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]$/u.exec(prose.slice(Math.max(0, start - 8), start)) : null;
  const vowel = /^[aeiouyhàâäéèêëîïôöùûüœ]/iu.test(expected);
  if (!elided || vowel) {
    return {
      title: say(locale, { en: `Change to "${expected}"`, fr: `Remplacer par « ${expected} »` }),
      preferred: true,
      edits: [{ path, start, end, newText: expected }],
    };
  }
  const word = elided[1] ?? '';
  const from = start - word.length - 1;
  // Every elided word here takes its "e" back: d’ → de, qu’ → que, jusqu’ → jusque;
  // « l’ » becomes the article the text itself writes before the name elsewhere (« la Cédéao »).
  const article = word.toLowerCase() === 'l' ? articleWrittenBefore(prose, expected) : 'e';
  const full = article === undefined ? undefined : word.toLowerCase() === 'l' ? `${word === 'L' ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${expected}` : `${word}e ${expected}`;
  if (full === undefined) {
    return {
      title: say(locale, { en: `Change to "${expected}" (check the article before it)`, fr: `Remplacer par « ${expected} » (vérifier l’article qui précède)` }),
      preferred: false,
      edits: [{ path, start, end, newText: expected }],
    };
  }
  return {
    title: say(locale, { en: `Change to "${full}"`, fr: `Remplacer par « ${full} »` }),
    preferred: true,
    edits: [{ path, start: from, end, newText: full }],
  };
}

/** "la" or "le", as the text writes it right before `name` somewhere (« la Cédéao »); undefined when it never does, or writes both. */
function articleWrittenBefore(prose: string, name: string): 'la' | 'le' | undefined {
  const escaped = escapeRegExp(name);
  const found = new Set<'la' | 'le'>();
  for (const m of prose.matchAll(new RegExp(`(?<![\\p{L}])(la|le)[ \\u00A0]+${escaped}(?![\\p{L}])`, 'giu'))) found.add((m[1] ?? '').toLowerCase() === 'la' ? 'la' : 'le');
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Capitals that are typography, not spelling: a dateline ("NIAMEY — The
 * government…"), a headline or a location tag set in capitals ("| NIAMEY |"),
 * a surname in capitals as French copy often writes it ("Assimi GOÏTA"), or
 * a word of a longer name in capitals ("BENIN CITY", which is in Nigeria).
 * The letters must be the list's, accents included: "TRAORE" for "Traoré"
 * is still a slip. An organisation's capitals are its spelling: "CÉDÉAO"
 * mid-sentence for "Cédéao" is a house-style slip worth flagging.
 */
function isCapitalsByConvention(article: DocumentContext['article'], m: EntityMention, expected: string, lang: Lang): boolean {
  if (m.entity.type !== 'organization' && sameLettersInCapitals(m.text, expected, lang)) return true;
  if (/\p{Ll}/u.test(m.text)) return false;
  const prose = article.prose;
  // Another word in capitals right before or after: one name, or a headline.
  if (/^[ -]\p{Lu}{2}/u.test(prose.slice(m.end, m.end + 3)) || /\p{Lu}\p{Lu}[ -]$/u.test(prose.slice(Math.max(0, m.start - 3), m.start))) return true;
  const p = article.paragraphs.find((x) => m.start >= x.start && m.end <= x.end);
  if (!p) return false;
  if (m.start === p.start && /^[\s,]*(?:[—–-]|\(|,)/u.test(prose.slice(m.end, m.end + 4))) return true;
  const letters = prose.slice(p.start, p.end).match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  return letters.length > 0 && upper / letters.length > 0.6;
}

/** "NIAMEY" for "Niamey", "Assimi GOÏTA" for "Assimi Goïta": each word the list's, or the list's in capitals. */
function sameLettersInCapitals(text: string, expected: string, lang: Lang): boolean {
  const words = text.split(/\s+/u);
  const want = expected.split(/\s+/u);
  return words.length === want.length && words.every((w, i) => w === want[i] || (!/\p{Ll}/u.test(w) && w === want[i]?.toLocaleUpperCase(lang)));
}

/**
 * A place or organisation written as a word of another name: right after a
 * capitalised word that neither starts the sentence nor is a title (the
 * coalition "Takku Wallu Sénégal", the airline "Air Sénégal"), or right
 * before one ("China National Petroleum Corporation" in French copy). Such
 * names keep their own spelling.
 */
function insideAnotherName(article: DocumentContext['article'], m: EntityMention, lang: Lang): boolean {
  if (m.entity.type === 'person' || /\s/u.test(m.text)) return false;
  const prose = article.prose;
  // First word of a name: "China National Petroleum Corporation", "Mali Airways".
  if (/^ \p{Lu}\p{Ll}/u.test(prose.slice(m.end, m.end + 3)) && !startsSentence(prose, m.end + 1)) return true;
  const before = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(prose.slice(Math.max(0, m.start - 40), m.start));
  if (!before?.[1]) return false;
  const wordStart = m.start - 1 - before[1].length;
  return !startsSentence(prose, wordStart) && titleWordEnding(foldKey(before[1]), lang) === undefined;
}

/** Endings of the words for a place's people, which French capitalises as nouns (« une Allemande », « les Maliens »). */
const PEOPLE_ENDING = /(?:aises?|ais|oises?|ois|aines?|ains?|iennes?|iens?|andes?|ands?|anes?|ans?|éennes?|éens?|ines?|ins?|ese|ians?|eans?|ish|ic)$/u;

/** A word for a place's people one slip from its name: "Allemande" for « Allemagne », "Nigerian" for "Nigeria". */
function peopleOfPlace(text: string, expected: string): boolean {
  const ending = PEOPLE_ENDING.exec(text.toLowerCase())?.[0];
  return ending !== undefined && !expected.toLowerCase().endsWith(ending);
}

/** `name` with the accents of its capitals dropped: « Etats-Unis » for « États-Unis ». */
function bareCapitals(name: string): string {
  return name.replace(/\p{Lu}\p{M}*/gu, (c) => c.normalize('NFD').charAt(0));
}

/**
 * Another language's form that a capitalised word (not a title) goes on from:
 * the start of a name kept in that language, as French copy keeps « l’United
 * States Maritime Alliance ». Rewriting it would break the name.
 */
function beforeMoreOfAName(article: DocumentContext['article'], m: EntityMention, lang: Lang): boolean {
  const next = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(article.prose.slice(m.end, m.end + 40))?.[1];
  if (next === undefined || titleWordEnding(foldKey(next), lang) !== undefined) return false;
  // After an abbreviation's full stop ("l’U.S. Travel Association"), a word of the article's own language starts a sentence.
  if (m.text.endsWith('.')) return !writesWhole(article.prose, next.toLowerCase());
  return !startsSentence(article.prose, m.end + 1);
}


/**
 * A given name one slip from a place's or an organisation's, with a surname
 * after it: « Franck Riester » is a person, not a slip for « France ».
 */
function givenNameBeforeSurname(prose: string, m: EntityMention, lang: Lang): boolean {
  if (m.entity.type === 'person' || !(isFirstName(m.text) || isFrenchFirstName(m.text))) return false;
  const next = /^[ \u00A0](\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(prose.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && titleWordEnding(foldKey(next), lang) === undefined;
}

/**
 * A place inside a name kept in the other language, after one of its small words: « candidat du Workers Party of
 * Britain », "the Conseil de la Nation". The name is the body's own, and it stays as it is.
 */
function inOtherLanguageName(prose: string, m: EntityMention, lang: Lang): boolean {
  const before = prose.slice(Math.max(0, m.start - 30), m.start);
  const smallWords = lang.toLowerCase().startsWith('fr') ? OF_EN : OF_FR;
  return smallWords.test(before);
}

/** A capitalised word and one of a name's small words, in English and in French, right before a place: "Party of ", « Conseil de la ». */
const OF_EN = /\p{Lu}[\p{L}\p{M}]*[ \u00A0](?:of|of the|for|for the|and)[ \u00A0]$/u;
const OF_FR = /\p{Lu}[\p{L}\p{M}]*[ \u00A0](?:de|de la|du|des|et)[ \u00A0]$/u;

/** "ECOWAS, known in French as the Cédéao", "la Cédéao (ECOWAS en anglais)": the other language's name, given as such. */
function namedAsForeign(prose: string, m: EntityMention): boolean {
  const before = prose.slice(Math.max(0, m.start - 40), m.start);
  const after = prose.slice(m.end, m.end + 25);
  const LANGUAGE = '(?:French|English|français|anglais)';
  return (
    new RegExp(`(?:\\bin ${LANGUAGE}|\\ben ${LANGUAGE}|\\bknown as|\\bcalled|\\bappelée?s?|\\bdite?s?)[^.;!?]*$`, 'iu').test(before) ||
    new RegExp(`^\\)?[\\s,]*(?:in ${LANGUAGE}|en ${LANGUAGE})\\b`, 'iu').test(after)
  );
}

export const entitySpelling: DocumentRule = {
  id: 'entity.spelling',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'Names of people, organisations and places are spelled as in the entity list, in the form for the article’s language.',
    fr: 'Les noms de personnes, d’organisations et de lieux s’écrivent comme dans la liste des entités, sous la forme propre à la langue de l’article.',
  },
  examples: [
    { lang: 'en', bad: 'Colonel Assimi Goita took power in 2020.', good: 'Colonel Assimi Goïta took power in 2020.' },
    { lang: 'fr', bad: 'Le retrait de l’ECOWAS.', good: 'Le retrait de la Cédéao.' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, entities, locale } = ctx;
    if (entities.size === 0) return [];
    const lang = article.language;
    const out: RawFinding[] = [];
    for (const m of mentionsOf(article, entities)) {
      if (m.form !== 'variant' && m.form !== 'otherLanguage' && m.form !== 'nearMiss') continue;
      const expected = m.expected;
      if (expected === undefined || expected === m.text) continue;
      if ((m.form === 'variant' || m.form === 'otherLanguage') && isCapitalsByConvention(article, m, expected, lang)) continue;
      if (m.form !== 'nearMiss' && insideAnotherName(article, m, lang)) continue;
      if (m.form === 'nearMiss' && m.entity.type === 'place' && peopleOfPlace(m.text, expected)) continue;
      if (m.form === 'nearMiss' && givenNameBeforeSurname(article.prose, m, lang)) continue;
      // French capitals go without their accents in many newsrooms (AFP writes « Etats-Unis », « Egypte »): that is house style.
      if (m.form === 'variant' && lang.toLowerCase().startsWith('fr') && bareCapitals(expected) === m.text) continue;
      if (m.form === 'otherLanguage' && (namedAsForeign(article.prose, m) || beforeMoreOfAName(article, m, lang) || inOtherLanguageName(article.prose, m, lang))) continue;
      out.push({
        rule: 'entity.spelling',
        message: message(locale, m, expected, lang),
        path: article.path,
        start: m.start,
        end: m.end,
        // Built-in entries have no file to point to.
        related: m.entity.source.path.startsWith('builtin:')
          ? []
          : [
              {
                path: m.entity.source.path,
                start: m.entity.source.start,
                end: m.entity.source.end,
                message: say(locale, { en: `Entity list entry "${m.entity.id}"`, fr: `Entrée « ${m.entity.id} » de la liste des entités` }),
              },
            ],
        fixes: [fixFor(article.prose, article.path, m.start, m.end, expected, lang, locale)],
        // A near miss the newsroom wants to keep can become an alias: the editor offers it.
        ...(m.form === 'otherLanguage' || m.entity.source.path.startsWith('builtin:') ? {} : { data: { entityId: m.entity.id, entityName: m.entity.name, form: m.text, listPath: m.entity.source.path } }),
      });
    }
    return out;
  },
};
