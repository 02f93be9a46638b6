import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfigFile } from '../../server/src/engine/config/configFile';

test('a full configuration reads without problems', () => {
  const c = parseConfigFile('/w/.copydesk.yaml', 'entities: [entities.yaml]\nstyleGuides: [builtin:en-newsroom, house.yaml]\ntranslations:\n  source: fr\n  threshold: 0.5\nrules:\n  typography.fr-nbsp: warning\n  style.percent: off\n');
  assert.deepEqual(c.problems, []);
  assert.deepEqual(c.entities.map((e) => e.value), ['entities.yaml']);
  assert.equal(c.translations.source, 'fr');
  assert.equal(c.translations.threshold, 0.5);
  assert.deepEqual(c.rules, { 'typography.fr-nbsp': 'warning', 'style.percent': 'off' });
});

test('an unknown key is reported where it is, with the likely intended key', () => {
  const text = 'entities: [e.yaml]\nstyleGuide: [x.yaml]\n';
  const c = parseConfigFile('/w/.copydesk.yaml', text);
  assert.equal(c.problems.length, 1);
  const p = c.problems[0]!;
  assert.equal(text.slice(p.start, p.end), 'styleGuide');
  assert.match(p.message, /Did you mean "styleGuides"/);
});

test('a wrong type and a bad severity are positioned and say how to fix them', () => {
  const text = 'translations: fr\nrules:\n  typography.fr-nbsp: loud\n';
  const c = parseConfigFile('/w/.copydesk.yaml', text);
  assert.equal(c.problems.length, 2);
  assert.equal(text.slice(c.problems[0]!.start, c.problems[0]!.end), 'fr');
  assert.match(c.problems[0]!.message, /mapping/);
  assert.equal(text.slice(c.problems[1]!.start, c.problems[1]!.end), 'loud');
  assert.match(c.problems[1]!.message, /error, warning, info, hint or off/);
});

test('invalid YAML is reported at its position and never throws', () => {
  const text = 'entities: [a.yaml\nrules:\n  x: [\n';
  const c = parseConfigFile('/w/.copydesk.yaml', text);
  assert.ok(c.problems.length >= 1);
  assert.ok(c.problems.every((p) => p.start >= 0 && p.end <= text.length + 1));
  const dup = parseConfigFile('/w/.copydesk.yaml', 'rules: {}\nrules: {}\n');
  assert.match(dup.problems[0]!.message, /twice/);
});

test('an empty configuration is valid', () => {
  assert.deepEqual(parseConfigFile('/w/.copydesk.yaml', '').problems, []);
  assert.deepEqual(parseConfigFile('/w/.copydesk.yaml', '# only a comment\n').problems, []);
});
