import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readCodeCache, writeCodeCache } from '../../server/src/node/codeCache';

// `copydesk` (bin/copydesk.js → dist/launch.js) runs dist/cli.js with V8's
// compiled code kept in the cache folder. Whatever the cache holds — nothing,
// good code, damaged bytes, a folder that is a file — the report is the same
// as `node dist/cli.js` gives.

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'copydesk.js');
const CLI_JS = join(ROOT, 'dist', 'cli.js');
const SAMPLE = join(ROOT, 'examples', 'sahel-summit');

function built(): void {
  assert.ok(existsSync(join(ROOT, 'dist', 'launch.js')) && existsSync(CLI_JS), 'dist/ is not built: run npm run build');
}

function run(entry: string, cacheDir: string, args: string[] = [], nodeOptions: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const dir = tempDir('copydesk-code-');
  cpSync(SAMPLE, dir, { recursive: true });
  const r = spawnSync(process.execPath, [...nodeOptions, entry, 'check', '.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, COPYDESK_CACHE_DIR: cacheDir } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function codeFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.v8code')) : [];
}

test('the first run writes the compiled code, the next reads it, and both report what dist/cli.js reports', () => {
  built();
  const cache = tempDir('copydesk-cache-');
  const plain = run(CLI_JS, tempDir('copydesk-cache-'));
  const first = run(BIN, cache);
  assert.equal(first.stderr, '');
  assert.equal(first.status, plain.status);
  assert.equal(first.stdout, plain.stdout);
  const [file] = codeFiles(cache);
  assert.ok(file, 'a .v8code file is written');
  assert.equal(codeFiles(cache).length, 1);
  const path = join(cache, file);
  assert.ok(readCodeCache(path), 'its digest matches');
  const before = statSync(path).mtimeMs;
  const bytes = readFileSync(path);

  const second = run(BIN, cache);
  assert.equal(second.stdout, plain.stdout);
  assert.equal(second.status, plain.status);
  assert.equal(statSync(path).mtimeMs, before, 'a cache V8 accepted is not written again');
  assert.ok(readFileSync(path).equals(bytes));

  // Other V8 flags: a file of their own, and the first is left as it was.
  const flagged = run(BIN, cache, [], ['--stack-size=900']);
  assert.equal(flagged.stdout, plain.stdout);
  assert.equal(codeFiles(cache).length, 2);
  assert.equal(statSync(path).mtimeMs, before);
});

test('damaged compiled code is ignored and replaced; the report is unchanged', () => {
  built();
  const cache = tempDir('copydesk-cache-');
  const good = run(BIN, cache);
  const [file] = codeFiles(cache);
  assert.ok(file);
  const path = join(cache, file);
  const bytes = readFileSync(path);
  for (const damage of [(b: Buffer) => b.subarray(0, 100), (b: Buffer) => Buffer.concat([b.subarray(0, 5000), Buffer.from([b[5000]! ^ 0xff]), b.subarray(5001)]), () => Buffer.alloc(0)]) {
    writeFileSync(path, damage(bytes));
    assert.equal(readCodeCache(path), undefined, 'the digest refuses it');
    const r = run(BIN, cache);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, good.stdout);
    assert.ok(readCodeCache(path), 'a good copy is written back');
  }
});

test('--no-cache writes nothing; a cache folder that cannot be made is no cache', () => {
  built();
  const cache = join(tempDir('copydesk-cache-'), 'cache');
  const plain = run(CLI_JS, tempDir('copydesk-cache-'));
  const off = run(BIN, cache, ['--no-cache']);
  assert.equal(off.stdout, plain.stdout);
  assert.equal(existsSync(cache), false, '--no-cache made the cache folder');

  writeFileSync(cache, 'a file where the folder should be');
  const blocked = run(BIN, cache);
  assert.equal(blocked.stderr, '');
  assert.equal(blocked.stdout, plain.stdout);
  assert.equal(blocked.status, plain.status);
});

test('only the newest compiled copies are kept', () => {
  const cache = tempDir('copydesk-cache-');
  const now = Date.now() / 1000;
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(cache, `cli-old${i}.v8code`), 'old');
    utimesSync(join(cache, `cli-old${i}.v8code`), now - 1000 + i, now - 1000 + i);
  }
  writeFileSync(join(cache, 'entities.snap'), 'not compiled code');
  writeCodeCache(join(cache, 'cli-new.v8code'), Buffer.from('new code'));
  assert.deepEqual(codeFiles(cache).sort(), ['cli-new.v8code', 'cli-old3.v8code', 'cli-old4.v8code']);
  assert.equal(readCodeCache(join(cache, 'cli-new.v8code'))?.toString(), 'new code');
  assert.ok(existsSync(join(cache, 'entities.snap')), 'other files are left alone');
});
