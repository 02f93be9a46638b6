import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { watchDiagnostics } from './diagnosticsWatch';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { LineIndex, stripBom } from '../../server/src/engine/textPositions';
import { prng } from '../../bench/corpus';

// Differential fuzzing of the editor path. A seeded session opens an article
// and its translation in the real bundled server, edits both the way an
// editor does (incremental changes, several ranges per change, pastes,
// undo-like reversals, line-ending flips, emoji and combining marks), and at
// checkpoints compares what the server published with a fresh, in-process
// check of the same texts. Same seed, same session: a divergence reproduces
// with `scripts/fuzz-long.ts --seed N`.

export const ROOT = join(__dirname, '..', '..');
export const SERVER_JS = join(ROOT, 'dist', 'server.js');
const SAMPLE = join(ROOT, 'examples', 'sahel-summit');
const CONFIG_FILES = ['.copydesk.yaml', 'entities.yaml', 'house-style.yaml'];
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['sahel-summit.en.md', 'sahel-summit.fr.md'],
  ['000_7b97fe734857067e.txt', '001_6c847b0968dc0a27.txt'],
];

/**
 * The comparison runs the engine from source against the bundled server: a
 * bundle older than the source would show differences that are not bugs.
 */
export function staleBundle(): string | undefined {
  const built = statSync(SERVER_JS).mtimeMs;
  const walk = (dir: string): string | undefined => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        const found = walk(p);
        if (found) return found;
      } else if (e.name.endsWith('.ts') && statSync(p).mtimeMs > built) return p;
    }
    return undefined;
  };
  return walk(join(ROOT, 'server', 'src'));
}

/** The bench's seeded generator (mulberry32): the same seed gives the same session. */
export const rng = prng;

const SNIPPETS = [
  ' ', 'a', 'the ', 'é', 'e\u0301', '\u0301', 'ç', 'Œ', '👍🏽', '🇫🇷', '👨‍👩‍👧', '𝔘', '\r\n', '\n', '\r', '\n\n',
  '22 December 2025', '22 décembre 2024', 'December 22, 2024', 'Monday', 'lundi', '1,500', '1 500', '3.5 million', '40 %', '12 per cent', '1990-2000',
  '"', "'", '“', '”', '«\u00A0', '\u00A0»', '--', ' - ', '...', '…', '  ', ' :', ' ;', ' ?', '!', '\u00A0', '\u202F', '\t',
  'Tiani', 'Tchiani', 'Assimi Goïta', 'President Traoré', 'General Tiani', 'percent', 'CEDEAO', 'jihadi', 'the the ',
  '<!-- copydesk-disable -->', '<!-- copydesk-enable -->', '`code`', '# ', '> ', '- ', '**', '[link](http://example.com/a b)', '---\n', 'http://x.org/22-12-2024',
];

export interface FuzzServer {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Errors the server logged (a failed check), and its stderr. */
  logErrors: string[];
  stderr: () => string;
  crashed: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
  waitFor(uri: string, version: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** The first publication for `uri` (the current one included) that satisfies `ok`. */
  waitUntil(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<number | null>;
}

export async function startFuzzServer(rootDir: string, options: { pull?: boolean; locale?: string } = {}): Promise<FuzzServer> {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  if (!child.stdout || !child.stdin || !child.stderr) throw new Error('the server has no stdio');
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-20000);
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let stopping = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      if (!stopping) exit = { code, signal };
      resolve(code);
    }),
  );
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const logErrors: string[] = [];
  const watch = watchDiagnostics(connection);
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) logErrors.push(p.message);
  });
  connection.onNotification('copydesk/status', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ enable: true, rules: {}, translations: { source: '' } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onError(() => undefined);
  connection.onClose(() => undefined);
  connection.listen();
  const capabilities = { workspace: { configuration: true }, ...(options.pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {}) };
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(rootDir).href, capabilities, locale: options.locale ?? 'en' });
  await connection.sendNotification('initialized', {});
  function waitUntil(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number, what: string): Promise<PublishDiagnosticsParams> {
    return watch.waitFor(uri, ok, timeoutMs, () => ` ${what}${exit ? `; server exited ${JSON.stringify(exit)}` : ''}`);
  }
  return {
    connection,
    child,
    logErrors,
    stderr: () => stderr,
    crashed: () => exit,
    waitFor(uri, version, timeoutMs = 20000) {
      return waitUntil(uri, (p) => p.version === version, timeoutMs, `at version ${version}`);
    },
    waitUntil(uri, ok, timeoutMs = 20000) {
      return waitUntil(uri, ok, timeoutMs, 'matching');
    },
    async stop() {
      stopping = true;
      if (exit) return exit.code;
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // Already gone: the exit code says how.
      }
      const code = await exited;
      clearTimeout(timer);
      connection.dispose();
      return code;
    },
  };
}

