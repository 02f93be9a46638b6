// The engine in-process, in a process of its own (so one measurement's heap
// does not weigh on the next): the articles of a folder and one entity list
// in a MemoryFileSystem, checked `reps` times by a fresh Project. Prints one
// JSON object on stdout.
// Usage: node --import tsx bench/engineWorker.ts TEXT_DIR LIST_YAML REPS

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../server/src/engine/article';
import { EntityIndex } from '../server/src/engine/entities/entityIndex';
import { loadEntityList } from '../server/src/engine/entities/entityList';
import { MemoryFileSystem } from '../server/src/engine/fileSystem';
import { Project } from '../server/src/engine/project';
import { DiskSnapshotStore } from '../server/src/node/snapshotCache';

export interface EngineSample {
  /** Reading the configuration: the first repetition parses the list; the next ones read its snapshot (lists of 128 KB or more). */
  loadMs: number;
  /** Of which the near-miss index (built lazily by the engine, on the first check). */
  nearMissMs: number;
  /** `project.check` of every file once the configuration is loaded. */
  checkMs: number;
  /** `EntityIndex.findMentions` over every article's prose (index warm). */
  matchMs: number;
  /** CPU time (user + system) of the check: steadier than wall time on a shared machine. */
  cpuMs: number;
  findings: number;
  mentions: number;
}

export interface EngineResult {
  samples: EngineSample[];
  /** The first load, with no snapshot yet: YAML parse, index and near-miss index built, snapshot written. */
  firstLoadMs: number;
  /** Later loads, from the snapshot when the list is large enough to get one (else parsed again). */
  loadsFromSnapshot: number[];
  snapshotWritten: boolean;
  /** One-off breakdown of loading, after the samples. */
  phases: { parseListMs: number; buildIndexMs: number; nearMissIndexMs: number; entities: number };
  rssMb: number;
  /** Peak RSS after the first load + check (tsx's own memory included). */
  maxRssMb: number;
  heapUsedMb: number;
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

function main(): void {
  const [textDir, listPath, repsArg] = process.argv.slice(2);
  if (!textDir || !listPath) {
    process.stderr.write('usage: engineWorker.ts TEXT_DIR LIST_YAML [REPS]\n');
    process.exit(2);
  }
  const reps = Number(repsArg ?? '3');
  const listText = readFileSync(listPath, 'utf8');
  const files: Record<string, string> = { '/bench/lists/entities.yaml': listText, '/bench/text/.copydesk.yaml': 'entities: [../lists/entities.yaml]\n' };
  const names = readdirSync(textDir).filter((n) => n.endsWith('.md')).sort();
  for (const n of names) files[`/bench/text/${n}`] = readFileSync(join(textDir, n), 'utf8');
  const fs = new MemoryFileSystem(files);
  const first = `/bench/text/${names[0] ?? ''}`;

  const samples: EngineSample[] = [];
  let firstRssMb = 0;
  // As the CLI and the editor do: the first load writes a compiled snapshot of the list, later loads read it.
  const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-snapshots-'));
  const snapshots = new DiskSnapshotStore(cacheDir, { buildId: 'bench' });
  const loadsFromSnapshot: number[] = [];
  let firstLoadMs = 0;
  let t = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) {
    const project = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T12:00:00Z'), snapshots });
    t = process.hrtime.bigint();
    const config = project.configFor(first);
    // The engine builds its near-miss index on the first lookup, i.e. during
    // the first check; build it here so "check" is checking alone.
    const t1 = process.hrtime.bigint();
    config.entities.lookupNearMiss('Warmup', 'en');
    const nearMissMs = ms(t1);
    const loadMs = ms(t);
    // The first repetition parses the list (and writes its snapshot, for a list large enough to get one).
    if (r === 0) firstLoadMs = loadMs;
    else loadsFromSnapshot.push(loadMs);
    const cpu0 = process.cpuUsage();
    t = process.hrtime.bigint();
    const reports = project.check(['/bench/text']);
    const checkMs = ms(t);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1e3;
    const articles = names.map((n) => parseArticle({ path: `/bench/text/${n}`, text: files[`/bench/text/${n}`] ?? '' }));
    t = process.hrtime.bigint();
    let mentions = 0;
    for (const a of articles) mentions += config.entities.findMentions(a.prose, a.language ?? 'en').length;
    const matchMs = ms(t);
    // Peak memory of the first load (YAML parsed, snapshot written) and a check, before later repetitions' garbage piles up.
    if (r === 0) firstRssMb = process.resourceUsage().maxRSS / 1e3;
    samples.push({ loadMs, nearMissMs, checkMs, matchMs, cpuMs, findings: reports.reduce((s, x) => s + x.findings.length, 0), mentions });
  }
  // With one repetition, one more load, so that a load from the snapshot is measured too.
  if (reps <= 1) {
    t = process.hrtime.bigint();
    new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T12:00:00Z'), snapshots }).configFor(first).entities.lookupNearMiss('Warmup', 'en');
    loadsFromSnapshot.push(ms(t));
  }
  const snapshotWritten = readdirSync(cacheDir).some((n) => n.endsWith('.snap'));

  rmSync(cacheDir, { recursive: true, force: true });
  const maxRssMb = firstRssMb;
  t = process.hrtime.bigint();
  const loaded = loadEntityList('/bench/lists/entities.yaml', listText);
  const parseListMs = ms(t);
  t = process.hrtime.bigint();
  const index = EntityIndex.build(loaded.entities, loaded.indexed);
  const buildIndexMs = ms(t);
  t = process.hrtime.bigint();
  index.lookupNearMiss('Warmup', 'en');
  const nearMissIndexMs = ms(t);

  const mem = process.memoryUsage();
  const result: EngineResult = {
    samples,
    firstLoadMs,
    loadsFromSnapshot,
    snapshotWritten,
    phases: { parseListMs, buildIndexMs, nearMissIndexMs, entities: loaded.entities.length },
    rssMb: mem.rss / 1e6,
    maxRssMb,
    heapUsedMb: mem.heapUsed / 1e6,
  };
  process.stdout.write(JSON.stringify(result));
}

main();
