import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { misspellings, misspellingsModule } from '../../scripts/gen-misspellings';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';

// spelling.common: common English words misspelt, from a list of known
// misspellings, never a word a dictionary of English or of the languages
// English copy quotes knows.

function check(text: string, name = 'story.en.txt'): Array<{ word: string; fixes: string[]; preferred: boolean[] }> {
  const files = { [`/w/${name}`]: text };
  const [report] = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  return (report?.findings ?? [])
    .filter((f) => f.rule === 'spelling.common')
    .map((f) => ({ word: text.slice(f.start, f.end), fixes: f.fixes.map((x) => x.edits[0]?.newText ?? ''), preferred: f.fixes.map((x) => x.preferred) }));
}

test('a common word misspelt is flagged, with its correction as the preferred fix, in the case it was written', () => {
  assert.deepEqual(check('The goverment made an announcment on Tuesday. Investigaters will recieve the report.\n'), [
    { word: 'goverment', fixes: ['government'], preferred: [true] },
    { word: 'announcment', fixes: ['announcement'], preferred: [true] },
    { word: 'Investigaters', fixes: ['Investigators'], preferred: [true] },
    { word: 'recieve', fixes: ['receive'], preferred: [true] },
  ]);
  // After a dateline's dash a sentence starts.
  assert.deepEqual(check('NEW YORK, January 16, 2009 - Investigaters on Friday began work.\n').map((f) => f.word), ['Investigaters']);
  // British copy's "-ise" slips, which the list writes only as "-ize" ones.
  assert.deepEqual(check('The plan was critisised and the vote postponed; critisized, too, by the unions.\n'), [
    { word: 'critisised', fixes: ['criticised'], preferred: [true] },
    { word: 'critisized', fixes: ['criticized'], preferred: [true] },
  ]);
  // "-ful" with a doubled "l", for every common "-ful" word (xf06).
  assert.deepEqual(check('It was a stable and fruitfull one.\n'), [{ word: 'fruitfull', fixes: ['fruitful'], preferred: [true] }]);
  // Two corrections: the editor chooses.
  assert.deepEqual(check('The vote was absolete by then.\n'), [{ word: 'absolete', fixes: ['absolute', 'obsolete'], preferred: [false, false] }]);
});

test('a word of a compound is spelt as it is alone: "anti-goverment", "goverment-backed" (zi08)', () => {
  assert.deepEqual(check('The anti-goverment protest and the goverment-backed plan.\n').map((f) => f.word), ['goverment', 'goverment']);
  assert.deepEqual(check('The anti-government protest and the well-known, government-backed plan.\n'), []);
});

test('a slip the list holds is a slip in the words made from it: "acheivable" as "acheive" (zf06)', () => {
  assert.deepEqual(check('The target was acheivable, the goverments said, and the plan accountable.\n'), [
    { word: 'acheivable', fixes: ['achievable'], preferred: [true] },
    { word: 'goverments', fixes: ['governments'], preferred: [true] },
  ]);
});

test('clean copy, names, foreign words, code and French articles are left alone', () => {
  assert.deepEqual(check('The government made an announcement on Tuesday; investigators will receive the report.\n'), []);
  assert.deepEqual(check('The plan was criticised, then realised and organised; the minister apologised.\n'), []);
  // A capital mid-sentence is a name, and so is a word the article writes with its capital mid-sentence.
  assert.deepEqual(check('Thier said so. Mr Thier agreed, and Karl Wich too.\n'), []);
  // French and Spanish words quoted in English copy: the « Front commun » union, « ministerios ».
  assert.deepEqual(check('The Front commun union and the ministerios of Chile met at the École normale.\n'), []);
  // Addresses, handles, all capitals, words glued to digits.
  assert.deepEqual(check('See www.goverment.com, my-goverment.org, @anti-goverment, GOVERMENT and goverment2.\n'), []);
  // Only English is read.
  assert.deepEqual(check('Le goverment a parlé.\n', 'story.fr.txt'), []);
});

test('the misspelling list is the one scripts/gen-misspellings.ts makes', async () => {
  const root = join(__dirname, '..', '..');
  const written = readFileSync(join(root, 'server/src/engine/spelling/enMisspellings.ts'), 'utf8');
  assert.equal(written, misspellingsModule(await misspellings(root)), 'run `node --import tsx scripts/gen-misspellings.ts`');
});

test('a possessive is its word’s: "the goverment’s response" is flagged, and the fix keeps the "’s" (cf05)', () => {
  assert.deepEqual(check('He criticised the goverment\u2019s response and the goverment\'s plan.\n'), [
    { word: 'goverment\u2019s', fixes: ['government\u2019s'], preferred: [true] },
    { word: "goverment's", fixes: ["government's"], preferred: [true] },
  ]);
  // A word the list does not hold stays unflagged with its possessive too.
  assert.deepEqual(check('The government\u2019s plan and Kenya\u2019s reply.\n'), []);
});

test('a word of a body’s name is misspelt with its capital too: "Natural Enviroment Research Council" (br07); a name is not', () => {
  assert.deepEqual(check('The Natural Enviroment Research Council said the Goverment would pay.\n').map((f) => [f.word, f.fixes]), [
    ['Enviroment', ['Environment']],
    ['Goverment', ['Government']],
  ]);
  // A capitalised slip of a word no body is named with may be a surname: "Mr Thier", written so twice.
  assert.deepEqual(check('Mr Thier spoke first. Then Thier left.\n'), []);
});

test('names of places, peoples and months misspelt are flagged wherever they stand, with their capital: "Britian", "Febuary" (da07)', () => {
  assert.deepEqual(check('The Union or Britian said in Febuary that britian and the Carribean would act.\n').map((f) => [f.word, f.fixes]), [
    ['Britian', ['Britain']],
    ['Febuary', ['February']],
    ['britian', ['Britain']],
    ['Carribean', ['Caribbean']],
  ]);
  // A slip of a person's name may be someone's: "Malcom X" is left alone.
  assert.deepEqual(check('Malcom Turnbull and Britain agreed in February.\n'), []);
});

test('slips of countries, regions and seas are flagged, the list’s or not: "Meditteranean", "Pensylvania", "Isreal" (dy03)', () => {
  assert.deepEqual(check('Boats crossed the Meditteranean from Lebannon, as Isreal and Pensylvania said.\n').map((f) => [f.word, f.fixes]), [
    ['Meditteranean', ['Mediterranean']],
    ['Lebannon', ['Lebanon']],
    ['Isreal', ['Israel']],
    ['Pensylvania', ['Pennsylvania']],
  ]);
  // A slip that is someone's name in the article is that name: "Ahmed al-Shaara" is no "Sahara" (pj03).
  assert.deepEqual(check('Ahmed al-Shaara spoke. Shaara said the Sahara was hot.\n'), []);
});
