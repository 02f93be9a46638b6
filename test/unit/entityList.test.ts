import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEntityList, loadWithPositions, mergeEntityLists } from '../../server/src/engine/entities/entityList';
import { readPlainEntry } from '../../server/src/engine/entities/plainEntry';
import { builtinEntities } from '../../server/src/engine/entities/builtinEntities';
import { entityHoverMarkdown } from '../../server/src/engine/entities/hoverCard';
import { sanitizeBioMarkdown } from '../../server/src/engine/entities/bioSanitizer';

function at(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
}

test('a good list loads, per-language names, aliases and titles included', () => {
  const text = `entities:
  - id: ecowas
    type: organization
    name: ECOWAS
    names: { fr: Cédéao }
    aliases: { en: [Economic Community of West African States], fr: [CEDEAO] }
    titles:
      - { en: Captain, fr: capitaine, from: 2022-09-30 }
    bio: { en: "West African bloc.", fr: "Bloc ouest-africain." }
`;
  const r = loadEntityList('e.yaml', text);
  assert.deepEqual(r.problems, []);
  const e = r.entities[0];
  assert.equal(e?.names['fr'], 'Cédéao');
  assert.deepEqual(e?.aliasesByLang['fr'], ['CEDEAO']);
  assert.equal(e?.titles[0]?.from, '2022-09-30');
  assert.deepEqual(e?.source, { path: 'e.yaml', start: text.indexOf('id: ecowas'), end: e?.source.end });
});

test('JSON is YAML too', () => {
  const r = loadEntityList('e.json', '{"entities": [{"id": "rfi", "type": "organization", "name": "RFI", "aliases": ["Radio France Internationale"]}]}');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.entities[0]?.aliases, ['Radio France Internationale']);
});

test('mistakes are reported where they are; broken entries are skipped, others load', () => {
  const text = `entities:
  - id: a
    name: Alpha
    alias: [A]
  - id: b
    type: persn
    name: Beta
  - name: Gamma
  - id: d
    name: Delta
    titles:
      - { en: Captain, from: 2024-13-01 }
  - id: e
    name: Epsilon
  - id: e
    name: Epsilon Two
`;
  const r = loadEntityList('e.yaml', text);
  assert.deepEqual(r.entities.map((e) => e.id), ['e']);
  const byMessage = (re: RegExp) => r.problems.find((p) => re.test(p.message));
  const unknown = byMessage(/Unknown field "alias"/);
  assert.match(unknown?.message ?? '', /Did you mean "aliases"\?/);
  assert.deepEqual({ start: unknown?.start, end: unknown?.end }, at(text, 'alias'));
  const type = byMessage(/"type:" is one of/);
  assert.deepEqual({ start: type?.start, end: type?.end }, at(text, 'persn'));
  assert.ok(byMessage(/no "id:"/));
  const date = byMessage(/must be a date/);
  assert.deepEqual({ start: date?.start, end: date?.end }, at(text, '2024-13-01'));
  const dup = byMessage(/already used/);
  assert.equal(dup?.start, text.lastIndexOf('e\n    name: Epsilon Two'));
  assert.ok(r.problems.every((p) => p.rule === 'config.invalid' && p.severity === 'error'));
});

test('YAML syntax errors and wrong shapes are problems, not exceptions', () => {
  assert.ok(loadEntityList('e.yaml', 'entities:\n  - id: [unclosed\n').problems.length > 0);
  assert.match(loadEntityList('e.yaml', 'people: []\n').problems[0]?.message ?? '', /top-level field/);
  assert.match(loadEntityList('e.yaml', 'entities: 3\n').problems[0]?.message ?? '', /must be a list/);
  assert.deepEqual(loadEntityList('e.yaml', '').problems, []);
});

