import { frenchWord } from '../spelling/frenchWords';
import { mentionsOf } from '../articleMentions';
import type { EntityIndex } from '../entities/entityIndex';
import { isMonthOrWeekday } from '../dates/dateNames';
import { say } from '../messages';
import { articleWords, endSlipBetween, foldName, latinSurnameSlip, peopleOf, plainVowelSlip, shortVowelBetween, slipBetween, unexplained, type ArticleWords, type NameToken } from '../translation/nameVariants';
import { citiesIn, oneCity, regionsIn } from '../translation/cities';
import { countriesIn } from '../translation/countries';
import { EXONYMS } from '../translation/exonyms';
import { isArabicFirstName, isFrenchFirstName, isFirstName, isJapaneseFirstName, isLatinScriptFirstName, isPersianFirstName } from '../translation/firstNames';
import { otherFirstNames, type OtherFirstName } from '../translation/otherFirstName';
import { spanProperNames } from '../translation/fingerprints';
import { disagreementFixes, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Article, Locale, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// A name spelt one way in one version and one slip away in another
// ("Ousmane Sonko" / "Ousmane Sanko"). A slip of a listed name is
// entity.spelling's business, but a listed name is still the right spelling
// a slip is measured against. Transliterations differ in exactly this way
// (Dmitry / Dmitri, Abdallah / Abdullah), so a spelling found in one version
// only is flagged only with evidence that it is the same name gone wrong:
// - the version itself also writes the other spelling next to the same
//   first name or surname, or
// - the slip is one no transliteration makes (see `unexplained`), and the
//   same neighbouring name in the other version, or a single stray typing
//   slip beside the right spelling in this version, ties the two together;
// - a last letter doubled or not (Holzmann / Holzman), or changed in a way
//   no ending explains (Sawadogo / Sawadoga), counts only next to the same
//   first name;
// - accents both versions write in different places (Feijóo / Feijoó).
// Never months or weekdays, never a capitalised common word.

const wordsCache = new WeakMap<Article, { entities: EntityIndex; words: ArticleWords }>();

function wordsOf(ctx: DocumentContext): ArticleWords {
  const hit = wordsCache.get(ctx.article);
  if (hit && hit.entities === ctx.entities) return hit.words;
  const mentions = mentionsOf(ctx.article, ctx.entities);
  const inMention = (start: number, end: number): boolean => {
    // Mentions are sorted by start: the last one starting before `end` is the only one that can cover it.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid]?.start ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if ((mentions[k]?.end ?? 0) > start) return true;
    return false;
  };
  const spans = ctx.article.paragraphs.flatMap((p) => spanProperNames(ctx.article, p, ctx.entities));
  const words = articleWords(ctx.article.prose, spans, inMention);
  wordsCache.set(ctx.article, { entities: ctx.entities, words });
  return words;
}

/** Name spellings by first folded letter and length, to compare each with the few that could be one slip away. */
function byShape(names: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of names) {
    const f = foldName(n);
    const key = `${f.charAt(0)}${f.length}`;
    const list = out.get(key) ?? [];
    list.push(n);
    out.set(key, list);
  }
  return out;
}

function nearby(shapes: Map<string, string[]>, y: string): string[] {
  const f = foldName(y);
  return [-1, 0, 1].flatMap((d) => shapes.get(`${f.charAt(0)}${f.length + d}`) ?? []);
}

/** An occurrence of `x` (in `xw`) that shares a neighbouring name with one of `ys` (in `yw`), spelt alike or as a transliteration would (Dmitry / Dmitri). */
function sharedNeighbour(yw: ArticleWords, ys: readonly NameToken[], xw: ArticleWords, xs: readonly NameToken[]): NameToken | undefined {
  const befores = ys.map((o) => yw.before(o)).filter((w) => w !== undefined);
  const afters = ys.map((o) => yw.after(o)).filter((w) => w !== undefined);
  const alike = (words: readonly string[], w: string | undefined): boolean => w !== undefined && words.some((v) => v === w || sameName(v, w));
  return xs.find((p) => alike(befores, xw.before(p)) || alike(afters, xw.after(p)));
}

/**
 * The last vowel changed after a plain consonant, a for e, o for e or a for o
 * (Nakamura / Nakamure, Kamba / Kambe), in a name of five letters or more,
 * or u for o in one of four (Uslu / Uslo): an ending transliterations trade
 * (Ahmed / Ahmad ends in a consonant) only in names they touch, so the
 * caller asks for the same first name too.
 */
function lastVowelSlip(x: string, y: string): boolean {
  const a = [...foldName(x)];
  const b = [...foldName(y)];
  const n = a.length;
  if (n < 4 || b.length !== n || a.slice(0, -1).join('') !== b.slice(0, -1).join('')) return false;
  const before = a[n - 2] ?? '';
  if (!/^[b-df-gj-np-tv-z]$/u.test(before) || before === 'h' || before === 'w' || before === 'y') return false;
  const pair = [a[n - 1], b[n - 1]].sort().join(' ');
  return pair === 'o u' || (n >= 5 && ['a e', 'e o', 'a o'].includes(pair));
}

/** Whether the word before `ys` is written, letter for letter, before one of `xs` too (Hakainde Hichilema / Hakainde Hichilama). */
function sameFirstName(yw: ArticleWords, ys: readonly NameToken[], xw: ArticleWords, xs: readonly NameToken[]): boolean {
  const firsts = new Set(ys.map((t) => yw.before(t)).filter((w): w is string => w !== undefined));
  return xs.some((t) => {
    const w = xw.before(t);
    return w !== undefined && firsts.has(w);
  });
}

