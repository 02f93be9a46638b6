import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { applyEdits } from '../../server/src/engine/applyEdits';

// translation.regnal: a king's, a queen's or a pope's number that differs between versions.

function check(en: string, fr: string): { found: Record<string, string[]>; fixed: string | undefined } {
  const files: Record<string, string> = {
    '/w/story.en.txt': `A New King for the Dutch\nAMSTERDAM, April 30, 2013 (Reuters) - Willem-Alexander became king on Tuesday.\n${en}\n`,
    '/w/story.fr.txt': `Un nouveau roi pour les Pays-Bas\nAMSTERDAM, 30 avril 2013 (Reuters) - Willem-Alexander est devenu roi mardi.\n${fr}\n`,
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const found: Record<string, string[]> = {};
  let fixed: string | undefined;
  for (const r of reports) {
    const mine = r.findings.filter((f) => f.rule === 'translation.regnal');
    found[r.path] = mine.map((f) => (files[r.path] ?? '').slice(f.start, f.end));
    const fix = mine[0]?.fixes[0];
    if (r.path.endsWith('fr.txt') && fix) fixed = applyEdits(files[r.path] ?? '', fix.edits).text.split('\n')[2];
  }
  return { found, fixed };
}

const EN = 'He is the first king since King Willem III died in 1890, after more than a century of queens.';
const FR = 'Il est le premier roi depuis la mort du roi Guillaume III en 1890, après plus d’un siècle de reines.';

test('a king’s number that differs is flagged in both versions, with a fix that writes the other’s', () => {
  assert.deepEqual(check(EN, FR).found, { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  const slipped = check(EN, FR.replace('Guillaume III', 'Guillaume II'));
  assert.deepEqual(slipped.found, { '/w/story.en.txt': ['III'], '/w/story.fr.txt': ['II'] });
  assert.equal(slipped.fixed, FR);
  // French writes the first of a name « Ier », English "I": each fix writes the numeral as its own version does.
  const albert = check('Prince Albert II greeted the winner.', 'Le prince Albert Ier a accueilli le vainqueur.');
  assert.deepEqual(albert.found, { '/w/story.en.txt': ['II'], '/w/story.fr.txt': ['Ier'] });
  assert.equal(albert.fixed, 'Le prince Albert II a accueilli le vainqueur.');
  const files = { '/w/story.en.txt': 'Kings\n\nKing Albert II of Belgium abdicated.\n', '/w/story.fr.txt': 'Rois\n\nLe roi Albert Ier de Belgique a abdiqué.\n' };
  const [en] = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w/story.en.txt']);
  const fix = en?.findings.find((f) => f.rule === 'translation.regnal')?.fixes[0];
  assert.equal(fix && applyEdits(files['/w/story.en.txt'], fix.edits.filter((e) => e.path === '/w/story.en.txt')).text, 'Kings\n\nKing Albert I of Belgium abdicated.\n');
});

test('a number one version leaves out, gives nearby, or that is no king’s says nothing', () => {
  // Left out, or said in words: "World War II" / « la Seconde Guerre mondiale ».
  assert.deepEqual(check('Her grandfather fought in World War II and met Queen Elizabeth II.', 'Son grand-père a combattu pendant la Seconde Guerre mondiale et a rencontré la reine Élisabeth II.').found, { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // Given in the next paragraph of the other version.
  assert.deepEqual(check(`${EN}\nHis son, Willem IV, never reigned.`, 'Il est le premier roi depuis 1890, après plus d’un siècle de reines.\nLe roi Guillaume III, lui, avait un fils, Willem IV, qui n’a jamais régné.').found, { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // "I" is a pronoun, so "Napoleon I" says nothing against « Napoléon Ier »; a numeral glued to letters is a century (« XXe siècle »).
  assert.deepEqual(check('Then I met Napoleon I in the 20th century.', 'Puis j’ai rencontré Napoléon Ier au XXe siècle.').found, { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // Two numbers on one side against one on the other: which stands for which is a guess.
  assert.deepEqual(check('Pope Pius XII and Pope John XXIII met.', 'Les papes Pie XI et Jean XXII se sont rencontrés.').found, { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a headline that gives the number does not vouch for the paragraph below it, which gives another (xu08)', () => {
  const files = (fr: string): Record<string, string> => ({
    '/w/story.en.txt': 'American Robert Prevost elected pope, takes name Leo XIV\n\nVATICAN CITY, May 8, 2025 – Cardinal Robert Francis Prevost was elected pope on Thursday, taking the name Leo XIV.\n',
    '/w/story.fr.txt': `L’Américain Robert Prevost élu pape sous le nom de Léon XIV\n\nCITÉ DU VATICAN, 8 mai 2025 – Le cardinal Robert Francis Prevost a été élu pape jeudi sous le nom de ${fr}.\n`,
  });
  const found = (fr: string): string[] => {
    const fs = files(fr);
    return new Project(new MemoryFileSystem(fs), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') })
      .check(['/w'])
      .flatMap((r) => r.findings.filter((f) => f.rule === 'translation.regnal').map((f) => (fs[r.path] ?? '').slice(f.start, f.end)));
  };
  assert.deepEqual(found('Léon XIV'), []);
  assert.deepEqual(found('Léon XIII').sort(), ['XIII', 'XIV']);
});
