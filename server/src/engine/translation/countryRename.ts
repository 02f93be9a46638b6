import en from 'i18n-iso-countries/langs/en.json';
import { withFittedArticle } from '../englishArticle';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { TextEdit } from '../types';
import { writesWhole } from '../wholeWord';
import { ADJECTIVES_EN, MORE, MORE_ADJECTIVES_FR, NATIONALS_EN, PEOPLE } from './countries';
import { frenchCountryEdit } from './frenchCountryName';
import { withFrenchArticle } from './frenchElision';
import type { PlaceMention } from './swappedPlaces';
import { frenchWord } from '../spelling/frenchWords';

// One country or nationality put for another between versions: the edit that
// gives this version the other's, in the same kind of word. English gets the
// country's name ("Germany" for "Austria"), or its people's or adjective
// ("Fijian" for "Samoan"), as the word it replaces is; French gets the
// adjective or people's name, agreeing as the one it replaces (« malien »,
// « malienne », « maliens »), or the country's name with its own article
// and preposition (« au Tchad », « en Norvège »: frenchCountryName.ts).

/** The country library's names of `code` in `lang`. */
function libraryNames(lang: 'en' | 'fr', code: string): string[] {
  const lib = ((lang === 'en' ? en : fr) as { countries: Readonly<Record<string, string | readonly string[]>> }).countries[code];
  return lib === undefined ? [] : typeof lib === 'string' ? [lib] : [...lib];
}

/** Whether `text` is a French name of the country `code` (« Philippines »), not its people's. */
function frenchCountryName(code: string, text: string): boolean {
  return [...(MORE.fr[code] ?? []), ...libraryNames('fr', code)].includes(text);
}

/** English adjectives for a country's things where its people's name differs ("the Philippine central bank", "Filipino workers"). */
const THINGS_EN: Readonly<Record<string, string>> = { PH: 'Philippine', NZ: 'New Zealand', LU: 'Luxembourg' };

/** A country's people or adjective forms in `lang`, as PEOPLE and the adjective lists give them. */
function formsOf(lang: 'en' | 'fr', code: string): string[] {
  const list = lang === 'en' ? (PEOPLE.en[code] ?? ADJECTIVES_EN[code]) : (PEOPLE.fr[code] ?? MORE_ADJECTIVES_FR[code]);
  return list === undefined ? [] : list.split('|').map((w) => (lang === 'fr' ? w.toLowerCase() : w));
}

/** Gender and number of one form of a French list: 4 forms are m, f, m pl, f pl; 3 are m (either number), f, f pl; 2 are singular, plural. */
type Agreement = { feminine: boolean | undefined; plural: boolean | undefined };

function agreementOf(forms: readonly string[], i: number): Agreement {
  if (forms.length >= 4) return { feminine: i === 1 || i === 3, plural: i >= 2 };
  if (forms.length === 3) return i === 0 ? { feminine: false, plural: undefined } : { feminine: true, plural: i === 2 };
  if (forms.length === 2) return { feminine: undefined, plural: i === 1 };
  return { feminine: undefined, plural: undefined };
}

function formFor(forms: readonly string[], a: Agreement): string | undefined {
  const plural = a.plural ?? false;
  const feminine = a.feminine ?? false;
  if (forms.length >= 4) return forms[(feminine ? 1 : 0) + (plural ? 2 : 0)];
  if (forms.length === 3) return feminine ? forms[plural ? 2 : 1] : forms[0];
  if (forms.length === 2) return forms[plural ? 1 : 0];
  return forms[0];
}

/** Feminine nouns' endings (« actrice », « chanteuse », « musicienne », « romancière »), or « une », « la », « cette », « sa » before the noun. */
const FEMININE_NOUN = /(?:trices?|euses?|iennes?|ières?|esses?)[ \u00A0]+$/u;
const FEMININE_ARTICLE = /(?<![\p{L}])(?:la|une|cette|sa)[ \u00A0]+\p{L}+[ \u00A0]+$/iu;
const MASCULINE_ARTICLE = /(?<![\p{L}])(?:le|un|ce|cet|son)[ \u00A0]+\p{L}+[ \u00A0]+$/iu;