export interface Divergence {
  seed: number;
  step: number;
  path: string;
  missing: string[];
  unexpected: string[];
  texts: Record<string, string>;
}

export interface SessionResult {
  seed: number;
  steps: number;
  changes: number;
  checks: number;
  divergences: Divergence[];
  internalFindings: string[];
}

export interface SessionOptions {
  steps: number;
  /** Intermediate comparisons besides the final one. */
  checkpoints: number;
  today?: () => Date;
}

interface Doc {
  path: string;
  uri: string;
  text: string;
  version: number;
  history: string[];
}

/** LSP positions of an offset: lines end at "\r\n", "\r" or "\n"; characters are UTF-16 units. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10 && i + 1 < offset) i++;
      else if (text.charCodeAt(i + 1) === 10) break; // offset sits between \r and \n: snapping prevents this
      line++;
      lineStart = i + 1;
    } else if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Editors never place a cursor inside a surrogate pair or between "\r" and "\n". */
function snap(text: string, offset: number): number {
  let o = Math.max(0, Math.min(offset, text.length));
  while (o > 0 && o < text.length) {
    const before = text.charCodeAt(o - 1);
    const after = text.charCodeAt(o);
    if ((before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10)) o--;
    else break;
  }
  return o;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const [a, b] of PAIRS) for (const n of [a, b]) out.push(...readFileSync(join(SAMPLE, n), 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 20));
  return out;
}
let paragraphs: string[] | undefined;

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** One random edit operation on `text`, as splices applied in order (each against the result of the previous). */
function randomEdit(r: () => number, doc: Doc): { splices: Splice[]; full?: string } {
  const text = doc.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const op = r();
  const at = (): number => snap(text, Math.floor(r() * (text.length + 1)));
  if (op < 0.3) {
    const o = at();
    let s = pick(r, SNIPPETS);
    if (o === 0 && s.startsWith('\uFEFF')) s = s.slice(1);
    return { splices: [{ start: o, end: o, text: s }] };
  }
  if (op < 0.45) {
    const start = at();
    const end = snap(text, start + 1 + Math.floor(r() * 40));
    return { splices: [{ start, end: Math.max(start, end), text: '' }] };
  }
  if (op < 0.55) {
    const start = at();
    const end = Math.max(start, snap(text, start + Math.floor(r() * 12)));
    return { splices: [{ start, end, text: pick(r, SNIPPETS) }] };
  }
  if (op < 0.65) {
    paragraphs ??= seedParagraphs();
    // Paste a paragraph at a line start.
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    const o = pick(r, starts);
    return { splices: [{ start: o, end: o, text: pick(r, paragraphs) + eol + (r() < 0.5 ? eol : '') }] };
  }
  if (op < 0.8) {
    // Several ranges in one didChange, as multi-cursor typing sends them.
    const splices: Splice[] = [];
    let t = text;
    const n = 2 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const start = snap(t, Math.floor(r() * (t.length + 1)));
      const end = r() < 0.5 ? start : Math.max(start, snap(t, start + Math.floor(r() * 6)));
      const s = r() < 0.7 ? pick(r, SNIPPETS) : '';
      splices.push({ start, end, text: s });
      t = t.slice(0, start) + s + t.slice(end);
    }
    return { splices };
  }
  if (op < 0.9 && doc.history.length > 1) {
    // Undo: back to an earlier text, sent as the single minimal change an editor sends.
    const target = pick(r, doc.history);
    let p = 0;
    while (p < text.length && p < target.length && text[p] === target[p]) p++;
    let s = 0;
    while (s < text.length - p && s < target.length - p && text[text.length - 1 - s] === target[target.length - 1 - s]) s++;
    const start = snap(text, p);
    const end = text.length - s;
    // Keep the change on whole code points and line breaks.
    const endSnapped = Math.max(start, end < text.length && snap(text, end) !== end ? end + 1 : end);
    const newText = target.slice(start, target.length - (text.length - endSnapped));
    return { splices: [{ start, end: endSnapped, text: newText }] };
  }
  if (op < 0.95) {
    // Line-ending flip of the whole document, as "Change End of Line Sequence" does.
    const flipped = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\r?\n/g, '\r\n');
    return { splices: [], full: flipped };
  }
  // Replace a whole line with a line from the other version's seed.
  paragraphs ??= seedParagraphs();
  const lines = text.split(/(?<=\n)/);
  const i = Math.floor(r() * lines.length);
  let start = 0;
  for (let k = 0; k < i; k++) start += lines[k]?.length ?? 0;
  const line = lines[i] ?? '';
  const body = line.replace(/\r?\n$/, '');
  return { splices: [{ start, end: start + body.length, text: pick(r, paragraphs) }] };
}

