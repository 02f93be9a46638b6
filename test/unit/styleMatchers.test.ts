import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doubledWords, DOUBLED_WORD } from '../../server/src/engine/style/doubledWords';
import { capturingGroups, compileTerms, type Term } from '../../server/src/engine/style/termMatcher';

// The fast paths of the style matchers must find exactly what the plain
// regexes they replace find; these compare them on awkward text.

function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >>> 12) % n;
  };
}

test('capturingGroups counts what the regex engine counts', () => {
  const patterns = ['a', '(a)', '(?:a)', '(?<n>a)(b)', '(?=a)(?!b)(?<=c)(?<!d)', '[(]', '[\\]()](x)', '\\((a)\\)', '[^]', '[](x)', '(a(b(c)))|(d)', '\\p{L}(\\p{Lu})'];
  for (const p of patterns) {
    const expected = (new RegExp(`${p}|`, 'u').exec('')?.length ?? 1) - 1;
    assert.equal(capturingGroups(p), expected, p);
  }
});

test('doubledWords finds what matchAll(DOUBLED_WORD) finds, case folding and astral letters included', () => {
  const words = ['the', 'The', 'THE', 'ſe', 'se', 'SE', 'Kk', 'K\u212A', 'µa', 'μA', 'ßa', 'ẞA', '𐐀b', '𐐨B', 'é', 'É', 'ǅ', 'ǆ', 'ς', 'σ', 'a\u0301', 'İ', 'i', 'ı', 'x1', '😀'];
  const seps = [' ', '  ', '\n', '\u00A0', "'", '-', ',', '', '\u2009 ', '.'];
  const rnd = seeded(7);
  for (let iter = 0; iter < 20000; iter++) {
    let text = '';
    const k = 1 + rnd(6);
    for (let j = 0; j < k; j++) text += `${words[rnd(words.length)] ?? ''}${seps[rnd(seps.length)] ?? ''}`;
    const expected = [...text.matchAll(DOUBLED_WORD)].map((m) => [m.index, m[0], m[1], m[3]]);
    const actual = doubledWords(text).map((m) => [m.index, m[0], m[1], m[3]]);
    assert.deepEqual(actual, expected, JSON.stringify(text));
  }
});

/** The matcher as first written: one group per term, each with its own lookarounds, one global regex. */
function reference(terms: readonly Term[], ignoreCase: boolean): (text: string) => Array<[number, string, string]> {
  const word = /[\p{L}\p{N}\p{M}_]/u;
  const w = '[\\p{L}\\p{N}\\p{M}_]';
  const usable = terms
    .map((term, index) => ({ term, index }))
    .filter((u) => u.term.from.trim() !== '')
    .sort((a, b) => b.term.from.length - a.term.from.length || a.index - b.index);
  if (usable.length === 0) return () => [];
  const source = usable
    .map(({ term: { from } }) => {
      const core = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
      return `(${word.test(from[0] ?? '') ? `(?<!${w})` : ''}${core}${word.test(from[from.length - 1] ?? '') ? `(?!${w})` : ''})`;
    })
    .join('|');
  const re = new RegExp(source, `gu${ignoreCase ? 'i' : ''}`);
  return (text) => [...text.matchAll(re)].map((m) => [m.index, m[0], usable[m.slice(1).findIndex((g) => g !== undefined)]?.term.from ?? '']);
}

test('literal terms: shared lookarounds and the plain prefilter find what one group per term finds', () => {
  const alphabet = ['a', 'b', 'A', 'é', 'É', ' ', '  ', "'", '’', '-', '_', '1', '.', 'ſ', 's', 'S', 'k', '\u212A', '\u00A0', '(', '*', 'ß', '\u0301', '😀'];
  const rnd = seeded(11);
  const str = (n: number): string => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)] ?? '').join('');
  for (let iter = 0; iter < 400; iter++) {
    const terms = Array.from({ length: 1 + rnd(6) }, () => ({ from: str(1 + rnd(4)) }));
    const ignoreCase = rnd(2) === 0;
    const expected = reference(terms, ignoreCase);
    const { matcher } = compileTerms(terms, { ignoreCase, regex: false });
    for (let t = 0; t < 20; t++) {
      const text = str(5 + rnd(30));
      const want = expected(text);
      assert.deepEqual(
        matcher.find(text).map((m) => [m.start, m.text, m.term.from]),
        want,
        JSON.stringify({ terms, text }),
      );
      if (want.length > 0) assert.ok(matcher.mayOccurIn(`zz${text}zz`));
    }
  }
});
