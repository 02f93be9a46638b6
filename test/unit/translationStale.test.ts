import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { GitHistory } from '../../server/src/node/gitHistory';
import { NodeFileSystem } from '../../server/src/node/nodeFileSystem';

const EN = 'Floods in Niger\nThe authorities released funds on Tuesday.\nThe government announced an emergency plan after floods that killed at least 265 people in Maradi and Zinder.\nThe United Nations pledged support, and a first convoy is expected in Maradi next week.\n';
const FR = 'Inondations au Niger\nLes autorités ont débloqué des fonds mardi.\nLe gouvernement a annoncé un plan d’urgence après des inondations qui ont fait au moins 265 morts à Maradi et Zinder.\nLes Nations unies ont promis leur soutien, et un premier convoi est attendu à Maradi la semaine prochaine.\n';

test('the translator sees which paragraphs changed in the other version since the translation was committed', () => {
  const history = { counterpartAtLastCommit: (version: string, counterpart: string) => (version === '/w/story.fr.txt' && counterpart === '/w/story.en.txt' ? EN : undefined) };
  const changed = EN.replace('a first convoy is expected in Maradi next week', 'a first convoy reached Maradi on Friday');
  const project = new Project(new MemoryFileSystem({ '/w/story.en.txt': changed, '/w/story.fr.txt': FR }), { locale: 'en', today: () => new Date('2026-01-01'), history });
  const fr = project.check(['/w'])!.find((r) => r.path === '/w/story.fr.txt')!;
  const stale = fr.findings.filter((f) => f.rule === 'translation.stale');
  assert.equal(stale.length, 1);
  assert.ok(FR.slice(stale[0]!.start).startsWith('Les Nations unies'));
  assert.match(stale[0]!.message, /The English version \(story\.en\.txt\) changed here/);
  const en = project.check(['/w/story.en.txt'])[0]!;
  assert.deepEqual(en.findings.filter((f) => f.rule === 'translation.stale'), []);
});

test('the source language, when the workspace names it, never follows its translations', () => {
  // Both versions were committed; then the French translation was corrected.
  const history = { counterpartAtLastCommit: (version: string, counterpart: string) => (version === '/w/story.en.txt' && counterpart === '/w/story.fr.txt' ? FR : undefined) };
  const fixed = FR.replace('un premier convoi est attendu', 'un premier convoi de vivres est attendu');
  const files = { '/w/story.en.txt': EN, '/w/story.fr.txt': fixed };
  const stale = (config: string): number => {
    const project = new Project(new MemoryFileSystem({ ...files, '/w/.copydesk.yaml': config }), { locale: 'en', today: () => new Date('2026-01-01'), history });
    return project.check(['/w']).flatMap((r) => r.findings).filter((f) => f.rule === 'translation.stale').length;
  };
  assert.equal(stale('translations: { source: fr }\n'), 1, 'the French source changed: the English translation may be behind');
  assert.equal(stale('translations: { source: en }\n'), 0, 'the English source does not follow its French translation');
});

/** A git repository with both versions committed together, and a check that lists translation.stale findings as "fr:offset". */
function committedPair(prefix: string): { dir: string; sh: (...args: string[]) => void; run: () => string[] } {
  const dir = tempDir(prefix);
  const sh = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  sh('init', '-q');
  sh('config', 'user.email', 'desk@example.com');
  sh('config', 'user.name', 'Desk');
  writeFileSync(join(dir, 'story.en.txt'), EN);
  writeFileSync(join(dir, 'story.fr.txt'), FR);
  sh('add', '.');
  sh('commit', '-qm', 'both versions');
  const run = (): string[] =>
    new Project(new NodeFileSystem(), { locale: 'en', today: () => new Date('2026-01-01'), history: new GitHistory() })
      .check([dir])
      .flatMap((r) => r.findings.filter((f) => f.rule === 'translation.stale').map((f) => `${r.path.endsWith('fr.txt') ? 'fr' : 'en'}:${f.start}`));
  return { dir, sh, run };
}

test('through git: nothing while both are committed together; the changed paragraph once the source moves on', () => {
  const { dir, sh, run } = committedPair('copydesk-git-');
  assert.deepEqual(run(), []);
  writeFileSync(join(dir, 'story.en.txt'), EN.replace('at least 265 people', 'at least 270 people'));
  sh('commit', '-qam', 'update the English version');
  assert.deepEqual(run(), [`fr:${FR.indexOf('Le gouvernement')}`]);
});

