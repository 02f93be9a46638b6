import assert from 'node:assert/strict';
import test from 'node:test';
import { withFrenchArticle } from '../../server/src/engine/translation/frenchElision';

/** `prose` with `word` replaced by `newText` through withFrenchArticle. */
function rewrite(prose: string, word: string, newText: string): string {
  const start = prose.indexOf(word);
  const e = withFrenchArticle(prose, start, start + word.length, newText);
  return prose.slice(0, e.start) + e.newText + prose.slice(e.end);
}

test('an elided article takes its vowel back before a consonant, and loses it before a vowel', () => {
  assert.equal(rewrite('Selon l’amiral Jean-Louis Georgelin, tout va bien.', 'amiral', 'général'), 'Selon le général Jean-Louis Georgelin, tout va bien.');
  assert.equal(rewrite('L’amiral Georgelin a parlé.', 'amiral', 'général'), 'Le général Georgelin a parlé.');
  assert.equal(rewrite('Selon le général Georgelin.', 'général', 'amiral'), 'Selon l’amiral Georgelin.');
  assert.equal(rewrite("Selon le général Georgelin, l'armée.", 'général', 'amiral'), "Selon l'amiral Georgelin, l'armée.");
  assert.equal(rewrite('Les propos du général Georgelin.', 'général', 'amiral'), 'Les propos de l’amiral Georgelin.');
  assert.equal(rewrite('Les propos de l’amiral Georgelin.', 'amiral', 'général'), 'Les propos du général Georgelin.');
  assert.equal(rewrite('Il a écrit à l’amiral Georgelin.', 'amiral', 'général'), 'Il a écrit au général Georgelin.');
  assert.equal(rewrite('Promu au grade de général.', 'général', 'amiral'), 'Promu au grade d’amiral.');
  assert.equal(rewrite('Promu au grade d’amiral.', 'amiral', 'général'), 'Promu au grade de général.');
  // A feminine title takes « la ».
  assert.equal(rewrite('Selon l’ambassadrice Marie Dupont.', 'ambassadrice', 'présidente'), 'Selon la présidente Marie Dupont.');
});

test('nothing changes where the first letters agree, where no article stands before, or before an h', () => {
  assert.equal(rewrite('Selon le général Georgelin.', 'général', 'colonel'), 'Selon le colonel Georgelin.');
  assert.equal(rewrite('Selon l’amiral Georgelin.', 'amiral', 'ambassadeur'), 'Selon l’ambassadeur Georgelin.');
  assert.equal(rewrite('Selon le ministre Georgelin.', 'ministre', 'haut-commissaire'), 'Selon le haut-commissaire Georgelin.');
  assert.equal(rewrite('Jean-Louis Georgelin, général, a parlé.', 'général', 'amiral'), 'Jean-Louis Georgelin, amiral, a parlé.');
  assert.equal(rewrite('Il dit que l’amiral Georgelin.', 'amiral', 'général'), 'Il dit que le général Georgelin.');
});
