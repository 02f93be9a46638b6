import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { cspellConfig, entitiesYaml, makeArticlePair, makeEntities, misspellings, prhYaml, prng } from '../../bench/corpus';
import { loadEntityList } from '../../server/src/engine/entities/entityList';

// The benchmark is only worth something if two runs measure the same bytes
// and the generated names are the kind a newsroom list holds.

test('the generator is reproducible: same seed, same entities and articles', () => {
  assert.deepEqual(makeEntities(200), makeEntities(200));
  const a = makeArticlePair(prng(1), makeEntities(50), 300);
  const b = makeArticlePair(prng(1), makeEntities(50), 300);
  assert.equal(a.en, b.en);
  assert.equal(a.fr, b.fr);
});

test('a shorter list is the head of a longer one, so every list size meets the same text', () => {
  assert.deepEqual(makeEntities(1000), makeEntities(5000).slice(0, 1000));
});

test('names are unique even once accents are ignored, and the list loads without a problem', () => {
  const list = makeEntities(3000);
  const keys = new Set(list.map((e) => e.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  assert.equal(keys.size, list.length);
  assert.ok(list.some((e) => /[\u00C0-\u024F]/.test(e.name)), 'some names carry diacritics');
  assert.ok(list.some((e) => e.type === 'organization' && e.fr), 'organisations have a French name');
  const loaded = loadEntityList('/l/entities.yaml', entitiesYaml(list));
  assert.equal(loaded.entities.length, list.length);
  assert.deepEqual(loaded.problems.map((p) => p.message), []);
});

test('misspellings drop the accents or swap two letters of the surname', () => {
  assert.deepEqual(misspellings('Aïssata Koné'), ['Aissata Kone', 'Aïssata Knoé']);
  assert.deepEqual(misspellings('Jean Bakota'), ['Jean Baokta']);
  assert.ok(!misspellings('Jean Bakota').includes('Jean Bakota'));
});

test('article pairs mention names, some misspelt, and the peers get the same names', () => {
  const list = makeEntities(100);
  const pair = makeArticlePair(prng(3), list, 2000, 0.2);
  assert.ok(pair.en.split(/\s+/).length >= 2000);
  assert.ok(pair.mentions > 20 && pair.misspelt > 0 && pair.misspelt < pair.mentions);
  const prh = parse(prhYaml(list)) as { rules: Array<{ expected: string; patterns: string[] }> };
  assert.ok(prh.rules.some((r) => r.expected === list[0]?.name));
  const cspell = JSON.parse(cspellConfig(list)) as { words: string[]; flagWords: string[] };
  assert.ok(cspell.flagWords.every((f) => f.includes('->')));
  assert.ok(!cspell.flagWords.some((f) => cspell.words.includes(f.split('->')[0] ?? '')), 'no word is both allowed and flagged');
});