test('through git: a paragraph both versions changed since their commit is being updated, not stale', () => {
  const { dir, run } = committedPair('copydesk-git-both-');
  // The English toll changes, not yet committed: the French paragraph is stale.
  writeFileSync(join(dir, 'story.en.txt'), EN.replace('at least 265 people', 'at least 270 people'));
  assert.deepEqual(run(), [`fr:${FR.indexOf('Le gouvernement')}`]);
  // The translator updates it too, before committing: nothing to say on either side.
  const fr = FR.replace('au moins 265 morts', 'au moins 270 morts');
  writeFileSync(join(dir, 'story.fr.txt'), fr);
  assert.deepEqual(run(), []);
  // Another English paragraph changes: only its counterpart is pointed at.
  writeFileSync(join(dir, 'story.en.txt'), EN.replace('at least 265 people', 'at least 270 people').replace('next week', 'on Monday'));
  assert.deepEqual(run(), [`fr:${fr.indexOf('Les Nations unies')}`]);
});

test('many pairs are read from git at once, with the answers of one question at a time (merges, renames, untracked files included)', () => {
  const dir = tempDir('copydesk-git-batch-');
  const sh = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  sh('init', '-q', '-b', 'main');
  sh('config', 'user.email', 'desk@example.com');
  sh('config', 'user.name', 'Desk');
  const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);
  for (let i = 0; i < 6; i++) {
    write(`s${i}.en.txt`, EN.replace('265', String(265 + i)));
    write(`s${i}.fr.txt`, FR.replace('265', String(265 + i)));
  }
  write('éditorial 🇲🇱.en.txt', EN);
  write('éditorial 🇲🇱.fr.txt', FR);
  // A line break in a name would split a line of cat-file's input.
  write('two\nlines.en.txt', EN);
  write('two\nlines.fr.txt', FR);
  sh('add', '.');
  sh('commit', '-qm', 'first');
  // The English versions move on, some on the main line, one on a branch merged back.
  write('s1.en.txt', EN.replace('265', '300'));
  write('éditorial 🇲🇱.en.txt', EN.replace('Tuesday', 'Wednesday'));
  write('two\nlines.en.txt', EN.replace('Tuesday', 'Thursday'));
  sh('commit', '-qam', 'update s1, the editorial and two lines');
  sh('checkout', '-q', '-b', 'desk');
  write('s2.en.txt', EN.replace('265', '400'));
  sh('commit', '-qam', 'update s2 on a branch');
  sh('checkout', '-q', 'main');
  write('s3.fr.txt', FR.replace('265', '500'));
  sh('commit', '-qam', 'update s3 in French');
  sh('merge', '-q', '--no-ff', '-m', 'merge the desk', 'desk');
  sh('mv', 's5.en.txt', 't5.en.txt');
  sh('mv', 's5.fr.txt', 't5.fr.txt');
  sh('commit', '-qm', 'rename s5');
  // Uncommitted and untracked changes.
  write('s4.en.txt', EN.replace('265', '600'));
  write('s9.en.txt', EN);
  write('s9.fr.txt', FR);
  const files = sh('ls-files', '-z').split('\u0000').filter(Boolean).concat(['s9.en.txt', 's9.fr.txt']).map((n) => join(dir, n));
  const pairs: Array<[string, string]> = [];
  for (const v of files) for (const c of files) if (v !== c && v.replace(/\.(en|fr)\.txt$/, '') === c.replace(/\.(en|fr)\.txt$/, '')) pairs.push([v, c]);
  assert.equal(pairs.length, 18);
  const batched = new GitHistory();
  batched.prepare(pairs);
  const single = new GitHistory();
  for (const [v, c] of pairs) assert.equal(batched.counterpartAtLastCommit(v, c), single.counterpartAtLastCommit(v, c), `${v} → ${c}`);
  // And the answers are the ones a translator expects.
  const at = (v: string, c: string): string | undefined => batched.counterpartAtLastCommit(join(dir, v), join(dir, c));
  assert.equal(at('s1.fr.txt', 's1.en.txt'), EN.replace('265', '266'));
  assert.equal(at('s1.en.txt', 's1.fr.txt'), FR.replace('265', '266'));
  assert.equal(at('s2.en.txt', 's2.fr.txt'), FR.replace('265', '267'), 'the merge is when s2 landed on the main line');
  assert.equal(at('éditorial 🇲🇱.fr.txt', 'éditorial 🇲🇱.en.txt'), EN);
  assert.equal(at('t5.en.txt', 't5.fr.txt'), FR.replace('265', '270'), 'renamed');
  assert.equal(at('two\nlines.fr.txt', 'two\nlines.en.txt'), EN);
  assert.equal(at('two\nlines.en.txt', 'two\nlines.fr.txt'), FR);
  assert.equal(at('s9.en.txt', 's9.fr.txt'), undefined, 'untracked');
});
