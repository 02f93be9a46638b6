import { charClass, LETTER, MARK } from './letterClass';

// A search for one of many words, done fast. V8 runs a regular expression
// that opens on a long alternation ("Prime Minister|Chancellor|…") by trying
// every alternative at every position of the text; most positions are not
// even the start of a word. Here JavaScript walks the word starts, keeps
// those whose first two letters (case and accents aside) open one of the
// words, and runs the expression, sticky, there only.

/** A code unit's kind here: OTHER, LETTER, or a combining MARK (no word starts after one: it belongs to the letter before). */
function kindOf(code: number): number {
  const c = Number.isNaN(code) ? 0 : charClass(code);
  return (c & LETTER) !== 0 ? LETTER : (c & MARK) !== 0 ? MARK : OTHER;
}

const OTHER = 0;

export interface WordStartSearch {
  /**
   * The leftmost match at or after `from` that starts a word, or null: the
   * same match `search.exec` would give from `from`, when the expression can
   * only match where one of the words begins and the caller rejects matches
   * inside words anyway.
   */
  exec(text: string, from: number): RegExpExecArray | null;
}

/**
 * `pattern` must begin with one of `words`, spelt with any case or accents
 * (what the prefilter lets through is a superset: the expression decides).
 * Its flags must not include "y" or "g"; both are set here.
 */
export function wordStartSearch(pattern: RegExp, words: readonly string[]): WordStartSearch {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`);
  // Keys are numbers, not strings: a string built for every word of a 6 MB text costs more than the expression saved.
  const pairs = new Set<number>();
  const singles = new Set<number>();
  const opens = new Uint8Array(0x10000);
  for (const w of words) {
    const a = fold(w.charCodeAt(0));
    opens[a] = 1;
    if (kindOf(w.charCodeAt(1)) === LETTER) pairs.add(a * 0x10000 + fold(w.charCodeAt(1)));
    else singles.add(a);
  }
  return {
    exec(text, from) {
      let before = from > 0 ? kindOf(text.charCodeAt(from - 1)) : OTHER;
      for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const kind = kindOf(code);
        const starts = kind === LETTER && before === OTHER;
        before = kind;
        if (!starts) continue;
        const f = fold(code);
        if (opens[f] !== 1 || (!singles.has(f) && !pairs.has(f * 0x10000 + fold(text.charCodeAt(i + 1))))) continue;
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        if (m) return m;
      }
      return null;
    },
  };
}

const foldedCodes = new Map<number, number>();

/** A UTF-16 code unit with case and accents aside, as a code unit. */
function fold(code: number): number {
  // ASCII letters, the most of any text, fold by arithmetic.
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code | 32;
  if (!(code >= 0)) return 0;
  let f = foldedCodes.get(code);
  if (f === undefined) {
    f = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase().charCodeAt(0);
    foldedCodes.set(code, f);
  }
  return f;
}