/**
 * A noun with no article before it whose "-e" makes a masculine noun feminine (« avocate » of « avocat », « élue »,
 * « étudiante », « cousine »): endings after which a masculine noun never ends in "-e" of a word of its own.
 */
const FEMININE_OF = /(?<![\p{L}])(\p{Ll}+(?:at|ant|ent|and|in|u|é|ais|ois))e[ \u00A0]+$/u;

/** Whether the noun an adjective follows is feminine, as `before` (the text up to the adjective) says; undefined when it does not. */
function feminineBefore(before: string): boolean | undefined {
  if (FEMININE_NOUN.test(before) || FEMININE_ARTICLE.test(before)) return true;
  if (MASCULINE_ARTICLE.test(before)) return false;
  const stem = FEMININE_OF.exec(before)?.[1];
  return stem !== undefined && frenchWord(stem) !== undefined ? true : undefined;
}

/** The English name a fix gives a country: one the article already writes, else the name newsrooms use. */
function englishName(code: string, prose: string): string | undefined {
  const lib = libraryNames('en', code);
  const said = [...(MORE.en[code] ?? []), ...lib].find((n) => writesWhole(prose, n));
  if (said !== undefined) return said;
  // The library's common name, not its official one ("Russia", not "Russian Federation"); failing it, a newsroom's.
  const official = /\b(?:Republic|Federation|State|of)\b/u;
  // (A republic copy names so, "the Central African Republic", is its common name.)
  const plain = (n: string): boolean => !n.includes(',') && n !== n.toUpperCase() && (!official.test(n) || WITH_THE.test(n)) && n !== 'Congo';
  // English copy's own spelling first: "Turkey", not the library's "Türkiye".
  const common = lib.find((n) => plain(n) && /^[\x20-\x7e]+$/u.test(n)) ?? lib.find(plain);
  return common ?? MORE.en[code]?.[0];
}

/** Names English says with "the": "the Netherlands", "the United States", "the Gambia". */
const WITH_THE = /^(?:Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros|Gambia|United States|United Kingdom|United Arab Emirates|Central African Republic|Czech Republic|Dominican Republic|Democratic Republic of the Congo|Solomon Islands|Marshall Islands)$/u;

/** `name` for `x` with the "the" it takes or drops, and a possessive that fits its last letter ("the Netherlands'", "Ethiopia's"). */
function englishEdit(prose: string, x: PlaceMention, name: string): TextEdit {
  const the = /(?<![\p{L}])([Tt]he)[ \u00A0]$/u.exec(prose.slice(Math.max(0, x.start - 4), x.start));
  const wantThe = WITH_THE.test(name);
  let start = x.start;
  let text = name;
  if (the && !wantThe) {
    start -= the[0].length;
  } else if (!the && wantThe) {
    // At a sentence's start, "The".
    text = `${/^\s*$|[.!?]\s*$/u.test(prose.slice(Math.max(0, x.start - 3), x.start)) ? 'The' : 'the'} ${name}`;
  }
  const possessive = /^(['’])s?(?![\p{L}])/u.exec(prose.slice(x.end, x.end + 2));
  if (!possessive?.[1]) return { start, end: x.end, newText: text };
  return { start, end: x.end + possessive[0].length, newText: `${text}${possessive[1]}${/s$/u.test(name) ? '' : 's'}` };
}

/** Words after a country that say it is a noun, not an adjective: a verb, a conjunction, a preposition, a time ("the US said", "the UK last year"). */
const NOUN_AFTER = /^[ \u00A0]+(?:and|or|but|nor|is|was|are|were|has|had|have|said|says|will|would|could|can|may|might|must|should|did|does|do|last|this|next|in|on|at|to|for|from|by|with|as|since|after|before|over|under|again|too|also|itself|alone|only)(?![\p{L}])/u;

/** Whether a country's letters ("US", "UK") stand before a noun, as an adjective: "US dollars", "the UK economy". */
function qualifies(prose: string, x: PlaceMention): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(x.text)) return false;
  const after = prose.slice(x.end, x.end + 24);
  return /^[ \u00A0]+\p{Ll}/u.test(after) && !NOUN_AFTER.test(after);
}

