import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { JsonReport } from '../../server/src/cli/jsonReport';

// How the bundles are built, checked on the real dist/ files. chrono-node,
// franc-min, js-yaml and csv-parse live in dist/vendor and are
// required on first use (esbuild.mjs): a run that needs none of them does not
// compile them. So do the word lists: English misspellings (en-misspellings,
// 1.5 MB), which every English article needs and a French one does not, and
// French words (fr-words, 1.7 MB), the other way round. These tests run the real bundle, so a library that went
// missing from dist/vendor, or came back into the main bundle, fails here.

const DIST = join(__dirname, '..', '..', 'dist');
const CLI_JS = join(DIST, 'cli.js');
const VENDOR = ['chrono-node', 'franc-min', 'js-yaml', 'csv-parse-sync', 'en-misspellings', 'fr-words'];

function built(): void {
  assert.ok(existsSync(CLI_JS), 'dist/cli.js is not built: run npm run build');
}

function workspace(files: Record<string, string>): string {
  const dir = tempDir('copydesk-vendor-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Preloaded into the CLI's process: prints, at exit, the vendor files it required.
const WATCH_VENDOR = `
const Module = require('node:module');
const load = Module._load;
const seen = new Set();
Module._load = function (request, ...rest) {
  const m = /[\\\\/]vendor[\\\\/]([^\\\\/]+)\\.js$/.exec(request);
  if (m) seen.add(m[1]);
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write('vendor: ' + [...seen].sort().join(',') + '\\n'));
`;

/** The CLI's output, and the vendor libraries the run required. */
function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string; vendor: string[] } {
  const hook = join(cwd, '.watch-vendor.cjs');
  writeFileSync(hook, WATCH_VENDOR);
  const r = spawnSync(process.execPath, ['--require', hook, CLI_JS, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, COPYDESK_CACHE_DIR: join(cwd, '.cache') } });
  const line = /^vendor: (.*)$/m.exec(r.stderr);
  assert.ok(line, `the preloaded hook reported nothing: ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^vendor: .*\n/m, ''), vendor: line[1] ? line[1].split(',') : [] };
}

test('the main bundles require each vendor library from its own file, and leave it out', () => {
  built();
  // The server never imports a CSV.
  for (const [bundle, vendors] of [['cli.js', VENDOR], ['server.js', VENDOR.filter((v) => v !== 'csv-parse-sync')]] as const) {
    const text = readFileSync(join(DIST, bundle), 'utf8');
    for (const v of vendors) {
      assert.ok(text.includes(`require("./vendor/${v}.js")`), `${bundle} does not require vendor/${v}.js`);
      assert.ok(existsSync(join(DIST, 'vendor', `${v}.js`)), `dist/vendor/${v}.js is missing`);
    }
    // With the four libraries inside, cli.js was 1.3 MB; without them 0.7 MB (server.js, which also holds the protocol library, 1.1 MB).
    // The rules have grown since, and translation.place's city list is 50 KB: 1.10 MB and 1.51 MB now (24 November 2026).
    // A vendor library bundled by mistake adds 0.6 MB, which these limits still catch.
    const limit = bundle === 'server.js' ? 1_650_000 : 1_250_000;
    assert.ok(statSync(join(DIST, bundle)).size < limit, `${bundle} grew back: did a vendor library get imported instead of required?`);
  }
});

test('an English and French pair named by language, with no list, requires no vendor library but the word lists', () => {
  built();
  const dir = workspace({
    'story.en.md': '# Summit\n\nThe summit opened in Bamako on December 22, 2024.\n',
    'story.fr.md': '# Sommet\n\nLe sommet s’est ouvert à Bamako le 22 décembre 2025.\n',
  });
  const r = cli(['check', '.', '--format', 'json'], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 1, 'the dates differ');
  assert.deepEqual(r.vendor, ['en-misspellings', 'fr-words']);
  // A French article alone needs the French words only.
  const fr = workspace({ 'story.fr.md': '# Sommet\n\nLe sommet s’est ouvert à Bamako le 22 décembre 2025.\n' });
  assert.deepEqual(cli(['check', '.', '--format', 'json'], fr).vendor, ['fr-words']);
});

test('the bundled CLI loads each vendor library when an article needs it', () => {
  built();
  const dir = workspace({
    '.copydesk.yaml': 'entities: [entities.yaml]\n',
    // js-yaml: a small list is parsed on every run.
    'entities.yaml': 'entities:\n  - id: assimi-goita\n    type: person\n    name: Assimi Goïta\n',
    // chrono-node: German dates.
    'story.en.md': '# Summit\n\nThe summit opened in Bamako on December 22, 2024, with Assimi Goïta.\n',
    'story.de.md': '# Gipfel\n\nDer Gipfel wurde am 22. Dezember 2025 in Bamako mit Assimi Goïta eröffnet.\n',
    // franc-min: no language in the name or the front matter.
    'note.md': 'Le président de la transition a présidé la réunion du conseil des ministres mercredi à Bamako, et Assimi Goita a parlé.\n',
  });
  const r = cli(['check', '.', '--format', 'json'], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 1);
  const report = JSON.parse(r.stdout) as JsonReport;
  const file = (p: string): JsonReport['files'][number] => {
    const f = report.files.find((x) => x.path === p);
    assert.ok(f, `${p} is in the report`);
    return f;
  };
  assert.deepEqual(r.vendor, ['chrono-node', 'en-misspellings', 'fr-words', 'franc-min', 'js-yaml']);
  assert.equal(file('story.de.md').language, 'de');
  assert.ok(file('story.de.md').diagnostics.some((d) => d.rule === 'translation.date'), 'the German date that differs is found (chrono-node)');
  assert.equal(file('note.md').language, 'fr', 'the language is detected (franc-min)');
  assert.ok(file('note.md').diagnostics.some((d) => d.rule === 'entity.spelling'), 'the list was read (js-yaml)');

  const csv = join(dir, 'people.csv');
  writeFileSync(csv, 'name,type\nAssimi Goïta,person\n');
  const imported = cli(['import-entities', 'people.csv'], dir);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /name: Assimi Goïta/, 'the CSV is read (csv-parse)');
  assert.deepEqual(imported.vendor, ['csv-parse-sync']);
});

test('regular expressions with \\p{…} stay literals in the bundles (not rebuilt with new RegExp at every call)', () => {
  built();
  for (const bundle of ['cli.js', 'server.js']) {
    const text = readFileSync(join(DIST, bundle), 'utf8');
    const lowered = text.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [];
    assert.deepEqual(lowered, [], `${bundle}: esbuild lowered regex literals (see "supported" in esbuild.mjs)`);
    assert.ok(text.includes('/\\p{L}/u'), `${bundle} has no /\\p{L}/u literal at all: did the check go stale?`);
  }
});