test('an alias shared by two entities is reported at the second, in one list or across lists', () => {
  const text = 'entities:\n  - { id: a, name: Alpha Traoré, aliases: [Traoré] }\n  - { id: b, name: Beta Traoré, aliases: [Traoré] }\n';
  const one = loadEntityList('e.yaml', text);
  assert.equal(one.entities.length, 2);
  const shared = one.problems.find((p) => /also a name of "a"/.test(p.message));
  assert.equal(shared?.start, text.lastIndexOf('Traoré'));
  assert.equal(shared?.related[0]?.start, text.indexOf('Traoré]'));

  const l1 = loadEntityList('one.yaml', 'entities:\n  - { id: x, name: Xavier }\n');
  const l2 = loadEntityList('two.yaml', 'entities:\n  - { id: x, name: Xavier Two }\n  - { id: y, name: Yves, aliases: [Xavier] }\n');
  const merged = mergeEntityLists([l1, l2]);
  assert.deepEqual(merged.entities.map((e) => e.id), ['x', 'y']);
  assert.ok(merged.problems.some((p) => p.path === 'two.yaml' && /already defined in one\.yaml/.test(p.message)));
  assert.ok(merged.problems.some((p) => p.path === 'two.yaml' && /"Xavier" is also a name of "x"/.test(p.message)));
});

test('built-ins give way to the newsroom’s own entries', () => {
  const own = loadEntityList('e.yaml', 'entities:\n  - { id: cedeao, name: CEDEAO }\n');
  const merged = mergeEntityLists([own], { fallback: builtinEntities() });
  assert.ok(!merged.entities.some((e) => e.id === 'ecowas'));
  assert.ok(merged.entities.some((e) => e.id === 'nato'));
  assert.deepEqual(merged.problems, []);
});

test('hover card: title at the date, bio, aliases, other languages', () => {
  const traore = builtinEntities().find((e) => e.id === 'ibrahim-traore');
  assert.ok(traore);
  const md = entityHoverMarkdown(traore, 'fr', 'fr', { year: 2025, month: 12, day: 22 });
  assert.match(md, /^\*\*Ibrahim Traoré\*\* — Personne/);
  assert.match(md, /capitaine, président de la Transition/);
  assert.match(md, /Autres graphies: Traoré/);
  const goita = builtinEntities().find((e) => e.id === 'assimi-goita');
  assert.ok(goita);
  assert.match(entityHoverMarkdown(goita, 'en', 'en', { year: 2020, month: 8 }), /Title \(at the article’s date\): Colonel\n/);
  const ecowas = builtinEntities().find((e) => e.id === 'ecowas');
  assert.ok(ecowas);
  assert.match(entityHoverMarkdown(ecowas, 'en', 'en', undefined), /In other languages: fr: Cédéao/);
});

test('hover card: untrusted bios cannot run anything', () => {
  const bio = [
    'Hello <script>alert(1)</script><img src="https://evil.example/p.png">',
    '[Run](command:workbench.action.terminal.new) [Site](https://example.org)',
    '![pixel](https://tracker.example/x.gif) <command:foo> [x](javascript:alert(1))',
    '[ref]: command:evil',
  ].join('\n');
  const out = sanitizeBioMarkdown(bio);
  assert.doesNotMatch(out, /<script|<img|command:|javascript:|tracker\.example|evil\.example/i);
  assert.match(out, /\[Site\]\(https:\/\/example\.org\)/);
  assert.match(out, /Run/);
  assert.match(out, /pixel/);
  const e = { ...builtinEntities()[0]!, name: 'Evil *name* <b>', names: {}, bio: { en: bio } };
  const md = entityHoverMarkdown(e, 'en', 'en', undefined);
  assert.doesNotMatch(md, /<b>|command:|<script/);
  assert.match(md, /Evil \\\*name\\\* &lt;b&gt;/);
});

