import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_STYLE_NAMES, builtinStyleGuide } from '../../server/src/engine/style/builtinStyles';
import { regexRisk } from '../../server/src/engine/style/regexSafety';
import { compileStyleGuide, compileStyleRule } from '../../server/src/engine/style/styleGuide';
import type { StyleRule } from '../../server/src/engine/style/styleGuideTypes';
import { applyPreferred, flagged, run } from './styleFixtures';

const all = BUILTIN_STYLE_NAMES.flatMap((n) => builtinStyleGuide(n).rules.map((rule) => ({ guide: n, rule })));

function rule(id: string): StyleRule {
  const found = all.find((r) => r.rule.id === id)?.rule;
  assert.ok(found, id);
  return found;
}

function check(id: string, paragraph: string): { found: string[]; fixed: string } {
  const r = rule(id);
  const lang = r.languages?.[0] ?? 'en';
  const text = `Headline\n${paragraph}`;
  const findings = run(compileStyleRule('builtin', r), text, { lang });
  return { found: flagged(text, findings), fixed: applyPreferred(text, findings).slice('Headline\n'.length) };
}

test('built-ins: ids are unique, patterns are safe and compile, every rule has examples', () => {
  const ids = all.map((r) => r.rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const { rule: r } of all) {
    assert.ok(r.languages && r.languages.length === 1, r.id);
    assert.ok(r.examples?.bad && r.examples.good, r.id);
    const patterns = r.kind === 'pattern' ? [r.pattern] : r.kind === 'substitution' && r.regex ? r.swap.map((s) => s.from) : [];
    for (const p of patterns) {
      assert.equal(regexRisk(p), undefined, `${r.id}: ${p}`);
      assert.doesNotThrow(() => new RegExp(p, 'u'), r.id);
    }
  }
});

test('built-ins: each example: the bad one is flagged, the good one is not', () => {
  for (const { rule: r } of all) {
    assert.ok(check(r.id, r.examples?.bad ?? '').found.length > 0, `${r.id} should flag: ${r.examples?.bad}`);
    assert.deepEqual(check(r.id, r.examples?.good ?? '').found, [], `${r.id} should leave alone: ${r.examples?.good}`);
  }
});

test('built-ins: the seeds and the sample articles raise nothing', () => {
  const rules = BUILTIN_STYLE_NAMES.flatMap((n) => compileStyleGuide(builtinStyleGuide(n)));
  for (const [path, lang] of [
    ['../../examples/sahel-summit/000_7b97fe734857067e.txt', 'en'],
    ['../../examples/sahel-summit/001_6c847b0968dc0a27.txt', 'fr'],
    ['../../examples/sahel-summit/sahel-summit.en.md', 'en'],
    ['../../examples/sahel-summit/sahel-summit.fr.md', 'fr'],
  ] as const) {
    const text = readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
    assert.deepEqual(run(rules, text, { lang, kind: path.endsWith('.md') ? 'markdown' : 'plaintext' }), [], path);
  }
});

test('en-repeated-word', () => {
  assert.equal(check('en-repeated-word', 'The the summit met in in Bamako.').fixed, 'The summit met in Bamako.');
  assert.equal(check('en-repeated-word', 'Nutrition is is a growing concern.').fixed, 'Nutrition is a growing concern.');
  // "held in" is a place, not a particle (uw05).
  assert.equal(check('en-repeated-word', 'Works held in in French collections.').fixed, 'Works held in French collections.');
  for (const ok of ['What it is is a warning.', 'The problem is is that nobody came.', 'He said that that was wrong.', 'They had had enough.', 'Walla Walla and Bora Bora.', 'bye bye', 'the theme', 'a-a test', 'Run `x` run', 'How Theresa May may have lost.', 'She was the first First Lady to testify.', 'Tiani was sworn in in March.']) {
    assert.deepEqual(check('en-repeated-word', ok).found, [], ok);
  }
});

test('en-common-slips', () => {
  const r = check('en-common-slips', 'Alot of people, irregardless, gave free reign; they wrecked havoc for all intensive purposes, a sneak peak.');
  assert.equal(r.fixed, 'A lot of people, regardless, gave free rein; they wreaked havoc for all intents and purposes, a sneak peek.');
  for (const ok of ['A lot of peaks.', 'The reign of the king was free.', 'The mountain peak was a sneak attack.', 'He towed the car along the line.']) {
    assert.deepEqual(check('en-common-slips', ok).found, [], ok);
  }
});

