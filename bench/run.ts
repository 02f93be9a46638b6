// `npm run bench`: Copydesk against its peers on the same generated corpus,
// side by side in one run (this machine is shared: compare ratios measured
// together, not times across runs). See bench/README.md.
//
//   npm run bench                 3 repetitions (about 10 minutes)
//   npm run bench -- --quick      1 repetition, fewer edits
//   npm run bench -- --reps 5 --timeout 120 --skip editor,peers

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { LIST_SIZES, TEXT_SIZES, writeListFiles, writeTextCorpus, type ListFiles, type TextSize } from './corpus';
import { runEditorBench, SERVER_DEBOUNCE_MS, type EditorResult } from './editor';
import type { EngineResult } from './engineWorker';
import { renderChart } from './chart';

const ROOT = join(__dirname, '..');
const BENCH = __dirname;
const BIN = join(ROOT, 'node_modules', '.bin');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    reps: { type: 'string' },
    timeout: { type: 'string' },
    skip: { type: 'string' },
    'peer-reps': { type: 'string' },
    'peer-timeout': { type: 'string' },
  },
});
const REPS = Number(args.reps ?? (args.quick ? 1 : 3));
const TIMEOUT_S = Number(args.timeout ?? 90);
/** textlint and cspell at 640 KB take minutes: fewer repetitions, a longer bound. */
const PEER_REPS = Number(args['peer-reps'] ?? 1);
const PEER_TIMEOUT_S = Number(args['peer-timeout'] ?? 300);
const SKIP = new Set((args.skip ?? '').split(',').filter(Boolean));

export type Tool = 'copydesk-cli' | 'copydesk-cli-first' | 'copydesk-cli-git' | 'engine-load' | 'engine-first-load' | 'engine-check' | 'engine-match' | 'textlint-prh' | 'cspell' | 'grep';

export interface Measure {
  tool: Tool;
  text: TextSize;
  textBytes: number;
  entities: number;
  /** Wall-clock times, one per repetition (ms). */
  wallMs: number[];
  /** CPU time (user + system) per repetition (ms), when known. */
  cpuMs: number[];
  /** Peak resident memory per repetition (MB), when known. */
  maxRssMb: number[];
  /** What the tool reported (findings, flagged words, matches), as a sanity check. */
  found?: number;
  timedOut?: boolean;
  /** The bound it hit (s). */
  timeoutS?: number;
  error?: string;
}

const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

const HAS_TIME = existsSync('/usr/bin/time');

interface RunOutcome {
  wallMs: number;
  cpuMs?: number;
  maxRssMb?: number;
  stdout: string;
  status: number | null;
  timedOut: boolean;
}

