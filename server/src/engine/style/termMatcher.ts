import { regexRisk, type RegexRisk, stepPastEmptyMatch } from './regexSafety';
import { matchCase } from './proseText';
import { expandReplacement } from './replacementTemplate';

// Every term of a rule compiles into one regular expression: an alternation
// with one capturing group per term (longest first, so "per cent" wins over
// "per"), bounded by Unicode-aware word lookarounds. One pass over a
// paragraph finds every term; the group that matched says which.

export interface Term {
  from: string;
  /** The replacement; $1… refer to the term's own groups when it is a regex. */
  to?: string;
}

export interface TermMatch {
  start: number;
  end: number;
  text: string;
  term: Term;
  /** The text to write instead, or undefined when the term has no replacement or it changes nothing. */
  replacement: string | undefined;
}

export interface TermMatcher {
  find(text: string): TermMatch[];
  /** False when `find` finds nothing in `text` nor in any part of it: one cheap look at a whole article. */
  mayOccurIn(text: string): boolean;
}

export type TermError =
  | { index: number; reason: 'syntax'; detail: string }
  | { index: number; reason: RegexRisk };

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const NOT_AFTER_WORD = `(?<!${WORD})`;
const NOT_BEFORE_WORD = `(?!${WORD})`;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function escapeLiteral(s: string): string {
  // Spaces match any run of white space (a line wrap, a no-break space); both
  // apostrophes are accepted for either.
  return s
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');
}

/**
 * Number of capturing groups in a pattern the RegExp constructor accepted,
 * counted from its text: compiling a pattern only to count its groups costs
 * about a millisecond per term once \p{…} classes are involved.
 */
export function capturingGroups(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // With the u flag a class holds no nested class; "[]" is empty and "[^]" any character.
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') {
      if (source[i + 1] !== '?') count++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') count++; // (?<name>
    }
  }
  return count;
}

interface Usable {
  /** Position of the term in the list given. */
  index: number;
  /** The term's pattern without its word-boundary lookarounds. */
  core: string;
  groups: number;
  notAfterWord: boolean;
  notBeforeWord: boolean;
}

interface Compiled {
  /** Undefined when no term is usable or the terms do not compile together. */
  combined: RegExp | undefined;
  /**
   * Literal terms only: the same alternatives without the word-boundary
   * lookarounds, global. Wherever `combined` matches, this matches at the
   * same place, and it scans about twice as fast (a leading lookbehind
   * defeats the regex engine's first-character search); `combined` then
   * runs sticky only where this one matched.
   */
  plain?: RegExp;
  usable: Usable[];
  /** The combined pattern's group number of each usable term. */
  groupIndex: number[];
  errors: TermError[];
}

/**
 * Consecutive terms with the same word-boundary needs share one pair of
 * lookarounds: "(?<!W)(?:(a)|(b))(?!W)" tries a, then b, at each position
 * exactly as "((?<!W)a(?!W))|((?<!W)b(?!W))" does (a failed lookahead
 * backtracks into the alternation), but V8 compiles each \p{…} class it
 * meets, at about half a millisecond apiece.
 */
function combinedSource(usable: readonly Usable[]): string {
  const runs: string[] = [];
  let k = 0;
  while (k < usable.length) {
    const first = usable[k];
    if (!first) break;
    const alternatives: string[] = [];
    for (; k < usable.length; k++) {
      const u = usable[k];
      if (!u || u.notAfterWord !== first.notAfterWord || u.notBeforeWord !== first.notBeforeWord) break;
      alternatives.push(`(${u.core})`);
    }
    runs.push(`(?:${first.notAfterWord ? NOT_AFTER_WORD : ''}(?:${alternatives.join('|')})${first.notBeforeWord ? NOT_BEFORE_WORD : ''})`);
  }
  return runs.join('|');
}

function compile(terms: readonly Term[], options: { ignoreCase: boolean; regex: boolean }): Compiled {
  const flags = `gu${options.ignoreCase ? 'i' : ''}`;
  const errors: TermError[] = [];
  const usable: Usable[] = [];
  let standalone = true;
  terms.forEach((term, index) => {
    if (term.from.trim() === '') return;
    if (!options.regex) {
      // An escaped literal always compiles and has no groups of its own.
      usable.push({ index, core: escapeLiteral(term.from), groups: 0, notAfterWord: WORD_CHAR.test(term.from[0] ?? ''), notBeforeWord: WORD_CHAR.test(term.from[term.from.length - 1] ?? '') });
      return;
    }
    const risk = regexRisk(term.from);
    if (risk) {
      errors.push({ index, reason: risk });
      return;
    }
    try {
      new RegExp(term.from, flags);
    } catch {
      standalone = false;
      return;
    }
    // A pattern valid on its own stays one unit inside its wrapping group.
    const core = `(?:${term.from})`;
    usable.push({ index, core, groups: capturingGroups(core), notAfterWord: true, notBeforeWord: true });
  });
  // A pattern invalid on its own ("a)(b") may still compile once wrapped, by
  // closing the wrapper early; only the original one-group-per-term layout
  // then gives the same result. The style-guide loader never lets one through.
  if (!standalone) return compileTermByTerm(terms, flags);
  if (options.regex) return combine(usable, combinedSource(usable), flags, errors);
  usable.sort((a, b) => (terms[b.index]?.from.length ?? 0) - (terms[a.index]?.from.length ?? 0) || a.index - b.index);
  const compiled = combine(usable, combinedSource(usable), flags.replace('g', 'y'), errors);
  if (compiled.combined) compiled.plain = new RegExp(usable.map((u) => u.core).join('|'), flags);
  return compiled;
}

