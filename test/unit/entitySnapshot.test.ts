import { test } from 'node:test';
import { tempDir } from '../tempDir';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { entitiesYaml, makeArticlePair, makeEntities, prng } from '../../bench/corpus';
import { builtinEntities } from '../../server/src/engine/entities/builtinEntities';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import { loadEntityList, mergeEntityLists } from '../../server/src/engine/entities/entityList';
import { decodeSnapshot, encodeSnapshot, type SnapshotStore } from '../../server/src/engine/entities/entitySnapshot';
import type { Entity } from '../../server/src/engine/entities/entityTypes';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { defaultCacheDir } from '../../server/src/node/cacheDir';
import { DiskSnapshotStore } from '../../server/src/node/snapshotCache';

// A compiled snapshot must answer exactly as the index it was made from, and
// anything that is not a whole snapshot of this engine must be refused, never
// half-read.

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sahel-summit');
const TODAY = (): Date => new Date('2026-01-15T12:00:00Z');

function sampleIndex(): EntityIndex {
  const path = join(SAMPLE, 'entities.yaml');
  const list = loadEntityList(path, readFileSync(path, 'utf8'));
  assert.deepEqual(list.problems, []);
  const merged = mergeEntityLists([list], { fallback: builtinEntities() });
  return EntityIndex.build(merged.entities, merged.indexed);
}

function join8(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function roundTrip(index: EntityIndex): EntityIndex {
  const pieces = encodeSnapshot(index);
  assert.ok(pieces, 'the index can be stored');
  const back = decodeSnapshot(join8(pieces));
  assert.ok(back, 'the snapshot reads back');
  return back;
}

const mentions = (index: EntityIndex, text: string, lang: string): string[] =>
  index.findMentions(text, lang).map((m) => `${m.start}-${m.end}|${m.text}|${m.entity.id}|${m.form}|${m.expected ?? ''}`);

test('a snapshot answers as the index it was made from: mentions, near misses, ids, entries', () => {
  const index = sampleIndex();
  const back = roundTrip(index);
  assert.equal(back.size, index.size);
  const articles = ['sahel-summit.en.md', 'sahel-summit.fr.md'].map((n) => readFileSync(join(SAMPLE, n), 'utf8'));
  const tricky = [
    'Assimi Goita and President Tianni met the ECOWAS envoy; Goïta’s aides 🇲🇱 waited.',
    'La Cédéao et l’AES : le capitaine Ibrahim Traore a reçu Abdourahamane Tchiani.',
    'Goi\u0308ta, TRAORÉ, ibrahim traoré.\r\n\uFEFFMr. Tiani.',
  ];
  for (const [k, text] of [...articles, ...tricky].entries()) {
    const lang = k % 2 === 0 ? 'en' : 'fr';
    assert.deepEqual(mentions(back, text, lang), mentions(index, text, lang), `text ${k}`);
  }
  for (const word of ['Tianni', 'Goïat', 'Traroé', 'Cedeao', 'Nothing']) {
    assert.deepEqual(
      back.lookupNearMiss(word, 'en').map((c) => [c.entity.id, c.expected, c.distance]),
      index.lookupNearMiss(word, 'en').map((c) => [c.entity.id, c.expected, c.distance]),
      word,
    );
  }
  for (const e of index.all()) assert.deepEqual(back.byId(e.id), e, e.id);
  assert.deepEqual(back.all(), index.all());
  assert.equal(back.byId('no-such-id'), undefined);
});

test('an entry is made once: the same object each time it is asked for', () => {
  const back = roundTrip(sampleIndex());
  const first = back.findMentions('Assimi Goïta.', 'en')[0]?.entity;
  assert.ok(first);
  assert.equal(back.findMentions('Assimi Goïta again.', 'en')[0]?.entity, first);
  assert.equal(back.byId(first.id), first);
});

test('names the bytes cannot carry are not stored rather than stored changed', () => {
  const entity = (name: string): Entity => ({ id: 'x', type: 'person', name, names: {}, aliases: [], aliasesByLang: {}, titles: [], bio: {}, source: { path: '/l.yaml', start: 0, end: 0 } });
  assert.equal(encodeSnapshot(EntityIndex.build([entity('Awa\u0000 Koné')])), undefined);
  assert.equal(encodeSnapshot(EntityIndex.build([entity('Awa \uD800Koné')])), undefined);
  assert.ok(encodeSnapshot(EntityIndex.build([entity('Awa Koné 🇲🇱')])));
  assert.ok(encodeSnapshot(EntityIndex.empty()));
  assert.equal(roundTrip(EntityIndex.empty()).size, 0);
});

test('anything but a whole snapshot of this format is refused without throwing', () => {
  const bytes = join8(encodeSnapshot(sampleIndex()) ?? []);
  const refused = (b: Uint8Array, why: string): void => assert.equal(decodeSnapshot(b), undefined, why);
  refused(new Uint8Array(0), 'empty');
  refused(new TextEncoder().encode('entities:\n  - { id: x, name: X }\n'), 'YAML');
  refused(bytes.subarray(0, bytes.length - 1), 'truncated by one byte');
  refused(bytes.subarray(0, bytes.length >> 1), 'truncated by half');
  const otherFormat = bytes.slice();
  otherFormat[7] = 99;
  refused(otherFormat, 'another format number');
  const badHeader = bytes.slice();
  badHeader[14] = 0x7b; // "{" inside the header's JSON
  refused(badHeader, 'a broken header');
  // Damage inside the entries (bytes a disk could lose): the index still answers, without the damaged entries.
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true)))) as { sections: Record<string, [string, number, number]> };
  const [, entitiesAt, entitiesLength] = header.sections['entities'] ?? ['', 0, 0];
  const damaged = bytes.slice();
  // (ASCII for ASCII, so that the text is still UTF-8 and only the entries' JSON breaks)
  for (let i = entitiesAt; i < entitiesAt + entitiesLength; i += 7) if ((damaged[i] ?? 0x80) < 0x80) damaged[i] = 0x7b;
  const survivor = decodeSnapshot(damaged);
  assert.ok(survivor, 'the structure still adds up');
  assert.doesNotThrow(() => survivor.findMentions('Assimi Goïta, Ibrahim Traoré, la Cédéao et Tianni.', 'fr'));
  assert.doesNotThrow(() => survivor.all());
  // Bytes that are not UTF-8 spoil only the entry they fall in: each entry is decoded on its own.
  const full = decodeSnapshot(bytes);
  assert.ok(full);
  // Bytes that do not start on an aligned offset (a view into a larger buffer): the tables are copied, with the same answers.
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  const unaligned = decodeSnapshot(shifted.subarray(1));
  assert.ok(unaligned);
  const text = 'Assimi Goïta, Ibrahim Traoré, la Cédéao et Tianni.';
  assert.deepEqual(unaligned.findMentions(text, 'fr'), full.findMentions(text, 'fr'));
  const notUtf8 = bytes.slice();
  notUtf8[entitiesAt + 3] = 0xff;
  const partly = decodeSnapshot(notUtf8);
  assert.ok(partly, 'the structure still adds up');
  assert.equal(partly.all().length, full.all().length - 1, 'the first entry is lost, the others read');
  assert.deepEqual(partly.all(), full.all().slice(1));
  const rng = prng(3);
  for (let k = 0; k < 50; k++) {
    const noisy = bytes.slice();
    // Bytes changed inside the header: lengths and offsets that no longer add up.
    for (let i = 0; i < 3; i++) noisy[12 + Math.floor(rng() * 200)] = Math.floor(rng() * 256);
    assert.doesNotThrow(() => decodeSnapshot(noisy));
  }
});

