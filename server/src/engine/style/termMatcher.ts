import { regexRisk, type RegexRisk } from './regexSafety';
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
}

export type TermError =
  | { index: number; reason: 'syntax'; detail: string }
  | { index: number; reason: RegexRisk };

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const NOT_AFTER_WORD = `(?<!${WORD})`;
const NOT_BEFORE_WORD = `(?!${WORD})`;

function escapeLiteral(s: string): string {
  // Spaces match any run of white space (a line wrap, a no-break space); both
  // apostrophes are accepted for either.
  return s
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');
}

function literalSource(term: string): string {
  const first = term[0] ?? '';
  const last = term[term.length - 1] ?? '';
  const word = /[\p{L}\p{N}\p{M}_]/u;
  return `${word.test(first) ? NOT_AFTER_WORD : ''}${escapeLiteral(term)}${word.test(last) ? NOT_BEFORE_WORD : ''}`;
}

/** Number of capturing groups a pattern has, found by matching the empty alternative. */
function groupCount(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
}

export function compileTerms(
  terms: readonly Term[],
  options: { ignoreCase: boolean; regex: boolean },
): { matcher: TermMatcher; errors: TermError[] } {
  const flags = `gu${options.ignoreCase ? 'i' : ''}`;
  const errors: TermError[] = [];
  const usable: Array<{ term: Term; source: string; groups: number; index: number }> = [];
  terms.forEach((term, index) => {
    if (term.from.trim() === '') return;
    let source: string;
    if (options.regex) {
      const risk = regexRisk(term.from);
      if (risk) {
        errors.push({ index, reason: risk });
        return;
      }
      source = `${NOT_AFTER_WORD}(?:${term.from})${NOT_BEFORE_WORD}`;
    } else source = literalSource(term.from);
    try {
      const groups = groupCount(source, flags);
      usable.push({ term, source, groups, index });
    } catch (e) {
      errors.push({ index, reason: 'syntax', detail: e instanceof Error ? e.message : String(e) });
    }
  });
  if (!options.regex) usable.sort((a, b) => b.term.from.length - a.term.from.length || a.index - b.index);
  if (usable.length === 0) return { matcher: { find: () => [] }, errors };

  let combined: RegExp;
  try {
    combined = new RegExp(usable.map((u) => `(${u.source})`).join('|'), flags);
  } catch (e) {
    // Terms that compile alone but not together (duplicate group names).
    errors.push({ index: 0, reason: 'syntax', detail: e instanceof Error ? e.message : String(e) });
    return { matcher: { find: () => [] }, errors };
  }
  const groupIndex: number[] = [];
  let g = 1;
  for (const u of usable) {
    groupIndex.push(g);
    g += 1 + u.groups;
  }

  const find = (text: string): TermMatch[] => {
    const out: TermMatch[] = [];
    combined.lastIndex = 0;
    for (let m = combined.exec(text); m; m = combined.exec(text)) {
      if (m[0].length === 0) {
        combined.lastIndex++;
        continue;
      }
      const which = groupIndex.findIndex((gi) => m !== null && m[gi] !== undefined);
      const u = usable[which];
      const gi = groupIndex[which];
      if (!u || gi === undefined) continue;
      const own = m.slice(gi + 1, gi + 1 + u.groups);
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], term: u.term, replacement: replacementFor(m[0], u.term, own, m.groups, options) });
    }
    return out;
  };
  return { matcher: { find }, errors };
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
