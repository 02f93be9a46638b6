// A generated word list is one long text, a line a word, sorted. Where each
// three-letter start's lines begin (after the opening line break) lets a
// lookup read a dozen lines: a run then builds no table of 70,000 entries,
// which cost 40 ms on a server's first English article.

/** "start:offset" for each three-letter start of `keys`, "," between them; `lines[k]` is the line of `keys[k]`. */
export function startsIndex(keys: readonly string[], lines: readonly string[]): string {
  const buckets: string[] = [];
  let offset = 1;
  let last = '';
  for (const [k, line] of lines.entries()) {
    const start = (keys[k] ?? '').slice(0, 3);
    if (start !== last) buckets.push(`${start}:${offset}`);
    last = start;
    offset += line.length + 1;
  }
  return buckets.join(',');
}
