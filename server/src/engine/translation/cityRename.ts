import type { TextEdit } from '../types';
import { writesWhole } from '../wholeWord';
import { foldKey } from '../entities/fold';
import { apostropheOf } from './frenchElision';
import { cityGroup, cityNames } from './cities';
import { EXONYMS } from './exonyms';
import type { PlaceMention } from './swappedPlaces';

// One city named for another between versions ("Alexandria" / « du Caire »):
// the edit that names, in this version, the city the other version names, as
// this version's language writes it and with the preposition French puts
// before it (« à Alexandrie », « au Caire », « d’Alexandrie », « du Caire »).
// A city that has several names (Cairo, « Le Caire ») is named as the article
// already names it elsewhere, or in English by its English name; failing
// both, French gets no fix rather than a guess.

/** Whether all `names` are one spelling, hyphens and case aside (Tel Aviv, « Tel-Aviv »); an accent makes another spelling (Seoul, « Séoul »). */
function oneName(names: readonly string[]): boolean {
  const key = (n: string): string => n.toLowerCase().replace(/[-\s]+/gu, ' ');
  return names.every((n) => key(n) === key(names[0] ?? ''));
}

/** A name French spells its own way: an article, a French accent, a French ending (« Le Caire », « Bâle », « Alexandrie », « Venise »). */
const FRENCH_MARK = /^(?:Le|La|Les)[ \u00A0-]|[éèêâîôûçëïœ]|(?:ie|que|ise|ille)$/u;

/** The accents French writes (not a transliteration's macron: Kolhāpur is « Kolhapur » in French copy). */
const FRENCH_ACCENT = /[àâäçéèêëîïôöùûüÿœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ]/u;

/** A name's word French does not join with hyphens: a Spanish or Portuguese particle, a foreign article, "New", "Buenos". */
const FOREIGN_PARTICLE = /(?:^|[ -])(?:de|do|da|dos|das|del|di|Los|Las|San|Santa|Santo|São|Sao|New|Buenos|El|Kuala|Hong|Abu|Dar)(?:[ -]|$)/u;

/** How `lang` names the city `key`, given how the other version wrote it (`other`) and what this article says elsewhere. */
function nameIn(lang: string, key: string, other: string, prose: string): string | undefined {
  // SAME_CITY's group first: the table may hold one spelling of a name it folds alike (Seoul, « Séoul »).
  const group = cityGroup(key);
  const names = [...new Set([...group, ...cityNames(lang, key)])];
  if (names.length === 0) return other;
  // Spelt alike but for hyphens: French joins a city's words with them, English with spaces (Tel Aviv / « Tel-Aviv », Port Vila / « Port-Vila »).
  if (oneName(names)) {
    // French hyphenates none of the names built with a foreign particle or article (Rio de Janeiro, Buenos Aires, Los Angeles, New York).
    const hyphenates = lang === 'fr' && !names.some((n) => FOREIGN_PARTICLE.test(n));
    if (names.length > 1) return names.find((n) => n.includes('-') === hyphenates) ?? other;
    // English copy drops the accents French writes (Chateauroux / « Châteauroux »): French gets them back from the list.
    const listed = names[0];
    return lang === 'fr' && listed !== undefined && listed !== other && foldKey(listed) === foldKey(other) && FRENCH_ACCENT.test(listed) ? listed : other;
  }
  // Written in capitals counts (a dateline's "ZURICH"): the name is then written as the group spells it.
  const said = names.find((n) => writesWhole(prose, n)) ?? names.find((n) => writesWhole(prose, n.toUpperCase()));
  if (said !== undefined) return said;
  if (lang === 'en') return group[0];
  // French: the one name of the group French spells its own way (by its look, or as the exonyms give French's
  // name of the English one: « Londres »), or none.
  const english = foldKey(group[0] ?? '');
  const wordByWord = (n: string): string => foldKey(n).split(/[\s-]+/u).map((w) => EXONYMS.get(w) ?? w).join(' ');
  const french = group.slice(1).filter((n) => FRENCH_MARK.test(n) || (foldKey(n) !== english && (EXONYMS.get(foldKey(n)) === english || frenchTransliteration(foldKey(n), english) || wordByWord(n) === english)));
  if (french.length === 1) return french[0];
  // Several: the one with French's own marks (« Khan Younès » before « Khan Younis »), or, spelt alike but for
  // hyphens, the one French joins with them (« Addis-Abeba »).
  const marked = french.filter((n) => FRENCH_MARK.test(n));
  if (marked.length === 1) return marked[0];
  return french.length > 1 && oneName(french) ? french.find((n) => n.includes('-')) : undefined;
}

/** Whether `french` writes `english` as French transliterates: "ou" for "u", "dj" for "j", "ss" for "s", "tch" for "ch" (Tobrouk, Mossoul, Djeddah). */
function frenchTransliteration(french: string, english: string): boolean {
  const anglicised = french.replace(/ou/gu, 'u').replace(/dj/gu, 'j').replace(/ss/gu, 's').replace(/tch/gu, 'ch');
  return anglicised !== french && anglicised === english;
}

/** A French preposition before a city, the article of « Le Caire » contracted into it or not. */
const FR_BEFORE = /(?:(?<![\p{L}\p{M}])(à|de|du|au)[ \u00A0]+|(?<![\p{L}\p{M}])(d)(['’]))$/u;

/**
 * The edit that puts, in place of `x` in `prose` (in `lang`), the city `y` names in the other version; undefined
 * when how this version names it is not known for sure.
 */
export function renameCity(prose: string, lang: string, x: PlaceMention, y: PlaceMention, yKey: string): TextEdit | undefined {
  const l = lang.toLowerCase().split(/[-_]/u)[0];
  if (l !== 'en' && l !== 'fr') return undefined;
  let name = nameIn(l, yKey, y.text, prose);
  if (name === undefined) return undefined;
  // A dateline in capitals keeps them ("JOHANNESBURG").
  if (x.text === x.text.toUpperCase() && /\p{Lu}{2}/u.test(x.text)) name = name.toUpperCase();
  else if (/^\p{Lu}{2}/u.test(name) && !/^\p{Lu}{2}/u.test(x.text)) name = name.charAt(0) + name.slice(1).toLowerCase();
  if (l === 'en') return { start: x.start, end: x.end, newText: name };
  const before = FR_BEFORE.exec(prose.slice(Math.max(0, x.start - 6), x.start));
  if (!before) return /^(?:Le|La|Les)[ \u00A0]/u.test(name) ? undefined : { start: x.start, end: x.end, newText: name };
  const start = x.start - before[0].length;
  const apostrophe = before[3] ?? apostropheOf(prose);
  // « de » or « à », whatever the contraction before the old name.
  const to = before[1] === 'à' || before[1] === 'au';
  const le = /^Le[ \u00A0]/u.exec(name);
  if (le) return { start, end: x.end, newText: `${to ? 'au' : 'du'} ${name.slice(le[0].length)}` };
  if (to) return { start, end: x.end, newText: `à ${name}` };
  // « d’Alexandrie », « de Tunis »; « de La Haye ».
  return { start, end: x.end, newText: /^[aeiouyâàéèêîôûAEIOUYÂÀÉÈÊÎÔÛ]/u.test(name) ? `d${apostrophe}${name}` : `de ${name}` };
}
