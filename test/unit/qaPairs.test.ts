import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/engine/applyEdits';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import type { Finding } from '../../server/src/engine/types';

// Twenty-eight English/French pairs written apart from the engine, in two
// rounds (p01–p16, then q01–q12 by a tester who never read the code),
// correct as published (test/fixtures/pairs): names transliterated both ways (Peskov,
// al-Sissi, Nétanyahou), look-alike places and people (Iran and Iraq, Niger
// and Nigeria, Daniel and Daniela Ortega), accents English drops, French
// typography, months next to names (June, Jude), hyphenated amounts
// ("$7-billion"). Clean, they must raise nothing but the two "Assimi Goita"
// the entity list spells "Goïta". Then 100 errors of the kind a copy editor
// catches are made in one version each (injected.json), and the check must
// find them, and nothing else. The misses are listed: a change that catches
// more, or fewer, shows here.

const DIR = join(__dirname, '..', 'fixtures', 'pairs');

interface Injection {
  pair: string;
  lang: 'en' | 'fr';
  /** 1-based. */
  line: number;
  old: string;
  new: string;
  kind: string;
  note: string;
}

const INJECTED = JSON.parse(readFileSync(join(DIR, 'injected.json'), 'utf8')) as Injection[];

/** Injected errors the engine does not catch, by design: each says why. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  'p03 fr Hakainde Hichelema': 'e for i is a vowel transliterations trade',
  'p04 en Mark Rutter': 'a letter added at the end, where languages put endings, in a name written once in each version',
  'p11 en Emomali Rahmen': 'e for o is a vowel transliterations trade',
  'q03 fr Lee Jae-young': 'a letter added is how transliterations differ most',
  'q09 en Rahul Ghandi': 'a letter moved two places is two slips',
  'q11 fr M. Karlsson': 'the first letter: names differing there are other names',
};

/** Caught errors no fix can undo to the letter, by design: each says why. */
const NOT_RESTORED: Readonly<Record<string, string>> = {
  'p01 fr avec le colonel Tiani': 'the fix writes his full rank then, "général de brigade"',
  'p05 en died on Thursday, August 23, 2023': 'a weekday was added: the fix corrects it, it does not remove it',
  'p08 fr le dimanche 7 octobre 2023': 'a weekday was added',
  'p09 en earthquake of Tuesday, February 6, 2023': 'a weekday was added',
  'p11 fr le lundi 9 septembre 2001': 'a weekday was added',
};

function cleanFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const pair of readdirSync(DIR).filter((d) => /^[pq]\d+$/.test(d))) {
    for (const lang of ['en', 'fr']) files[`/w/${pair}/story.${lang}.md`] = readFileSync(join(DIR, pair, `story.${lang}.md`), 'utf8');
  }
  return files;
}

function check(files: Record<string, string>): Map<string, Finding[]> {
  const project = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  return new Map(project.check(['/w']).map((r) => [r.path, r.findings.filter((f) => f.severity !== 'hint')]));
}

const describe = (files: Record<string, string>, path: string, f: Finding): string => `${path} ${f.rule} "${(files[path] ?? '').slice(f.start, f.end)}"`;
const GOITA = (d: string): boolean => /story\.en\.md entity\.spelling "Assimi Goita"$/.test(d);

test('clean pairs: every version is paired, and nothing is flagged but the list’s own spelling of Goïta', () => {
  const files = cleanFiles();
  const reports = check(files);
  assert.equal(reports.size, 56);
  const found: string[] = [];
  for (const [path, findings] of reports) for (const f of findings) found.push(describe(files, path, f));
  assert.deepEqual(found.filter((d) => !GOITA(d)), []);
  assert.equal(found.length, 2);
});

test('faulty pairs: each injected error is caught where it was made, the known misses stay missed, nothing else is flagged', () => {
  const files = cleanFiles();
  const clean = cleanFiles();
  const spans: Array<{ key: string; path: string; start: number; end: number; line: number }> = [];
  for (const e of INJECTED) {
    const path = `/w/${e.pair}/story.${e.lang}.md`;
    const text = files[path] ?? '';
    const lines = text.split('\n');
    const line = lines[e.line - 1] ?? '';
    const col = line.indexOf(e.old);
    assert.ok(col >= 0 && line.indexOf(e.old, col + 1) < 0, `${e.pair} ${e.lang}:${e.line}: "${e.old}" is not once on its line`);
    lines[e.line - 1] = line.slice(0, col) + e.new + line.slice(col + e.old.length);
    files[path] = lines.join('\n');
    const start = lines.slice(0, e.line - 1).reduce((n, l) => n + l.length + 1, 0) + col;
    spans.push({ key: `${e.pair} ${e.lang} ${e.new}`, path, start, end: start + e.new.length, line: e.line - 1 });
  }
  const reports = check(files);
  const near = (f: Finding, s: { start: number; end: number }): boolean => f.start <= s.end + 3 && f.end >= s.start - 3;
  const missed = spans.filter((s) => !(reports.get(s.path) ?? []).some((f) => near(f, s))).map((s) => s.key);
  assert.deepEqual(missed.sort(), Object.keys(KNOWN_MISSES).sort());
  const unexplained: string[] = [];
  for (const [path, findings] of reports) {
    for (const f of findings) {
      const d = describe(files, path, f);
      if (GOITA(d)) continue;
      // A disagreement between versions is flagged in both: near the injected error, or at its counterpart.
      const own = spans.some((s) => s.path === path && near(f, s));
      const counterpart = f.rule.startsWith('translation.') && f.related.some((r) => spans.some((s) => s.path === r.path && near({ ...f, start: r.start, end: r.end }, s)));
      if (!own && !counterpart) unexplained.push(d);
    }
  }
  assert.deepEqual(unexplained, []);
  // A fix puts the text back: for each error caught, one of its fixes in that
  // file restores the line as it was written ("$$4.3 million million" once
  // slipped through because its number read the same again).
  const notRestored: string[] = [];
  for (const s of spans) {
    if (missed.includes(s.key)) continue;
    const want = (clean[s.path] ?? '').split('\n')[s.line];
    const fixes = (reports.get(s.path) ?? []).filter((f) => near(f, s)).flatMap((f) => f.fixes);
    const restores = fixes.some((fx) => fx.edits.every((e) => e.path === s.path) && applyEdits(files[s.path] ?? '', fx.edits).text.split('\n')[s.line] === want);
    if (!restores) notRestored.push(s.key);
  }
  assert.deepEqual(notRestored.sort(), Object.keys(NOT_RESTORED).sort());
  // For the record: 100 errors, 94 caught; every date, number, rank, doubled word and typography slip among them.
  assert.equal(spans.length, 100);
  assert.equal(missed.length, 6);
  for (const e of INJECTED.filter((x) => !['name', 'weekday'].includes(x.kind))) assert.ok(!missed.includes(`${e.pair} ${e.lang} ${e.new}`), `${e.kind}: ${e.new}`);
});
