import type * as MisspellingData from './enMisspellings';

// The common misspellings of English ("announcment", "goverment") and their
// corrections, from enMisspellings.ts (generated: scripts/gen-misspellings.ts).
// The list is 1.5 MB: esbuild gives it a file of its own in dist/vendor, and it
// is required on first use, so a CLI run or a server start that meets no
// English article never reads it. Nor is it turned into one table at once (a
// table of 70,000 entries cost 40 ms on a server's first English article):
// the lines of each three-letter start are found by an index the generator
// wrote, and become a small table the first time a word with that start is
// looked up.

interface Loaded {
  /** The lines of each three-letter start ("\ngoverment>government\ngovermental>…"), or their table once read. */
  starts: Map<string, string | Map<string, readonly string[]>>;
}

let loaded: Loaded | undefined;

/** The corrections of `word` (in small letters), or undefined for a word not on the list. */
export function correctionsOf(word: string): readonly string[] | undefined {
  const { starts } = (loaded ??= load());
  const key = word.slice(0, 3);
  let table = starts.get(key);
  if (table === undefined) return undefined;
  if (typeof table === 'string') {
    const lines = table;
    table = new Map();
    for (const line of lines.slice(1).split('\n')) table.set(line.slice(0, line.indexOf('>')), line.slice(line.indexOf('>') + 1).split(','));
    starts.set(key, table);
  }
  return table.get(word);
}

function load(): Loaded {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  const data = require('./enMisspellings') as typeof MisspellingData;
  const text = data.EN_MISSPELLINGS;
  const entries = data.EN_MISSPELLING_STARTS.split(',').map((e) => [e.slice(0, e.indexOf(':')), Number(e.slice(e.indexOf(':') + 1))] as const);
  const starts: Loaded['starts'] = new Map();
  // Each start's lines up to the next start's: a slice of the text, which V8 makes without copying it.
  entries.forEach(([start, from], k) => starts.set(start, text.slice(from - 1, (entries[k + 1]?.[1] ?? text.length + 1) - 1)));
  return { starts };
}
