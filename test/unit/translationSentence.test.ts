import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { sentencesIn } from '../../server/src/engine/translation/sentences';

// A sentence left out of a paragraph (translation.missing, sentenceGaps.ts),
// and the sentence splitter under it.

const split = (text: string): string[] => sentencesIn(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

test('sentences end at . ! ? … before a capital or a figure, not after abbreviations, initials or dotted acronyms', () => {
  assert.deepEqual(split('Mr. Smith met Gen. Diallo on Jan. 5. They talked. Did it work? 2025 will tell…'), ['Mr. Smith met Gen. Diallo on Jan. 5.', 'They talked.', 'Did it work?', '2025 will tell…']);
  assert.deepEqual(split('J. K. Rowling and U.S. forces arrived. « Non. » Il a refusé.'), ['J. K. Rowling and U.S. forces arrived.', '« Non. »', 'Il a refusé.']);
  // French: « M. », a question inside quotes the sentence goes on after, no-break spaces.
  assert.deepEqual(split('M.\u00a0Macron a demandé\u00a0: «\u00a0Pourquoi\u00a0?\u00a0» a-t-il dit. Élise répond.'), ['M.\u00a0Macron a demandé\u00a0: «\u00a0Pourquoi\u00a0?\u00a0» a-t-il dit.', 'Élise répond.']);
  // Offsets are UTF-16: an emoji and a combining accent before the break.
  const text = 'Le cafe\u0301 🎉 ouvre. Il ferme.';
  assert.deepEqual(split(text), ['Le cafe\u0301 🎉 ouvre.', 'Il ferme.']);
  assert.equal(sentencesIn(text, { start: 0, end: text.length })[1]?.start, text.indexOf('Il'));
});

const EN = [
  'The government announced an emergency plan on Tuesday after floods that killed at least 265 people in Maradi and Zinder.',
  'The United Nations pledged support. A first convoy of 40 trucks is expected in Maradi next week, officials said on Wednesday.',
  'In 2022, similar floods killed 195 people across the country. Experts link the intensity of the rainy season to climate change.',
  'The minister said schools would reopen in October. Teachers will be paid a bonus of 50,000 CFA francs for the extra weeks.',
  'Aid groups warned that cholera could spread in the camps. They called for clean water and more latrines before the next rains.',
];
const FR = [
  'Le gouvernement a annoncé mardi un plan d’urgence après des inondations qui ont fait au moins 265 morts à Maradi et Zinder.',
  'Les Nations unies ont promis leur soutien. Un premier convoi de 40 camions est attendu à Maradi la semaine prochaine, ont indiqué mercredi des responsables.',
  'En 2022, des inondations semblables avaient fait 195 morts dans le pays. Les experts lient l’intensité de la saison des pluies au changement climatique.',
  'Le ministre a indiqué que les écoles rouvriraient en octobre. Les enseignants toucheront une prime de 50 000 francs CFA pour les semaines supplémentaires.',
  'Les ONG ont averti que le choléra pourrait se propager dans les camps. Elles ont réclamé de l’eau potable et davantage de latrines avant les prochaines pluies.',
];

function check(en: string[], fr: string[]): Record<string, string[]> {
  const files: Record<string, string> = {
    '/w/story.en.txt': ['Floods in Niger', 'Aid released on Tuesday.', ...en].join('\n') + '\n',
    '/w/story.fr.txt': ['Inondations au Niger', 'Une aide débloquée mardi.', ...fr].join('\n') + '\n',
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const out: Record<string, string[]> = {};
  for (const r of reports) out[r.path] = r.findings.filter((f) => f.rule === 'translation.missing').map((f) => files[r.path]!.slice(f.start, f.end));
  return out;
}

test('a sentence left out of a paragraph of an article translated sentence for sentence is reported in both versions', () => {
  assert.deepEqual(check(EN, FR), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  const dropped = [...FR];
  dropped[3] = 'Le ministre a indiqué que les écoles rouvriraient en octobre.';
  assert.deepEqual(check(EN, dropped), {
    '/w/story.en.txt': ['Teachers will be paid a bonus of 50,000 CFA francs for the extra weeks.'],
    '/w/story.fr.txt': ['octobre.'],
  });
  // In the middle of a paragraph, the note in the version that lacks it stands on the sentence it would come before.
  const middle = [...EN];
  const rescue = 'Rescue teams took days to reach the worst-hit villages near the river, where roads and bridges had been washed away.';
  middle[2] = `In 2022, similar floods killed 195 people across the country. ${rescue} Experts link the intensity of the rainy season to climate change.`;
  assert.deepEqual(check(middle, FR), { '/w/story.en.txt': [rescue], '/w/story.fr.txt': ['Les'] });
  // Sentences of about one length: one is left out, which one the lengths cannot say. The paragraph is pointed out.
  const even = [...EN];
  even[2] = 'In 2022, similar floods killed 195 people across the country. Rescue teams took days to reach the worst-hit villages. Experts link the intensity of the rainy season to climate change.';
  assert.deepEqual(check(even, FR), { '/w/story.en.txt': [even[2]], '/w/story.fr.txt': ['En'] });
});

test('sentences merged, split or moved across a paragraph break are nothing left out', () => {
  // Two sentences joined by a colon in French: as long as both.
  const merged = [...FR];
  merged[3] = 'Le ministre a indiqué que les écoles rouvriraient en octobre\u00a0: les enseignants toucheront une prime de 50 000 francs CFA pour les semaines supplémentaires.';
  assert.deepEqual(check(EN, merged), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // A sentence moved to the start of the next paragraph.
  const moved = [...FR];
  moved[3] = 'Le ministre a indiqué que les écoles rouvriraient en octobre.';
  moved[4] = `Les enseignants toucheront une prime de 50 000 francs CFA pour les semaines supplémentaires. ${FR[4]}`;
  assert.deepEqual(check(EN, moved), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // An adapted translation, which merges and drops sentences elsewhere too, is not read sentence for sentence.
  const adapted = [...FR];
  adapted[1] = 'Les Nations unies ont promis leur soutien et un premier convoi de 40 camions est attendu à Maradi la semaine prochaine.';
  adapted[3] = 'Le ministre a indiqué que les écoles rouvriraient en octobre.';
  assert.deepEqual(check(EN, adapted), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('where the lengths point at a sentence the other paragraph states, the figures and names say which one it lacks', () => {
  const en = [...EN];
  en[1] = 'Microsoft attributed the attacks to a group it calls Lace Tempest, which runs the extortion site of the Cl0p gang.';
  const fr = [...FR];
  fr[1] = 'Microsoft a attribué les attaques à un groupe qu’il appelle Lace Tempest, qui gère le site du gang Cl0p. Ce dernier a ensuite revendiqué les attaques et sommé les victimes de le contacter avant le 14 juin, faute de quoi leurs données seraient publiées.';
  assert.deepEqual(check(en, fr), {
    '/w/story.en.txt': ['gang.'],
    '/w/story.fr.txt': ['Ce dernier a ensuite revendiqué les attaques et sommé les victimes de le contacter avant le 14 juin, faute de quoi leurs données seraient publiées.'],
  });
});
