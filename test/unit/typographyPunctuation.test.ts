import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apostrophe, createApostropheRule } from '../../server/src/engine/rules/typographyApostrophe';
import { createDashRule, dash } from '../../server/src/engine/rules/typographyDash';
import { doubleSpace } from '../../server/src/engine/rules/typographyDoubleSpace';
import { ellipsis } from '../../server/src/engine/rules/typographyEllipsis';
import { enSpaceBeforePunctuation } from '../../server/src/engine/rules/typographyEnSpaceBeforePunctuation';
import { numberRange } from '../../server/src/engine/rules/typographyNumberRange';
import { createQuotesRule, quotes } from '../../server/src/engine/rules/typographyQuotes';
import type { DocumentRule } from '../../server/src/engine/rules/rule';
import { applyPreferred, flagged, run, type RunOptions } from './styleFixtures';

const NB = '\u00A0';

function check(rule: DocumentRule, paragraph: string, options: RunOptions): { found: string[]; fixed: string } {
  const text = `Headline\n${paragraph}`;
  const findings = run(rule, text, options);
  return { found: flagged(text, findings), fixed: applyPreferred(text, findings).slice('Headline\n'.length) };
}

test('double-space: between words, in both languages', () => {
  const r = check(doubleSpace, 'The summit  opened.  Leaders   met.', { lang: 'en' });
  assert.deepEqual(r.found, ['  ', '  ', '   ']);
  assert.equal(r.fixed, 'The summit opened. Leaders met.');
  assert.equal(check(doubleSpace, 'Le sommet  s’est ouvert.', { lang: 'fr' }).fixed, 'Le sommet s’est ouvert.');
});

test('double-space: leaves indentation, hard breaks, masked code and punctuation spacing alone', () => {
  assert.deepEqual(check(doubleSpace, '    indented line', { lang: 'en' }).found, []);
  const md = 'Title\n\nFirst line  \nsecond line with `a  b` code.\n';
  assert.deepEqual(run(doubleSpace, md, { lang: 'en', kind: 'markdown' }), []);
  // These belong to the punctuation rules.
  assert.deepEqual(check(doubleSpace, 'Objectif  : agir. «  Oui  » dit-il.', { lang: 'fr' }).found, []);
  assert.deepEqual(check(doubleSpace, 'It ended  , then  - later.', { lang: 'en' }).found, []);
});

test('en-space-before-punctuation: removes the space in English only', () => {
  const r = check(enSpaceBeforePunctuation, 'The summit ended , and they left ! Why ? Note : done ; end .', { lang: 'en' });
  assert.deepEqual(r.found, [' ,', ' !', ' ?', ' :', ' ;', ' .']);
  assert.equal(r.fixed, 'The summit ended, and they left! Why? Note: done; end.');
  assert.match(run(enSpaceBeforePunctuation, 'Headline\nWhy ?', { lang: 'en' })[0]?.message ?? '', /No space before “\?”/);
  assert.deepEqual(run(enSpaceBeforePunctuation, 'Titre\nPourquoi ? Objectif : agir.', { lang: 'fr' }), []);
});

test('en-space-before-punctuation: leaves ellipses, dashes, ratios, smileys and file names alone', () => {
  for (const p of ['He paused . . . then spoke.', 'The AES - an alliance - met.', 'They won 3 : 1 in the final.', 'He smiled :) and left.', 'Open the .docx file.', 'He said (as usual) that…']) {
    assert.deepEqual(check(enSpaceBeforePunctuation, p, { lang: 'en' }).found, [], p);
  }
});

test('ellipsis: three dots become one character', () => {
  const r = check(ellipsis, 'And then... nothing. Et puis...', { lang: 'en' });
  assert.deepEqual(r.found, ['...', '...']);
  assert.equal(r.fixed, 'And then… nothing. Et puis…');
  assert.deepEqual(check(ellipsis, 'Four dots.... and 1...10 and … alone.', { lang: 'en' }).found, []);
  assert.deepEqual(run(ellipsis, 'Title\n\n`a...b` code\n', { lang: 'en', kind: 'markdown' }), []);
});