/**
 * A part of a country the other version names as the country's code does ("England" and « l’Angleterre » are GB):
 * the fix names that part, not the whole ("south-west England" / « l’Écosse » is fixed to « l’Angleterre »).
 */
const PART_NAMES: Readonly<Record<'en' | 'fr', Readonly<Record<string, string>>>> = {
  en: { Angleterre: 'England', 'Grande-Bretagne': 'Britain' },
  fr: { England: 'Angleterre', Britain: 'Grande-Bretagne', 'Great Britain': 'Grande-Bretagne' },
};

/**
 * The edit that puts, in place of `x` in `prose` (in `lang`), the country `code` in the same kind of word, or the part
 * of it the other version names (`theirText`); undefined when that word is not known for sure.
 */
export function renameCountry(prose: string, lang: string, x: PlaceMention, xCode: string, code: string, theirText?: string): TextEdit | undefined {
  const l = lang.toLowerCase().split(/[-_]/u)[0];
  if (l !== 'en' && l !== 'fr') return undefined;
  const mine = formsOf(l, xCode);
  const i = mine.indexOf(l === 'fr' ? x.text.toLowerCase() : x.text);
  // "the Frenchman" for "the Swiss": the other country's noun of that kind, else its people's ("Swiss", "Kenyans").
  const national = l === 'en' ? NATIONALS_EN[xCode]?.split('|').indexOf(x.text) : undefined;
  if (national !== undefined && national >= 0) {
    const plural = /(?:men|women|s)$/u.test(x.text);
    const feminine = /woman$/u.test(x.text);
    const nouns = NATIONALS_EN[code]?.split('|');
    const noun = nouns && nouns.length === 4 ? nouns[(feminine ? 1 : 0) + (plural ? 2 : 0)] : nouns?.[plural ? 1 : 0];
    const people = PEOPLE.en[code]?.split('|');
    // "seven Portuguese", "two Swiss": a people whose adjective is its noun, in either number.
    const invariable = ADJECTIVES_EN[code] !== undefined && /(?:ese|ss)$/u.test(ADJECTIVES_EN[code] ?? '') ? ADJECTIVES_EN[code] : undefined;
    const word = noun ?? (plural ? people?.find((w) => /s$/u.test(w)) : people?.[0]) ?? invariable;
    return word === undefined ? undefined : { start: x.start, end: x.end, newText: word };
  }
  // « des Philippines », « la Suisse » are the country's name, though its people's is spelt alike; « le Suisse » is a man.
  const masculineBefore = /(?<![\p{L}])(?:le|un|du|au)[ \u00A0]$/iu.test(prose.slice(Math.max(0, x.start - 4), x.start));
  if (i < 0 || (l === 'fr' && frenchCountryName(xCode, x.text) && !masculineBefore)) {
    const part = theirText === undefined ? undefined : PART_NAMES[l][theirText];
    if (l === 'fr') return frenchCountryEdit(prose, x, code, part);
    // "New Zealand-born" for "Australian-born": before "-born" English writes either, and mostly the adjective.
    // "US dollars", "UK economy": a country's letters before a noun qualify it, as an adjective does ("Canadian dollars").
    const adjective = /^-born(?![\p{L}])/u.test(prose.slice(x.end, x.end + 6)) || qualifies(prose, x) ? formsOf('en', code)[0] : undefined;
    if (adjective !== undefined) return { start: x.start, end: x.end, newText: adjective };
    const name = part ?? englishName(code, prose);
    return name === undefined ? undefined : englishEdit(prose, x, name);
  }
  const theirs = formsOf(l, code);
  if (theirs.length === 0) return undefined;
  let word: string | undefined;
  if (l === 'en') {
    // "Kenyans" against "Swiss": a plural where the other has one.
    word = i > 0 && /s$/u.test(x.text) ? (theirs.find((w, k) => k > 0 && /s$/u.test(w)) ?? theirs[0]) : theirs[0];
    // A thing is "Philippine", a person "Filipino": "the Philippine central bank".
    const thing = THINGS_EN[code];
    const after = prose.slice(x.end, x.end + 24);
    if (thing !== undefined && i === 0 && /^[ \u00A0]+\p{Ll}/u.test(after) && !NOUN_AFTER.test(after)) word = thing;
  } else {
    const agreement = agreementOf(mine, i);
    // Gender not said by the word (« belge »): the noun or article before it says it (« l’actrice belge »).
    if (agreement.feminine === undefined) agreement.feminine = feminineBefore(prose.slice(Math.max(0, x.start - 40), x.start));
    // Number not said by the word (« sénégalais »): the article before it says it.
    // Number not said by the word (« sénégalais »): the article before it says it, or the plural noun it follows
    // (« millions de dollars néo-zélandais »).
    const before = prose.slice(Math.max(0, x.start - 30), x.start);
    // A count before it says it too (« sept Portugais », « 12 Sénégalais »).
    if (agreement.plural === undefined) agreement.plural = /(?<![\p{L}])(?:les|des|ces|leurs|aux)[ \u00A0]+(?:\p{L}+[ \u00A0]+)?$/iu.test(before) || COUNT_BEFORE.test(before) || pluralNounBefore(before);
    word = formFor(theirs, agreement);
  }
  if (word === undefined) return undefined;
  // « le Kényan »: a people's name keeps its capital, and the article before it is made to fit (« l’Australien »
  // becomes « le Britannique »).
  if (l === 'fr' && /^\p{Lu}/u.test(x.text)) return withFrenchArticle(prose, x.start, x.end, word.charAt(0).toUpperCase() + word.slice(1));
  return l === 'en' ? withEnglishArticle(prose, x.start, x.end, word) : { start: x.start, end: x.end, newText: word };
}

