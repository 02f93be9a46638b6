import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropCap } from '../../server/src/engine/rules/typographyDropCap';
import { applyOne, flagged, run } from './styleFixtures';

const en = { lang: 'en' } as const;
const fr = { lang: 'fr' } as const;

test('drop-cap: joins a split first word in English and French', () => {
  const text = 'Headline\nO n December 22, 2024, Bamako hosted the summit.\n';
  const found = run(dropCap, text, en);
  assert.deepEqual(flagged(text, found), ['O n']);
  assert.equal(applyOne(text, found[0]), 'Headline\nOn December 22, 2024, Bamako hosted the summit.\n');
  assert.match(found[0]?.message ?? '', /“On”/);

  const fText = 'Titre\nL e 22 décembre 2025, Bamako a accueilli le sommet.';
  const fFound = run(dropCap, fText, { ...fr, locale: 'fr' });
  assert.deepEqual(flagged(fText, fFound), ['L e']);
  assert.equal(applyOne(fText, fFound[0]), 'Titre\nLe 22 décembre 2025, Bamako a accueilli le sommet.');
  assert.match(fFound[0]?.message ?? '', /lettrine/);
});

test('drop-cap: other common openings and the French elision', () => {
  for (const [text, joined] of [
    ['T he leaders met.', 'The'],
    ['I n Niamey, the ministers met.', 'In'],
    ['A fter the summit, they left.', 'After'],
    ['I t’s over.', 'It'],
  ] as const) {
    const found = run(dropCap, `Headline\n${text}`, en);
    assert.equal(found.length, 1, text);
    assert.match(applyOne(`Headline\n${text}`, found[0]), new RegExp(`\\n${joined}`));
  }
  const text = 'Titre\nL ’AES a tenu son sommet.';
  const found = run(dropCap, text, fr);
  assert.equal(applyOne(text, found[0]), 'Titre\nL’AES a tenu son sommet.');
  // Joined, a straight apostrophe becomes the elision's curly one, which typography.apostrophe would ask for next.
  const straight = "Titre\nL 'AES a tenu son sommet.";
  assert.equal(applyOne(straight, run(dropCap, straight, fr)[0]), 'Titre\nL’AES a tenu son sommet.');
  const au = 'Titre\nA u sommet de Bamako, les chefs d’État…';
  assert.equal(applyOne(au, run(dropCap, au, fr)[0]), 'Titre\nAu sommet de Bamako, les chefs d’État…');
});

test('drop-cap: any word the article writes whole elsewhere, after a letter that is no word by itself', () => {
  const text = 'Headline\nMohamed Bazoum was ousted in 2023.\nM ohamed Bazoum remains detained.\nH earts of Oak won; Hearts of Oak fans cheered.\n';
  assert.deepEqual(flagged(text, run(dropCap, text, en)), ['M ohamed', 'H earts']);
  // Not a word written elsewhere, or after a letter that is a word and before a fragment a word may start with: left alone.
  const other = 'Headline\nT cells fight infection.\nB vitamins matter; vitamins are sold everywhere.\nA broad coalition formed abroad.\n';
  assert.deepEqual(run(dropCap, other, en), []);
  // After a letter that is a word, a fragment no word starts with, joined into a word the article writes: a split word.
  const split = 'Headline\nI nflation in the eurozone fell; inflation had risen.\nA rrival was delayed, and the arrival hall closed.\n';
  assert.deepEqual(flagged(split, run(dropCap, split, en)), ['I nflation', 'A rrival']);
  // After an agency dateline, the story's first word.
  const dateline = 'Headline\nFRANKFURT (AP) — I nflation in the eurozone fell.\nBAMAKO, 3 mars (AFP) - T he talks went on; inflation rose.\n';
  assert.deepEqual(flagged(dateline, run(dropCap, dateline, en)), ['I nflation', 'T he']);
});

test('drop-cap: leaves real one-letter words and names alone', () => {
  const english = [
    'A new era begins in the Sahel.',
    'I think the summit matters.',
    'O Canada is an anthem.',
    'A gain of 5% was reported.',
    'A bout of fighting broke out.',
    'A n-gram model was used.',
    'I, for one, disagree.',
    'ON DECEMBER 22 the summit opened.',
    'The summit opened. O n the second day…',
  ];
  for (const p of english) assert.deepEqual(run(dropCap, `Headline\n${p}`, en), [], p);
  const french = ['À Paris, le sommet s’est ouvert.', 'Y a-t-il un accord ?', 'A près de 80 ans, il règne.', 'Ô temps, suspends ton vol.', 'A lors de la réunion…'];
  for (const p of french) assert.deepEqual(run(dropCap, `Titre\n${p}`, fr), [], p);
  // Only at the start of a paragraph, and only in a language it knows.
  assert.deepEqual(run(dropCap, 'Headline\nO n December 22.', { lang: 'de' }), []);
});

test('drop-cap: in Markdown, after heading and list markers, never in code', () => {
  const text = '# O n the summit\n\n- L e 22 décembre\n\n```\nO n code\n```\n\n`O n` inline\n';
  assert.deepEqual(flagged(text, run(dropCap, text, { lang: 'en', kind: 'markdown' })), ['O n']);
  assert.deepEqual(flagged(text, run(dropCap, text, { lang: 'fr', kind: 'markdown' })), ['O n', 'L e']); // "On" is French too
});

test('drop-cap: a capital that is no word by itself, then small letters, opening a paragraph, is a split word unless the two make a term', () => {
  const text = 'Headline\nS peaking in Bamako, the minister said.\nC olonel Doumbouya arrived.\nL ess than a week later, talks resumed.\nT cells fight infection.\nC major is a key.\n';
  assert.deepEqual(flagged(text, run(dropCap, text, en)), ['S peaking', 'C olonel', 'L ess']);
  const french = 'Titre\nA près la réunion, les chefs ont parlé.\nA près de 80 ans, il reste actif.\n';
  assert.deepEqual(flagged(french, run(dropCap, french, fr)), ['A près']);
  // A hyphenated word split the same way: "N otre-Dame".
  const hyphen = 'Headline\nN otre-Dame de Paris could welcome 15 million visitors.\n';
  assert.deepEqual(flagged(hyphen, run(dropCap, hyphen, en)), ['N otre']);
});

test('drop-cap: a letter that is a word counts beside a name the article writes whole inside a sentence ("A riane 6" beside "the Ariane 6 rocket"), never beside a word ("A bout" beside "About")', () => {
  const text = 'Headline\nA riane 6 was due to fly in 2020.\nThe launch of the Ariane 6 rocket slipped.\nO rano, 90% owned by the state, spoke.\nShares of Orano fell.\nA bout of fighting broke out.\nAbout 200 people fled.\n';
  assert.deepEqual(flagged(text, run(dropCap, text, en)), ['A riane', 'O rano']);
});

test('drop-cap: a letter that is a word counts beside a name written whole anywhere, even opening the headline, when the rest is no word the article writes ("O livia Chow")', () => {
  const text = 'Olivia Chow elected mayor of Toronto\nO livia Chow was elected mayor on Monday.\nA man voted twice.\nAman Gill said so.\n';
  assert.deepEqual(flagged(text, run(dropCap, text, en)), ['O livia']);
});