// The quick reader (plain values from js-yaml) must read every entry exactly
// as the positioned reader does; whatever it does not know, it hands over.
test('the quick reader and the positioned reader agree on every shape of entry', () => {
  const text = `entities:
  - { id: a, type: person, name: "  Assimi Goïta  ", names: { fr: Assimi Goïta } }
  - id: b
    name: Alliance des États du Sahel
    aliases: AES
  - id: c
    type: organization
    name: ECOWAS
    names: { fr: Cédéao }
    aliases: { en: [Economic Community of West African States], fr: [CEDEAO], default: [E.C.O.W.A.S.] }
    titles:
      - { en: Captain, fr: capitaine, from: 2022-09-30, to: 2024 }
      - { default: General, from: 2024-10 }
      - { EN: Colonel }
    bio: { en: "West African bloc. ", all: "Bloc." }
  - { id: d, name: Niamey, type: place, aliases: [], bio: "  A city." }
  - { id: e, name: 1984 }
  - { id: f, name: Bamako, titles: [{ en: Mayor, from: 2020 }] }
  - { id: g, name: Ouaga, names: { FR: Ouagadougou } }
  - { id: h, name: Tiani, aliases: { fr: " " } }
`;
  const quick = loadEntityList('e.yaml', text);
  const slow = loadWithPositions('e.yaml', text);
  assert.deepEqual(quick.problems, []);
  const strip = (es: typeof quick.entities): unknown[] => es.map(({ source: _s, formSources: _f, ...rest }) => rest);
  assert.deepEqual(strip(quick.entities), strip(slow.entities));
  assert.equal(quick.entities.length, 8);
  // The odd ones were handed over, not read by the quick reader.
  const at = (): { path: string; start: number; end: number } => ({ path: 'e.yaml', start: 0, end: 0 });
  assert.equal(readPlainEntry({ id: 'e', name: 1984 }, at), undefined);
  assert.equal(readPlainEntry({ id: 'g', name: 'Ouaga', names: { FR: 'Ouagadougou' } }, at), undefined);
  assert.equal(readPlainEntry({ id: 'x', name: 'X', titles: [{ en: 'Mayor', from: '2024-02-30' }] }, at), undefined);
  assert.deepEqual(readPlainEntry({ id: 'x', name: 'X' }, at), { id: 'x', type: 'other', name: 'X', names: {}, aliases: [], aliasesByLang: {}, titles: [], bio: {}, source: at() });
});

test('entries found by the quick reader know where their id is written', () => {
  const text = 'entities:\n  - { id: "a b", name: Bamako }\n  - {name: Niamey, id: n}\n  - id: \'q\'\n    name: Ouagadougou\n';
  const r = loadEntityList('e.yaml', text);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.entities.map((e) => text.slice(e.source.start, e.source.end)), ['id: "a b"', 'id: n', "id: 'q'"]);
});

// Large lists are parsed a slice of entries at a time; the result must be
// what one parse gives, whatever the entries look like, and a list the
// slices could misread must still load whole.
test('a large list read in slices gives what one parse gives', () => {
  const entries: string[] = [];
  for (let i = 0; i < 6000; i++) {
    if (i % 3 === 0) entries.push(`  - { id: p${i}, type: person, name: "Aïssata Koné${i}" }`);
    else if (i % 3 === 1) entries.push(`  # a comment\n  - id: o${i}\n    type: organization\n    name: Bank of Kotéba ${i}\n    names: { fr: "Banque de Kotéba ${i}" }\n    bio: |\n      - not an entry, a bio line\n      on two lines\n`);
    else entries.push(`  - id: x${i}\n    name: >-\n      Folded\n      name ${i}\n    aliases: [Alias ${i}]`);
  }
  const text = `# big list\nentities:\n${entries.join('\n')}\n`;
  assert.ok(text.length > 256 * 1024);
  const quick = loadEntityList('big.yaml', text);
  const slow = loadWithPositions('big.yaml', text);
  const strip = (es: typeof quick.entities): unknown[] => es.map(({ source: _s, formSources: _f, ...rest }) => rest);
  assert.deepEqual(quick.problems, []);
  assert.equal(quick.entities.length, 6000);
  assert.deepEqual(strip(quick.entities), strip(slow.entities));
  // An anchor used far from where it is set cannot be read slice by slice: the whole file is read.
  const anchored = text.replace('id: p0, type: person', 'id: p0, type: &kind person').replace('id: p5997, type: person', 'id: p5997, type: *kind');
  const r = loadEntityList('big.yaml', anchored);
  assert.deepEqual(r.problems, []);
  assert.equal(r.entities.find((e) => e.id === 'p5997')?.type, 'person');
  // A mistake deep in a large list is reported where it is written, and the other entries load.
  const broken = text.replace('id: p5997, type: person, name:', 'id: p5997, type: person, nmae:');
  const b = loadEntityList('big.yaml', broken);
  assert.equal(b.entities.length, 5999);
  assert.ok(b.problems.some((p) => broken.slice(p.start, p.end) === 'nmae' && /Unknown field "nmae"/.test(p.message)), JSON.stringify(b.problems.map((p) => p.message)));
});