function combine(usable: Usable[], source: string, flags: string, errors: TermError[]): Compiled {
  if (usable.length === 0) return { combined: undefined, usable, groupIndex: [], errors };
  let combined: RegExp;
  try {
    combined = new RegExp(source, flags);
  } catch (e) {
    // Terms that compile alone but not together (duplicate group names).
    errors.push({ index: 0, reason: 'syntax', detail: e instanceof Error ? e.message : String(e) });
    return { combined: undefined, usable, groupIndex: [], errors };
  }
  const groupIndex: number[] = [];
  let g = 1;
  for (const u of usable) {
    groupIndex.push(g);
    g += 1 + u.groups;
  }
  return { combined, usable, groupIndex, errors };
}

/** Regex terms each wrapped whole in its own group, groups counted by running the pattern: slow, but exact for any text. */
function compileTermByTerm(terms: readonly Term[], flags: string): Compiled {
  const errors: TermError[] = [];
  const usable: Usable[] = [];
  terms.forEach((term, index) => {
    if (term.from.trim() === '') return;
    const risk = regexRisk(term.from);
    if (risk) {
      errors.push({ index, reason: risk });
      return;
    }
    const core = `${NOT_AFTER_WORD}(?:${term.from})${NOT_BEFORE_WORD}`;
    try {
      const groups = (new RegExp(`${core}|`, flags).exec('')?.length ?? 1) - 1;
      usable.push({ index, core, groups, notAfterWord: false, notBeforeWord: false });
    } catch (e) {
      errors.push({ index, reason: 'syntax', detail: e instanceof Error ? e.message : String(e) });
    }
  });
  return combine(usable, usable.map((u) => `(${u.core})`).join('|'), flags, errors);
}

/** Compiled term lists by content: each style guide is compiled again whenever a configuration is resolved. */
const compiledCache = new Map<string, Compiled>();
const COMPILED_CACHE_SIZE = 128;

function compiledFor(terms: readonly Term[], options: { ignoreCase: boolean; regex: boolean }): Compiled {
  // Only `from` shapes the pattern; replacements are read from the caller's own terms.
  const key = JSON.stringify([options.ignoreCase, options.regex, terms.map((t) => t.from)]);
  let compiled = compiledCache.get(key);
  if (compiled) {
    compiledCache.delete(key);
  } else {
    compiled = compile(terms, options);
    if (compiledCache.size >= COMPILED_CACHE_SIZE) {
      const oldest = compiledCache.keys().next();
      if (!oldest.done) compiledCache.delete(oldest.value);
    }
  }
  compiledCache.set(key, compiled);
  return compiled;
}

export function compileTerms(
  terms: readonly Term[],
  options: { ignoreCase: boolean; regex: boolean },
): { matcher: TermMatcher; errors: TermError[] } {
  const { combined, plain, usable, groupIndex, errors } = compiledFor(terms, options);
  if (!combined) return { matcher: { find: () => [], mayOccurIn: () => false }, errors: [...errors] };

  const toMatch = (m: RegExpExecArray): TermMatch | undefined => {
    const which = groupIndex.findIndex((gi) => m[gi] !== undefined);
    const u = usable[which];
    const gi = groupIndex[which];
    const term = u ? terms[u.index] : undefined;
    if (!u || gi === undefined || !term) return undefined;
    const own = m.slice(gi + 1, gi + 1 + u.groups);
    return { start: m.index, end: m.index + m[0].length, text: m[0], term, replacement: replacementFor(m[0], term, own, m.groups, options) };
  };

  if (!plain) {
    const find = (text: string): TermMatch[] => {
      const out: TermMatch[] = [];
      combined.lastIndex = 0;
      for (let m = combined.exec(text); m; m = combined.exec(text)) {
        if (m[0].length === 0) {
          stepPastEmptyMatch(combined, text);
          continue;
        }
        const match = toMatch(m);
        if (match) out.push(match);
      }
      return out;
    };
    return { matcher: { find, mayOccurIn: () => true }, errors: [...errors] };
  }

  // `combined` is sticky here: tried only where `plain` finds a term.
  const find = (text: string): TermMatch[] => {
    const out: TermMatch[] = [];
    let from = 0;
    while (from <= text.length) {
      plain.lastIndex = from;
      const hit = plain.exec(text);
      if (!hit) break;
      combined.lastIndex = hit.index;
      const m = combined.exec(text);
      if (!m) {
        // On to the next code point, as a global search would.
        from = hit.index + ((text.codePointAt(hit.index) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      from = m.index + Math.max(1, m[0].length);
      const match = toMatch(m);
      if (match) out.push(match);
    }
    return out;
  };
  const mayOccurIn = (text: string): boolean => {
    plain.lastIndex = 0;
    const found = plain.test(text);
    plain.lastIndex = 0;
    return found;
  };
  return { matcher: { find, mayOccurIn }, errors: [...errors] };
}

function replacementFor(
  written: string,
  term: Term,
  groups: ReadonlyArray<string | undefined>,
  named: Readonly<Record<string, string | undefined>> | undefined,
  options: { ignoreCase: boolean; regex: boolean },
): string | undefined {
  if (term.to === undefined) return undefined;
  let to = options.regex ? expandReplacement(term.to, written, groups, named) : term.to;
  if (options.ignoreCase) to = matchCase(written, to);
  return to === written ? undefined : to;
}
