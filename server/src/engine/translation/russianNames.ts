// Russian names, which each language transliterates its own way: "Yuri
// Borisov" is « Iouri Borissov », "Nikolai Fyodorov" « Nikolaï Fiodorov ».
// A fix that puts the other version's person in this version writes the
// name this version's way: a French first name in English copy is a slip of
// its own. First names come from a table (the commonest, both ways); a
// surname is turned from French to English by the rules that undo French
// transliteration, and left as written the other way (French adds letters,
// « Poutine », that no rule can tell).

/**
 * English and French forms of Russian first names, where each form is only Russian: not "Alexander" (Stubb) nor
 * « Alexandre » (Dumas), "Elena" (Ferrante), "Piotr" (a Pole), "Vitali" (Klitschko, so in English too) or "Andrei"
 * (Plenković).
 */
const FIRST_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Alexei', 'Alexeï'], ['Dmitry', 'Dmitri'], ['Fyodor', 'Fiodor'], ['Gennady', 'Guennadi'], ['Georgy', 'Guéorgui'],
  ['Mikhail', 'Mikhaïl'], ['Nikolai', 'Nikolaï'], ['Pyotr', 'Piotr'], ['Sergei', 'Sergueï'], ['Vyacheslav', 'Viatcheslav'],
  ['Yevgeny', 'Evgueni'], ['Yuri', 'Iouri'], ['Yulia', 'Ioulia'], ['Matvei', 'Matveï'], ['Timofei', 'Timofeï'], ['Vasily', 'Vassili'],
];
/** French forms that name only a Russian, read back into English (« Piotr » is a Pole's name too: not read back). */
const TO_ENGLISH = new Map(FIRST_NAMES.filter(([, fr]) => fr !== 'Piotr').map(([en, fr]) => [fr, en]));
const TO_FRENCH = new Map(FIRST_NAMES.map(([en, fr]) => [en, fr]));

/** A French transliteration of a Russian surname undone: « Fiodorov » "Fyodorov", « Chouvalov » "Shuvalov", « Borissov » "Borisov". */
function englishSurname(word: string): string {
  return word
    .replace(/tch/gu, 'CH')
    .replace(/ch/gu, 'sh')
    .replace(/Ch/gu, 'Sh')
    .replace(/CH/gu, 'ch')
    .replace(/ou/gu, 'u')
    .replace(/Ou/gu, 'U')
    .replace(/ï/gu, 'i')
    .replace(/(?<=[BCDFGHKLMNPRSTVZbcdfghklmnprstvz])io/gu, 'yo')
    .replace(/(?<=[aeiouy])ss(?=[aeiouy])/gu, 's')
    .replace(/ski$/u, 'sky');
}

/**
 * `name` (the other version's) as `lang` writes it, when its first word is a Russian first name of the table that
 * `prose` (this version's) does not write already; undefined for any other name.
 */
export function russianNameIn(lang: string, name: string, prose: string): string | undefined {
  const words = name.split(' ');
  const first = words[0] ?? '';
  // The article's own spelling of the first name stands ("Dmitri Peskov" in English copy).
  if (!TO_ENGLISH.has(first) && !TO_FRENCH.has(first)) return undefined;
  if (new RegExp(`(?<![\\p{L}\\p{M}])${first}(?![\\p{L}\\p{M}])`, 'u').test(prose)) return undefined;
  if (lang.toLowerCase().startsWith('en')) {
    const english = TO_ENGLISH.get(first);
    return english === undefined ? undefined : [english, ...words.slice(1).map(englishSurname)].join(' ');
  }
  const french = TO_FRENCH.get(first);
  return french === undefined ? undefined : [french, ...words.slice(1)].join(' ');
}
