import type { TextEdit } from '../types';
import { apostropheOf, startsWithVowel } from '../translation/frenchElision';
import type { NumberMention } from './numberMentions';

// An amount put in another currency than the other version's ("30,000
// dollars" / « 30 000 euros »): the currency's word or sign said as the
// other version's, the figure left as written. Only currencies one word or
// sign names for sure in each language are rewritten; "CFA francs",
// "Hong Kong dollars" or a peso (whose?) get no fix.

/** Each currency's word in each language, singular and plural, and its sign. */
const NAMES: Readonly<Record<string, { en: readonly [string, string]; fr: readonly [string, string]; sign?: string }>> = {
  USD: { en: ['dollar', 'dollars'], fr: ['dollar', 'dollars'], sign: '$' },
  EUR: { en: ['euro', 'euros'], fr: ['euro', 'euros'], sign: '€' },
  GBP: { en: ['pound', 'pounds'], fr: ['livre', 'livres'], sign: '£' },
  JPY: { en: ['yen', 'yen'], fr: ['yen', 'yens'], sign: '¥' },
  CNY: { en: ['yuan', 'yuan'], fr: ['yuan', 'yuans'] },
  RUB: { en: ['rouble', 'roubles'], fr: ['rouble', 'roubles'] },
  NGN: { en: ['naira', 'naira'], fr: ['naira', 'nairas'] },
  ZAR: { en: ['rand', 'rand'], fr: ['rand', 'rands'] },
  GHS: { en: ['cedi', 'cedis'], fr: ['cedi', 'cedis'] },
  KRW: { en: ['won', 'won'], fr: ['won', 'wons'] },
  PLN: { en: ['zloty', 'zlotys'], fr: ['zloty', 'zlotys'] },
  // A Nordic country's crown, as the article names it.
  crown: { en: ['crown', 'crowns'], fr: ['couronne', 'couronnes'] },
  // "francs" alone, as the article says them: the country is the article's.
  FRANC: { en: ['franc', 'francs'], fr: ['franc', 'francs'] },
};

/** A currency word after the figure and its scale, French's « de » or « d’ » before it: " dollars", « d’euros ». */
const WORD_AFTER = /^[ \u00A0\u202F]+((?:de[ \u00A0\u202F]+|d['’])?)(dollars?|euros?|pounds?|livres?|yens?|yuans?|roubles?|rubles?|nairas?|rands?|cedis?|wons?|zlotys?|francs?|crowns?|couronnes?)(?![\p{L}])/u;
const SIGN_AT_START = /^(?:US)?([$€£¥])/u;
const SIGN_AT_END = /[ \u00A0\u202F]([$€£¥])$/u;

/**
 * `x` (in `lang`, read from `prose`) with its currency put as `unit`: the edit that says so, the figure left
 * alone, or undefined when the currency is not named by one plain word or sign on either side.
 */
export function rewriteCurrency(prose: string, x: NumberMention, unit: string | undefined, lang: string): TextEdit | undefined {
  const l = lang.toLowerCase().split(/[-_]/u)[0];
  if ((l !== 'en' && l !== 'fr') || unit === undefined || x.unit === undefined || NAMES[x.unit] === undefined) return undefined;
  const target = NAMES[unit];
  if (!target) return undefined;
  const word = WORD_AFTER.exec(prose.slice(x.end, x.end + 40));
  if (word?.[2] !== undefined) {
    const plural = /s$/u.test(word[2]) || Math.abs(x.value) >= 2;
    const name = target[l][plural ? 1 : 0];
    // French elides « de » before a vowel: « 30 milliards de dollars », « 30 milliards d’euros », but « de yens ».
    const of = word[1] ?? '';
    const apostrophe = /['’]/u.test(of) ? of.slice(-1) : apostropheOf(prose);
    const article = of === '' ? '' : startsWithVowel(name) ? `d${apostrophe}` : of.startsWith('de') ? of : 'de ';
    const start = x.end + word[0].length - word[2].length - of.length;
    return { start, end: x.end + word[0].length, newText: `${article}${name}` };
  }
  const sign = SIGN_AT_START.exec(x.text) ?? SIGN_AT_END.exec(x.text);
  if (sign?.[1] && target.sign !== undefined) {
    const at = sign.index + sign[0].length - sign[1].length;
    // "US$" becomes the sign alone.
    const from = sign.index === 0 ? 0 : at;
    return { start: x.start + from, end: x.start + at + sign[1].length, newText: target.sign };
  }
  return undefined;
}
