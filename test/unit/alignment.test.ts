import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { alignParagraphs } from '../../server/src/engine/translation/alignment';

// Paragraph alignment where one version lacks a paragraph: lengths are shares
// of each version's whole, and the version that lacks one has every other
// share larger. Two articles of the fixtures, with what a translator's slip
// took out of them.

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pairs/${name}`, import.meta.url), 'utf8');

/** The pairs as "English paragraph index-French paragraph index", paragraphs counted as the article does. */
function aligned(en: string, fr: string): string[] {
  const a = parseArticle({ path: '/w/story.en.txt', text: en });
  const b = parseArticle({ path: '/w/story.fr.txt', text: fr });
  return alignParagraphs(a, b, undefined).map((p) => `${p.a.index}-${p.b.index}`);
}

test('a last paragraph left out of one version leaves the one before it paired with its own translation (yf02)', () => {
  const en = fixture('yf02/003_16272b424abe9068.txt');
  const fr = fixture('yf02/002_6da18c108fb563de.txt');
  assert.deepEqual(aligned(en, fr).slice(-2), ['5-5', '6-6']);
  const lastParagraph = /\n\n[^\n]+\n*$/u;
  assert.deepEqual(aligned(en, fr.replace(lastParagraph, '\n')).slice(-2), ['4-4', '5-5']);
});

test('a paragraph left out in the middle, and a year slipped in the next, leave that next one paired with its own (xr02)', () => {
  const en = fixture('xr02/002_466de486522c4f8d.txt');
  const fr = fixture('xr02/003_83faac572f564652.txt');
  const trump = /\n\nLe président Donald Trump a indiqué[^\n]+/u;
  assert.ok(trump.test(fr));
  assert.deepEqual(aligned(en, fr.replace(trump, '').replace('depuis 1995', 'depuis 1985')).slice(-2), ['7-6', '8-7']);
});