/** One bounded run of a command: `timeout` kills its whole process group; GNU time reports CPU and peak memory. */
function runCommand(cmd: string, cmdArgs: readonly string[], cwd: string, timeoutS = TIMEOUT_S): RunOutcome {
  const stats = join(tmpdir(), `copydesk-bench-time-${process.pid}.txt`);
  const wrapped = HAS_TIME ? ['/usr/bin/time', '-f', '%e %U %S %M', '-o', stats, cmd, ...cmdArgs] : [cmd, ...cmdArgs];
  const t0 = process.hrtime.bigint();
  const r = spawnSync('timeout', ['-k', '5', String(timeoutS), ...wrapped], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const out: RunOutcome = { wallMs, stdout: r.stdout ?? '', status: r.status, timedOut: r.status === 124 || r.status === 137 };
  if (HAS_TIME && existsSync(stats)) {
    const last = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
    const [, user, sys, rss] = last.split(' ').map(Number);
    if (user !== undefined && sys !== undefined && !Number.isNaN(user)) out.cpuMs = (user + sys) * 1000;
    if (rss !== undefined && !Number.isNaN(rss)) out.maxRssMb = rss / 1000;
    rmSync(stats, { force: true });
  }
  return out;
}

interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

function measureCommand(m: Measure, run: () => RunOutcome, count: (stdout: string) => number | undefined, okStatus: readonly number[], reps = REPS): Measure {
  for (let r = 0; r < reps; r++) {
    const o = run();
    if (o.timedOut) {
      m.timedOut = true;
      m.timeoutS = Math.round(o.wallMs / 1000);
      log(`    ${m.tool} ${m.text} × ${m.entities}: timed out after ${m.timeoutS} s`);
      break;
    }
    if (o.status === null || !okStatus.includes(o.status)) {
      m.error = `exit ${o.status}: ${o.stdout.slice(0, 300)}`;
      log(`    ${m.tool} ${m.text} × ${m.entities}: ${m.error}`);
      break;
    }
    m.wallMs.push(o.wallMs);
    if (o.cpuMs !== undefined) m.cpuMs.push(o.cpuMs);
    if (o.maxRssMb !== undefined) m.maxRssMb.push(o.maxRssMb);
    if (r === 0) m.found = count(o.stdout);
  }
  log(`    ${m.tool.padEnd(13)} ${m.text.padEnd(6)} × ${String(m.entities).padStart(6)}: ${m.wallMs.map((x) => x.toFixed(0)).join(', ')} ms`);
  return m;
}

function newMeasure(tool: Tool, text: TextSize, corpus: Corpus, entities: number): Measure {
  return { tool, text, textBytes: corpus.bytes, entities, wallMs: [], cpuMs: [], maxRssMb: [] };
}

// The CLI is run as users run it, `copydesk` (bin/copydesk.js). It keeps
// compiled entity lists and its own compiled code in a cache folder; the bench
// gives it its own, emptied before each configuration's first run. That first
// run (YAML parsed, snapshot and code cache written) is reported apart as
// copydesk-cli-first; the repetitions read them, as every later run does.
const CLI = join(ROOT, 'bin', 'copydesk.js');
const CLI_CACHE = join(tmpdir(), `copydesk-bench-cache-${process.pid}`);
process.env['COPYDESK_CACHE_DIR'] = CLI_CACHE;

/** Findings in the CLI's JSON report. */
function countDiagnostics(out: string): number | undefined {
  try {
    const j = JSON.parse(out) as { files: Array<{ diagnostics: unknown[] }> };
    return j.files.reduce((s, f) => s + f.diagnostics.length, 0);
  } catch {
    return undefined;
  }
}

function copydeskCli(text: TextSize, corpus: Corpus, list: ListFiles): Measure[] {
  // The configuration a newsroom would write, beside the articles.
  writeFileSync(join(corpus.dir, '.copydesk.yaml'), `entities: [${JSON.stringify(list.yaml)}]\n`);
  rmSync(CLI_CACHE, { recursive: true, force: true });
  const run = (): RunOutcome => runCommand(process.execPath, [CLI, 'check', corpus.dir, '--format', 'json'], ROOT);
  const first = measureCommand(newMeasure('copydesk-cli-first', text, corpus, list.size), run, countDiagnostics, [0, 1], 1);
  return [first, measureCommand(newMeasure('copydesk-cli', text, corpus, list.size), run, countDiagnostics, [0, 1])];
}

/**
 * The same articles committed in a git repository, as a newsroom keeps them:
 * translation.stale then asks git what each counterpart was at the other
 * version's last commit.
 */
function copydeskCliInGit(text: TextSize, corpus: Corpus, list: ListFiles): Measure {
  const repo = mkdtempSync(join(tmpdir(), 'copydesk-bench-git-'));
  try {
    cpSync(corpus.dir, repo, { recursive: true });
    writeFileSync(join(repo, '.copydesk.yaml'), `entities: [${JSON.stringify(list.yaml)}]\n`);
    const git = (...a: string[]): void => void spawnSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...a], { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'the articles');
    const run = (): RunOutcome => runCommand(process.execPath, [CLI, 'check', repo, '--format', 'json'], ROOT);
    run(); // the list's snapshot, as for copydesk-cli
    return measureCommand(newMeasure('copydesk-cli-git', text, { ...corpus, dir: repo }, list.size), run, countDiagnostics, [0, 1]);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

// The in-process engine is measured as it ships: bundled by esbuild, as
// dist/ is. Under tsx it ran up to 2.4 times slower (its keepNames wraps
// every closure the hot loops create), which measured the loader, not us.
let engineWorkerJs: string | undefined;
function engineWorker(): string {
  if (!engineWorkerJs) {
    const out = join(tmpdir(), 'copydesk-bench', 'engineWorker.cjs');
    // `supported`: as in esbuild.mjs, regex literals stay literals.
    buildSync({ entryPoints: [join(BENCH, 'engineWorker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, outfile: out, logLevel: 'error' });
    engineWorkerJs = out;
  }
  return engineWorkerJs;
}

function engine(text: TextSize, corpus: Corpus, list: ListFiles): Measure[] {
  const o = runCommand(process.execPath, [engineWorker(), corpus.dir, list.yaml, String(REPS)], ROOT, TIMEOUT_S * REPS * 2);
  const base = (tool: Tool): Measure => newMeasure(tool, text, corpus, list.size);
  const load = base('engine-load');
  const firstLoad = base('engine-first-load');
  const check = base('engine-check');
  const match = base('engine-match');
  if (o.status !== 0) {
    for (const m of [load, firstLoad, check, match]) m.error = o.timedOut ? 'timed out' : `exit ${o.status}`;
    log(`    engine ${text} × ${list.size}: failed (${o.timedOut ? 'timeout' : o.status})`);
    return [load, firstLoad, check, match];
  }
  const r = JSON.parse(o.stdout) as EngineResult;
  firstLoad.wallMs.push(r.firstLoadMs);
  for (const x of r.loadsFromSnapshot) load.wallMs.push(x);
  for (const s of r.samples) {
    check.wallMs.push(s.checkMs);
    check.cpuMs.push(s.cpuMs);
    match.wallMs.push(s.matchMs);
  }
  check.maxRssMb.push(r.maxRssMb);
  check.found = r.samples[0]?.findings;
  match.found = r.samples[0]?.mentions;
  phases.push({ ...r.phases, text, entities: list.size, maxRssMb: r.maxRssMb });
  log(`    engine        ${text.padEnd(6)} × ${String(list.size).padStart(6)}: first load ${r.firstLoadMs.toFixed(0)}; load${r.snapshotWritten ? ' from snapshot' : ''} ${load.wallMs.map((x) => x.toFixed(0)).join(', ')}; check ${check.wallMs.map((x) => x.toFixed(0)).join(', ')}; match ${match.wallMs.map((x) => x.toFixed(0)).join(', ')} ms`);
  return [load, firstLoad, check, match];
}

const phases: Array<EngineResult['phases'] & { text: TextSize; entities: number; maxRssMb: number }> = [];

const peerBound = (text: TextSize): { reps: number; timeoutS: number } => (text === '64k' ? { reps: REPS, timeoutS: TIMEOUT_S } : { reps: PEER_REPS, timeoutS: PEER_TIMEOUT_S });

function textlint(text: TextSize, corpus: Corpus, list: ListFiles): Measure {
  const { reps, timeoutS } = peerBound(text);
  return measureCommand(
    newMeasure('textlint-prh', text, corpus, list.size),
    () => runCommand(join(BIN, 'textlint'), ['-c', list.textlintrc, '--format', 'json', ...corpus.files.map((f) => join(corpus.dir, f))], ROOT, timeoutS),
    (out) => {
      try {
        return (JSON.parse(out) as Array<{ messages: unknown[] }>).reduce((s, f) => s + f.messages.length, 0);
      } catch {
        return undefined;
      }
    },
    [0, 1],
    reps,
  );
}

function cspell(text: TextSize, corpus: Corpus, list: ListFiles): Measure {
  const { reps, timeoutS } = peerBound(text);
  return measureCommand(
    newMeasure('cspell', text, corpus, list.size),
    () => runCommand(join(BIN, 'cspell'), ['lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', '-c', list.cspell, '--root', corpus.dir, '**/*.md'], ROOT, timeoutS),
    (out) => out.split('\n').filter((l) => l.includes('Forbidden word')).length,
    [0, 1],
    reps,
  );
}

function grep(text: TextSize, corpus: Corpus, list: ListFiles): Measure {
  return measureCommand(
    newMeasure('grep', text, corpus, list.size),
    () => runCommand('grep', ['-F', '-o', '-f', list.grep, '-r', '--include=*.md', corpus.dir], ROOT),
    (out) => out.split('\n').filter(Boolean).length,
    [0, 1],
  );
}

function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js')) || !existsSync(join(ROOT, 'dist', 'server.js'))) {
    log('Building dist/ (node esbuild.mjs)…');
    execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

function fmtMs(xs: readonly number[]): string {
  if (xs.length === 0) return '—';
  const f = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)}s` : `${x.toFixed(0)}`);
  return xs.length === 1 ? f(xs[0] ?? 0) : `${f(median(xs))} [${f(Math.min(...xs))}–${f(Math.max(...xs))}]`;
}

function table(measures: readonly Measure[]): string {
  const rows = [['tool', 'text', 'entities', 'wall ms: median [min–max]', 'cpu ms', 'peak MB', 'found']];
  for (const m of measures) {
    rows.push([
      m.tool,
      `${m.text} (${(m.textBytes / 1000).toFixed(0)} KB)`,
      String(m.entities),
      m.timedOut ? `> ${m.timeoutS ?? TIMEOUT_S}s (timed out)` : m.error ? `error: ${m.error.slice(0, 40)}` : fmtMs(m.wallMs),
      m.cpuMs.length ? fmtMs(m.cpuMs) : '',
      m.maxRssMb.length ? median(m.maxRssMb).toFixed(0) : '',
      m.found === undefined ? '' : String(m.found),
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r, k) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ') + (k === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

interface Target {
  name: string;
  target: string;
  value: number | undefined;
  /** Human-readable measured value. */
  measured: string;
  pass: boolean | undefined;
}

function targets(measures: readonly Measure[], editor: EditorResult | undefined): Target[] {
  const get = (tool: Tool, text: TextSize, n: number, cpu = false): number | undefined => {
    const m = measures.find((x) => x.tool === tool && x.text === text && x.entities === n && !x.error && !x.timedOut);
    const xs = cpu ? m?.cpuMs : m?.wallMs;
    return xs && xs.length ? median(xs) : undefined;
  };
  const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const out: Target[] = [];
  const add = (name: string, target: string, value: number | undefined, ok: (v: number) => boolean, unit = '×'): void => {
    out.push({ name, target, value, measured: value === undefined ? 'not measured' : `${value.toFixed(2)}${unit}`, pass: value === undefined ? undefined : ok(value) });
  };
  const cli640 = get('copydesk-cli', '640k', 20_000);
  add('textlint+prh ÷ Copydesk CLI, 640 KB × 20k', '≥ 20×', ratio(get('textlint-prh', '640k', 20_000), cli640), (v) => v >= 20);
  add('cspell ÷ Copydesk CLI, 640 KB × 20k', '≥ 40×', ratio(get('cspell', '640k', 20_000), cli640), (v) => v >= 40);
  add('textlint+prh ÷ Copydesk CLI in CPU time, 640 KB × 20k', '≥ 20×', ratio(get('textlint-prh', '640k', 20_000, true), get('copydesk-cli', '640k', 20_000, true)), (v) => v >= 20);
  add('cspell ÷ Copydesk CLI in CPU time, 640 KB × 20k', '≥ 40×', ratio(get('cspell', '640k', 20_000, true), get('copydesk-cli', '640k', 20_000, true)), (v) => v >= 40);
  add('(for information) CLI on the articles committed in a git repository ÷ CLI, 640 KB × 20k', '—', ratio(get('copydesk-cli-git', '640k', 20_000), cli640), () => true);
  add('CLI time 6.4 MB ÷ 640 KB (× 20k)', '≤ 11×', ratio(get('copydesk-cli', '6400k', 20_000), cli640), (v) => v <= 11);
  add('CLI time 640 KB ÷ 64 KB (× 20k)', '≤ 11×', ratio(cli640, get('copydesk-cli', '64k', 20_000)), (v) => v <= 11);
  add('engine check 6.4 MB ÷ 640 KB (× 20k)', '≤ 11×', ratio(get('engine-check', '6400k', 20_000), get('engine-check', '640k', 20_000)), (v) => v <= 11);
  add('engine check 100k ÷ 1k entities, once loaded (640 KB)', '≤ 1.5×', ratio(get('engine-check', '640k', 100_000), get('engine-check', '640k', 1_000)), (v) => v <= 1.5);
  add('engine check 100k ÷ 1k entities in CPU time (640 KB)', '≤ 1.5×', ratio(get('engine-check', '640k', 100_000, true), get('engine-check', '640k', 1_000, true)), (v) => v <= 1.5);
  add('(for information) CLI 100k ÷ 1k entities, 640 KB, load included', '—', ratio(get('copydesk-cli', '640k', 100_000), get('copydesk-cli', '640k', 1_000)), () => true);
  add('engine load of 100k entities (from the list\'s snapshot) ÷ check of 640 KB (with 100k)', '< 1×', ratio(get('engine-load', '640k', 100_000), get('engine-check', '640k', 100_000)), (v) => v < 1);
  add('(for information) first load of 100k entities (YAML parsed, snapshot written) ÷ check of 640 KB', '—', ratio(get('engine-first-load', '640k', 100_000), get('engine-check', '640k', 100_000)), () => true);
  add('(for information) cspell ÷ Copydesk CLI\'s first run (no snapshot yet), 640 KB × 20k', '—', ratio(get('cspell', '640k', 20_000), get('copydesk-cli-first', '640k', 20_000)), () => true);
  add('CLI CPU time 6.4 MB ÷ 640 KB (× 20k)', '≤ 11×', ratio(get('copydesk-cli', '6400k', 20_000, true), get('copydesk-cli', '640k', 20_000, true)), (v) => v <= 11);
  add('CLI ÷ grep -F, 6.4 MB × 20k', '≤ 5×', ratio(get('copydesk-cli', '6400k', 20_000), get('grep', '6400k', 20_000)), (v) => v <= 5);
  add('matching pass ÷ grep -F, 6.4 MB × 20k', '≤ 2×', ratio(get('engine-match', '6400k', 20_000), get('grep', '6400k', 20_000)), (v) => v <= 2);
  if (editor) {
    const edit = median(editor.editPairMs);
    const cold = median(editor.coldMs);
    add(`one-char edit (to both files' diagnostics) ÷ cold check of the pair, ${editor.words} words × ${editor.entities / 1000}k`, '≤ 0.1×', ratio(edit, cold), (v) => v <= 0.1);
    add(`one-char edit ÷ cold check of the pair with the list's snapshot on disk (a later session)`, '≤ 0.1×', ratio(edit, median(editor.coldSnapshotMs)), (v) => v <= 0.1);
    add('server start to first diagnostics ÷ node -e 0 (seed pair)', '≤ 10×', ratio(median(editor.startMs), median(editor.nodeMs)), (v) => v <= 10);
  }
  const rss = [...measures.filter((m) => m.entities === 100_000 && m.tool === 'copydesk-cli').flatMap((m) => m.maxRssMb)];
  add('peak RSS with 100k entities (CLI, 640 KB; median of runs)', '< 300 MB', rss.length ? median(rss) : undefined, (v) => v < 300, ' MB');
  const engRss = phases.find((p) => p.entities === 100_000)?.maxRssMb;
  add('peak RSS with 100k entities (engine in-process, bundled, one load + check)', '< 300 MB', engRss, (v) => v < 300, ' MB');
  const rss20 = [...measures.filter((m) => m.entities === 20_000 && m.text === '640k' && m.tool === 'copydesk-cli').flatMap((m) => m.maxRssMb)];
  add('(for information) peak RSS with 20k entities (CLI, 640 KB)', '—', rss20.length ? median(rss20) : undefined, () => true, ' MB');
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  ensureBuilt();
  const corpusRoot = join(BENCH, 'corpus');
  log(`Corpus in ${corpusRoot} (seeded; rewritten each run)…`);
  const corpora = {} as Record<TextSize, Corpus>;
  for (const [name, bytes] of Object.entries(TEXT_SIZES) as Array<[TextSize, number]>) {
    const dir = join(corpusRoot, name);
    rmSync(dir, { recursive: true, force: true });
    const c = writeTextCorpus(dir, bytes);
    corpora[name] = { dir, files: c.files, bytes: c.bytes };
    log(`  ${name}: ${c.files.length} files, ${c.bytes} bytes, ${c.mentions} name mentions (${c.misspelt} misspelt)`);
  }
  const lists = new Map<number, ListFiles>();
  for (const n of LIST_SIZES) lists.set(n, writeListFiles(join(corpusRoot, 'lists'), n));
  const list = (n: number): ListFiles => lists.get(n) as ListFiles;

  // Which tool runs on which text × list. textlint+prh takes ~18 s at 64 KB ×
  // 20k here and grows with text × list (one regex per name per paragraph),
  // ~3 min at 640 KB × 20k; cspell ~20 s. So they run on 64 KB with 1k and
  // 20k, and once (PEER_REPS) on 640 KB × 20k; 100k or 6.4 MB would only
  // hit the timeout.
  const plan: Array<{ tool: 'cli' | 'cli-git' | 'engine' | 'textlint' | 'cspell' | 'grep'; text: TextSize; n: number }> = [];
  for (const n of [1_000, 10_000, 20_000]) {
    // 64 KB × 10k adds little but time: grep only, for the line.
    for (const tool of n === 10_000 ? (['grep'] as const) : (['cli', 'engine', 'grep'] as const)) plan.push({ tool, text: '64k', n });
    if (n !== 10_000) for (const tool of ['textlint', 'cspell'] as const) plan.push({ tool, text: '64k', n });
  }
  for (const n of LIST_SIZES) for (const tool of ['cli', 'engine', 'grep'] as const) plan.push({ tool, text: '640k', n });
  plan.push({ tool: 'cli-git', text: '640k', n: 20_000 });
  plan.push({ tool: 'textlint', text: '640k', n: 20_000 }, { tool: 'cspell', text: '640k', n: 20_000 });
  for (const tool of ['cli', 'engine', 'grep'] as const) plan.push({ tool, text: '6400k', n: 20_000 });

  const measures: Measure[] = [];
  for (const p of plan) {
    if (SKIP.has(p.tool === 'cli-git' ? 'cli' : p.tool) || (SKIP.has('peers') && (p.tool === 'textlint' || p.tool === 'cspell'))) continue;
    const c = corpora[p.text];
    const l = list(p.n);
    if (p.tool === 'cli') measures.push(...copydeskCli(p.text, c, l));
    else if (p.tool === 'cli-git') measures.push(copydeskCliInGit(p.text, c, l));
    else if (p.tool === 'engine') measures.push(...engine(p.text, c, l));
    else if (p.tool === 'textlint') measures.push(textlint(p.text, c, l));
    else if (p.tool === 'cspell') measures.push(cspell(p.text, c, l));
    else measures.push(grep(p.text, c, l));
  }
  for (const c of Object.values(corpora)) rmSync(join(c.dir, '.copydesk.yaml'), { force: true });
  rmSync(CLI_CACHE, { recursive: true, force: true });

  let editor: EditorResult | undefined;
  if (!SKIP.has('editor')) {
    log('Editor latency over the protocol (dist/server.js --stdio)…');
    editor = await runEditorBench({ reps: REPS, edits: args.quick ? 20 : 100, entities: 10_000, words: 2_000, seedDir: join(ROOT, 'examples', 'sahel-summit'), log });
  }

  const order: Tool[] = ['copydesk-cli-first', 'copydesk-cli', 'copydesk-cli-git', 'engine-first-load', 'engine-load', 'engine-check', 'engine-match', 'textlint-prh', 'cspell', 'grep'];
  const textOrder: TextSize[] = ['64k', '640k', '6400k'];
  measures.sort((a, b) => textOrder.indexOf(a.text) - textOrder.indexOf(b.text) || a.entities - b.entities || order.indexOf(a.tool) - order.indexOf(b.tool));
  const tgs = targets(measures, editor);

  const lines: string[] = [];
  lines.push(`Copydesk bench — ${new Date().toISOString()} — ${REPS} repetition(s) (textlint/cspell at 640 KB: ${PEER_REPS}), node ${process.version}, load average at start ${loadAvg}`);
  lines.push('');
  lines.push(table(measures));
  lines.push('');
  lines.push('Loading, one-off breakdown (ms): YAML parse + validation of the list | EntityIndex.build | near-miss index (first lookup)');
  for (const p of phases) lines.push(`  ${p.text.padEnd(6)} × ${String(p.entities).padStart(6)}: ${p.parseListMs.toFixed(0).padStart(6)} | ${p.buildIndexMs.toFixed(0).padStart(6)} | ${p.nearMissIndexMs.toFixed(0).padStart(6)}   (engine peak RSS ${p.maxRssMb.toFixed(0)} MB)`);
  if (editor) {
    lines.push('');
    const q = (xs: number[]): string => `median ${median(xs).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms (n=${xs.length})`;
    lines.push(`Editor, ${editor.words}-word pair × ${editor.entities} entities:`);
    lines.push(`  cold (fresh server, open pair → diagnostics): ${q(editor.coldMs)}`);
    lines.push(`  the same, list's snapshot on disk:             ${q(editor.coldSnapshotMs)}`);
    lines.push(`  one-char edit → edited file's diagnostics:    ${q(editor.editMs)}  (includes the server's wait: 2 ms after a check under 16 ms, else as long as the last check, at most ${SERVER_DEBOUNCE_MS} ms)`);
    lines.push(`  one-char edit → counterpart's diagnostics:    ${q(editor.editPairMs)}`);
    lines.push(`  server-side re-check (copydesk/status):       ${q(editor.editServerMs)}`);
    lines.push(`  server start → first diagnostics (seed pair): ${q(editor.startMs)};  node -e 0: ${q(editor.nodeMs)}`);
  }
  lines.push('');
  lines.push('Targets (from the issue; reported, not asserted):');
  for (const t of tgs) lines.push(`  ${t.pass === undefined ? '  ?' : t.pass ? 'met' : 'MISS'}  ${t.name}: ${t.measured} (target ${t.target})`);
  lines.push('');
  lines.push(`Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const report = lines.join('\n');
  process.stdout.write(`${report}\n`);

  const resultsDir = join(BENCH, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = { date: new Date().toISOString(), node: process.version, reps: REPS, timeoutS: TIMEOUT_S, peerReps: PEER_REPS, peerTimeoutS: PEER_TIMEOUT_S, loadAvg, measures, phases, editor, targets: tgs };
  const stamp = json.date.replace(/[:.]/g, '-');
  writeFileSync(join(resultsDir, `${stamp}.json`), JSON.stringify(json, null, 2));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(json, null, 2));
  const chart = renderChart(measures, resultsDir, TIMEOUT_S);
  log(`Results: ${join(resultsDir, 'latest.json')}; chart: ${chart}`);
}

const loadAvg = (() => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
})();

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
