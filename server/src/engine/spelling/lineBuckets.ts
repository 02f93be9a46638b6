// A generated word list (enMisspellings.ts, frWords.ts) is one sorted text, a
// line a word, with an index of where each three-letter start's lines begin.
// It is not turned into one table at once (a table of 70,000 entries cost
// 40 ms on a server's first English article): a start's lines become a small
// table the first time a word with that start is looked up.

/** A lookup of words in `text` (lines after a leading line break), `starts` its "start:offset" index. */
export function bucketedLines<T>(text: string, starts: string, parse: (line: string) => readonly [string, T]): (word: string) => T | undefined {
  const entries = starts.split(',').map((e) => [e.slice(0, e.indexOf(':')), Number(e.slice(e.indexOf(':') + 1))] as const);
  const buckets = new Map<string, string | Map<string, T>>();
  // Each start's lines up to the next start's: a slice of the text, which V8 makes without copying it.
  entries.forEach(([start, from], k) => buckets.set(start, text.slice(from - 1, (entries[k + 1]?.[1] ?? text.length + 1) - 1)));
  return (word) => {
    const key = word.slice(0, 3);
    let table = buckets.get(key);
    if (table === undefined) return undefined;
    if (typeof table === 'string') {
      const lines = table;
      table = new Map(lines.slice(1).split('\n').map(parse));
      buckets.set(key, table);
    }
    return table.get(word);
  };
}
