import { frenchWord } from './frenchWords';
import { undoSlips, type SlipKind } from './frenchSlips';

// French words misspelt ("parfaitemment", « fète », « sofistiqué »): a word
// in small letters that no dictionary knows and that one slip turns into a
// common French word (spelling/frenchSlips.ts, frWords.ts). A false alarm
// costs more than a miss, so a word is left alone when
// - the article writes it twice or more: a slip is made once, a word the
//   writer means (a currency, a local dish, a coinage) comes back;
// - it is a prefix before a word ("coporté", « cyberharcèlement »): a coinage;
// - it is glued to a hyphen, a digit or an address: part of something else.

/** A French word as written: letters, French accents included. No Unicode flag: several times faster on long texts. */
const WORD = /[a-zàâäçéèêëîïôöùûüÿœæ]{4,}/g;
/**
 * Capitals, letters French does not write, digits and the marks of an address or a compound: a word glued to one
 * is part of a name, of another language or of something else.
 */
const GLUE = /[A-ZÀ-ÖØ-Þ\u00df\u00e1\u00e3\u00e5\u00ec\u00ed\u00f1\u00f2\u00f3\u00f5\u00f8\u00fa\u00fd\u0100-\u024f0-9_@#/-]|\p{M}/u;
const APOSTROPHE = /['\u2019]/u;

/** Whether the character at `at` (before or after a word) makes the word part of something else. */
function glued(prose: string, at: number, after: boolean): boolean {
  const c = prose.charAt(at);
  // A stop ends a sentence, unless a letter is on its other side ("www.exeption.fr").
  if (c === '.') return /\p{L}/u.test(prose.charAt(after ? at + 1 : at - 1));
  // An elided article before a word (« l’exeption ») is fine; an apostrophe after one ends an elided word (« jusqu’ »).
  return GLUE.test(c) || (after && APOSTROPHE.test(c));
}

/** Prefixes French glues to a word to coin another: « cofondé », « cyberattaque », « réélu ». */
const PREFIXES = [
  'co', 're', 'ré', 'dé', 'dés', 'pré', 'anti', 'auto', 'contre', 'inter', 'multi', 'post', 'sur', 'sous', 'néo', 'méga', 'micro',
  'mini', 'ultra', 'hyper', 'super', 'semi', 'non', 'pro', 'bi', 'tri', 'extra', 'cyber', 'éco', 'géo', 'télé', 'vidéo', 'euro',
  'afro', 'franco', 'agro', 'bio', 'crypto', 'narco', 'para', 'péri', 'pluri', 'poly', 'mono', 'infra', 'supra', 'trans', 'ex',
];

/** Likelier slips first: a correction by a likelier slip is offered first. */
const LIKELIHOOD: Readonly<Record<SlipKind, number>> = { accent: 0, double: 1, ph: 2, swap: 3, drop: 4 };

/** At most this many corrections are offered. */
const MAX_CORRECTIONS = 3;

export interface FrenchMisspelling {
  start: number;
  end: number;
  /** The words it may be a slip of, the likeliest first. */
  corrections: string[];
}

/** The misspelt French words of `prose` that `inProse` accepts (a span of prose, not code or a link). */
export function frenchMisspellings(prose: string, inProse: (start: number, end: number) => boolean): FrenchMisspelling[] {
  const unknown: Array<{ start: number; word: string }> = [];
  const times = new Map<string, number>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prose); m !== null; m = WORD.exec(prose)) {
    const word = m[0];
    if (frenchWord(word) !== undefined) continue;
    if (glued(prose, m.index - 1, false) || glued(prose, m.index + word.length, true)) continue;
    times.set(word, (times.get(word) ?? 0) + 1);
    unknown.push({ start: m.index, word });
  }
  const out: FrenchMisspelling[] = [];
  for (const { start, word } of unknown) {
    if ((times.get(word) ?? 0) > 1 || coined(word) || !inProse(start, start + word.length)) continue;
    // A space slipped into a word after its first letter ("A vocat brillant"): the fix joins them.
    const first = prose.charAt(start - 2);
    if (prose.charAt(start - 1) === ' ' && /\p{L}/u.test(first) && !/[\p{L}\p{M}'\u2019]/u.test(prose.charAt(start - 3))) {
      const joined = first + word;
      if (typeof frenchWord(joined.toLowerCase()) === 'number' && inProse(start - 2, start)) {
        out.push({ start: start - 2, end: start + word.length, corrections: [joined] });
        continue;
      }
    }
    const corrections = correctionsOf(word);
    if (corrections.length > 0) out.push({ start, end: start + word.length, corrections });
  }
  return out;
}

/** The common words `word` is one slip of, the commonest and likeliest first. */
function correctionsOf(word: string): string[] {
  const found = undoSlips(word, (w) => typeof frenchWord(w) === 'number');
  const band = (w: string): number => {
    const b = frenchWord(w);
    return typeof b === 'number' ? b : 10;
  };
  return [...found]
    .sort(([a, ka], [b, kb]) => band(a) - band(b) || LIKELIHOOD[ka] - LIKELIHOOD[kb] || (a < b ? -1 : 1))
    .slice(0, MAX_CORRECTIONS)
    .map(([w]) => w);
}

/** Whether `word` is a prefix glued to a word the list holds: a coinage, not a slip. */
function coined(word: string): boolean {
  return PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && frenchWord(word.slice(p.length)) !== undefined);
}