/** A store in memory that counts what it is asked. */
function memoryStore(): SnapshotStore & { reads: number; writes: number; hits: number } {
  const kept = new Map<string, Uint8Array>();
  const key = (sources: ReadonlyArray<{ path: string; text: string }>, variant: string): string => `${variant}|${sources.map((s) => `${s.path}\u0000${s.text}`).join('\u0001')}`;
  const store = {
    reads: 0,
    writes: 0,
    hits: 0,
    read(sources: ReadonlyArray<{ path: string; text: string }>, variant: string) {
      store.reads++;
      const got = kept.get(key(sources, variant));
      if (got) store.hits++;
      return got;
    },
    write(sources: ReadonlyArray<{ path: string; text: string }>, variant: string, encode: () => Uint8Array[] | undefined) {
      const pieces = encode();
      if (!pieces) return;
      store.writes++;
      kept.set(key(sources, variant), join8(pieces));
    },
  };
  return store;
}

/** A workspace with a list large enough to be worth a snapshot, and one article pair naming its people. */
function bigWorkspace(extra = ''): Record<string, string> {
  const people = makeEntities(3000);
  const pair = makeArticlePair(prng(5), people.slice(0, 200), 600);
  const list = entitiesYaml(people) + extra;
  assert.ok(list.length > 128 * 1024, 'the list is past the snapshot threshold');
  return {
    '/ws/.copydesk.yaml': 'entities: [entities.yaml]\n',
    '/ws/entities.yaml': list,
    '/ws/story.en.md': pair.en,
    '/ws/story.fr.md': pair.fr,
  };
}

