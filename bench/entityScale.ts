// How the entity index scales: build time, memory, and matching time per MB
// of prose for generated lists of 1k, 10k and 100k entities.
// Run: node --expose-gc --import tsx bench/entityScale.ts
import { EntityIndex } from '../server/src/engine/entities/entityIndex';
import type { Entity } from '../server/src/engine/entities/entityTypes';

let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const SYL = ['ba', 'ko', 'ta', 'ni', 'goï', 'ra', 'mé', 'lo', 'sa', 'du', 'fé', 'ki', 'zo', 'wa', 'an', 'tré', 'ou', 'mi'];
function word(): string {
  const n = 2 + rand(3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[rand(SYL.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function entities(n: number): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const first = word();
    const last = word();
    const person = i % 3 !== 0;
    out.push({
      id: `e${i}`,
      type: person ? 'person' : 'organization',
      name: person ? `${first} ${last}` : `${first} ${last} ${word()}`,
      names: person ? {} : { fr: `${last} ${first}` },
      aliases: person ? [last] : [],
      aliasesByLang: person ? {} : { en: [(first[0] ?? 'X') + (last[0] ?? 'Y') + 'Q' + i.toString(36).toUpperCase()] },
      titles: [],
      bio: {},
      source: { path: 'gen', start: 0, end: 0 },
    });
  }
  return out;
}

const filler = 'The ministers met on Tuesday to discuss security, trade and the economy in the region, ';
function prose(list: readonly Entity[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const e = list[rand(list.length)];
    const s = `${filler}said ${e?.name ?? ''} in a statement. `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

function ms(t0: bigint): string {
  return (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(6);
}

const gc = (globalThis as { gc?: () => void }).gc;
console.log('entities   build(ms)  heapΔ(MB)  match 1MB(ms)  mentions  nearMiss-index(ms)');
for (const n of [1_000, 10_000, 100_000]) {
  const list = entities(n);
  const text = prose(list, 1_000_000);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t = process.hrtime.bigint();
  const index = EntityIndex.build(list);
  const build = ms(t);
  const heap = ((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(0).padStart(9);
  t = process.hrtime.bigint();
  index.lookupNearMiss('Warmup', 'en'); // builds the near-miss index
  const nm = ms(t);
  index.findMentions(text, 'en'); // warm
  t = process.hrtime.bigint();
  const found = index.findMentions(text, 'en');
  const match = ms(t);
  console.log(`${String(n).padStart(8)}   ${build}    ${heap}         ${match}  ${String(found.length).padStart(8)}  ${nm}`);
}
