import '../node/regexpTierUp';
import { join } from 'node:path';
import { defaultCacheDir } from '../node/cacheDir';
import { runBundle } from '../node/codeCache';

// What `copydesk` runs (bin/copydesk.js): the CLI bundle, with V8's compiled
// code for it kept in the user's cache folder, which takes ~40 ms off every
// run after the first (a third of what is not checking). `--no-cache` reads
// and writes nothing there. `node dist/cli.js` still works, without it.

const useCache = !process.argv.slice(2).includes('--no-cache');
runBundle(join(__dirname, 'cli.js'), useCache ? defaultCacheDir(process.env) : undefined);