test('a project reads a large list from its snapshot on the next run, with the same findings', () => {
  const files = bigWorkspace();
  const store = memoryStore();
  const check = (): string => JSON.stringify(new Project(new MemoryFileSystem(files), { locale: 'en', today: TODAY, snapshots: store }).check(['/ws']));
  const plain = JSON.stringify(new Project(new MemoryFileSystem(files), { locale: 'en', today: TODAY }).check(['/ws']));
  assert.ok(JSON.parse(plain).some((r: { findings: unknown[] }) => r.findings.length > 0), 'the pair has findings to compare');
  assert.equal(check(), plain);
  assert.deepEqual([store.reads, store.hits, store.writes], [1, 0, 1]);
  assert.equal(check(), plain);
  assert.deepEqual([store.reads, store.hits, store.writes], [2, 1, 1]);
  // One byte changed in the list: a different snapshot.
  const changed = { ...files, '/ws/entities.yaml': `${files['/ws/entities.yaml'] ?? ''}  - { id: extra, type: person, name: "Awa Zerbo" }\n` };
  new Project(new MemoryFileSystem(changed), { locale: 'en', today: TODAY, snapshots: store }).check(['/ws']);
  assert.deepEqual([store.reads, store.hits, store.writes], [3, 1, 2]);
});

test('a list with mistakes is never stored: its problems are reported on every run', () => {
  const files = bigWorkspace('  - { id: broken, type: person }\n');
  const store = memoryStore();
  for (let run = 0; run < 2; run++) {
    const project = new Project(new MemoryFileSystem(files), { locale: 'en', today: TODAY, snapshots: store });
    const problems = project.configProblems(['/ws']);
    assert.ok(problems.some((p) => p.path === '/ws/entities.yaml'), `run ${run}: the broken entry is reported`);
  }
  assert.equal(store.writes, 0);
});

test('a small list is parsed each time: no snapshot is asked for', () => {
  const store = memoryStore();
  const files = { '/ws/.copydesk.yaml': 'entities: [entities.yaml]\n', '/ws/entities.yaml': entitiesYaml(makeEntities(20)), '/ws/a.en.md': 'Hello.\n' };
  new Project(new MemoryFileSystem(files), { locale: 'en', today: TODAY, snapshots: store }).check(['/ws']);
  assert.deepEqual([store.reads, store.writes], [0, 0]);
});

test('on disk: one file per list content and build, written whole, read back; a bad folder is no cache', () => {
  const dir = tempDir('copydesk-snapshots-');
  try {
    const sources = [{ path: '/ws/entities.yaml', text: 'entities: []\n' }];
    const pieces = encodeSnapshot(sampleIndex()) ?? [];
    const store = new DiskSnapshotStore(dir, { buildId: 'test' });
    assert.equal(store.read(sources, 'v'), undefined);
    store.write(sources, 'v', () => pieces);
    const files = readdirSync(dir);
    assert.equal(files.length, 1);
    assert.match(files[0] ?? '', /^[0-9a-f]{64}\.snap$/);
    assert.deepEqual(new Uint8Array(store.read(sources, 'v') ?? []), join8(pieces));
    assert.equal(store.read([{ ...sources[0]!, text: 'entities: [] \n' }], 'v'), undefined, 'another text');
    assert.equal(store.read(sources, 'w'), undefined, 'another variant');
    assert.equal(new DiskSnapshotStore(dir, { buildId: 'other build' }).read(sources, 'v'), undefined, 'another build');

    // Deferred until flush, as the CLI does.
    const later = new DiskSnapshotStore(dir, { buildId: 'test', deferMs: 'flush' });
    const other = [{ path: '/ws/other.yaml', text: 'x' }];
    later.write(other, 'v', () => pieces);
    assert.equal(later.read(other, 'v'), undefined);
    later.flush();
    assert.ok(later.read(other, 'v'));

    // The editor skips lists open for editing.
    const asked: string[][] = [];
    const editing = new DiskSnapshotStore(dir, { buildId: 'test', shouldWrite: (paths) => (asked.push([...paths]), false) });
    const open = [{ path: '/ws/open.yaml', text: 'y' }];
    editing.write(open, 'v', () => pieces);
    assert.deepEqual(asked, [['/ws/open.yaml']]);
    assert.equal(editing.read(open, 'v'), undefined);

    // Only the newest few are kept.
    for (let k = 0; k < 12; k++) store.write([{ path: `/ws/l${k}.yaml`, text: String(k) }], 'v', () => [new Uint8Array([k])]);
    assert.ok(readdirSync(dir).filter((n) => n.endsWith('.snap')).length <= 8);

    // A cache folder that is a file: nothing is written, nothing throws.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const nowhere = new DiskSnapshotStore(join(blocked, 'cache'), { buildId: 'test' });
    assert.doesNotThrow(() => nowhere.write(sources, 'v', () => pieces));
    assert.equal(nowhere.read(sources, 'v'), undefined);
    assert.equal(existsSync(join(blocked, 'cache')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache folder: COPYDESK_CACHE_DIR, else an absolute XDG_CACHE_HOME, else the home folder', () => {
  assert.equal(defaultCacheDir({ COPYDESK_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }), '/c');
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }), join('/x', 'copydesk'));
  // A relative XDG_CACHE_HOME is invalid by its specification: it would put the cache wherever the command runs.
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'x' }), join(homedir(), '.cache', 'copydesk'));
  assert.equal(defaultCacheDir({}), join(homedir(), '.cache', 'copydesk'));
});
