import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frNbsp } from '../../server/src/engine/rules/typographyFrNbsp';
import { applyPreferred, flagged, run } from './styleFixtures';

const fr = { lang: 'fr', locale: 'fr' } as const;
const NB = '\u00A0';
const NNB = '\u202F';

function check(paragraph: string): { found: string[]; fixed: string } {
  const text = `Titre\n${paragraph}`;
  const findings = run(frNbsp, text, fr);
  return { found: flagged(text, findings), fixed: applyPreferred(text, findings).slice('Titre\n'.length) };
}

test('fr-nbsp: the seed sentences: ordinary spaces before ":" and inside « »', () => {
  const r = check('Objectif : consolider la coopération. RFI parle d’un « scellement du destin » sécuritaire.');
  assert.deepEqual(r.found, [' :', '« ', ' »']);
  assert.equal(r.fixed, `Objectif${NB}: consolider la coopération. RFI parle d’un «${NB}scellement du destin${NB}» sécuritaire.`);
  // The headline follows the same rule.
  const headline = 'Sommet de Bamako : l’AES scelle son destin';
  const text = `${headline}\nLe sommet s’est ouvert.`;
  assert.deepEqual(flagged(text, run(frNbsp, text, fr)), [' :']);
});

test('fr-nbsp: narrow space before ; ! ? and missing spaces inserted', () => {
  const r = check('Pourquoi ? Parce que ; enfin ! Quoi?! Vraiment!!! Objectif: agir. «Oui», dit-il.');
  assert.deepEqual(r.found, [' ?', ' ;', ' !', '?', '!', ':', '«', '»']);
  assert.equal(r.fixed, `Pourquoi${NNB}? Parce que${NNB}; enfin${NNB}! Quoi${NNB}?! Vraiment${NNB}!!! Objectif${NB}: agir. «${NB}Oui${NB}», dit-il.`);
  // A French quote still takes its spaces.
  assert.deepEqual(check('Il a demandé «\u00a0Pourquoi?\u00a0» au ministre.').found, ['?']);
  assert.match(run(frNbsp, 'Titre\nQuoi ?', fr)[0]?.message ?? '', /espace fine insécable/);
  assert.match(run(frNbsp, 'Titre\nQuoi ?', { lang: 'fr', locale: 'en' })[0]?.message ?? '', /narrow no-break space/);
});

test('fr-nbsp: the % of a figure takes a narrow no-break space; a URL\u2019s or a format\u2019s % does not', () => {
  const r = check(`Le taux atteint 19,4%, contre 18 % l’an dernier et 17${NB}% en 2023, soit 3${NNB}% de plus.`);
  assert.deepEqual(r.found, ['%', ' %']);
  assert.equal(r.fixed, `Le taux atteint 19,4${NNB}%, contre 18${NNB}% l’an dernier et 17${NB}% en 2023, soit 3${NNB}% de plus.`);
  assert.deepEqual(check('Voir https://exemple.fr/a%20b et le format %d, puis 100 % des cas.').found, [' %']);
});

test('fr-nbsp: accepts either no-break space wherever one is expected', () => {
  for (const p of [
    `Objectif${NB}: agir${NB}; puis${NB}? oui${NB}!`,
    `Objectif${NNB}: agir${NNB}; puis${NNB}? oui${NNB}! «${NNB}mot${NNB}»`,
    `«${NB}scellement du destin${NB}»`,
  ]) {
    assert.deepEqual(check(p).found, [], p);
  }
});

