import { isMonthOrWeekday } from '../dates/dateNames';
import { osaDistance } from '../entities/nearMissIndex';
import type { ArticleWords, NameToken } from './nameVariants';
import { foldName } from './nameVariants';
import { isFirstName, isLatinScriptFirstName } from './firstNames';
import { looseKey } from './otherPerson';

// One version gives a person another first name than the other does:
// "Chancellor Franz Merz" / « le chancelier Friedrich Merz », "Prime
// Minister Pierre Trudeau" / « Justin Trudeau ». No slip of spelling ties the
// two first names, so translation.name's slips cannot see it, and the
// surname both versions write hides it from translation.person. What gives
// it away: the same surname, right after a first name in each version, and
// neither version ever writing the other's first name.
//
// Transliterations change first names by a letter in four (Yevgeny /
// Evgueni, Abdulaziz / Abdelaziz, Mary / Marie), or by vowels alone
// (Muhammad / Mohamed): first names that close are no other first name.
// Father and son (Omar Bongo, Ali Bongo) are two people: a version that
// names both writes both first names, and is silent.

/** Whether two loose keys are one first name written two ways: a letter apart in four (Yevgeny / Evgueni, Abdulaziz / Abdelaziz). */
function alike(a: string, b: string): boolean {
  // A letter or two added at the end is a language's form of the name (George / Georges, Jean / Jeanne).
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.length - short.length <= 2) return true;
  // Vowels are what transliterations of Arabic names trade most (Muhammad / Mohamed): the same consonants are one name.
  if (consonants(a) === consonants(b)) return true;
  const max = Math.max(1, Math.floor(Math.max(a.length, b.length) / 4));
  return osaDistance(a, b, max) <= max;
}

/**
 * Two first names of Europe's west or the Americas a slip apart ("Francia" / « Franca », "Mark" / « Marc »): no
 * transliteration makes them, and one person bears one of them. Not a language's own form (George / Georges,
 * Jean / Jeanne, Alexander / Alexandre), accents (Éric / Eric), y for i or j (Sergey / Sergei, Benjamin / Benyamin), "Ye"
 * for "E" (Yelena / Elena), nor a letter doubled (Vasily / Vassily).
 */
function westernSlip(a: string, b: string): boolean {
  const western = (x: string, y: string): boolean => isLatinScriptFirstName(x) && (isLatinScriptFirstName(y) || !isFirstName(y));
  if (!western(a, b) && !western(b, a)) return false;
  const [x, y] = [foldName(a), foldName(b)];
  // The forms languages give one name: y for i or j (Sergey / Sergei, Benjamin / « Benyamin »), -er for -re (Alexander / Alexandre).
  // A letter doubled or not is how transliterations differ too (Vasily / « Vassily »).
  // Russian "Е" opening a name is "Ye" in English copy, « E » in French (Yelena / « Elena », Yevgeny / « Evgueni »).
  // French writes "ou" for the "u" of other languages' names (Eduard / « Édouard »).
  const plain = (n: string): string => n.replace(/^ye/u, 'e').replace(/[jy]/gu, 'i').replace(/re$/u, 'er').replace(/ou/gu, 'u').replace(/(.)\1/gu, '$1');
  if (x === y || plain(x) === plain(y)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short)) return false;
  return osaDistance(x, y, 1) <= 1;
}

export interface OtherFirstName {
  /** The first name in this version. */
  here: NameToken;
  /** The other version's first name before the same surname. */
  there: NameToken;
  /** The surname after it, as the other version writes it. */
  surname: string;
}

/** Each first name of `mine` the other version writes otherwise before the same surname. */
export function otherFirstNames(mine: ArticleWords, theirs: ArticleWords): OtherFirstName[] {
  const out: OtherFirstName[] = [];
  // The other version's surnames, by loose key, with the first names before them.
  let before: Map<string, Array<{ first: NameToken; surname: string }>> | undefined;
  const firstsBefore = (): Map<string, Array<{ first: NameToken; surname: string }>> => {
    if (before) return before;
    before = new Map();
    for (const [first, tokens] of theirs.names) {
      if (!isFirstName(first)) continue;
      for (const t of tokens) {
        const surname = theirs.after(t);
        // A surname is a name of its own ("Benedict XVI" / « Benoît XVI » is a pope's name translated, no first name).
        if (surname === undefined || !theirs.names.has(surname) || (isFirstName(surname) && !lastName(theirs, t, surname))) continue;
        const key = looseKey(surname);
        const list = before.get(key) ?? [];
        list.push({ first: t, surname });
        before.set(key, list);
      }
    }
    return before;
  };
  for (const [first, tokens] of mine.names) {
    if (!isFirstName(first) || theirs.written(first) || tokens.some((t) => t.claimed)) continue;
    const key = looseKey(first);
    if (nearlyIn(first, key, theirs)) continue;
    for (const t of tokens) {
      const surname = mine.after(t);
      if (surname === undefined || !mine.names.has(surname) || (isFirstName(surname) && !lastName(mine, t, surname))) continue;
      const candidates = (firstsBefore().get(looseKey(surname)) ?? []).filter(({ first: f }) => {
        const k = looseKey(f.text);
        return !mine.written(f.text) && !nearlyIn(f.text, k, mine) && (!alike(k, key) || westernSlip(f.text, first));
      });
      // One other first name: two would be two people the other version names.
      const names = new Set(candidates.map((c) => c.first.text));
      const [c] = candidates;
      if (names.size !== 1 || !c) continue;
      // "Pierre-Alexis" against "Axel": the whole first name is what differs; "Anne-Claire" against "Anne-Marie", the part.
      const [here, there] = [compound(mine, t), compound(theirs, c.first)];
      out.push(here === t || there === c.first ? { here, there, surname: c.surname } : { here: t, there: c.first, surname: c.surname });
    }
  }
  return out;
}

/**
 * Whether `surname`, a word first-name lists hold too (Hill, James, Scott), ends the name `first` opens: one
 * space after it, and no capital after it ("Damon Hill"). Not a double first name ("John Paul II", « Jean-Paul »).
 */
function lastName(words: ArticleWords, first: NameToken, surname: string): boolean {
  const t = words.names.get(surname)?.find((s) => s.start === first.end + 1);
  return t !== undefined && words.slice(first.end, t.start) === ' ' && words.after(t) === undefined && !/^ [IVX]+\b/u.test(words.slice(t.end, t.end + 6));
}

/** A first name with the part hyphened before it ("Pierre-Alexis" for "Alexis"): what the other version's replaces. */
function compound(words: ArticleWords, t: NameToken): NameToken {
  if (words.slice(t.start - 1, t.start) !== '-') return t;
  for (const tokens of words.names.values()) {
    const before = tokens.find((b) => b.end === t.start - 1);
    if (before && isFirstName(before.text)) return { ...t, start: before.start, text: words.slice(before.start, t.end) };
  }
  return t;
}

function consonants(key: string): string {
  return key.replace(/[aeiouy]/gu, '');
}

/** Whether a version writes `name` (whose loose key is `key`) or a transliteration of it. */
function nearlyIn(name: string, key: string, words: ArticleWords): boolean {
  for (const w of words.names.keys()) {
    // "May" is no transliteration of "Marie".
    if (!isMonthOrWeekday(w) && alike(looseKey(w), key) && !westernSlip(w, name)) return true;
  }
  return false;
}
