import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { frenchWords, frenchWordsModule } from '../../scripts/gen-french-words';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { slipsOf, undoSlips } from '../../server/src/engine/spelling/frenchSlips';

// spelling.common in French: a word in small letters no dictionary knows, one
// slip from a common French word. Clean copy is read as hard as faulty copy:
// loanwords, coinages, currencies and local words must raise nothing.

interface Seen {
  word: string;
  fixes: string[];
  preferred: boolean[];
  /** What the finding's offsets cover. */
  covers: string;
}

function check(text: string, locale: 'en' | 'fr' = 'en', name = 'story.fr.txt'): Seen[] {
  const files = { [`/w/${name}`]: text };
  const [report] = new Project(new MemoryFileSystem(files), { locale, today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  return (report?.findings ?? [])
    .filter((f) => f.rule === 'spelling.common')
    .map((f) => ({
      word: f.message,
      fixes: f.fixes.map((x) => x.edits[0]?.newText ?? ''),
      preferred: f.fixes.map((x) => x.preferred),
      covers: text.replace(/^\uFEFF/u, '').slice(f.start, f.end),
    }));
}

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');
const words = (text: string): string[] => check(text).map((f) => f.fixes.join('|'));

test('a French word one slip from a common word is flagged, with the word it slipped from as the fix', () => {
  // A letter doubled, undoubled, dropped; an accent changed; "ph" written "f".
  assert.deepEqual(words('C’est parfaitemment clair, dit-il, sauf pour les soignants vacinés.\n'), ['parfaitement', 'vaccinés']);
  assert.deepEqual(words('Les assocations ont fait la fète. Un dopage sofistiqué.\n'), ['associations', 'fête|fêté', 'sophistiqué']);
  // After an elided article; and a writer with no accents on the keyboard.
  assert.deepEqual(words('Tout, à l’exeption des denrées. Il etait là.\n'), ['exception|exemption', 'était|jetait']);
  // A space slipped into a word after its first letter.
  assert.deepEqual(words('A vocat brillant, il a plaidé.\n'), ['Avocat']);
  // One correction is the preferred fix; with several the editor chooses.
  const [one, two] = check('Le gouvernment a parlé de la fète.\n');
  assert.deepEqual(one?.preferred, [true]);
  assert.deepEqual(two?.preferred, [false, false]);
});

test('the message speaks the editor’s language, and the finding covers the word after a BOM, CRLF, combining marks and an emoji', () => {
  const [en] = check('\uFEFFTitre 🎉 de l’e\u0301te\u0301\r\n\r\nLe gouvernment a parlé.\r\n');
  assert.equal(en?.word, '“gouvernment” looks like a misspelling of “gouvernement”.');
  assert.equal(en?.covers, 'gouvernment');
  const [fr] = check('Le gouvernment a parlé.\n', 'fr');
  assert.equal(fr?.word, '«\u00a0gouvernment\u00a0» semble mal orthographié\u00a0: «\u00a0gouvernement\u00a0»\u00a0?');
});

test('clean French copy raises nothing: common and rare words, loanwords, coinages, local words, names and code', () => {
  const clean = [
    'Le gouvernement a annoncé mardi un plan de 2 milliards d’euros pour les hôpitaux publics.',
    // Rare words the dictionary knows, one slip from a common one.
    'Le ministre a dénoncé une gabegie et des atermoiements ; la maire a vilipendé ses opposants.',
    // Loanwords and English quoted in French copy.
    'Le streaming et les cookies inquiètent ; « connection refused », a-t-il lu à l’écran.',
    // Coinages with a prefix, and words in a hyphenated compound.
    'Un cyberharcèlement coorganisé par des cofondateurs ; un vice-premier ministre, un ex-député.',
    // A word the writer means comes back: a currency, a local dish.
    'Le gari coûte 500 nairas ; le prix du gari a doublé, et les nairas manquent.',
    // Capitals, names, words glued to digits, addresses.
    'Assimi Goïta et Omar Touray à Abuja ; voir www.gouvernment.fr ou le code A4b, « Etat ».',
  ];
  for (const line of clean) assert.deepEqual(check(`${line}\n`), [], line);
  // Code is no prose.
  assert.deepEqual(check('Voir `gouvernment` :\n\n```\nparfaitemment\n```\n', 'en', 'story.fr.md'), []);
  // English articles keep their own list: a French slip in English copy is not read.
  assert.deepEqual(check('The parfaitemment clear plan.\n', 'en', 'story.en.txt'), []);
});

test('slips are undone both ways: what slipsOf makes, undoSlips finds', () => {
  for (const word of ['parfaitement', 'associations', 'sophistiqué', 'fête', 'était', 'exception']) {
    for (const slip of slipsOf(word)) {
      // A word of four letters is read for its accents only.
      if (slip.length <= 4 && fold(slip) !== fold(word)) continue;
      assert.ok(undoSlips(slip, (w) => w === word).has(word), `${slip} → ${word}`);
    }
  }
  // Two slips are not undone: « anullé » is two letters from « annulé ».
  assert.equal(undoSlips('anullé', (w) => w === 'annulé').size, 0);
});

test('the French word list is the one scripts/gen-french-words.ts makes', async () => {
  const root = join(__dirname, '..', '..');
  const written = readFileSync(join(root, 'server/src/engine/spelling/frWords.ts'), 'utf8');
  assert.equal(written, frenchWordsModule(await frenchWords(root)), 'run `node --import tsx scripts/gen-french-words.ts`');
});
