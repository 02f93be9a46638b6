import type * as MisspellingData from './enMisspellings';
import { bucketedLines } from './lineBuckets';

// The common misspellings of English ("announcment", "goverment") and their
// corrections, from enMisspellings.ts (generated: scripts/gen-misspellings.ts).
// The list is 1.5 MB: esbuild gives it a file of its own in dist/vendor, and it
// is required on first use, so a CLI run or a server start that meets no
// English article never reads it.

let lookup: ((word: string) => readonly string[] | undefined) | undefined;

/** The corrections of `word` (in small letters), or undefined for a word not on the list. */
export function correctionsOf(word: string): readonly string[] | undefined {
  lookup ??= load();
  return lookup(word);
}

function load(): (word: string) => readonly string[] | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  const data = require('./enMisspellings') as typeof MisspellingData;
  return bucketedLines(data.EN_MISSPELLINGS, data.EN_MISSPELLING_STARTS, (line) => {
    const cut = line.indexOf('>');
    return [line.slice(0, cut), line.slice(cut + 1).split(',')] as const;
  });
}
