import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { existsSync, rmSync } from 'node:fs';
import { test } from 'node:test';
import { runSessions, SERVER_JS, staleBundle } from './fuzzHarness';

// Seeded editing sessions against the real server: what it publishes after
// any sequence of edits must equal a fresh check of the final texts. A
// failure prints the seed; `npx tsx scripts/fuzz-long.ts --seed N --sessions 1`
// replays it. COPYDESK_FUZZ_SESSIONS / COPYDESK_FUZZ_SEED change the run.

const SESSIONS = Number(process.env['COPYDESK_FUZZ_SESSIONS'] ?? 200);
const FIRST_SEED = Number(process.env['COPYDESK_FUZZ_SEED'] ?? 1);
const SERVERS = 2;

test(`${SESSIONS} random editing sessions: the server's diagnostics equal a fresh check`, { timeout: 150_000 }, async (t) => {
  assert.ok(existsSync(SERVER_JS), `${SERVER_JS} is missing (node esbuild.mjs)`);
  const stale = staleBundle();
  // The engine under comparison runs from source; an old bundle would diverge for no bug.
  assert.equal(stale, undefined, `dist/server.js is older than ${stale}: run "node esbuild.mjs" first`);
  const dir = tempDir('copydesk-fuzz-');
  try {
    // Sessions that once diverged, replayed every run: 2537 and 2457 put "\r"
    // and "\n" side by side, which the stock TextDocument counted as two lines.
    const REGRESSIONS = [2537, 2457, 2805, 2901, 3277];
    const seeds = [...Array.from({ length: SESSIONS }, (_, i) => FIRST_SEED + i), ...REGRESSIONS];
    const started = Date.now();
    const lanes = await Promise.all(
      Array.from({ length: SERVERS }, (_, k) => runSessions(dir, seeds.filter((_, i) => i % SERVERS === k), { steps: 14, checkpoints: 1, concurrency: 8 })),
    );
    const results = lanes.flatMap((l) => l.results);
    const crashes = lanes.flatMap((l) => l.crashes);
    const logErrors = lanes.flatMap((l) => l.logErrors);
    const exitCodes = lanes.flatMap((l) => l.exitCodes);
    const steps = results.reduce((n, r) => n + r.steps, 0);
    const changes = results.reduce((n, r) => n + r.changes, 0);
    const checks = results.reduce((n, r) => n + r.checks, 0);
    const divergences = results.flatMap((r) => r.divergences);
    const internal = results.flatMap((r) => r.internalFindings);
    t.diagnostic(`fuzz: ${results.length} sessions, ${steps} steps, ${changes} content changes, ${checks} comparisons, ${crashes.length} crashes, ${divergences.length} divergences, ${internal.length} internal-rule failures, ${logErrors.length} logged errors in ${Date.now() - started} ms`);
    assert.deepEqual(crashes, [], 'the server crashed or stopped answering');
    assert.deepEqual(logErrors, [], 'the server logged a failed check');
    assert.deepEqual(internal, [], 'a rule threw');
    const first = divergences[0];
    assert.ok(!first, first && `divergence in session ${first.seed} at step ${first.step} in ${first.path}:\nmissing ${first.missing.join('\n')}\nunexpected ${first.unexpected.join('\n')}`);
    assert.deepEqual(exitCodes, Array<number>(SERVERS).fill(0), 'the server exits with 0 after shutdown/exit');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
