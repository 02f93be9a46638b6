// The JSON Schemas contributed for .copydesk.yaml, entity lists and style
// guides: the sample workspace's files pass, and the mistakes the server
// reports are also caught by the schema (so the YAML extension underlines them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { parseConfigFile } from '../../server/src/engine/config/configFile';
import { loadEntityList } from '../../server/src/engine/entities/entityList';
import { loadStyleGuide } from '../../server/src/engine/style/styleGuide';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = (name: string): string => readFileSync(path.join(root, 'examples', 'sahel-summit', name), 'utf8');

// Keywords VS Code and the YAML extension read for completion and hovers.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets']);

function compile(file: string): ValidateFunction {
  return ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8')) as object);
}

interface Kind {
  validate: ValidateFunction;
  /** What the server itself reports for the same text: the schema must agree with it. */
  serverProblems: (text: string) => number;
}

const config: Kind = { validate: compile('copydesk-config.schema.json'), serverProblems: (t) => parseConfigFile('/w/.copydesk.yaml', t).problems.length };
const entities: Kind = { validate: compile('entity-list.schema.json'), serverProblems: (t) => loadEntityList('/w/entities.yaml', t).problems.length };
const style: Kind = { validate: compile('style-guide.schema.json'), serverProblems: (t) => loadStyleGuide('/w/house-style.yaml', t).problems.length };

function accepts(kind: Kind, yaml: string): void {
  const ok = kind.validate(parse(yaml));
  assert.ok(ok, `rejected:\n${yaml}\n${ajv.errorsText(kind.validate.errors)}`);
  assert.equal(kind.serverProblems(yaml), 0, `the server reports problems in a sample the schema accepts:\n${yaml}`);
}

function rejects(kind: Kind, yaml: string): void {
  assert.equal(kind.validate(parse(yaml)), false, `accepted:\n${yaml}`);
  assert.ok(kind.serverProblems(yaml) > 0, `the schema rejects what the server accepts:\n${yaml}`);
}

test('the sample workspace files are valid', () => {
  accepts(config, example('.copydesk.yaml'));
  accepts(entities, example('entities.yaml'));
  accepts(style, example('house-style.yaml'));
});

test('.copydesk.yaml: every setting the server reads is accepted', () => {
  accepts(config, '');
  accepts(
    config,
    `entities: entities.yaml
styleGuides: [builtin:en-newsroom, house-style.yaml]
languages: [en, fr]
translations: { source: fr, contentPairing: false, threshold: 0.6, groups: [[a.md, b.md]] }
rules: { translation.date: error, typography.drop-cap: off, style.percent: false, x: info, y: hint, z: warning }
builtins: false
`,
  );
});

test('.copydesk.yaml: mistakes are rejected', () => {
  rejects(config, 'entites: [entities.yaml]'); // misspelt key
  rejects(config, 'rules: { translation.date: information }'); // VS Code setting spelling, not accepted in the file
  rejects(config, 'rules: { translation.date: loud }');
  rejects(config, 'translations: { source: french }');
  rejects(config, 'translations: { threshold: 45 }');
  rejects(config, 'translations: { groups: [[only-one.md]] }');
  rejects(config, 'builtins: "no"');
  rejects(config, '- entities.yaml');
});

test('entity lists: the shapes the server accepts', () => {
  accepts(entities, '');
  accepts(entities, 'entities:');
  accepts(entities, '- { id: a, name: A }');
  accepts(
    entities,
    `entities:
  - id: ecowas
    type: organization
    name: ECOWAS
    names: { fr: Cédéao }
    aliases: { default: [Ecowas], fr: [CEDEAO] }
    titles:
      - { en: Chair, fr: présidence, from: 2024, to: 2025-03 }
    bio: A regional bloc.
`,
  );
});

test('entity lists: mistakes are rejected', () => {
  rejects(entities, 'people: []'); // the top-level key is "entities"
  rejects(entities, 'entities:\n  - { id: a }'); // no name
  rejects(entities, 'entities:\n  - { name: A }'); // no id
  rejects(entities, 'entities:\n  - { id: a, name: A, type: country }');
  rejects(entities, 'entities:\n  - { id: a, name: A, alias: [B] }'); // misspelt field
  rejects(entities, 'entities:\n  - { id: a, name: A, names: { french: A } }');
  rejects(entities, 'entities:\n  - { id: a, name: A, titles: [{ from: 2020 }] }'); // a title with no name
  rejects(entities, 'entities:\n  - { id: a, name: A, titles: [{ en: Captain, from: 16/10/2024 }] }');
  rejects(entities, 'entities:\n  - { id: a, name: A, titles: [{ en: Captain, from: 2024-13 }] }');
  rejects(entities, 'entities:\n  - { id: "  ", name: A }');
});

test('style guides: every rule kind as the server reads it', () => {
  accepts(style, '');
  accepts(
    style,
    `name: Test
rules:
  - { id: a, kind: substitution, swap: { percent: per cent }, ignoreCase: false, regex: false, languages: en }
  - { id: b, kind: existence, tokens: [jihadi], hint: { en: Say jihadist., fr: Dites djihadiste. } }
  - { id: c, kind: consistency, either: [Tiani, Tchiani] }
  - { id: d, kind: repetition, exceptions: [that] }
  - { id: e, kind: capitalization, terms: [Cédéao] }
  - { id: f, kind: capitalization, match: sentence, scope: all }
  - { id: g, kind: pattern, pattern: 'over (\\d+)', replacement: 'more than $1', severity: off, link: 'https://example.org' }
`,
  );
});

test('style guides: mistakes are rejected', () => {
  rejects(style, 'rules:\n  - { id: a, kind: replace, swap: { a: b } }'); // unknown kind
  rejects(style, 'rules:\n  - { kind: existence, tokens: [a] }'); // no id
  rejects(style, 'rules:\n  - { id: "a b", kind: existence, tokens: [a] }');
  rejects(style, 'rules:\n  - { id: a, kind: substitution }'); // no swap
  rejects(style, 'rules:\n  - { id: a, kind: existence, tokens: [a], swap: { a: b } }'); // field of another kind
  rejects(style, 'rules:\n  - { id: a, kind: consistency, either: [only] }');
  rejects(style, 'rules:\n  - { id: a, kind: capitalization, scope: all }'); // needs match or terms
  rejects(style, 'rules:\n  - { id: a, kind: pattern, pattern: x, severity: information }');
  rejects(style, 'rules:\n  - { id: a, kind: pattern, pattern: x, link: www.example.org }');
  rejects(style, 'rules:\n  - { id: a, kind: existence, tokens: [a], message: { de: x } }');
  rejects(style, 'title: House style');
});
