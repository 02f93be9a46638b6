import type { TextEdit } from '../types';

// A French word replaced by one that starts otherwise takes the article or
// preposition before it along: « l’amiral » becomes « le général », « du
// général » becomes « de l’amiral ». Without it a fix would write
// « l’général » or « le amiral ».

/** A vowel; "h" is left out, as « le haut-commissaire » and « l’hôte » both exist, and "y", a consonant in « le Yémen », « le Yorkshire ». */
const VOWEL = /^[aeiouâàäéèêëîïôöûùüœæ]/iu;

/** The apostrophe `prose` writes: straight where it writes only straight ones, curly otherwise (French's own, and the house default). */
export function apostropheOf(prose: string): string {
  return prose.includes("'") && !prose.includes('’') ? "'" : '’';
}

/** Whether French elides before `word` (« l’Irak », « d’Algérie »); not before "h" (« le Honduras ») or "y" (« le Yémen »). */
export function startsWithVowel(word: string): boolean {
  return VOWEL.test(word);
}

const ELIDED = /(?<![\p{L}\p{M}])(?:([dDàÀ]e?)[ \u00A0])?([lLdD])(['’])$/u;
const FULL = /(?<![\p{L}\p{M}])(le|Le|la|La|de|De|du|Du|au|Au)[ \u00A0]$/u;

/** Feminine title endings: « la générale », « la présidente »; « ministre », « juge », « secrétaire » say nothing. */
const FEMININE = /^\p{L}+(?:ente|ière|ère|elle|ale|ice|esse|euse|enne)(?![\p{L}\p{M}])/u;

/** Capitalised as `like` is. */
function capitalLike(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The edit that writes `newText` over `prose[start, end)`, with the article or preposition before it made to fit
 * `newText`'s first letter. The plain edit where nothing before it elides or should.
 */
export function withFrenchArticle(prose: string, start: number, end: number, newText: string): TextEdit {
  const plain = { start, end, newText };
  if (/^h/iu.test(newText)) return plain;
  const before = prose.slice(Math.max(0, start - 8), start);
  const vowel = startsWithVowel(newText);
  const elided = ELIDED.exec(before);
  if (elided && !vowel) {
    const [all, prep, letter = '', ] = elided;
    const from = start - all.length;
    // « de l’ » → « du », « à l’ » → « au »: French contracts them before a consonant.
    if (prep !== undefined && /^[lL]$/u.test(letter)) return { start: from, end, newText: `${capitalLike(/^[dD]/u.test(prep) ? 'du' : 'au', prep)} ${newText}` };
    if (prep !== undefined) return plain;
    const article = /^[dD]$/u.test(letter) ? 'de' : FEMININE.test(newText) ? 'la' : 'le';
    return { start: from, end, newText: `${capitalLike(article, letter)} ${newText}` };
  }
  const full = FULL.exec(before);
  if (full && vowel) {
    const word = full[1] ?? '';
    const apostrophe = apostropheOf(prose);
    const from = start - full[0].length;
    const lower = word.toLowerCase();
    const replaced = lower === 'du' ? `de l${apostrophe}` : lower === 'au' ? `à l${apostrophe}` : lower === 'de' ? `d${apostrophe}` : `l${apostrophe}`;
    return { start: from, end, newText: `${capitalLike(replaced, word)}${newText}` };
  }
  return plain;
}
