import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

test('through git: nothing while both are committed together; the changed paragraph once the source moves on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-git-'));
  const sh = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  sh('init', '-q');
  sh('config', 'user.email', 'desk@example.com');
  sh('config', 'user.name', 'Desk');
  writeFileSync(join(dir, 'story.en.txt'), EN);
  writeFileSync(join(dir, 'story.fr.txt'), FR);
  sh('add', '.');
  sh('commit', '-qm', 'both versions');
  const run = (): string[] => new Project(new NodeFileSystem(), { locale: 'en', today: () => new Date('2026-01-01'), history: new GitHistory() })
    .check([dir])
    .flatMap((r) => r.findings.filter((f) => f.rule === 'translation.stale').map((f) => `${r.path.endsWith('fr.txt') ? 'fr' : 'en'}:${f.start}`));
  assert.deepEqual(run(), []);
  writeFileSync(join(dir, 'story.en.txt'), EN.replace('at least 265 people', 'at least 270 people'));
  sh('commit', '-qam', 'update the English version');
  assert.deepEqual(run(), [`fr:${FR.indexOf('Le gouvernement')}`]);
});
