import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateImpossible } from '../../server/src/engine/rules/dateImpossible';
import { flagged, run } from './styleFixtures';

// date.impossible: a day its month does not have, where the words read as a date.

test('a day its month does not have is flagged, in English and French, with and without a year', () => {
  const en = 'Headline\nThe vote is set for February 31, 2025. Talks open for April 31 and end Feb. 29, 2025; the 2024 leap day, Feb. 29, 2024, was quiet.\n';
  const found = run(dateImpossible, en, { lang: 'en' });
  assert.deepEqual(flagged(en, found), ['February 31, 2025', 'April 31', 'Feb. 29, 2025']);
  assert.equal(found[0]?.message, 'There is no February 31: check the day.');
  assert.equal(found[2]?.message, 'There is no February 29 in 2025: check the day.');
  const fr = 'Titre\nLe vote aura lieu le 31 février 2025, puis le 31 avril. Le 29 février 2024 était un jeudi.\n';
  const frFound = run(dateImpossible, fr, { lang: 'fr', locale: 'fr' });
  assert.deepEqual(flagged(fr, frFound), ['31 février 2025', '31 avril']);
  assert.equal(frFound[0]?.message, 'Il n’y a pas de 31 février\u00a0: vérifiez le jour.');
});

test('counts after a month, real dates and dates with their day in range are left alone', () => {
  const en = 'Headline\nIn February 31 people died. In April 30 more were hurt. The 30th of June, on June 30, 2025, and on Dec. 31 all went well. May 35 be enough?\n';
  assert.deepEqual(run(dateImpossible, en, { lang: 'en' }), []);
  const fr = 'Titre\nEn février, 31 personnes sont mortes. Le 30 avril et le 31 décembre 2025 se sont bien passés, comme les 45 mars de la chanson.\n';
  assert.deepEqual(run(dateImpossible, fr, { lang: 'fr' }), []);
});
