import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { cpSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { runCli } from '../../server/src/cli/main';
import type { JsonReport } from '../../server/src/cli/jsonReport';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sahel-summit');
const EN = '000_7b97fe734857067e.txt';
const FR = '001_6c847b0968dc0a27.txt';

function run(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { cwd, env, stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, today: () => new Date('2026-01-15T12:00:00Z') });
  return { code, out, err };
}

function copySample(): string {
  const dir = tempDir('copydesk-cli-');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

test('the sample workspace: the seed pair disagrees on the date, in both files, and the CLI exits 1', () => {
  const dir = copySample();
  const { code, out } = run(['check', '.', '--format', 'json'], dir);
  assert.equal(code, 1);
  const report = JSON.parse(out) as JsonReport;
  assert.equal(report.version, 1);
  const en = report.files.find((f) => f.path === EN)!;
  const fr = report.files.find((f) => f.path === FR)!;
  assert.equal(en.language, 'en');
  assert.equal(fr.language, 'fr');
  assert.deepEqual(en.translations, [FR]);
  const enDate = en.diagnostics.filter((d) => d.rule === 'translation.date');
  const frDate = fr.diagnostics.filter((d) => d.rule === 'translation.date');
  assert.equal(enDate.length, 1);
  assert.equal(frDate.length, 1);
  assert.deepEqual(enDate[0]!.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } });
  assert.deepEqual(frDate[0]!.related[0]!.path, EN);
  // Fixes in each direction; with `source: fr` the English fix is preferred.
  const enFix = enDate[0]!.fixes.find((f) => f.preferred)!;
  assert.equal(enFix.edits[0]!.newText, 'December 22, 2025');
  assert.equal(enFix.edits[0]!.path, EN);
  assert.ok(frDate[0]!.fixes.every((f) => !f.preferred));
  assert.ok(frDate[0]!.fixes.some((f) => f.edits[0]!.newText === '22 décembre 2024'));
  // Nothing else from the translation family on the seed pair.
  for (const f of [en, fr]) assert.deepEqual(f.diagnostics.filter((d) => d.rule.startsWith('translation.')).map((d) => d.rule), ['translation.date']);
});

test('stylish output names both files and the counterpart', () => {
  const dir = copySample();
  const { code, out } = run(['check', EN, FR], dir);
  assert.equal(code, 1);
  assert.match(out, new RegExp(`${EN}.*paired with ${FR}`));
  assert.match(out, /3:5 +error +This date differs from the French version \(001_6c847b0968dc0a27\.txt\)/);
  assert.match(out, /3:5 +error +This date differs from the English version \(000_7b97fe734857067e\.txt\)/);
});

test('--fix writes the preferred fixes, keeps the BOM and CRLF, and a second run finds no date to fix', () => {
  const dir = copySample();
  const enPath = join(dir, EN);
  writeFileSync(enPath, '\uFEFF' + readFileSync(enPath, 'utf8').replace(/\n/g, '\r\n'));
  const first = run(['check', '--fix', '--format', 'json', '.'], dir);
  const after = readFileSync(enPath, 'utf8');
  assert.ok(after.startsWith('\uFEFF'), 'BOM kept');
  assert.ok(after.includes('On December 22, 2025, Bamako'), 'date and drop cap fixed');
  assert.equal(after.split('\r\n').length, after.split('\n').length, 'CRLF kept');
  const report = JSON.parse(first.out) as JsonReport;
  assert.ok(report.files.every((f) => f.diagnostics.every((d) => d.rule !== 'translation.date')));
  const second = run(['check', '--fix', '.'], dir);
  assert.equal(readFileSync(enPath, 'utf8'), after, 'a second --fix changes nothing');
  assert.equal(second.err, '');
});

test("COPYDESK_TIMING=1 prints each rule's time to stderr, costliest first, and leaves the report alone", () => {
  const dir = copySample();
  const plain = run(['check', '.', '--format', 'json'], dir);
  const timed = run(['check', '.', '--format', 'json'], dir, { COPYDESK_TIMING: '1' });
  assert.equal(timed.code, plain.code);
  assert.deepEqual(JSON.parse(timed.out), JSON.parse(plain.out));
  assert.equal(plain.err, '');
  const lines = timed.err.trimEnd().split('\n');
  assert.match(lines[0]!, /^Rule +\| Time \(ms\) \| {2}Share$/);
  assert.match(lines.at(-1)!, /^all rules +\| +[\d.]+ \| {3}100%$/);
  const rows = lines.slice(1, -1).map((l) => l.split('|').map((c) => c.trim()));
  assert.ok(rows.length >= 10, timed.err);
  assert.ok(rows.some(([id]) => id === 'translation.date'));
  const ms = rows.map(([, t]) => Number(t));
  assert.deepEqual(ms, [...ms].sort((a, b) => b - a));
});

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const dir = copySample();
  const { out } = run(['check', '--format', 'sarif', '.'], dir);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const log: unknown = JSON.parse(out);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.match(out, /translation\.date/);
});