/** A count of two or more just before a word: « sept », « 12 », « plusieurs ». */
const COUNT_BEFORE = /(?:(?<![\p{L}\d,.])(?:[2-9]|\d{2,})|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|plusieurs|quelques))[ \u00A0\u202F]+$/iu;

/** French nouns ending in "s" or "x" that are singular as often as plural. */
const INVARIABLE = new Set(['pays', 'fois', 'temps', 'prix', 'bras', 'corps', 'choix', 'poids', 'mois', 'voix', 'cours', 'discours', 'processus', 'virus', 'campus', 'consensus', 'bus', 'gaz', 'avis', 'succès', 'accès', 'procès', 'progrès', 'recours', 'secours', 'concours', 'palais', 'relais', 'marais', 'bois', 'riz', 'nez', 'taux']);

/** Whether the word right before an adjective is a plural noun (« dollars », « journaux »). */
function pluralNounBefore(before: string): boolean {
  const word = /(\p{Ll}[\p{L}\p{M}-]*)[ \u00A0]+$/u.exec(before)?.[1];
  return word !== undefined && word.length > 3 && /[sx]$/u.test(word) && !INVARIABLE.has(word);
}

/** A word said with a vowel's sound first: "an Algerian", "an Omani"; not "a Ukrainian", "a European". */
const VOWEL_SOUND = /^(?![Uu](?:k|g|r|n[io]|s)|[Ee]u)[AEIOUaeiou]/u;

/** The edit that puts `word` at start–end, with the "a" or "an" before it made to fit ("an Algerian" becomes "a Tunisian"). */
function withEnglishArticle(prose: string, start: number, end: number, word: string): TextEdit {
  return { ...withFittedArticle(prose, start, word, VOWEL_SOUND.test(word)), end };
}