test('en-could-of', () => {
  const r = check('en-could-of', 'They could of won. We should of known. It wouldn’t of mattered. Could of been.');
  assert.equal(r.fixed, 'They could have won. We should have known. It wouldn’t have mattered. Could have been.');
  for (const ok of ['They could of course win.', 'It would of necessity fail.', 'The might of the army.', 'The must of wine.', 'They could, of course, win.', 'I brought what I could of my savings.', 'They saved what they could of last season’s crop.']) {
    assert.deepEqual(check('en-could-of', ok).found, [], ok);
  }
});

test('en-repeated-word: a verb\'s "for" then a span of time\'s is good English (wt06)', () => {
  assert.deepEqual(check('en-repeated-word', 'It is the night we have been waiting for for more than 30 years, what they asked for for decades.').found, []);
  assert.deepEqual(check('en-repeated-word', 'Thanks for for coming; a plan for for the region.').found, ['for for', 'for for']);
});

test('en-then-than', () => {
  const r = check('en-then-than', 'Prices rose more then 6 percent, to less then $10; fewer then a dozen bids, older then twenty, rather then 3.');
  assert.equal(r.fixed, 'Prices rose more than 6 percent, to less than $10; fewer than a dozen bids, older than twenty, rather than 3.');
  // A unit of time or distance after "a" or "an" is a figure too (xq07).
  assert.equal(check('en-then-than', 'He finished more then a minute off the pace, less then an hour later.').fixed, 'He finished more than a minute off the pace, less than an hour later.');
  for (const ok of ['He ate more, then left.', 'He ate more then left.', 'He waited longer, then a minute later left.', 'They hugged each other then parted.', 'More then followed.', 'It got better then worse.', 'It rose more than 6 percent.', 'They waited longer then-president Obama said.']) {
    assert.deepEqual(check('en-then-than', ok).found, [], ok);
  }
});

test('en-supposably and en-comprised-of are hints without a fix', () => {
  assert.equal(rule('en-supposably').severity, 'hint');
  assert.deepEqual(check('en-supposably', 'He was supposably ill.').found, ['supposably']);
  assert.deepEqual(check('en-supposably', 'He was supposedly ill; suppose so.').found, []);
  assert.deepEqual(check('en-comprised-of', 'It is comprised of three states.').found, ['is comprised of']);
  assert.deepEqual(check('en-comprised-of', 'It comprises three states; comprised mostly of sand.').found, []);
});

test('fr-repeated-word', () => {
  assert.equal(check('fr-repeated-word', 'Le le sommet de de Bamako.').fixed, 'Le sommet de Bamako.');
  // « en en » is the pronoun and the gerund's « en » only before a gerund (vh02).
  assert.equal(check('fr-repeated-word', 'Des milliards de dollars en en Chine.').fixed, 'Des milliards de dollars en Chine.');
  for (const ok of ['Nous nous sommes réunis.', 'Vous vous trompez.', 'Si si, il est venu.', 'Elle, elle est partie.', 'Bora Bora.', 'C’est en en discutant que la mairie a changé d’avis.', 'Michel Barnier devient le premier Premier ministre censuré.']) {
    assert.deepEqual(check('fr-repeated-word', ok).found, [], ok);
  }
});

test('fr-pallier-a', () => {
  const r = check('fr-pallier-a', 'Pour pallier à la crise et pallier au manque, ils ont pallié aux retards.');
  assert.equal(r.fixed, 'Pour pallier la crise et pallier le manque, ils ont pallié les retards.');
  for (const ok of ['Pour pallier la crise.', 'Des soins palliatifs à domicile.', 'Il faut pallier à temps les manques.', 'Pallier à court terme le déficit.', 'Le portail ne peut pallier à lui seul le manque de débats.']) {
    assert.deepEqual(check('fr-pallier-a', ok).found, [], ok);
  }
});