/** Whether `x` and `y` differ by "er" for "re" (Chambers / Chambres). */
function erForRe(x: string, y: string): boolean {
  const a = foldName(x);
  const b = foldName(y);
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return [a.slice(k, k + 2), b.slice(k, k + 2)].sort().join(' ') === 'er re';
}

/** Whether English copy writes `ys` after a Spanish, Portuguese or Italian particle, inside a name of that language ("Teatro de La Habana"). */
function foreignNamed(prose: string, lang: string, ys: readonly NameToken[]): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false;
  return ys.some((t) => /\p{Lu}[\p{L}\p{M}]*[ \u00A0](?:de|del|da|do|dos|das|di|della)(?:[ \u00A0](?:La|El|Los|Las|Lo|A|O))?[ \u00A0]$/u.test(prose.slice(Math.max(0, t.start - 30), t.start)));
}

/** Whether the word before any of `ys` is a Persian first name ("Mehdi Karroubi"). */
function persianBefore(prose: string, ys: readonly NameToken[]): boolean {
  return ys.some((t) => (prose.slice(Math.max(0, t.start - 40), t.start).match(/[\p{L}\p{M}'’-]+/gu) ?? []).slice(-1).some(isPersianFirstName));
}

/** Whether one of the two words before any of `ys` is an Arabic first name ("Mohamed Hamdan Dagalo"). */
function arabicBefore(prose: string, ys: readonly NameToken[]): boolean {
  return ys.some((t) => (prose.slice(Math.max(0, t.start - 40), t.start).match(/[\p{L}\p{M}'’-]+/gu) ?? []).slice(-2).some(isArabicFirstName));
}

/**
 * Whether a first name of Europe's west, the Americas or Japan stands before
 * `ys` (Margrethe Vestager, Fumio Kishida): a surname after it is no
 * transliteration, and its "-er" written "-ar" is a slip, where Ahmed / Ahmad is not.
 */
function westernFirstName(words: ArticleWords, ys: readonly NameToken[]): boolean {
  return ys.some((t) => {
    const w = words.before(t);
    // Three letters at least: "Al" and "El" open Arabic names (al-Qaeda, El Fasher).
    return w !== undefined && [...w].length >= 3 && isLatinScriptFirstName(w);
  });
}

/** Whether `x` and `y` differ only by "er" for "re" at the end (Carter / Cartre, Chambers / Chambres). */
function erSwapped(x: string, y: string): boolean {
  const a = foldName(x);
  const b = foldName(y);
  const end = /(?:er|re)s?$/u;
  return a.length === b.length && a.length >= 5 && a !== b && end.test(a) && end.test(b) && a.replace(end, '') === b.replace(end, '') && erForRe(x, y);
}

/** Whether every `ys` and every `xs` opens a name (no name word before it), and none of them before the same surname. */
function twoPeople(yw: ArticleWords, ys: readonly NameToken[], xw: ArticleWords, xs: readonly NameToken[]): boolean {
  if (!ys.every((o) => yw.before(o) === undefined) || !xs.every((o) => xw.before(o) === undefined)) return false;
  const surnames = new Set(ys.map((o) => yw.after(o)).filter((w) => w !== undefined));
  return !xs.some((o) => {
    const w = xw.after(o);
    return w !== undefined && surnames.has(w);
  });
}

/** Letters French spelling writes and transliterations into English or French do not invent. */
const FRENCH_LETTER = /[àâäçéèêëîïôöùûüÿœ]/u;

/**
 * Whether both versions write the name in French spelling: the two spellings
 * carry the same accents (Mélenchon / Mélanchon, Rodríguez / Rodrígez), or the first name beside
 * it is written alike in both, accents included (Gérald, Éric). A
 * transliterated name differs between languages (Netanyahu / Nétanyahou,
 * Sergei / Sergueï); a French one does not.
 */
function frenchSpelt(yw: ArticleWords, ys: readonly NameToken[], xw: ArticleWords, xs: readonly NameToken[], x: string, y: string): boolean {
  // Any accent both write alike says the same: Spanish "Rodríguez" / "Rodrígez" is spelt, not transliterated.
  const accents = (w: string): string => [...w.normalize('NFC').toLowerCase()].filter((c) => c > '\u007f' && /\p{L}/u.test(c)).join('');
  if (accents(x) !== '' && accents(x) === accents(y)) return true;
  // The first name is the word before ("Fondation Léa Yésséto" says nothing of "Fondation"): one with a French
  // accent, or a common French first name ("Michel Barnier", "Christine Lagarde").
  const mine = new Set(ys.map((t) => yw.before(t)).filter((w): w is string => w !== undefined && (FRENCH_LETTER.test(w.toLowerCase()) || isFrenchFirstName(w))));
  return xs.some((t) => {
    const w = xw.before(t);
    return w !== undefined && mine.has(w);
  });
}

/**
 * Whether this version keeps a house style that drops accents (AP's): it writes no name with an accent
 * but those the entity list spells for it ("Goïta"), so with one accented name only ("Jean-Francois
 * Payen" / « Jean-François ») a dropped accent cannot be told from that style; or it drops them from two
 * other names the other version accents (Cisse, Keita). One that writes "Léandre" and drops nothing keeps them.
 */
function dropsAccents(mine: ArticleWords, theirs: ArticleWords, y: string): boolean {
  if (![...mine.names].some(([k, ts]) => ACCENT.test(k) && !ts.every((t) => t.claimed))) return true;
  const accented = new Set([...theirs.names.keys()].filter((k) => ACCENT.test(k)).map((k) => foldName(k)));
  let dropped = 0;
  for (const k of mine.names.keys()) if (k !== y && !ACCENT.test(k) && !theirs.names.has(k) && accented.has(foldName(k)) && ++dropped >= 2) return true;
  return false;
}

/** Whether every letter beyond ASCII in `word` is one French spelling writes ("Kessié" yes, "Erdoğan" no: French copy writes Erdogan). */
function onlyFrenchAccents(word: string): boolean {
  const extra = [...word.normalize('NFC').toLowerCase()].filter((c) => c > '\u007f');
  return extra.length > 0 && extra.every((c) => FRENCH_LETTER.test(c));
}

/** Two spellings that differ in their last letter only, or by a letter added at the end (Lombard / Lombart, Assous / Assou). */
function lastLetterApart(x: string, y: string): boolean {
  const a = [...foldName(x)];
  const b = [...foldName(y)];
  if (Math.min(a.length, b.length) < 4) return false;
  if (a.length === b.length) return a.slice(0, -1).join('') === b.slice(0, -1).join('') && a[a.length - 1] !== b[b.length - 1];
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.slice(0, -1).join('') === short.join('');
}

/** The same neighbouring name, however each language writes it: Dmitry / Dmitri, Benjamin / Benyamin, Sergei / Sergueï. */
function sameName(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  const slip = slipBetween(a, b);
  if (slip !== undefined && !unexplained(slip)) return true;
  let k = 0;
  while (k < fa.length && fa[k] === fb[k]) k++;
  // Dmitry / Dmitri; not Grand / Grande, Saint / Sainte: an ending added is another word.
  const tails = [fa.slice(k), fb.slice(k)].sort();
  return k >= 4 && tails[1] !== undefined && tails[1].length <= 1 && !(tails[0] === '' && (tails[1] === 'e' || tails[1] === 's'));
}

export const translationName: TranslationRule = {
  id: 'translation.name',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A name that is not in the entity list is spelt differently in two versions of the same article.',
    fr: 'Un nom absent de la liste d’entités est orthographié différemment dans deux versions d’un même article.',
  },
  examples: [
    { lang: 'en', bad: 'Ousmane Sonko … Ousmane Sonko / Ousmane Sonko … Ousmane Sanko', good: 'Dmitry Peskov / Dmitri Peskov' },
    { lang: 'en', bad: 'Chancellor Franz Merz / le chancelier Friedrich Merz', good: 'Olaf Schaefer / Olaf Schäfer' },
  ],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      const wa = wordsOf(a);
      const wb = wordsOf(b);
      const common = (w: string): boolean => COGNATES.has(foldName(w)) || wa.writtenLower(w) || wb.writtenLower(w);
      // Slips found from one version: each is a disagreement, reported in the other version too (below).
      const slips: Array<{ self: DocumentContext; other: DocumentContext; ys: readonly NameToken[]; anchor: NameToken }> = [];
      for (const [self, other, mine, theirs] of [
        [a, b, wa, wb],
        [b, a, wb, wa],
      ] as const) {
        let shapes: Map<string, string[]> | undefined;
        for (const [y, ys] of mine.names) {
          // A spelling both versions use is a spelling, whatever else they write;
          // a listed name is entity.spelling's (it may still be the right spelling, x, of another).
          if (theirs.names.has(y) || ys.some((o) => o.claimed) || HOLY.has(y)) continue;
          shapes ??= byShape(theirs.names.keys());
          // Its accents dropped where this version writes them elsewhere, as the other version does
          // ("Houngbedji" once, "Houngbédji" twice and in the French): a slip, whatever the house style.
          const unaccented = accentsDropped(mine, theirs, y, ys);
          if (unaccented) {
            // The other version writes it with its accents too (accentsDropped asks): the fix both agree on is sure enough for --fix.
            const there = theirs.names.get(unaccented.text)?.[0];
            for (const o of ys) out.push(there ? finding(ctx.locale, ctx.sourceLang, self, other, o, there, true) : strayFinding(ctx.locale, self, o, unaccented));
            continue;
          }
          // Its accents dropped where the other version writes them, beside a first name both versions
          // accent alike ("Léandre Houngbedji" / « Léandre Houngbédji »): this version keeps accents on that person.
          if (!ACCENT.test(y)) {
            const x = [...theirs.names.keys()].find((k) => ACCENT.test(k) && k.length === y.length && foldName(k) === foldName(y));
            const xs = x === undefined ? [] : (theirs.names.get(x) ?? []);
            const anchor = x === undefined ? undefined : sharedNeighbour(mine, ys, theirs, xs);
            // French copy keeps the accents of a name: a French version that drops the ones English keeps
            // ("Franck Kessie" / "Franck Kessié") lost them, whoever the person is.
            const frenchDropped = x !== undefined && anchor !== undefined && self.article.language.toLowerCase().startsWith('fr') && !mine.names.has(x) && onlyFrenchAccents(x);
            // English copy that keeps AP's house style (no accent of its own, or two other names without theirs) made no
            // slip: "Marie-Amelie" beside « Marie-Amélie ».
            const houseStyle = !self.article.language.toLowerCase().startsWith('fr') && dropsAccents(mine, theirs, y);
            if (x !== undefined && anchor && !houseStyle && (frenchDropped || frenchSpelt(mine, ys, theirs, xs, x, y))) {
              for (const o of ys) out.push(finding(ctx.locale, ctx.sourceLang, self, other, o, anchor, false));
              continue;
            }
          }
          // Written otherwise elsewhere in this very version: that is what it is a slip of.
          const stray = strayInVersion(mine, theirs, y, ys, common, self.article.language);
          // Inside a name in Spanish, Portuguese or Italian, English copy keeps that language's spelling ("Gran Teatro de
          // La Habana" beside "Havana").
          if (stray && !foreignNamed(self.article.prose, self.article.language, ys)) {
            out.push(strayFinding(ctx.locale, self, ys[0] as NameToken, stray));
            continue;
          }
          // Accents both versions write, but not alike (Feijóo / Feijoó, Pérez / Peréz): one of them is misplaced.
          // English that drops them (Perez) says nothing.
          // English drops the accent of a capital as often as not ("Champs-Elysées" / « Champs-Élysées »): that says nothing.
          // Not a háček or another mark French never writes on a capital: "Sefčovič" for "Šefčovič" lost it.
          const capitalBare = (w: string): string => (FRENCH_CAPITALS.has(w.charAt(0)) ? w.charAt(0).normalize('NFD').charAt(0) : w.charAt(0)) + w.slice(1);
          const accented = nearby(shapes, y).find(
            (x) => x !== y && foldName(x) === foldName(y) && ACCENT.test(x) && ACCENT.test(y) && x.toLowerCase() !== y.toLowerCase() && capitalBare(x).toLowerCase() !== capitalBare(y).toLowerCase(),
          );
          const accentAnchor = accented === undefined ? undefined : theirs.names.get(accented)?.[0];
          if (accentAnchor) {
            for (const o of ys) out.push(finding(ctx.locale, ctx.sourceLang, self, other, o, accentAnchor, false));
            continue;
          }
          let candidates = nearby(shapes, y).filter((x) => x !== y && (slipBetween(x, y, true) !== undefined || endSlipBetween(x, y) || erSwapped(x, y)));
          // A last letter an ending or a transliteration could explain (Lombard / Lombart): a candidate still, which only French spelling will confirm.
          if (candidates.length === 0) candidates = nearby(shapes, y).filter((x) => x !== y && lastLetterApart(x, y) && !peopleOf(x, y));
          if (candidates.length !== 1) continue;
          const x = candidates[0] ?? '';
          // A capitalised common word ("Mais" starting a sentence) is not a name;
          // a spelling the other version writes where names are not looked for (a sentence's first word) is its spelling too.
          if (common(x) || common(y) || theirs.written(y) || isMonthOrWeekday(x) || isMonthOrWeekday(y)) continue;
          // A country and its people ("Honduras" / "Hondurans"), or two places (Ireland, Iceland): two words, no slip.
          if (namesAPlace(x, self.article.language) && namesAPlace(y, self.article.language)) continue;
          // Two first names, each opening a name, before other surnames, are two people's (Marine Le Pen, Marie Toussaint),
          // not one name gone wrong; before the same surname, one is a slip (Andrej Duda / Andrzej Duda).
          if (isFirstName(x) && isFirstName(y) && twoPeople(mine, ys, theirs, theirs.names.get(x) ?? [])) continue;
          const xsHere = mine.names.get(x) ?? [];
          const xsThere = theirs.names.get(x) ?? [];
          const tiedHere = sharedNeighbour(mine, ys, mine, xsHere);
          const tiedThere = sharedNeighbour(mine, ys, theirs, xsThere);
          // Inside the word, a slip no transliteration makes needs less to tie it (see above).
          const inside = slipBetween(x, y);
          // Untied, the other spelling elsewhere in this version only counts for a single stray
          // occurrence that is a typing slip (letters swapped, a doubled letter lost): two words
          // written several times each, or a letter for another, are as often two words
          // (Jude and June; the Capitol and Capital One Arena).
          const strayHere = xsHere.length > 0 && ys.length === 1 && inside !== undefined && inside.kind !== 'substitution';
          // A last letter doubled or not (Holzmann / Holzman) needs the same neighbour in both versions; a final "s" may be a plural.
          // Not after a first name of Europe's west, the Americas or Japan, where a surname is no plural (Lewis Strauss / Straus).
          const endDoubled =
            inside === undefined &&
            tiedThere !== undefined &&
            slipBetween(x, y, true)?.kind === 'insertion' &&
            (!/s$/iu.test(foldName(x)) || (westernFirstName(mine, ys) && sameFirstName(mine, ys, theirs, xsThere)));
          // This version writes the other spelling too, and the other version writes it beside the same name:
          // a translator who transliterates does it the same way throughout (Mme von der Leyen … Ursula von der Layen).
          // Not for first names: two people may spell one name two ways (Abu Mohammad al-Jolani, Mohammed Ghazi al-Jalali).
          const alsoWrittenHere = inside !== undefined && tiedThere !== undefined && xsHere.length > 0 && !(isFirstName(x) && isFirstName(y));
          // A last letter gone wrong (Sawadoga, Rutter) needs the same neighbour in both versions, as a doubled one does.
          const endSlip = inside === undefined && tiedThere !== undefined && endSlipBetween(x, y);
          // A final "s" or "e" added or dropped (Parsons / Parson, Newsom / Newsome) beside the same first name of Europe's
          // west, the Americas or Japan: a surname there is no plural, and takes no French ending.
          const endSOrE = inside === undefined && tiedThere !== undefined && finalSOrE(x, y) && westernFirstName(mine, ys) && sameFirstName(mine, ys, theirs, xsThere);
          // A name both versions write in French spelling ("Jean-Luc Mélenchon", "Gérald Darmanin") is not
          // transliterated: beside the same first name, any one slip is a slip (Mélanchon, Darmnin, Lombart).
          const frenchSlip = tiedThere !== undefined && (inside !== undefined || lastLetterApart(x, y)) && frenchSpelt(mine, ys, theirs, xsThere, x, y);
          // A plain vowel slipped (Hichilama) beside a first name both versions write letter for letter:
          // a translator who keeps the first name as it is keeps the surname too.
          const vowelSlip =
            tiedThere !== undefined && ((inside !== undefined && plainVowelSlip(x, inside, westernFirstName(mine, ys))) || lastVowelSlip(x, y)) && sameFirstName(mine, ys, theirs, xsThere);
          // Two letters swapped, which no transliteration does, in a word of five letters or more (Kaédi / Kadéi):
          // a typing slip even untied, as a place has no neighbouring name to tie it.
          // Not "er" for "re", how English and French end many words (Chambers / Chambres, Centers / Centres).
          const swapped = inside?.kind === 'transposition' && [...foldName(x)].length >= 5 && !erForRe(x, y);
          // Beside the first name both versions write alike, a surname takes no French ending (Dwayne Carter / Dwayne Cartre).
          const frenchEnding = erSwapped(x, y) && tiedThere !== undefined && sameFirstName(mine, ys, theirs, xsThere);
          // A short vowel written or not (Kishida / Kishda, Evenepoel / Evenpoel) beside the first name both versions write
          // letter for letter: transliterations vary so only in names English and French take from Arabic each their own way
          // (Dagalo / Daglo), which an Arabic first name before it tells.
          const vowelDropped = tiedThere !== undefined && inside !== undefined && shortVowelBetween(inside) && [...foldName(x)].length >= 6 && sameFirstName(mine, ys, theirs, xsThere) && !arabicBefore(self.article.prose, ys);
          // A short vowel left out or added once where this version and the other both write the name otherwise
          // (Kalamata … Kalamta / « Kalamata »): a version spells a name one way, whatever transliterations do.
          const strayVowel = xsHere.length > 0 && xsThere.length > 0 && ys.length === 1 && inside !== undefined && shortVowelBetween(inside) && !isFirstName(x) && [...foldName(x)].length >= 6;
          // French doubles an "s" between vowels that English writes single (al-Sisi / al-Sissi), never the other way:
          // a French version that writes one "s" where the English writes two lost it (Magnussen / Magnusen).
          const frenchLostS =
            tiedThere !== undefined && inside?.kind === 'insertion' && inside.doubled && inside.letter === 's' && self.article.language.toLowerCase().startsWith('fr') && [...foldName(x)].length > [...foldName(y)].length;
          // French writes "ou", "dj" and "tch" for the "u", "j" and "ch" of English transliterations (Umerov / Oumerov,
          // Jibril / Djibril, Shevchuk / Chevtchouk), and "gu" for a hard g before e or i (Sergei / Sergueï), never the
          // other way: a French version that writes fewer letters there than the English (Bazoum / « Bazum »,
          // N’Guessan / « N’Gessan ») lost one. Not "o" for "ou": French writes Rohani where English writes Rouhani.
          const frenchLostLetter =
            tiedThere !== undefined &&
            inside?.kind === 'insertion' &&
            !inside.doubled &&
            self.article.language.toLowerCase().startsWith('fr') &&
            [...foldName(x)].length > [...foldName(y)].length &&
            ((inside.letter === 'o' && inside.after === 'u') || (inside.letter === 'u' && inside.before === 'g' && /^[eiy]$/u.test(inside.after ?? '')) || (inside.letter === 'd' && inside.after === 'j') || (inside.letter === 't' && inside.after === 'c'));
          // Beside the same first name of Europe's west, the Americas or Japan, a surname is written letter for letter in both versions.
          const latinSlip =
            tiedThere !== undefined && inside !== undefined && latinSurnameSlip(x, inside, ys.some((t) => isJapaneseFirstName(mine.before(t) ?? ''))) && sameFirstName(mine, ys, theirs, xsThere) && westernFirstName(mine, ys);
          // So is its last letter, a consonant for another (Mario Dumont / Dumond): no ending of either language explains it there.
          const latinEnd =
            inside === undefined &&
            tiedThere !== undefined &&
            [...foldName(x)].length === [...foldName(y)].length &&
            lastLetterApart(x, y) &&
            CONSONANT.test([...foldName(x)].pop() ?? '') &&
            CONSONANT.test([...foldName(y)].pop() ?? '') &&
            sameFirstName(mine, ys, theirs, xsThere) &&
            westernFirstName(mine, ys);
          // A final "s" and nothing else, with no first name before it, is a plural ("sept Tours de France" beside "le
          // Tour de France"), whatever neighbour ties the two; after a first name, a surname is no plural (Paul Griffith).
          const plural = inside === undefined && (foldName(y) === `${foldName(x)}s` || foldName(x) === `${foldName(y)}s`);
          if (plural && !endSOrE && !ys.some((t) => isFirstName(mine.before(t) ?? ''))) continue;
          // A vowel between an Arabic "h" and a last consonant is how transliterations differ (Fahd / Fahad, Antoine Lahd /
          // « Antoine Lahad »), whatever the first name: Lebanon's Christians carry French first names and Arabic surnames.
          // Not before a "y", which ends no Arabic name (Murphy / Murphey is a slip).
          if (inside?.kind === 'insertion' && inside.last === true && inside.before === 'h' && (inside.letter === 'a' || inside.letter === 'e') && /^[bcdfgjklmnpqrstvz]$/u.test(inside.after ?? '')) continue;
          // A consonant lost from a cluster or added to one, in a long name written once here and only the other way there
          // (Rembrandt / Rembrant): a typing slip even untied, as a swap is; transliterations trade vowels, not such consonants.
          const consonantSlip =
            inside?.kind === 'insertion' &&
            !inside.doubled &&
            unexplained(inside) &&
            CONSONANT.test(inside.letter) &&
            (CONSONANT.test(inside.before ?? '') || CONSONANT.test(inside.after ?? '')) &&
            Math.min([...foldName(x)].length, [...foldName(y)].length) >= 7 &&
            ys.length === 1 &&
            xsHere.length === 0 &&
            !isFirstName(x) &&
            !isFirstName(y) &&
            // A word of a name translated ("Contract" / « Contrat »): asked last, as the French list loads on first use.
            frenchWord(x.toLowerCase()) === undefined &&
            frenchWord(y.toLowerCase()) === undefined;
          // After a Persian first name, a letter doubled or a vowel added is how the languages transliterate (Mehdi
          // Karroubi / « Karoubi », Mohsen Rezaei / « Rezaï »), but for the doubled l of a name made with Allah, which
          // both keep (Amir-Abdollahian); and two spellings of an Arabic name's part are each a transliteration (Adel
          // Abdul Mahdi / « Adel Abdel Mahdi »). Arabic surnames are not exempt: French copy writes Nabih Berri as English does.
          // French writes one letter where English doubles it (Karoubi), not the other way (Zarif, never « Zarrif »).
          const frenchShorter = self.article.language.toLowerCase().startsWith('fr') === [...foldName(y)].length < [...foldName(x)].length;
          const transliterated =
            (inside?.kind === 'insertion' && ((inside.doubled && inside.letter !== 'l' && frenchShorter) || /^[aeiouy]$/u.test(inside.letter)) && persianBefore(self.article.prose, ys)) ||
            (isArabicFirstName(x) && isArabicFirstName(y));
          const evidence =
            consonantSlip ||
            ((latinSlip || latinEnd) && !transliterated) ||
            vowelSlip ||
            swapped ||
            frenchEnding ||
            vowelDropped ||
            strayVowel ||
            frenchLostS ||
            frenchLostLetter ||
            tiedHere !== undefined ||
            endDoubled ||
            endSlip ||
            endSOrE ||
            frenchSlip ||
            alsoWrittenHere ||
            (inside !== undefined && unexplained(inside) && !transliterated && (tiedThere !== undefined || strayHere));
          if (!evidence) continue;
          const anchor = tiedThere ?? xsThere[0];
          if (!anchor) continue;
          for (const o of ys) out.push(finding(ctx.locale, ctx.sourceLang, self, other, o, anchor, xsHere.length > 0));
          slips.push({ self, other, ys, anchor });
        }
        for (const o of otherFirstNames(mine, theirs)) out.push(firstNameFinding(ctx.locale, ctx.sourceLang, self, other, o));
      }
      // A slip the evidence shows from one side only (a letter added reads as a transliteration, the same letter
      // dropped does not: McIntosh / MacIntosh) is still one disagreement, flagged in both versions, unless this
      // version writes the other's spelling too (then the slip is in it alone).
      for (const { self, other, ys, anchor } of slips) {
        const [y] = ys;
        const mine = self === a ? wa : wb;
        if (!y || mine.names.has(anchor.text) || slips.some((e) => e.self === other && e.ys.some((t) => t.text === anchor.text))) continue;
        // On the spelling the slip was read against, not on each time the other version writes it: "Baraka said" further
        // down is right when only « Nizar Barka » slipped.
        out.push(finding(ctx.locale, ctx.sourceLang, other, self, anchor, y, false));
      }
    }
    // A place each language names its own way (Castile / « Castille », Isfahan / « Ispahan ») is no slip.
    const prose = new Map(ctx.versions.map((v) => [v.article.path, v.article.prose]));
    const folded = (path: string, start: number, end: number): string => foldName(prose.get(path)?.slice(start, end) ?? '');
    const exonyms = (x: string, y: string): boolean => x !== y && ((EXONYMS.get(x) ?? x) === (EXONYMS.get(y) ?? y) || oneCity(x, y));
    // German umlauts written out (Schäfer / Schaefer, Gröger / Groeger) as wire services do: one spelling.
    const written = (path: string, start: number, end: number): string => umlautsWritten(prose.get(path)?.slice(start, end) ?? '');
    return out.filter(
      (f) =>
        !f.related.some(
          (r) =>
            r.path !== f.path &&
            (exonyms(folded(r.path, r.start, r.end), folded(f.path, f.start, f.end)) || written(r.path, r.start, r.end) === written(f.path, f.start, f.end)),
        ),
    );
  },
};

/**
 * A spelling written once, one slip no transliteration makes away from one
 * this version writes at least twice, where the other version has neither
 * (it writes the name its own way: "M. Nétanyahou … Benyamin Nétanyaou" in
 * a French version whose English says "Netanyahu"): the one-off is the slip.
 */
/** A name with its umlauts written out, as English wire copy often does (ä ae, ö oe, ü ue, ß ss); other accents kept. */
function umlautsWritten(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss');
}

/** Whether one name is the other with an "s" or an "e" after it (Parsons / Parson, Newsom / Newsome). */
function finalSOrE(x: string, y: string): boolean {
  const [a, b] = [foldName(x), foldName(y)];
  return a.length >= 4 && b.length >= 4 && (a === `${b}s` || b === `${a}s` || a === `${b}e` || b === `${a}e`);
}

/** The words of a saint's name in a place's (« basilique Saint-Pierre », « éparchie Saints-Pierre-et-Paul »): no one's name. */
/**
 * Words of names whose English and French are one slip apart, cognates rather than a name misspelt: "Formula One" /
 * « Formule 1 », "Mount Kenya" / « mont Kenya », "Socialist Party" / « Parti socialiste », "East Timor" / « Timor-Est ».
 * An article need not write them in small letters anywhere for them to be words.
 */
const COGNATES: ReadonlySet<string> = new Set(
  ('formule formula parti party mont mount cap cape ile iles isle isles cour parc pacte pact groupe group institut institute golfe est east ' +
    'musee museum republique republic centre center theatre theater metro opera fonds rallye rally trophee trophy ligue league').split(' '),
);

const CONSONANT = /^[bcdfgjklmnpqrstvwxz]$/u;

const HOLY = new Set(['Saint', 'Sainte', 'Saints', 'Saintes', 'San', 'Santa', 'Santo', 'Santos', 'São', 'Sao', 'Sankt', 'Sint']);

/** A letter with a diacritic, precomposed or not. */
const ACCENT = /[\u00C0-\u024F]|\p{M}/u;

/** A century or a ruler's number: "XIXe", "XXe", "IIe". */
const ROMAN = /^[IVXLCDM]+(?:e|er|re|ème|th|st|nd|rd)?$/u;

/**
 * The accented spelling of `y` that this version writes elsewhere, beside the
 * same name, and the other version writes too, when `y` itself, written
 * once, has no accent: a name written both ways in one version lost its
 * accents where it has none.
 */
function accentsDropped(mine: ArticleWords, theirs: ArticleWords, y: string, ys: readonly NameToken[]): NameToken | undefined {
  if (ACCENT.test(y) || ys.length !== 1) return undefined;
  for (const [x, xs] of mine.names) {
    if (x === y || !ACCENT.test(x) || foldName(x) !== foldName(y) || x.length !== y.length || !theirs.names.has(x)) continue;
    // Beside the same name both times ("Léandre Houngbédji" … "Léandre Houngbedji"): one person.
    // "Quebec" once beside "Coalition Avenir Québec" is English style next to a French name.
    // Or beside the name the other version writes with it ("Hien Yacouba Sie" … "Sié added" / « Hien Yacouba Sié »).
    return sharedNeighbour(mine, ys, mine, xs) ?? (sharedNeighbour(mine, ys, theirs, theirs.names.get(x) ?? []) ? xs[0] : undefined);
  }
  return undefined;
}

/** Capitals with the accents French writes, which English copy drops as often as not. */
const FRENCH_CAPITALS = new Set([...'ÉÈÊËÀÂÎÏÔÛÙÇ']);

/** Whether `word` alone is the whole name of a country, a city or a region: "Ireland" and "Iceland" are two places, not a slip. */
function namesAPlace(word: string, lang: string): boolean {
  const whole: Paragraph = { index: 0, start: 0, end: word.length, kind: 'paragraph' };
  const spans = (m: { start: number; end: number }): boolean => m.start === 0 && m.end === word.length;
  return countriesIn(word, whole, lang).some(spans) || citiesIn(word, whole, lang).some(spans) || regionsIn(word, whole, lang).some(spans);
}

function strayInVersion(mine: ArticleWords, theirs: ArticleWords, y: string, ys: readonly NameToken[], common: (w: string) => boolean, lang: string): NameToken | undefined {
  if (ys.length !== 1 || common(y) || isMonthOrWeekday(y) || ROMAN.test(y)) return undefined;
  let found: NameToken | undefined;
  for (const [x, xs] of mine.names) {
    if (x === y || xs.length < 2 || theirs.names.has(x)) continue;
    const slip = slipBetween(x, y);
    if (!slip || !unexplained(slip) || common(x) || isMonthOrWeekday(x) || (isFirstName(x) && isFirstName(y) && twoPeople(mine, [...ys], mine, xs))) continue;
    if (namesAPlace(x, lang) && namesAPlace(y, lang)) continue;
    // Two spellings it could be a slip of: it may be a name of its own.
    if (found) return undefined;
    found = xs[0];
  }
  return found;
}

function strayFinding(locale: Locale, self: DocumentContext, y: NameToken, x: NameToken): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  return {
    rule: 'translation.name',
    message: say(locale, {
      en: `${q(y.text)} here, but ${q(x.text)} elsewhere in this article: check the spelling.`,
      fr: `${q(y.text)} ici, mais ${q(x.text)} ailleurs dans cet article\u00a0: vérifiez l’orthographe.`,
    }),
    path: self.article.path,
    start: y.start,
    end: y.end,
    related: [{ path: self.article.path, start: x.start, end: x.end, message: say(locale, { en: 'The other spelling', fr: 'L’autre orthographe' }) }],
    fixes: [{ title: say(locale, { en: `Change to ${q(x.text)}`, fr: `Remplacer par ${q(x.text)}` }), preferred: false, edits: [{ path: self.article.path, start: y.start, end: y.end, newText: x.text }] }],
  };
}

/** Another first name before the surname both versions write: "Franz Merz" / « Friedrich Merz ». */
function firstNameFinding(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, o: OtherFirstName): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const { here, there, surname } = o;
  const ownEdit = { path: self.article.path, start: here.start, end: here.end, newText: there.text };
  return {
    rule: 'translation.name',
    message: say(locale, {
      en: `${q(here.text)} here, but ${q(`${there.text} ${surname}`)} in ${namedVersion('en', other)}: check the first name.`,
      fr: `${q(here.text)} ici, mais ${q(`${there.text} ${surname}`)} dans ${namedVersion('fr', other)}\u00a0: vérifiez le prénom.`,
    }),
    path: self.article.path,
    start: here.start,
    end: here.end,
    related: [{ path: other.article.path, start: there.start, end: there.end, message: say(locale, { en: `The first name in ${namedVersion('en', other)}`, fr: `Le prénom dans ${namedVersion('fr', other)}` }) }],
    fixes: disagreementFixes(locale, sourceLang, other, ownEdit, { path: other.article.path, start: there.start, end: there.end, newText: here.text }),
  };
}

/**
 * `alsoHere`: this version writes the other spelling too, as the other
 * version does, so the fix is sure enough for --fix and "fix all";
 * otherwise either version may be the one to change.
 */
/**
 * `y` with the one slip that parts it from `x` undone, its own accents kept: « Wagé » against the English "Wague"
 * is « Wagué », not the English spelling. `x` itself when the two differ otherwise, or a letter folds to two.
 */
function respelt(y: string, x: string): string {
  const X = [...x.normalize('NFC')];
  const Y = [...y.normalize('NFC')];
  const fold = (c: string): string => foldName(c);
  if (![...X, ...Y].every((c) => fold(c).length === 1) || foldName(x) === foldName(y)) return x;
  let i = 0;
  while (i < X.length && i < Y.length && fold(X[i] ?? '') === fold(Y[i] ?? '')) i++;
  let out: string[];
  if (X.length === Y.length) {
    let j = X.length - 1;
    while (j > i && fold(X[j] ?? '') === fold(Y[j] ?? '')) j--;
    // Two letters swapped are swapped back, each with the accent either spelling gives it (« Kadéi » is « Kaédi », "Génues" "Généus").
    const swapped = j === i + 1 && fold(X[i] ?? '') === fold(Y[j] ?? '') && fold(X[j] ?? '') === fold(Y[i] ?? '');
    const accented = (a: string, b: string): string => (a !== fold(a) || b === fold(b) ? a : b);
    out = swapped ? [...Y.slice(0, i), accented(Y[j] ?? '', X[i] ?? ''), accented(Y[i] ?? '', X[j] ?? ''), ...Y.slice(j + 1)] : [...Y.slice(0, i), ...X.slice(i, j + 1), ...Y.slice(j + 1)];
  } else if (X.length === Y.length + 1) out = [...Y.slice(0, i), X[i] ?? '', ...Y.slice(i)];
  else if (Y.length === X.length + 1) out = [...Y.slice(0, i), ...Y.slice(i + 1)];
  else return x;
  const fixed = out.join('');
  return foldName(fixed) === foldName(x) && fixed !== y ? fixed : x;
}

function finding(
  locale: Locale,
  sourceLang: string | undefined,
  self: DocumentContext,
  other: DocumentContext,
  y: NameToken,
  x: NameToken,
  alsoHere: boolean,
): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  // A first name is a name of its own, accents and all (« Michèle » for "Michelle"): the other version's is the fix.
  const ownEdit = { path: self.article.path, start: y.start, end: y.end, newText: isFirstName(y.text) ? x.text : respelt(y.text, x.text) };
  return {
    rule: 'translation.name',
    message: alsoHere
      ? say(locale, {
          en: `${q(y.text)} here, but ${q(x.text)} elsewhere in this article and in ${namedVersion('en', other)}: check the spelling.`,
          fr: `${q(y.text)} ici, mais ${q(x.text)} ailleurs dans cet article et dans ${namedVersion('fr', other)}\u00a0: vérifiez l’orthographe.`,
        })
      : say(locale, {
          en: `${q(y.text)} here, but ${q(x.text)} in ${namedVersion('en', other)}: check the spelling.`,
          fr: `${q(y.text)} ici, mais ${q(x.text)} dans ${namedVersion('fr', other)}\u00a0: vérifiez l’orthographe.`,
        }),
    path: self.article.path,
    start: y.start,
    end: y.end,
    related: [{ path: other.article.path, start: x.start, end: x.end, message: say(locale, { en: `The name in ${namedVersion('en', other)}`, fr: `Le nom dans ${namedVersion('fr', other)}` }) }],
    // Written two ways in this very version: the way both versions agree on is the fix, sure enough for --fix.
    fixes: alsoHere
      ? [{ title: say(locale, { en: `Change to ${q(x.text)}`, fr: `Remplacer par ${q(x.text)}` }), preferred: true, edits: [ownEdit] }]
      : disagreementFixes(locale, sourceLang, other, ownEdit, { path: other.article.path, start: x.start, end: x.end, newText: y.text }),
  };
}
