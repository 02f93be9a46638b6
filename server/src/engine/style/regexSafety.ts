// Style guides come from anyone in the newsroom, and the checker runs as
// they type: a pattern that backtracks exponentially ("(a+)+", "(a|a)*")
// would freeze the editor on one long paragraph. This static check rejects
// a repeated group that contains a quantifier or an alternation: simple to
// explain, and it still allows everything a style rule needs (classes,
// single quantifiers, optional groups, lookarounds).

interface Frame {
  /** A quantifier whose count varies ("+", "*", "?", "{1,3}"); "{2}" is only a repeat. */
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

export type RegexRisk = 'nestedQuantifier' | 'repeatedAlternation';

/** Why a pattern may backtrack catastrophically, or undefined when it is safe by this check. */
export function regexRisk(source: string): RegexRisk | undefined {
  const stack: Frame[] = [{ hasQuantifier: false, hasAlternation: false }];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    if (c === '\\') {
      i = skipEscape(source, i);
      i = afterQuantifier(source, i, top);
      continue;
    }
    if (c === '[') {
      i = skipClass(source, i);
      i = afterQuantifier(source, i, top);
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') {
          const close = source.indexOf('>', i);
          i = close < 0 ? source.length : close + 1;
        } else if (source[i] === '<') i += 2;
        else i++;
      }
      continue;
    }
    if (c === ')') {
      const frame = stack.pop();
      const parent = stack[stack.length - 1];
      if (!frame || !parent) return undefined; // unbalanced: the RegExp constructor reports it
      const q = quantifierAt(source, i + 1);
      if (q && q.max > 1) {
        if (frame.hasQuantifier) return 'nestedQuantifier';
        if (frame.hasAlternation) return 'repeatedAlternation';
      }
      parent.hasQuantifier ||= frame.hasQuantifier || (q !== undefined && q.min !== q.max);
      i = q ? q.end : i + 1;
      continue;
    }
    if (c === '|') {
      top.hasAlternation = true;
      i++;
      continue;
    }
    i = afterQuantifier(source, i + 1, top);
  }
  return undefined;
}

function afterQuantifier(source: string, i: number, frame: Frame): number {
  const q = quantifierAt(source, i);
  if (!q) return i;
  if (q.min !== q.max) frame.hasQuantifier = true;
  return q.end;
}

function quantifierAt(source: string, i: number): { min: number; max: number; end: number } | undefined {
  const c = source[i];
  let min: number;
  let max: number;
  let end: number;
  if (c === '*' || c === '+') {
    min = c === '*' ? 0 : 1;
    max = Infinity;
    end = i + 1;
  } else if (c === '?') {
    min = 0;
    max = 1;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    end = i + m[0].length;
  } else return undefined;
  if (source[end] === '?') end++; // lazy
  return { min, max, end };
}

function skipEscape(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && (source[i + 2] === '{' || source[i + 2] === '<')) {
    const close = source.indexOf(source[i + 2] === '{' ? '}' : '>', i + 2);
    return close < 0 ? source.length : close + 1;
  }
  return i + 2;
}

function skipClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/**
 * After an empty match, where the search goes on: past the whole character.
 * One code unit on would land inside an emoji's surrogate pair, where a
 * Unicode expression steps back and finds the same empty match for ever.
 */
export function stepPastEmptyMatch(re: RegExp, text: string): void {
  const at = re.lastIndex;
  const c = text.charCodeAt(at);
  const pair = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
  re.lastIndex = at + (pair ? 2 : 1);
}
