// The engine in-process, in a process of its own (so one measurement's heap
// does not weigh on the next): the articles of a folder and one entity list
// in a MemoryFileSystem, checked `reps` times by a fresh Project. Prints one
// JSON object on stdout.
// Usage: node --import tsx bench/engineWorker.ts TEXT_DIR LIST_YAML REPS

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../server/src/engine/article';
import { EntityIndex } from '../server/src/engine/entities/entityIndex';
import { loadEntityList } from '../server/src/engine/entities/entityList';
import { MemoryFileSystem } from '../server/src/engine/fileSystem';
import { Project } from '../server/src/engine/project';

export interface EngineSample {
  /** Reading the configuration: YAML parse of the list, index build, style guides. */
  loadMs: number;
  /** `project.check` of every file once the configuration is loaded. */
  checkMs: number;
  /** `EntityIndex.findMentions` over every article's prose (index warm). */
  matchMs: number;
  /** CPU time (user + system) of load + check: steadier than wall time on a shared machine. */
  cpuMs: number;
  findings: number;
  mentions: number;
}

export interface EngineResult {
  samples: EngineSample[];
  /** One-off breakdown of loading, after the samples. */
  phases: { parseListMs: number; buildIndexMs: number; nearMissIndexMs: number; entities: number };
  rssMb: number;
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
  for (let r = 0; r < reps; r++) {
    const project = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T12:00:00Z') });
    const cpu0 = process.cpuUsage();
    let t = process.hrtime.bigint();
    const config = project.configFor(first);
    const loadMs = ms(t);
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
    samples.push({ loadMs, checkMs, matchMs, cpuMs, findings: reports.reduce((s, x) => s + x.findings.length, 0), mentions });
  }

  let t = process.hrtime.bigint();
  const loaded = loadEntityList('/bench/lists/entities.yaml', listText);
  const parseListMs = ms(t);
  t = process.hrtime.bigint();
  const index = EntityIndex.build(loaded.entities);
  const buildIndexMs = ms(t);
  t = process.hrtime.bigint();
  index.lookupNearMiss('Warmup', 'en');
  const nearMissIndexMs = ms(t);

  const mem = process.memoryUsage();
  const result: EngineResult = {
    samples,
    phases: { parseListMs, buildIndexMs, nearMissIndexMs, entities: loaded.entities.length },
    rssMb: mem.rss / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1e3,
    heapUsedMb: mem.heapUsed / 1e6,
  };
  process.stdout.write(JSON.stringify(result));
}

main();
