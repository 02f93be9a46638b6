import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startFuzzServer, type FuzzServer } from './fuzzHarness';

// The server must survive whatever a client or the disk throws at it:
// malformed requests, documents it never saw, files deleted under it, huge
// documents. After each abuse it must still answer, log no failed check, and
// exit with 0 after shutdown/exit, leaving no process behind.

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sahel-summit');
const EN = '000_7b97fe734857067e.txt';
const FR = '001_6c847b0968dc0a27.txt';
const uri = (p: string): string => pathToFileURL(p).href;
const hasDate = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => d.code === 'translation.date');

function workspace(): string {
  const dir = tempDir('copydesk-crash-');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there is none
  }
}

async function open(server: FuzzServer, path: string, text = readFileSync(path, 'utf8'), version = 1): Promise<void> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId: path.endsWith('.md') ? 'markdown' : 'plaintext', version, text } });
}

/** The server still works: a fresh document gets its diagnostics. */
/** What a file watcher tells the server: 1 created, 2 changed, 3 deleted. */
async function fileEvent(server: FuzzServer, path: string, type: 1 | 2 | 3): Promise<void> {
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path), type }] });
}

async function alive(server: FuzzServer, dir: string, name: string): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, 'He said "yes"  twice.\n');
  await open(server, path);
  await server.waitUntil(uri(path), (p) => p.diagnostics.length > 0, 10000);
}

async function finish(server: FuzzServer): Promise<void> {
  assert.deepEqual(childrenOf(server.child.pid ?? -1), [], 'the server started child processes');
  assert.equal(server.crashed(), undefined, `the server died: ${server.stderr()}`);
  assert.deepEqual(server.logErrors, [], 'the server logged a failed check');
  assert.equal(await server.stop(), 0, 'exit code after shutdown/exit');
}

/** A fresh workspace with the seed pair and a server on it; after `run`, the checks of `finish`. */
async function withWorkspaceServer(run: (server: FuzzServer, dir: string) => Promise<void>, options?: Parameters<typeof startFuzzServer>[1]): Promise<void> {
  const dir = workspace();
  const server = await startFuzzServer(dir, options);
  try {
    await run(server, dir);
  } finally {
    await finish(server);
  }
}

async function expectError(p: Promise<unknown>): Promise<{ code: number; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as { code: number; message: string };
  }
}

test('malformed and unexpected requests get answers, not a crash', () =>
  withWorkspaceServer(async (server, dir) => {
    const c = server.connection;
    const enPath = join(dir, EN);
    const unknown = await expectError(c.sendRequest('copydesk/noSuchMethod', { x: 1 }));
    assert.equal(unknown?.code, -32601, 'an unknown method is "method not found"');
    await c.sendNotification('copydesk/noSuchNotification', { x: 1 });
    await c.sendNotification('$/cancelRequest', { id: 987654 });

    // A document that was never opened.
    const ghost = uri(join(dir, 'never-opened.md'));
    assert.equal(await c.sendRequest('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await c.sendRequest('textDocument/codeAction', { textDocument: { uri: ghost }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    await c.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
    await c.sendNotification('textDocument/didSave', { textDocument: { uri: ghost } });

    // Not file URIs, and broken ones.
    for (const odd of ['untitled:Untitled-1', 'file:///%E0%A4%A', 'vscode-notebook-cell:/x.md#1', 'not a uri at all']) {
      await c.sendNotification('textDocument/didOpen', { textDocument: { uri: odd, languageId: 'markdown', version: 1, text: 'He said "yes".' } });
      await expectError(c.sendRequest('textDocument/hover', { textDocument: { uri: odd }, position: { line: 0, character: 3 } }));
      await c.sendNotification('textDocument/didClose', { textDocument: { uri: odd } });
    }

    // Out-of-range positions and ranges on an open document.
    await open(server, enPath);
    await server.waitUntil(uri(enPath), hasDate);
    const diag = (await server.waitUntil(uri(enPath), hasDate)).diagnostics[0] as Diagnostic;
    for (const range of [
      { start: { line: 9999, character: 0 }, end: { line: 10000, character: 5 } },
      { start: { line: 2, character: 50 }, end: { line: 0, character: 0 } },
      { start: { line: -1, character: -1 }, end: { line: 0, character: 99999 } },
    ]) {
      const actions = await c.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(enPath) }, range, context: { diagnostics: [diag] } });
      assert.ok(Array.isArray(actions));
      await c.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(enPath) }, range, context: { diagnostics: [], only: ['source.fixAll.copydesk'] } });
      await expectError(c.sendRequest('textDocument/hover', { textDocument: { uri: uri(enPath) }, position: range.start }));
    }
    // A codeAction without a context at all is a protocol violation, answered with an error or nothing.
    await expectError(c.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(enPath) }, range: diag.range }));
    // A change whose range lies past the end of the document, then one with a stale version.
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: uri(enPath), version: 2 }, contentChanges: [{ range: { start: { line: 500, character: 3 }, end: { line: 501, character: 0 } }, text: ' tail' }] });
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: uri(enPath), version: 1 }, contentChanges: [{ text: 'Rewound.' }] });
    // Lone surrogates and NULs in an open buffer.
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: uri(enPath), version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\uD83D\u0000\uDE00 ' }] });
    await server.waitUntil(uri(enPath), (p) => p.version === 3, 10000);
    // The workspace command with folders that do not exist or are not file URIs.
    await expectError(c.sendRequest('copydesk/checkWorkspace', { folders: [uri(join(dir, 'nope')), 'https://example.com/', 'garbage'] }));
    await expectError(c.sendRequest('copydesk/checkWorkspace', {}));
    // A pull request from a client that said it cannot pull.
    await expectError(c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(enPath) } }));
    // Settings of the wrong shape.
    await c.sendNotification('workspace/didChangeConfiguration', { settings: { copydesk: { rules: 'all', enable: 'maybe', translations: 7 } } });
    await c.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'garbage', type: 3 }, { uri: uri(join(dir, '.copydesk.yaml')), type: 2 }] });

    await alive(server, dir, 'after-abuse.md');
  }));

