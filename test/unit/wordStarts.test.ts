import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { wordStartSearch } from '../../server/src/engine/wordStarts';

fc.configureGlobal({ seed: Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 20261122) });

const WORDS = ['Président', 'premier ministre', 'Général', 'évêque', 'PDG', 'x'];
/** Loose spellings, as personTitles writes them: any case of each letter, e for é. */
const PATTERN = /(?:[pP][rR][eéEÉ][sS][iI][dD][eéEÉ][nN][tT]|[pP][rR][eE][mM][iI][eE][rR][ \u00A0-]+[mM][iI][nN][iI][sS][tT][rR][eE]|[gG][eéEÉ][nN][eéEÉ][rR][aA][lL]|[éÉeE][vV][êÊeE][qQ][uU][eE]|PDG|x)(?![\p{L}\p{M}])/u;

/** What a global search gives, keeping only matches at a word's start (the callers drop the others). */
function plain(text: string, from: number): Array<[number, string]> {
  const re = new RegExp(PATTERN.source, 'gu');
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    if (m.index > 0 && /[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
    out.push([m.index, m[0]]);
  }
  return out;
}

function fast(text: string, from: number): Array<[number, string]> {
  const search = wordStartSearch(PATTERN, WORDS);
  const out: Array<[number, string]> = [];
  for (let m = search.exec(text, from); m !== null; m = search.exec(text, m.index + 1)) out.push([m.index, m[0]]);
  return out;
}

test('finds the words at word starts, in any case and with or without accents', () => {
  const text = 'Le président Faye, le PRÉSIDENT, le Premier  ministre, l’évêque, le General, 2x et x.';
  assert.deepEqual(fast(text, 0), plain(text, 0));
  assert.deepEqual(fast(text, 0).map(([, w]) => w), ['président', 'PRÉSIDENT', 'Premier  ministre', 'évêque', 'General', 'x', 'x']);
});

test('never inside a word, after a combining mark, or from the middle of one', () => {
  // « vice-président » starts a word after the hyphen; « eprésident » and « e\u0301président » (an e and a combining acute) do not.
  const text = 'vice-président eprésident e\u0301président 😀président présidents';
  assert.deepEqual(fast(text, 0), [[5, 'président'], [text.indexOf('😀') + 2, 'président']]);
  assert.deepEqual(fast(text, 0), plain(text, 0));
  // Starting inside a word, as a caller resuming at a name does: no word starts there.
  assert.deepEqual(fast('président', 1), []);
});

test('gives what the plain search gives, on any text', () => {
  const pieces = fc.constantFrom('président', 'Président', 'PRESIDENT', 'présidente', 'premier ministre', 'premier-ministre', 'évêque', 'Evêque', 'PDG', 'pdg', 'x', 'xy', ' ', '\u00a0', '-', "'", '.', 'é', 'e\u0301', '😀', 'a', '1', '\r\n', 'Général');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(40), (parts, from) => {
      const text = parts.join('');
      const start = Math.min(from, text.length);
      assert.deepEqual(fast(text, start), plain(text, start));
    }),
    { numRuns: 2000 },
  );
});