function toChanges(doc: Doc, edit: { splices: Splice[]; full?: string }): { changes: TextDocumentContentChangeEvent[]; text: string } {
  if (edit.full !== undefined) return { changes: [{ text: edit.full }], text: edit.full };
  let t = doc.text;
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const raw of edit.splices) {
    // An offset between "\r" and "\n" has no LSP position (a position past a
    // line's end means the end of the line): edit from before the pair, as
    // an editor would, so the harness's text stays the server's.
    const snap = (o: number): number => (t.charCodeAt(o - 1) === 13 && t.charCodeAt(o) === 10 ? o - 1 : o);
    const s = { start: snap(raw.start), end: Math.max(snap(raw.start), snap(raw.end)), text: raw.text };
    changes.push({ range: { start: positionAt(t, s.start), end: positionAt(t, s.end) }, text: s.text });
    t = t.slice(0, s.start) + s.text + t.slice(s.end);
  }
  return { changes, text: t };
}

/** What a fresh check says, keyed the way the comparison needs. */
export function expectedKeys(files: Record<string, string>, paths: readonly string[], today: () => Date): Map<string, string[]> {
  const project = new Project(new MemoryFileSystem(files), { locale: 'en', today });
  const out = new Map<string, string[]>();
  const indexes = new Map<string, LineIndex>();
  const indexOf = (p: string): LineIndex => {
    let ix = indexes.get(p);
    if (!ix) {
      ix = new LineIndex(stripBom(files[p] ?? '').text);
      indexes.set(p, ix);
    }
    return ix;
  };
  for (const report of project.check(paths)) {
    out.set(
      report.path,
      report.findings.map((f) => {
        const related = f.related.map((x) => `${pathToFileURL(x.path).href}@${JSON.stringify(indexOf(x.path).rangeOf(x.start, x.end))}`);
        return key(f.rule, JSON.stringify(indexOf(f.path).rangeOf(f.start, f.end)), f.message, f.start, f.end, related);
      }),
    );
  }
  return out;
}

function key(rule: string, range: string, message: string, start: number, end: number, related: string[]): string {
  return `${rule} ${range} [${start},${end}] ${JSON.stringify(message)} -> ${related.join(' ')}`;
}

function actualKeys(diags: Diagnostic[]): string[] {
  return diags.map((d) => {
    const data = d.data as { start?: number; end?: number } | undefined;
    const related = (d.relatedInformation ?? []).map((x) => `${x.location.uri}@${JSON.stringify(x.location.range)}`);
    return key(String(d.code), JSON.stringify(d.range), d.message, data?.start ?? -1, data?.end ?? -1, related);
  });
}