test('dash: a spaced hyphen becomes a dash per language', () => {
  assert.equal(check(dash, 'The AES - formed in 2023 - met again.', { lang: 'en' }).fixed, 'The AES—formed in 2023—met again.');
  assert.equal(check(dash, 'L’AES - créée en 2023 - s’est réunie.', { lang: 'fr' }).fixed, 'L’AES – créée en 2023 – s’est réunie.');
  assert.equal(check(createDashRule({ en: 'spaced-em' }), 'The AES - formed in 2023.', { lang: 'en' }).fixed, 'The AES — formed in 2023.');
  // An agency dateline keeps its own " - ".
  assert.deepEqual(check(dash, 'NIAMEY, 30 mai (AFP) - Les ministres se sont réunis.', { lang: 'fr' }).found, []);
  assert.deepEqual(check(dash, 'CHORZOW (Pologne), 25 août (AFP) - Le Suédois a battu le record.', { lang: 'fr' }).found, []);
  assert.deepEqual(check(dash, 'Stockholm, 10 oct. 2024 (AFP) - La romancière a reçu le prix.', { lang: 'fr' }).found, []);
  assert.deepEqual(check(dash, 'Jakarta, 25 octobre 2019 - Des défauts de conception ont été relevés.', { lang: 'fr' }).found, []);
  assert.deepEqual(check(dash, 'Marseille, jeudi 26 mars 2015 - Le copilote a agi seul.', { lang: 'fr' }).found, []);
  // A country's long name in the brackets (xv03).
  assert.deepEqual(check(dash, 'KOLWEZI (République démocratique du Congo), 20 mai 2025 (Wire) - Ivanhoe Mines a suspendu l’exploitation.', { lang: 'fr' }).found, []);
  // A place in small letters is a dateline only with a date and an agency: these are sentences.
  assert.deepEqual(check(dash, 'Stockholm, the capital - it said - voted.', { lang: 'en' }).found, [' - ', ' - ']);
  assert.deepEqual(check(dash, 'Sweden (AFP) - it said.', { lang: 'en' }).found, [' - ']);
  for (const p of ['Mali won 2 - 1.', 'A well-known fact.', '- a list item', 'The AES—already there.', 'Numbers 5 -3 and x- y.', 'NIAMEY (Reuters) - The juntas met.', 'ABIDJAN, Sept 8 (AFP) - Ivory Coast voted.', 'YELLOWKNIFE, Northwest Territories, Thursday, Aug. 17, 2023 (CP) - Residents fled.', 'Stockholm, Oct 10, 2024 (AFP) - Han Kang won.', 'Rio de Janeiro, Nov. 3 (Reuters) - Lula spoke.', 'N’DJAMENA, dimanche 24 décembre 2023 (AFP) - Les électeurs ont voté.', 'L’AQUILA, Italy, April 6 (Reuters) - The quake struck.']) {
    assert.deepEqual(check(dash, p, { lang: 'en' }).found, [], p);
  }
});

test('number-range: year ranges take an en dash; dates and identifiers are left alone', () => {
  const r = check(numberRange, 'The 1990-2000 conflict and the 2012-2022 decade.', { lang: 'en' });
  assert.deepEqual(r.found, ['1990-2000', '2012-2022']);
  assert.equal(r.fixed, 'The 1990–2000 conflict and the 2012–2022 decade.');
  for (const p of ['On 2024-12-22 the summit opened.', 'Décret 2020-1234.', 'Call 2025-2024.', 'ISO 9001-2015.', 'Ref 1990-2000-3.']) {
    assert.deepEqual(check(numberRange, p, { lang: 'en' }).found, [], p);
  }
  assert.equal(numberRange.defaultSeverity, 'hint');
  // French links two years with a hyphen.
  assert.deepEqual(check(numberRange, 'La guerre de 1914-1918 et la période 2017-2021.', { lang: 'fr' }).found, []);
});

test('quotes: French straight quotes become « » with no-break spaces', () => {
  const r = check(quotes, 'RFI parle d’un "scellement du destin" et d’un " pacte ".', { lang: 'fr' });
  assert.deepEqual(r.found, ['"scellement du destin"', '" pacte "']);
  assert.equal(r.fixed, `RFI parle d’un «${NB}scellement du destin${NB}» et d’un «${NB}pacte${NB}».`);
  // Inside « », straight quotes are inner quotes.
  assert.equal(check(quotes, `«${NB}Il a dit "non"${NB}», note RFI.`, { lang: 'fr' }).fixed, `«${NB}Il a dit “non”${NB}», note RFI.`);
  // Unpaired or unclear quotes (inches) are left alone; curly quotes too.
  for (const p of ['Un écran de 12" seulement.', 'Il a dit “non”.', 'a"b"c']) assert.deepEqual(check(quotes, p, { lang: 'fr' }).found, [], p);
});

test('quotes: English is left alone unless the house chooses', () => {
  assert.deepEqual(check(quotes, 'RFI called it a "sealing of destiny".', { lang: 'en' }).found, []);
  assert.equal(check(createQuotesRule({ en: 'curly' }), 'It was a "sealing of destiny".', { lang: 'en' }).fixed, 'It was a “sealing of destiny”.');
  assert.equal(check(createQuotesRule({ en: 'straight' }), 'It was a “sealing”.', { lang: 'en' }).fixed, 'It was a "sealing".');
});

test('apostrophe: French takes the curly apostrophe; English only when configured', () => {
  const r = check(apostrophe, "l'AES et aujourd'hui", { lang: 'fr' });
  assert.deepEqual(r.found, ["'", "'"]);
  assert.equal(r.fixed, 'l’AES et aujourd’hui');
  assert.equal(apostrophe.defaultSeverity, 'hint');
  assert.deepEqual(check(apostrophe, "Traoré's absence, 'quoted'", { lang: 'en' }).found, []);
  assert.equal(check(createApostropheRule({ styles: { en: 'curly' } }), "Traoré's absence", { lang: 'en' }).fixed, 'Traoré’s absence');
  assert.equal(check(createApostropheRule({ styles: { en: 'straight' } }), 'Traoré’s absence', { lang: 'en' }).fixed, "Traoré's absence");
  assert.deepEqual(check(apostrophe, "'mot' isolé", { lang: 'fr' }).found, []);
});