test('github output is one annotation per finding', () => {
  const dir = copySample();
  const { out } = run(['check', '--format', 'github', EN], dir);
  assert.match(out, /^::error file=000_7b97fe734857067e\.txt,line=3,col=5,endLine=3,endColumn=22,title=translation\.date::/m);
});

test('bad configuration: positioned, actionable, exit 2, no stack trace', () => {
  const cases: Array<[string, RegExp]> = [
    ['entities: [missing.yaml]\n', /cannot read the entity list "missing\.yaml"/],
    ['entites: [e.yaml]\n', /Unknown setting "entites"\. Did you mean "entities"\?/],
    ['rules: [1, 2]\n', /"rules" maps rule ids to a severity/],
    ['entities: [a.yaml\n', /does not parse|YAML/],
  ];
  for (const [config, message] of cases) {
    const dir = tempDir('copydesk-badcfg-');
    writeFileSync(join(dir, '.copydesk.yaml'), config);
    writeFileSync(join(dir, 'a.md'), 'Hello.\n');
    const { code, out, err } = run(['check', '.'], dir);
    assert.equal(code, 2, config);
    assert.match(out, message);
    assert.match(out, /\.copydesk\.yaml/);
    assert.doesNotMatch(out + err, /at .*\.ts:\d+/);
  }
});

test('usage errors exit 2; a folder with no problems exits 0', () => {
  const dir = tempDir('copydesk-usage-');
  assert.equal(run(['check', '--format', 'xml'], dir).code, 2);
  assert.equal(run(['check', 'nope'], dir).code, 2);
  assert.equal(run(['frobnicate'], dir).code, 2);
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'clean', 'note.md'), 'The council met on Tuesday and agreed on the budget.\n');
  const ok = run(['check', 'clean'], dir);
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /No problems/);
});

test('no .copydesk.yaml at all: built-in defaults still pair and compare', () => {
  const dir = tempDir('copydesk-nocfg-');
  cpSync(join(SAMPLE, EN), join(dir, 'a.txt'));
  cpSync(join(SAMPLE, FR), join(dir, 'b.txt'));
  const { code, out } = run(['check', '--format', 'json', '.'], dir);
  assert.equal(code, 1);
  const report = JSON.parse(out) as JsonReport;
  assert.ok(report.files.every((f) => f.diagnostics.some((d) => d.rule === 'translation.date')));
  // Without a source language neither direction is preferred.
  assert.ok(report.files.every((f) => f.diagnostics.filter((d) => d.rule === 'translation.date').every((d) => d.fixes.every((x) => !x.preferred))));
});

test('paths are printed as they were named: relative, or absolute when given absolute', () => {
  const dir = copySample();
  const relativeRun = JSON.parse(run(['check', '--format', 'json', EN], dir).out) as JsonReport;
  assert.equal(relativeRun.files[0]!.path, EN);
  const absoluteRun = JSON.parse(run(['check', '--format', 'json', join(dir, EN)], tmpdir()).out) as JsonReport;
  assert.equal(absoluteRun.files[0]!.path, join(dir, EN));
  assert.deepEqual(absoluteRun.files[0]!.translations, [join(dir, FR)]);
});

test('a large entity list is compiled once into the cache folder; the next run reads it and reports the same', () => {
  const dir = tempDir('copydesk-cli-cache-');
  const cache = join(dir, 'cache');
  const ws = join(dir, 'ws');
  mkdirSync(ws);
  // 2,500 people: past the size from which a snapshot is kept.
  const lines = ['entities:'];
  for (let i = 0; i < 2500; i++) lines.push(`  - { id: p${i}, type: person, name: "Aïssata Koné${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}", aliases: [Kon${i}] }`);
  lines.push('  - { id: goita, type: person, name: "Assimi Goïta", bio: { en: "Leader of Mali." } }');
  writeFileSync(join(ws, 'entities.yaml'), `${lines.join('\n')}\n`);
  writeFileSync(join(ws, '.copydesk.yaml'), 'entities: [entities.yaml]\n');
  writeFileSync(join(ws, 'story.en.md'), 'Assimi Goita met Aïssata Konéaaa on Monday.\n');
  const runWith = (env: Record<string, string>, extra: string[] = []): { code: number; out: string } => {
    let out = '';
    const code = runCli(['check', ws, '--format', 'json', ...extra], { cwd: dir, env, stdout: (s) => (out += s), stderr: () => undefined, isTty: false, today: () => new Date('2026-01-15T12:00:00Z') });
    return { code, out };
  };
  const noCache = runWith({ COPYDESK_CACHE_DIR: cache }, ['--no-cache']);
  assert.equal(readdirOrEmpty(cache).length, 0, '--no-cache writes no snapshot');
  assert.match(noCache.out, /Assimi Goïta/);
  const first = runWith({ COPYDESK_CACHE_DIR: cache });
  assert.equal(readdirOrEmpty(cache).filter((n) => n.endsWith('.snap')).length, 1);
  const second = runWith({ COPYDESK_CACHE_DIR: cache });
  assert.equal(first.out, noCache.out);
  assert.equal(second.out, noCache.out);
  assert.equal(second.code, noCache.code);
});

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