test('fr-nbsp: leaves times, ratios, URLs, list colons and other languages alone', () => {
  for (const p of [
    'La réunion commence à 14:30 précises.',
    'Un ratio de 3:1 en faveur du Mali.',
    'Voir http://example.org/page pour les détails.',
    'Le code est a:b dans le fichier.',
    'Il sourit :) puis part.',
    'Un signe &amp; un autre.',
    // An English title keeps its own punctuation.
    'Oasis a vendu l’album «\u00a0(What’s the Story) Morning Glory?\u00a0» à 22 millions d’exemplaires.',
  ]) {
    assert.deepEqual(check(p).found, [], p);
  }
  assert.deepEqual(run(frNbsp, 'Title\nObjective : consolidate « this »', { lang: 'en' }), []);
  // A colon starting a line is a list or a definition, not a sentence.
  assert.deepEqual(flagged('Titre\n: définition\n', run(frNbsp, 'Titre\n: définition\n', fr)), []);
});

test('fr-nbsp: Markdown: code and link targets are never touched', () => {
  const text = 'Titre\n\nVoir `a : b` et [le lien](http://x.org/a:b) : la suite.\n';
  const found = run(frNbsp, text, { lang: 'fr', kind: 'markdown' });
  assert.deepEqual(flagged(text, found), [' :']);
  assert.equal(found[0]?.start, text.indexOf(') :') + 1);
});

test('fr-nbsp: a second pass finds nothing', () => {
  const text = 'Titre : test\nObjectif  : agir ; vite ! « Oui » et «non». Quoi ?!\n';
  const once = applyPreferred(text, run(frNbsp, text, fr));
  assert.deepEqual(run(frNbsp, once, fr), []);
});

test('fr-nbsp: a fix inserts the no-break space the article already types there (narrow inside « » here), else the usual one', () => {
  const text = `Il a dit «${NNB}oui${NNB}» puis « non${NNB}» et : rien.\n`;
  assert.equal(applyPreferred(text, run(frNbsp, text, fr)), `Il a dit «${NNB}oui${NNB}» puis «${NNB}non${NNB}» et${NB}: rien.\n`);
  // A story that types the plain no-break space before "!" and "%", or never types a narrow one, gets it before "?" too (zd02, zj05).
  const plain = `Il a crié${NB}! Le taux est de 10${NB}%, et 20 % ensuite. Pourquoi ?\n`;
  assert.equal(applyPreferred(plain, run(frNbsp, plain, fr)), `Il a crié${NB}! Le taux est de 10${NB}%, et 20${NB}% ensuite. Pourquoi${NB}?\n`);
  const only = `Objectif${NB}: agir. Vraiment ?\n`;
  assert.equal(applyPreferred(only, run(frNbsp, only, fr)), `Objectif${NB}: agir. Vraiment${NB}?\n`);
});

test('fr-nbsp: a foreign title named mid-sentence keeps its own punctuation (« entonnait Rule, Britannia! et… », zu07)', () => {
  assert.deepEqual(check('Un chœur entonnait Rule, Britannia! et Land of Hope and Glory sous l’averse.').found, []);
  // A French word, or a sentence that ends there, still takes the space.
  assert.deepEqual(check('Quelle surprise! dit-il. Bravo Pierre! a-t-il lancé. Ils ont chanté Britannia! Puis rien.').found, ['!', '!', '!']);
});

test('fr-nbsp: a Spanish exclamation or question, opened with ¡ or ¿, keeps Spanish punctuation', () => {
  assert.deepEqual(check('Les supporters ont chanté «\u00a0¡Hala Madrid!\u00a0» puis «\u00a0¿Quién sabe?\u00a0» sous la pluie.').found, []);
  // The French sentence after it still takes its space.
  assert.deepEqual(check('Ils ont crié ¡Hala Madrid! Et après? Rien.').found, ['?']);
});

test('fr-nbsp: a colon or a semicolon right after « » takes its space too (« 1-3-7 »:, ed05)', () => {
  const r = check(`La stratégie «${NB}1-3-7${NB}»: détecter. Il a dit «${NB}oui${NB}»; puis non.`);
  assert.deepEqual(r.found, [':', ';']);
  assert.equal(r.fixed, `La stratégie «${NB}1-3-7${NB}»${NB}: détecter. Il a dit «${NB}oui${NB}»${NB}; puis non.`);
});