function multisetDiff(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const x of b) count.set(x, (count.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = count.get(x) ?? 0;
    if (n > 0) count.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Runs one seeded session in its own folder of `rootDir` on a running server. */
export async function runSession(server: FuzzServer, rootDir: string, seed: number, options: SessionOptions): Promise<SessionResult> {
  const r = rng(seed);
  const today = options.today ?? (() => new Date());
  const dir = join(rootDir, `s${seed}`);
  mkdirSync(dir, { recursive: true });
  const configFiles: Record<string, string> = {};
  for (const n of CONFIG_FILES) {
    copyFileSync(join(SAMPLE, n), join(dir, n));
    configFiles[join(dir, n)] = readFileSync(join(SAMPLE, n), 'utf8');
  }
  const pair = pick(r, PAIRS);
  const crlf = r() < 0.25;
  const docs: Doc[] = pair.map((name) => {
    let text = readFileSync(join(SAMPLE, name), 'utf8');
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, uri: pathToFileURL(path).href, text, version: 1, history: [text] };
  });
  for (const d of docs) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.path.endsWith('.md') ? 'markdown' : 'plaintext', version: d.version, text: d.text } });
  }
  const result: SessionResult = { seed, steps: 0, changes: 0, checks: 0, divergences: [], internalFindings: [] };
  const checkAt = new Set<number>();
  for (let k = 1; k <= options.checkpoints; k++) checkAt.add(Math.floor((options.steps * k) / (options.checkpoints + 1)));
  checkAt.add(options.steps);

  const compare = async (step: number): Promise<void> => {
    // A net-zero change to each document bumps its version; a publication at that
    // version was computed after every real edit reached the server.
    for (const d of docs) {
      d.version++;
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: d.uri, version: d.version },
        contentChanges: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' },
        ],
      });
    }
    const published = await Promise.all(docs.map((d) => server.waitFor(d.uri, d.version)));
    const files: Record<string, string> = { ...configFiles };
    for (const d of docs) files[d.path] = d.text;
    const expected = expectedKeys(files, docs.map((d) => d.path), today);
    result.checks++;
    docs.forEach((d, i) => {
      const actual = actualKeys(published[i]?.diagnostics ?? []);
      const want = expected.get(d.path) ?? [];
      for (const a of actual) if (a.startsWith('copydesk.internal')) result.internalFindings.push(a);
      const missing = multisetDiff(want, actual);
      const unexpected = multisetDiff(actual, want);
      if (missing.length > 0 || unexpected.length > 0) {
        result.divergences.push({ seed, step, path: d.path, missing, unexpected, texts: Object.fromEntries(docs.map((x) => [x.path, x.text])) });
      }
    });
  };

  for (let step = 1; step <= options.steps; step++) {
    const doc = pick(r, docs);
    const { changes, text } = toChanges(doc, randomEdit(r, doc));
    doc.version++;
    doc.text = text;
    doc.history.push(text);
    if (doc.history.length > 8) doc.history.shift();
    result.steps++;
    result.changes += changes.length;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: changes });
    if (checkAt.has(step)) await compare(step);
    // Some steps land inside the debounce window, some after a run started.
    if (r() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(r() * 40)));
  }
  for (const d of docs) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
  return result;
}

/** Runs sessions `seeds` with `concurrency` in flight on one server; a crash restarts the server and is counted. */
export async function runSessions(
  rootDir: string,
  seeds: readonly number[],
  options: SessionOptions & { concurrency: number; onResult?: (r: SessionResult) => void; onCrash?: (seed: number, detail: string) => void },
): Promise<{ results: SessionResult[]; crashes: Array<{ seed: number; detail: string }>; logErrors: string[]; exitCodes: Array<number | null> }> {
  const results: SessionResult[] = [];
  const crashes: Array<{ seed: number; detail: string }> = [];
  const logErrors: string[] = [];
  const exitCodes: Array<number | null> = [];
  let server = await startFuzzServer(rootDir);
  let next = 0;
  let restarting: Promise<void> | undefined;
  const restart = async (): Promise<void> => {
    const old = server;
    logErrors.push(...old.logErrors);
    exitCodes.push(await old.stop());
    server = await startFuzzServer(rootDir);
  };
  const worker = async (): Promise<void> => {
    while (next < seeds.length) {
      if (restarting) await restarting;
      const seed = seeds[next++];
      if (seed === undefined) break;
      const s = server;
      try {
        const res = await runSession(s, rootDir, seed, options);
        results.push(res);
        options.onResult?.(res);
      } catch (e) {
        const exit = s.crashed();
        const detail = `${e instanceof Error ? e.message : String(e)}${exit ? `\nserver exit ${JSON.stringify(exit)}\n${s.stderr().slice(-4000)}` : ''}`;
        crashes.push({ seed, detail });
        options.onCrash?.(seed, detail);
        if (exit && s === server && !restarting) {
          restarting = restart().finally(() => (restarting = undefined));
          await restarting;
        }
        continue;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  logErrors.push(...server.logErrors);
  exitCodes.push(await server.stop());
  return { results, crashes, logErrors, exitCodes };
}
