// The editor's side of performance, measured over the protocol against the
// real bundled server (dist/server.js --stdio): how long after a keystroke
// the diagnostics come back, against a cold check of the same pair, and how
// long the server takes from start to its first diagnostics.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, uri, type TestClient } from '../test/protocol/lspClient';
import { entitiesYaml, makeArticlePair, makeEntities, MENTIONED, prng } from './corpus';

/** The server waits this long after a change before checking (server/src/server/server.ts). */
/** The longest the server waits after a keystroke (server.ts MAX_DEBOUNCE_MS); it waits as long as its last check took. */
export const SERVER_DEBOUNCE_MS = 150;

export interface EditorResult {
  words: number;
  entities: number;
  /** Fresh server, empty cache folder: didOpen of the pair to diagnostics for both (parses the list). */
  coldMs: number[];
  /** The same with the list's compiled snapshot in the cache folder, as every session after the first. */
  coldSnapshotMs: number[];
  /** didChange of one character to the edited file's diagnostics for that version. */
  editMs: number[];
  /** didChange to the counterpart's republished diagnostics. */
  editPairMs: number[];
  /** The server's own measure of the re-check (copydesk/status elapsedMs). */
  editServerMs: number[];
  /** Spawn to first diagnostics on the seed pair. */
  startMs: number[];
  /** `node -e 0`. */
  nodeMs: number[];
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Status {
  uri: string;
  elapsedMs: number;
}

async function openSession(dir: string, cacheDir: string): Promise<{ client: TestClient; status: Status[] }> {
  const client = startServer({ enable: true, rules: {}, translations: { source: '' } }, { COPYDESK_CACHE_DIR: cacheDir });
  const status: Status[] = [];
  // Replaces lspClient's no-op handler: the server reports its own timing.
  client.connection.onNotification('copydesk/status', (p: { uri?: string; elapsedMs?: number }) => {
    if (typeof p.elapsedMs === 'number' && typeof p.uri === 'string') status.push({ uri: p.uri, elapsedMs: p.elapsedMs });
  });
  await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(dir), capabilities: { workspace: { configuration: true } }, locale: 'en' });
  await client.connection.sendNotification('initialized', {});
  return { client, status };
}

async function closeSession(client: TestClient): Promise<void> {
  try {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
  } catch {
    client.child.kill();
  }
  const timer = setTimeout(() => client.child.kill(), 5000);
  await client.exited;
  clearTimeout(timer);
}

const hasVersion = (v: number) => (p: PublishDiagnosticsParams): boolean => p.version === v;

async function openPair(client: TestClient, en: { path: string; text: string }, fr: { path: string; text: string }, languageId: string): Promise<void> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(en.path), languageId, version: 1, text: en.text } });
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(fr.path), languageId, version: 1, text: fr.text } });
  await client.waitForDiagnostics(uri(en.path), hasVersion(1), 120_000);
  await client.waitForDiagnostics(uri(fr.path), hasVersion(1), 120_000);
}

