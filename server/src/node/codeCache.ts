import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from './atomicWrite';

// Runs a CommonJS bundle as `require` would, keeping V8's compiled code for
// it in the cache folder between runs (what Node 22's module.enableCompileCache
// does; Node 20 has no such thing). Made when the run ends, the cache holds
// every function the run compiled, not only the top level: a CLI run then
// skips most of the parsing and bytecode compiling it did the first time.
//
// The file's name is a hash of the bundle's bytes and of this Node and its
// options, so a new build or a new Node misses; the bytes carry their own SHA-256, so a damaged
// file is ignored (and replaced) rather than handed to V8. A cache that cannot
// be read or written is no cache.

const SUFFIX = '.v8code';
/** Bundles of the versions installed side by side: the newest few are kept. */
const KEEP = 3;
const DIGEST = 32;

export type CodeCacheOutcome = 'off' | 'hit' | 'miss' | 'rejected';

type CommonJsWrapper = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/** Runs `file`; with `cacheDir`, its compiled code is read from there, and written there at exit when it was missing or refused. */
export function runBundle(file: string, cacheDir: string | undefined): CodeCacheOutcome {
  const source = readFileSync(file, 'utf8');
  const cachePath = cacheDir === undefined ? undefined : join(cacheDir, cacheFileName(file, source));
  const cached = cachePath === undefined ? undefined : readCodeCache(cachePath);
  const script = new Script(Module.wrap(source), { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const outcome: CodeCacheOutcome = cachePath === undefined ? 'off' : cached === undefined ? 'miss' : script.cachedDataRejected === true ? 'rejected' : 'hit';
  if (cachePath !== undefined && outcome !== 'hit') process.once('exit', () => writeCodeCache(cachePath, script.createCachedData()));
  const wrapper = script.runInThisContext() as CommonJsWrapper;
  const mod = new Module(file);
  mod.filename = file;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return outcome;
}

function cacheFileName(file: string, source: string): string {
  // V8 refuses code compiled under other flags: runs with other Node options
  // get a file of their own rather than rewriting one another's.
  const node = [process.version, process.arch, ...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join('\u0000');
  const key = createHash('sha256').update(node).update('\u0000').update(source).digest('hex').slice(0, 32);
  return `${basename(file, '.js')}-${key}${SUFFIX}`;
}

/** The cached code, or undefined when there is none or its digest does not match. */
export function readCodeCache(path: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length <= DIGEST) return undefined;
  const payload = bytes.subarray(DIGEST);
  return createHash('sha256').update(payload).digest().equals(bytes.subarray(0, DIGEST)) ? payload : undefined;
}

export function writeCodeCache(path: string, payload: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, [createHash('sha256').update(payload).digest(), payload]);
    prune(dirname(path));
  } catch {
    // A cache that cannot be written is no cache.
  }
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(SUFFIX))
    .map((n) => {
      try {
        return { path: join(dir, n), time: statSync(join(dir, n)).mtimeMs };
      } catch {
        return undefined;
      }
    })
    .filter((f) => f !== undefined)
    .sort((a, b) => b.time - a.time);
  for (const f of files.slice(KEEP)) {
    try {
      unlinkSync(f.path);
    } catch {
      // another run removed it
    }
  }
}
