// Long differential fuzzing of the language server (see test/protocol/fuzzHarness.ts).
//
//   npx tsx scripts/fuzz-long.ts [--sessions 10000] [--seed 1] [--steps 14]
//                                [--checkpoints 1] [--concurrency 10] [--servers 2]
//                                [--batch 500] [--dump DIR]
//
// Runs seeded editing sessions against dist/server.js (build first: node
// esbuild.mjs), `--servers` servers side by side, each replaced every
// `--batch` sessions. Prints crashes and divergences as they happen and a
// summary at the end; `--dump DIR` writes each divergence (with the texts) as
// JSON. `--seed N --sessions 1` replays one session. Exit 1 on any crash or
// divergence.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSessions, type SessionResult } from '../test/protocol/fuzzHarness';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      steps: { type: 'string', default: '14' },
      checkpoints: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '10' },
      servers: { type: 'string', default: '2' },
      batch: { type: 'string', default: '500' },
      dump: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sessions = Number(values.sessions);
  const first = Number(values.seed);
  const servers = Math.max(1, Number(values.servers));
  const batch = Math.max(1, Number(values.batch));
  const options = { steps: Number(values.steps), checkpoints: Number(values.checkpoints), concurrency: Math.max(1, Number(values.concurrency)) };
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-long-'));
  if (values.dump) mkdirSync(values.dump, { recursive: true });
  const started = Date.now();
  const totals = { sessions: 0, steps: 0, changes: 0, checks: 0, crashes: 0, divergences: 0, internal: 0, logErrors: 0, badExits: 0 };
  const divergentSeeds = new Set<number>();
  const crashSeeds: number[] = [];

  const onResult = (r: SessionResult): void => {
    totals.sessions++;
    totals.steps += r.steps;
    totals.changes += r.changes;
    totals.checks += r.checks;
    totals.internal += r.internalFindings.length;
    for (const f of r.internalFindings) console.log(`seed ${r.seed}: internal rule failure: ${f}`);
    for (const d of r.divergences) {
      totals.divergences++;
      divergentSeeds.add(d.seed);
      console.log(`seed ${d.seed} step ${d.step} ${d.path.slice(dir.length)}: divergence\n  missing:    ${d.missing.join('\n              ')}\n  unexpected: ${d.unexpected.join('\n              ')}`);
      if (values.dump) writeFileSync(join(values.dump, `divergence-${d.seed}-${d.step}-${totals.divergences}.json`), JSON.stringify(d, null, 2));
    }
    if (totals.sessions % 500 === 0) console.log(`… ${totals.sessions} sessions, ${totals.divergences} divergences, ${totals.crashes} crashes, ${Math.round((Date.now() - started) / 1000)} s`);
  };
  const onCrash = (seed: number, detail: string): void => {
    totals.crashes++;
    crashSeeds.push(seed);
    console.log(`seed ${seed}: CRASH or no answer\n${detail}`);
  };

  // Batches of seeds, `servers` batches at a time, each batch on a fresh server.
  const batches: number[][] = [];
  for (let s = 0; s < sessions; s += batch) batches.push(Array.from({ length: Math.min(batch, sessions - s) }, (_, i) => first + s + i));
  let nextBatch = 0;
  const lane = async (): Promise<void> => {
    for (let b = batches[nextBatch++]; b; b = batches[nextBatch++]) {
      const out = await runSessions(dir, b, { ...options, onResult, onCrash });
      totals.logErrors += out.logErrors.length;
      for (const e of out.logErrors) console.log(`server logged an error: ${e}`);
      const bad = out.exitCodes.filter((c) => c !== 0);
      totals.badExits += bad.length;
      if (bad.length > 0) console.log(`server exit codes after shutdown: ${JSON.stringify(out.exitCodes)}`);
      if (!values.keep) for (const seed of b) rmSync(join(dir, `s${seed}`), { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: servers }, () => lane()));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`sessions kept in ${dir}`);

  console.log(
    `\nfuzz-long: ${totals.sessions} sessions, ${totals.steps} steps (${totals.changes} content changes), ${totals.checks} comparisons, ` +
      `${totals.crashes} crashes, ${totals.divergences} divergences in ${divergentSeeds.size} sessions, ${totals.internal} internal rule failures, ` +
      `${totals.logErrors} logged errors, ${totals.badExits} bad exit codes, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (divergentSeeds.size > 0) console.log(`divergent seeds: ${[...divergentSeeds].slice(0, 50).join(' ')}`);
  if (crashSeeds.length > 0) console.log(`crash seeds: ${crashSeeds.slice(0, 50).join(' ')}`);
  return totals.crashes + totals.divergences + totals.internal + totals.logErrors + totals.badExits > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