test('fr-malgre-que', () => {
  assert.equal(check('fr-malgre-que', 'Malgré que la réunion ait eu lieu, malgré qu’elle soit finie.').fixed, 'Bien que la réunion ait eu lieu, bien qu’elle soit finie.');
  for (const ok of ['Malgré la réunion.', 'Malgré qu’il en ait, il signe.', 'malgré quelques retards']) {
    assert.deepEqual(check('fr-malgre-que', ok).found, [], ok);
  }
});

test('fr-au-jour-d-aujourd-hui and fr-voire-meme', () => {
  assert.equal(check('fr-au-jour-d-aujourd-hui', 'Au jour d’aujourd’hui, rien.').fixed, 'Aujourd’hui, rien.');
  assert.equal(check('fr-au-jour-d-aujourd-hui', "au jour d'aujourd'hui").fixed, "aujourd'hui");
  assert.deepEqual(check('fr-au-jour-d-aujourd-hui', 'Aujourd’hui, au jour dit.').found, []);
  assert.equal(check('fr-voire-meme', 'difficile, voire même impossible').fixed, 'difficile, voire impossible');
  assert.deepEqual(check('fr-voire-meme', 'voire impossible, même ici').found, []);
});

test('fr hints: se rappeler de, solutionner, par contre', () => {
  assert.deepEqual(check('fr-se-rappeler-de', 'Il se rappelle de la réunion et se rappelait des faits.').found, ['se rappelle de la', 'se rappelait des']);
  for (const ok of ['Il se rappelle la réunion.', 'Il se rappelle d’avoir signé.', 'Paris a rappelé de Bamako son ambassadeur.', 'Je vous rappelle demain.']) {
    assert.deepEqual(check('fr-se-rappeler-de', ok).found, [], ok);
  }
  assert.deepEqual(check('fr-solutionner', 'Ils veulent solutionner la crise.').found, ['solutionner']);
  assert.deepEqual(check('fr-solutionner', 'La solution est trouvée.').found, []);
  assert.deepEqual(check('fr-par-contre', 'Par contre, le Niger refuse.').found, ['Par contre']);
  assert.deepEqual(check('fr-par-contre', 'Ils ont voté contre, par ailleurs.').found, []);
  for (const id of ['fr-se-rappeler-de', 'fr-solutionner', 'fr-par-contre']) assert.equal(rule(id).severity, 'hint', id);
});

test('quotations: a word quoted on its own is mentioned, not used; a speaker’s words are left to the speaker by usage rules only', () => {
  // Mentioned: the op-ed on the word, the list of pleonasms.
  assert.deepEqual(check('en-common-slips', 'The letter concerned a single word: “irregardless”. Irregardless of that, we ran it.').found, ['Irregardless']);
  assert.deepEqual(check('fr-voire-meme', 'Je barrais «\u00A0monter en haut\u00A0», «\u00A0voire même\u00A0». Il viendra, voire même plus tôt.').found, ['voire même']);
  // Quoted speech: the minister said it; the paper did not.
  assert.deepEqual(check('fr-au-jour-d-aujourd-hui', '«\u00A0Au jour d’aujourd’hui, vous n’avez plus de secrétaires\u00A0», raillait-il.').found, []);
  // "could of" is heard as "could've": in a quotation too, the slip is the writer's.
  assert.deepEqual(check('en-could-of', '“We could of won,” he said, but they could of tried harder.').found, ['could of', 'could of']);
  // « pallier à la fois » is an adverb after the verb, not « pallier à ».
  assert.deepEqual(check('fr-pallier-a', 'Il faut pallier à la fois la lenteur et le coût, et pallier à la crise.').found, ['pallier à']);
  // A house rule checks quotations unless it says "quotations: skip"; a word quoted alone is still a mention.
  const house: StyleRule = { id: 'house-jihadi', kind: 'substitution', swap: [{ from: 'jihadi', to: 'jihadist' }] };
  const text = 'Headline\n“The jihadi fighters left,” he said. The word “jihadi” is banned.';
  assert.deepEqual(flagged(text, run(compileStyleRule('house', house), text, { lang: 'en' })), ['jihadi']);
  assert.deepEqual(flagged(text, run(compileStyleRule('house', { ...house, quotations: 'skip' }), text, { lang: 'en' })), []);
});
