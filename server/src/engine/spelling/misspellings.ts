import type * as MisspellingData from './enMisspellings';

// The common misspellings of English ("announcment", "goverment") and their
// corrections, from enMisspellings.ts (generated: scripts/gen-misspellings.ts).
// The list is 1.5 MB: esbuild gives it a file of its own in dist/vendor, and it
// is required on first use, so a CLI run or a server start that meets no
// English article never reads it.

let table: Map<string, readonly string[]> | undefined;

/** The corrections of `word` (in small letters), or undefined for a word not on the list. */
export function correctionsOf(word: string): readonly string[] | undefined {
  return (table ??= load()).get(word);
}

function load(): Map<string, readonly string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  const { EN_MISSPELLINGS } = require('./enMisspellings') as typeof MisspellingData;
  const out = new Map<string, readonly string[]>();
  let at = EN_MISSPELLINGS.indexOf('\n') + 1;
  while (at > 0 && at < EN_MISSPELLINGS.length) {
    const end = EN_MISSPELLINGS.indexOf('\n', at);
    const line = EN_MISSPELLINGS.slice(at, end < 0 ? EN_MISSPELLINGS.length : end);
    const gt = line.indexOf('>');
    if (gt > 0) out.set(line.slice(0, gt), line.slice(gt + 1).split(','));
    at = end < 0 ? EN_MISSPELLINGS.length : end + 1;
  }
  return out;
}
