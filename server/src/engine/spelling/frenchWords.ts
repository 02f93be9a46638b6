import type * as FrenchWordData from './frWords';
import { bucketedLines } from './lineBuckets';

// The French words spelling.common corrects towards, and those it must never
// flag, from frWords.ts (generated: scripts/gen-french-words.ts). 1.7 MB:
// esbuild gives it a file of its own in dist/vendor, required the first time a
// French article is read.

/** A common word's frequency band (0 the commonest, 9 the rarest), or "known" for a word only known. */
export type FrenchWord = number | 'known';

let lookup: ((word: string) => FrenchWord | undefined) | undefined;

/** What the list knows of `word` (in small letters): undefined for a word it does not hold. */
export function frenchWord(word: string): FrenchWord | undefined {
  lookup ??= load();
  return lookup(word);
}

function load(): (word: string) => FrenchWord | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  const data = require('./frWords') as typeof FrenchWordData;
  return bucketedLines(data.FR_WORDS, data.FR_WORD_STARTS, (line) => {
    const last = line.slice(-1);
    return [line.slice(0, -1), last === '~' ? 'known' : Number(last)] as const;
  });
}