test('a file deleted while open, then closed: its counterpart drops the pairing, nothing crashes', () =>
  withWorkspaceServer(async (server, dir) => {
    const enPath = join(dir, EN);
    const frPath = join(dir, FR);
    await open(server, enPath);
    await open(server, frPath);
    await server.waitUntil(uri(frPath), hasDate);
    // Deleted on disk while open: the buffer is what counts.
    unlinkSync(enPath);
    await fileEvent(server, enPath, 3);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(enPath), version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Edited: ' }] });
    await server.waitUntil(uri(enPath), (p) => p.version === 2 && hasDate(p));
    // Closed: the file no longer exists anywhere; the French version stands alone.
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(enPath) } });
    await server.waitUntil(uri(enPath), (p) => p.diagnostics.length === 0);
    await fileEvent(server, enPath, 3);
    await server.waitUntil(uri(frPath), (p) => !hasDate(p));
    // Hover and code actions on the survivor still work.
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(frPath) }, position: { line: 2, character: 10 } });
    await alive(server, dir, 'after-delete.md');
  }));

test('a counterpart deleted on disk (never opened): the open version is re-checked without it', () =>
  withWorkspaceServer(async (server, dir) => {
    const enPath = join(dir, EN);
    const frPath = join(dir, FR);
    await open(server, frPath);
    await server.waitUntil(uri(frPath), hasDate);
    unlinkSync(enPath);
    await fileEvent(server, enPath, 3);
    const after = await server.waitUntil(uri(frPath), (p) => !hasDate(p));
    assert.ok(after.diagnostics.every((d) => !String(d.code).startsWith('translation.')), JSON.stringify(after.diagnostics.map((d) => d.code)));
    // And it comes back.
    cpSync(join(SAMPLE, EN), enPath);
    await fileEvent(server, enPath, 1);
    await server.waitUntil(uri(frPath), hasDate);
  }));

test('a counterpart deleted without a file-watcher event: the next edit notices', () =>
  withWorkspaceServer(async (server, dir) => {
    const enPath = join(dir, EN);
    const frPath = join(dir, FR);
    await open(server, frPath);
    await server.waitUntil(uri(frPath), hasDate);
    unlinkSync(enPath);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(frPath), version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    const p = await server.waitUntil(uri(frPath), (x) => x.version === 2);
    assert.ok(!hasDate(p), 'still compared with a file that no longer exists');
  }));

test('a broken configuration, and a configuration fixed while open, are followed without a restart', () =>
  withWorkspaceServer(async (server, dir) => {
    const enPath = join(dir, EN);
    const configPath = join(dir, '.copydesk.yaml');
    writeFileSync(configPath, 'entities: [entities.yaml\nstyleGuides: 12\n');
    await open(server, enPath);
    const config = await server.waitUntil(uri(configPath), (p) => p.diagnostics.length > 0);
    assert.ok(config.diagnostics.every((d) => d.code === 'config.invalid'));
    cpSync(join(SAMPLE, '.copydesk.yaml'), configPath);
    await fileEvent(server, configPath, 2);
    await server.waitUntil(uri(configPath), (p) => p.diagnostics.length === 0);
    await server.waitUntil(uri(enPath), hasDate);
  }));

test('a 20 MB document and a binary-looking buffer: bounded time, a notice, then business as usual', () =>
  withWorkspaceServer(async (server, dir) => {
    const big = join(dir, 'big.md');
    const text = 'The summit opened on Monday, December 22, 2025, in Bamako. '.repeat(350_000);
    writeFileSync(big, 'placeholder\n');
    const started = Date.now();
    await open(server, big, text);
    const p = await server.waitUntil(uri(big), (x) => x.diagnostics.length > 0, 30000);
    assert.ok(Date.now() - started < 30000);
    assert.match(p.diagnostics.map((d) => d.message).join('\n'), /too large/);
    const bin = join(dir, 'bin.txt');
    writeFileSync(bin, '');
    await open(server, bin, '\u0000\u0001\u0002'.repeat(1000));
    await server.waitUntil(uri(bin), () => true, 10000);
    await alive(server, dir, 'after-big.md');
  }));

test('a pulling client asking about documents it never opened, non-articles and missing files', () =>
  withWorkspaceServer(async (server, dir) => {
    const c = server.connection;
    for (const p of [join(dir, 'missing.md'), join(dir, 'entities.yaml'), join(dir, EN), dir]) {
      const report = (await c.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(p) } })) as { items: unknown[] };
      assert.ok(Array.isArray(report.items), p);
    }
    await expectError(c.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'garbage' } }));
  }, { pull: true }));

test('the server exits when its client vanishes (stdin closed) and leaves nothing behind', async () => {
  const dir = workspace();
  const server = await startFuzzServer(dir);
  await open(server, join(dir, EN));
  await server.waitUntil(uri(join(dir, EN)), hasDate);
  const exited = new Promise<number | null>((resolve) => server.child.on('exit', (code) => resolve(code)));
  server.child.stdin?.end();
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10000).unref());
  const result = await Promise.race([exited, timeout]);
  if (result === 'timeout') server.child.kill('SIGKILL');
  assert.notEqual(result, 'timeout', 'the server kept running after its client went away');
  rmSync(dir, { recursive: true, force: true });
});