export async function runEditorBench(opts: { reps: number; edits: number; entities: number; words: number; seedDir: string; log: (s: string) => void }): Promise<EditorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-editor-'));
  const people = makeEntities(MENTIONED);
  const pair = makeArticlePair(prng(2000), people, opts.words);
  const en = { path: join(dir, 'story.en.md'), text: pair.en };
  const fr = { path: join(dir, 'story.fr.md'), text: pair.fr };
  writeFileSync(en.path, en.text);
  writeFileSync(fr.path, fr.text);
  writeFileSync(join(dir, 'entities.yaml'), entitiesYaml(makeEntities(opts.entities)));
  writeFileSync(join(dir, '.copydesk.yaml'), 'entities: [entities.yaml]\n');
  // Cache folders for the sessions, removed at the end.
  const caches: string[] = [];
  const freshCache = (): string => {
    const c = mkdtempSync(join(tmpdir(), 'copydesk-bench-editor-cache-'));
    caches.push(c);
    return c;
  };
  const result: EditorResult = { words: opts.words, entities: opts.entities, coldMs: [], coldSnapshotMs: [], editMs: [], editPairMs: [], editServerMs: [], startMs: [], nodeMs: [] };

  try {
    for (let r = 0; r < opts.reps; r++) {
      // A cache folder of its own, empty: the list is parsed, as in a first session.
      const { client, status } = await openSession(dir, freshCache());
      try {
        const t0 = now();
        await openPair(client, en, fr, 'markdown');
        result.coldMs.push(now() - t0);
        if (r > 0) continue;
        // One character typed in the middle of a paragraph, then deleted, and so on.
        const lines = en.text.split('\n');
        const line = lines.findIndex((l, i) => i > 4 && l.length > 200);
        const at = { line, character: 120 };
        // Both opened files have had their own run (not only the counterpart's republish).
        const settled = Date.now() + 60_000;
        while (!(status.some((x) => x.uri === uri(en.path)) && status.some((x) => x.uri === uri(fr.path))) && Date.now() < settled) await new Promise((r) => setTimeout(r, 20));
        let version = 1;
        status.length = 0;
        for (let k = 0; k < opts.edits; k++) {
          version++;
          const insert = k % 2 === 0;
          const change = insert
            ? { range: { start: at, end: at }, text: 'x' }
            : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
          const t = now();
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(en.path), version }, contentChanges: [change] });
          const enDone = client.waitForDiagnostics(uri(en.path), hasVersion(version), 60_000).then(() => now() - t);
          // The counterpart is republished after the edited file (same run).
          const before = client.diagnostics.get(uri(fr.path));
          const frDone = client.waitForDiagnostics(uri(fr.path), (p) => p !== before, 60_000).then(() => now() - t);
          const [a, b] = await Promise.all([enDone, frDone]);
          result.editMs.push(a);
          result.editPairMs.push(b);
        }
        result.editServerMs.push(...status.filter((x) => x.uri === uri(en.path)).map((x) => x.elapsedMs));
      } finally {
        await closeSession(client);
      }
    }
    // Later sessions: the server writes the list's snapshot a few seconds after loading it; wait for it once, then open cold again.
    const cache = freshCache();
    {
      const { client } = await openSession(dir, cache);
      await openPair(client, en, fr, 'markdown');
      const deadline = Date.now() + 30_000;
      while (!readdirSync(cache).some((n) => n.endsWith('.snap')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await closeSession(client);
    }
    if (readdirSync(cache).some((n) => n.endsWith('.snap'))) {
      for (let r = 0; r < opts.reps; r++) {
        const { client } = await openSession(dir, cache);
        const t0 = now();
        await openPair(client, en, fr, 'markdown');
        result.coldSnapshotMs.push(now() - t0);
        await closeSession(client);
      }
    } else opts.log('  editor: the server wrote no snapshot within 30 s');
    opts.log(`  editor: cold ${result.coldMs.map((x) => x.toFixed(0)).join(', ')} ms; from the snapshot ${result.coldSnapshotMs.map((x) => x.toFixed(0)).join(', ')} ms; ${result.editMs.length} edits`);

    // Server start to first diagnostics on the seed pair, against a bare node start.
    const seed = mkdtempSync(join(tmpdir(), 'copydesk-bench-seed-'));
    cpSync(opts.seedDir, seed, { recursive: true });
    const { readFileSync } = await import('node:fs');
    const seedEn = { path: join(seed, '000_7b97fe734857067e.txt'), text: readFileSync(join(seed, '000_7b97fe734857067e.txt'), 'utf8') };
    const seedFr = { path: join(seed, '001_6c847b0968dc0a27.txt'), text: readFileSync(join(seed, '001_6c847b0968dc0a27.txt'), 'utf8') };
    for (let r = 0; r < Math.max(3, opts.reps); r++) {
      const t = now();
      spawnSync(process.execPath, ['-e', '0']);
      result.nodeMs.push(now() - t);
      const t0 = now();
      const { client } = await openSession(seed, freshCache());
      await openPair(client, seedEn, seedFr, 'plaintext');
      result.startMs.push(now() - t0);
      await closeSession(client);
    }
    rmSync(seed, { recursive: true, force: true });
  } finally {
    for (const d of [dir, ...caches]) rmSync(d, { recursive: true, force: true });
  }
  return result;
}
