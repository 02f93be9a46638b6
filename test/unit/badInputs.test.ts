import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, writeSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, test } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import type { JsonReport } from '../../server/src/cli/jsonReport';

// Bad inputs through the CLI: none may crash it (an exception, or an exit
// code other than 0/1/2), and each gets a message an editor can act on.
// Big inputs are generated at run time in a temporary folder.

const CLI_JS = join(__dirname, '..', '..', 'dist', 'cli.js');
const ARTICLE = 'The summit opened on Monday, December 22, 2025, in Bamako.\n';

afterEach((t) => {
  if (lastRun && 'diagnostic' in t) t.diagnostic(`exit ${lastRun.code}: ${messages(lastRun).join(' | ').replace(/\s+/g, ' ').slice(0, 600)}`);
  lastRun = undefined;
});

interface Run {
  code: number;
  out: string;
  err: string;
}

/** What each case produced, printed as test diagnostics for the report. */
let lastRun: Run | undefined;

function run(args: string[], cwd: string): Run {
  let out = '';
  let err = '';
  const code = runCli(args, { cwd, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, today: () => new Date('2026-01-15T12:00:00Z') });
  assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
  lastRun = { code, out, err };
  return lastRun;
}

function json(r: Run): JsonReport {
  return JSON.parse(r.out) as JsonReport;
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('copydesk-bad-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Every message the run printed, whatever the format. */
function messages(r: Run): string[] {
  try {
    return json(r).files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message}`));
  } catch {
    return [r.out + r.err];
  }
}

test('invalid YAML in the configuration: exit 2, a positioned message, no crash', () => {
  const dir = workspace({ '.copydesk.yaml': 'entities: [entities.yaml\nrules:\n  - : :\n', 'a.md': ARTICLE });
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.code, 2);
  const all = messages(r).join('\n');
  assert.match(all, /\.copydesk\.yaml:\d+:\d+ config\.\S+ /);
  assert.match(r.err, /configuration has errors/);
});

test('wrong types and unknown keys in the configuration are named, with where', () => {
  const dir = workspace({
    '.copydesk.yaml': 'entities: 12\nbuiltins: "yes"\ntranslations: { source: 42, threshold: 7 }\nrules: { typography.quotes: loud }\nstyleguides: [a.yaml]\n',
    'a.md': ARTICLE,
  });
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.code, 2);
  const all = messages(r);
  assert.ok(all.some((m) => /builtins/.test(m) && /true or false/.test(m)), all.join('\n'));
  assert.ok(all.some((m) => /threshold/.test(m)), all.join('\n'));
  assert.ok(all.some((m) => /source/.test(m)), all.join('\n'));
  assert.ok(all.some((m) => /styleguides/.test(m)), `unknown key not named: ${all.join('\n')}`);
  assert.ok(all.some((m) => /loud|severity|error, warning/.test(m)), `bad severity not named: ${all.join('\n')}`);
});

test('a configuration that is not a mapping, or empty, or only a comment', () => {
  for (const [text, code] of [['- a\n- b\n', 2], ['', 0], ['# nothing yet\n', 0], ['~\n', 0]] as const) {
    const dir = workspace({ '.copydesk.yaml': text, 'a.md': 'Fine.\n' });
    const r = run(['check', '.', '--format', 'json'], dir);
    assert.equal(r.code, code, `${JSON.stringify(text)}: ${r.out}${r.err}`);
  }
});

const PERSON = (id: string, name: string, aliases: string[]): string => `  - id: ${id}\n    type: person\n    name: ${name}\n    aliases: [${aliases.join(', ')}]\n`;

test('duplicate entity ids are reported at the second one', () => {
  const dir = workspace({
    '.copydesk.yaml': 'entities: [entities.yaml]\n',
    'entities.yaml': `entities:\n${PERSON('ana', 'Ana Diallo', [])}${PERSON('ana', 'Ana Touré', [])}`,
    'a.md': 'Ana Diallo spoke.\n',
  });
  const r = run(['check', '.', '--format', 'json'], dir);
  const all = messages(r);
  assert.ok(all.some((m) => /^entities\.yaml:6:\d+ /.test(m) && /"ana"/.test(m)), `no message at the second "ana": ${all.join('\n')}`);
});

test('an alias shared by two entities is reported, and the shared name is not "corrected" to either', () => {
  const dir = workspace({
    '.copydesk.yaml': 'entities: [entities.yaml]\n',
    'entities.yaml': `entities:\n${PERSON('ana-diallo', 'Ana Diallo', ['Diallo'])}${PERSON('moussa-diallo', 'Moussa Diallo', ['Diallo'])}`,
    'a.md': 'Diallo spoke. Then Diallo left.\n',
  });
  const r = run(['check', '.', '--format', 'json'], dir);
  const all = messages(r);
  assert.ok(all.some((m) => /entities\.yaml/.test(m) && /Diallo/.test(m)), `no message about the shared alias: ${all.join('\n')}`);
  if (r.code !== 2) {
    const article = json(r).files.find((f) => f.path === 'a.md');
    assert.deepEqual(article?.diagnostics.filter((d) => d.rule.startsWith('entity.')).map((d) => d.message) ?? [], [], 'a shared alias must not produce entity findings');
  }
});

test('a catastrophic regex in a style guide is refused with a positioned error, and checking stays fast', () => {
  const dir = workspace({
    '.copydesk.yaml': 'styleGuides: [house.yaml]\n',
    'house.yaml': "rules:\n  - id: evil\n    kind: pattern\n    pattern: '(a+)+$'\n    message: bad\n",
    'a.md': `${'a'.repeat(40)}!\n`,
  });
  const started = Date.now();
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.ok(Date.now() - started < 5000, 'the check took too long: the pattern ran');
  assert.equal(r.code, 2);
  const all = messages(r);
  assert.ok(all.some((m) => /^house\.yaml:4:\d+ /.test(m)), `no positioned error on line 4 of house.yaml: ${all.join('\n')}`);
});

test('other risky or broken patterns are refused too', () => {
  for (const pattern of ['(a|a)*$', '(\\w+\\s?)*$', '([a-z]+)*x', '(', '[z-a]', '(?<n>a)\\k<m>']) {
    const dir = workspace({
      '.copydesk.yaml': 'styleGuides: [house.yaml]\n',
      'house.yaml': `rules:\n  - id: evil\n    kind: pattern\n    pattern: '${pattern}'\n    message: bad\n`,
      'a.md': `${'a'.repeat(36)}!\n`,
    });
    const started = Date.now();
    const r = run(['check', '.', '--format', 'json'], dir);
    assert.ok(Date.now() - started < 5000, `${pattern}: the check took too long`);
    assert.equal(r.code, 2, `${pattern} was accepted: ${r.out}`);
  }
});

test('a 50 MB article is checked in bounded time or skipped with a clear notice', () => {
  const dir = tempDir('copydesk-bad-');
  const fd = openSync(join(dir, 'huge.md'), 'w');
  const paragraph = `${ARTICLE.repeat(8)}\n`;
  const chunk = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(join(dir, 'small.md'), 'Fine.\n');
  const started = Date.now();
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
  const huge = json(r).files.find((f) => f.path === 'huge.md');
  assert.ok(huge, 'the big file is listed');
  assert.match(huge.diagnostics.map((d) => d.message).join('\n'), /too large/);
  assert.ok(json(r).files.some((f) => f.path === 'small.md'), 'the other files are still checked');
});

test('a binary file named .md is skipped with a message', () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
  const dir = workspace({ 'photo.md': bytes });
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.notEqual(r.code, 2);
  assert.match(messages(r).join('\n'), /binary/);
});

test('invalid UTF-8 is reported with the line and column of the first bad byte', () => {
  const text = Buffer.concat([Buffer.from('Line one.\nLine two has caf'), Buffer.from([0xe9]), Buffer.from(' here.\n')]);
  const dir = workspace({ 'latin1.md': text });
  const r = run(['check', '.', '--format', 'json'], dir);
  const all = messages(r).join('\n');
  assert.match(all, /not valid UTF-8/);
  assert.match(all, /line 2, column 17/);
  assert.match(all, /latin1\.md:2:17 /, 'the finding itself sits at the first bad byte');
});

test('a BOM is kept out of positions and kept in the file by --fix', () => {
  const dir = workspace({ 'a.md': '\uFEFFHe said "yes".\r\nThe end...\r\n' });
  const before = json(run(['check', '.', '--format', 'json'], dir));
  for (const d of before.files[0]?.diagnostics ?? []) assert.ok(d.range.start.character < 20);
  run(['check', '.', '--fix'], dir);
  const after = spawnSync('cat', [join(dir, 'a.md')]).stdout.toString('utf8');
  assert.ok(after.startsWith('\uFEFF'), 'BOM lost');
  assert.ok(!/[^\r]\n/.test(after), 'line endings changed');
});

test('a configuration and an entity list that start with a BOM get positions as an editor counts them', () => {
  const dir = workspace({
    '.copydesk.yaml': '\uFEFFentities: [entities.yaml]\nrules: { typography.quotes: loud }\n',
    'entities.yaml': '\uFEFFentities: [{ id: a, type: person, name: Ana }, { id: a, type: person, name: Bob }]\n',
    'a.md': 'Ana met Bob.\n',
  });
  const all = messages(run(['check', '.', '--format', 'json'], dir));
  // Columns as in the file without its BOM: "loud" at 29, the second "a" at 54 (1-based).
  assert.ok(all.some((m) => m.startsWith('.copydesk.yaml:2:29 config.invalid')), all.join('\n'));
  assert.ok(all.some((m) => m.startsWith('entities.yaml:1:54 config.invalid')), all.join('\n'));
});

test('an empty file and a file of only front matter are checked without findings or errors', () => {
  const dir = workspace({ 'empty.md': '', 'empty.txt': '', 'front.md': '---\ntitle: Only front matter\nlang: fr\n---\n', 'front-open.md': '---\ntitle: never closed\n', 'ws.txt': '\n\n \r\n' });
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.out);
  for (const f of json(r).files) assert.deepEqual(f.diagnostics.map((d) => d.rule), [], f.path);
});

test('a symbolic link loop in the workspace does not trap the walk', () => {
  const dir = workspace({ 'a/story.md': ARTICLE });
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
  symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling.md'));
  symlinkSync(join(dir, 'self.md'), join(dir, 'self.md'));
  const started = Date.now();
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.ok(Date.now() - started < 5000);
  assert.deepEqual(json(r).files.map((f) => f.path).filter((p) => p.endsWith('story.md')), ['a/story.md']);
});

test('a configuration that points outside the workspace: what happens is reported plainly', () => {
  const dir = workspace({ '.copydesk.yaml': 'entities: [../../../../../../etc/passwd]\nstyleGuides: [/etc/hostname]\n', 'a.md': ARTICLE });
  const r = run(['check', '.', '--format', 'json'], dir);
  const all = messages(r).join('\n');
  // /etc/passwd is not an entity list: the user must be told, not silently ignored; and its content must not be echoed.
  assert.equal(r.code, 2, all);
  assert.doesNotMatch(all, /root:x:0:0/, 'the content of a file outside the workspace is echoed');
});

test('a missing entity file or style guide is named', () => {
  const dir = workspace({ '.copydesk.yaml': 'entities: [nope.yaml]\nstyleGuides: [gone.yaml, builtin:klingon]\n', 'a.md': ARTICLE });
  const r = run(['check', '.', '--format', 'json'], dir);
  const all = messages(r).join('\n');
  assert.equal(r.code, 2);
  assert.match(all, /nope\.yaml/);
  assert.match(all, /gone\.yaml/);
  assert.match(all, /klingon/);
});

test('an unreadable file (no permission) is reported, the others checked', () => {
  const dir = workspace({ 'secret.md': ARTICLE, 'b.md': 'Fine.\n' });
  chmodSync(join(dir, 'secret.md'), 0o000);
  if (process.getuid?.() !== 0) {
    const r = run(['check', '.', '--format', 'json'], dir);
    assert.match(messages(r).join('\n'), /cannot read/);
    return;
  }
  // Root reads everything: run the real CLI as "nobody", for whom the mode is enforced.
  assert.ok(existsSync(CLI_JS), 'dist/cli.js is not built: run npm run build');
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'b.md'), 0o644);
  // A copy of the bundle and its vendor libraries "nobody" can read, wherever the clone lives.
  const bin = tempDir('copydesk-bin-');
  chmodSync(bin, 0o755);
  copyFileSync(CLI_JS, join(bin, 'cli.js'));
  cpSync(join(dirname(CLI_JS), 'vendor'), join(bin, 'vendor'), { recursive: true });
  for (const f of ['cli.js', ...readdirSync(join(bin, 'vendor')).map((v) => `vendor/${v}`)]) chmodSync(join(bin, f), 0o644);
  chmodSync(join(bin, 'vendor'), 0o755);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(bin, 'cli.js'), 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.error, undefined, 'setpriv (util-linux) is needed to run this test as root');
  const report = JSON.parse(r.stdout) as JsonReport;
  const secret = report.files.find((f) => f.path === 'secret.md');
  assert.match(secret?.diagnostics[0]?.message ?? '', /cannot read/);
  assert.equal(secret?.diagnostics[0]?.rule, 'file.unreadable');
  assert.ok(report.files.some((f) => f.path === 'b.md'), 'the other file is still checked');
});

test('bad command lines exit 2 with a message, never a stack trace', () => {
  const dir = workspace({ 'a.md': ARTICLE });
  for (const args of [['check', '--format', 'xml'], ['frobnicate'], ['check', 'nope.md'], ['check', '--config', 'nope.yaml'], ['check', '--bogus'], ['check', '--locale', 'klingon', 'a.md']]) {
    const r = run(args, dir);
    if (args.includes('klingon')) continue; // an unknown locale falls back to English
    assert.equal(r.code, 2, args.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at /, `stack trace for ${args.join(' ')}`);
  }
});

test('the real CLI binary survives the same inputs (no uncaught exception)', () => {
  assert.ok(existsSync(CLI_JS), 'dist/cli.js is not built: run npm run build');
  const bytes = Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x41]);
  const dir = workspace({
    '.copydesk.yaml': 'styleGuides: [house.yaml]\nentities: [entities.yaml]\n',
    'house.yaml': 'rules: 12\n',
    'entities.yaml': 'entities:\n  - id: x\n    type: spaceship\n',
    'bin.md': bytes,
    'bad.txt': Buffer.from([0x41, 0xc3, 0x28]),
    'empty.md': '',
  });
  const r = spawnSync(process.execPath, [CLI_JS, 'check', '.'], { cwd: dir, encoding: 'utf8', timeout: 20000 });
  assert.ok([0, 1, 2].includes(r.status ?? -1), `status ${r.status} ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
