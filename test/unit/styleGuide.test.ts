import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regexRisk } from '../../server/src/engine/style/regexSafety';
import { compileStyleGuide, loadStyleGuide, type StyleGuide } from '../../server/src/engine/style/styleGuide';
import { parseArticle } from '../../server/src/engine/article';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import { applyPreferred, flagged, run, type RunOptions } from './styleFixtures';

function load(yaml: string): ReturnType<typeof loadStyleGuide> {
  return loadStyleGuide('house.yaml', yaml);
}

function check(guide: StyleGuide, paragraph: string, options: RunOptions): { found: string[]; fixed: string; messages: string[] } {
  const text = `Headline\n${paragraph}`;
  const findings = run(compileStyleGuide(guide), text, options);
  return { found: flagged(text, findings), fixed: applyPreferred(text, findings).slice('Headline\n'.length), messages: findings.map((f) => f.message) };
}

/** The text each problem points at. */
function pointed(yaml: string, problems: ReturnType<typeof loadStyleGuide>['problems']): string[] {
  return problems.map((p) => yaml.slice(p.start, p.end));
}

test('the example house style loads without problems and leaves the seeds alone', () => {
  const path = fileURLToPath(new URL('../../examples/sahel-summit/house-style.yaml', import.meta.url));
  const yaml = readFileSync(path, 'utf8');
  const { guide, problems } = loadStyleGuide(path, yaml);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    guide.rules.map((r) => r.id),
    ['percent', 'jihadi', 'cedeao', 'tiani-spelling', 'headlines', 'more-than'],
  );
  const rules = compileStyleGuide(guide);
  assert.deepEqual(
    rules.map((r) => r.id),
    ['style.percent', 'style.jihadi', 'style.cedeao', 'style.tiani-spelling', 'style.headlines', 'style.more-than'],
  );
  for (const [name, lang] of [
    ['sahel-summit.en.md', 'en'],
    ['sahel-summit.fr.md', 'fr'],
  ] as const) {
    const text = readFileSync(fileURLToPath(new URL(`../../examples/sahel-summit/${name}`, import.meta.url)), 'utf8');
    assert.deepEqual(run(rules, text, { lang, kind: 'markdown' }), [], name);
  }
});

test('substitution: one matcher for all swaps, whole words, case kept in the fix', () => {
  const { guide } = load('rules:\n  - { id: percent, kind: substitution, swap: { percent: per cent, e-mail: email, "per cent of": "per cent of" } }\n');
  const r = check(guide, 'Percent of voters, 5 percent, PERCENT, e-mail and E-mail; percentage and 10percent stay.', { lang: 'en' });
  assert.deepEqual(r.found, ['Percent', 'percent', 'PERCENT', 'e-mail', 'E-mail']);
  assert.equal(r.fixed, 'Per cent of voters, 5 per cent, PER CENT, email and Email; percentage and 10percent stay.');
  assert.equal(r.messages[0], 'Use “Per cent” rather than “Percent”.');
  assert.equal(check(guide, 'Un percent.', { lang: 'fr', locale: 'fr' }).messages[0], 'Écrire «\u00A0per cent\u00A0» plutôt que «\u00A0percent\u00A0».');
});

test('substitution: phrases span line wraps and either apostrophe; accents are letters', () => {
  const { guide } = load("rules:\n  - id: auj\n    kind: substitution\n    swap: { \"au jour d'aujourd'hui\": aujourd’hui, élu: élue }\n");
  const r = check(guide, 'Au jour d’aujourd’hui, une élue; délu, Élu.', { lang: 'fr' });
  assert.deepEqual(r.found, ['Au jour d’aujourd’hui', 'Élu']);
  assert.equal(r.fixed, 'Aujourd’hui, une élue; délu, Élue.');
  const wrapped = check(guide, "au jour\nd'aujourd'hui", { lang: 'fr', kind: 'markdown' });
  assert.deepEqual(wrapped.found, ["au jour\nd'aujourd'hui"]);
});

test('substitution: languages, custom messages with placeholders and per-locale text', () => {
  const { guide, problems } = load(`rules:
  - id: cedeao
    kind: substitution
    languages: [fr]
    ignoreCase: false
    swap: { CEDEAO: Cédéao }
    message: { en: 'Write "{expected}" (not "{actual}").', fr: 'Écrire {expected}.' }
    hint: { en: 'House style.', fr: 'Style maison.' }
`);
  assert.deepEqual(problems, []);
  assert.deepEqual(check(guide, 'La CEDEAO et la Cedeao.', { lang: 'fr' }).messages, ['Write "Cédéao" (not "CEDEAO"). House style.']);
  assert.deepEqual(check(guide, 'La CEDEAO.', { lang: 'fr', locale: 'fr' }).messages, ['Écrire Cédéao. Style maison.']);
  assert.deepEqual(check(guide, 'The CEDEAO.', { lang: 'en' }).found, []);
});

test('substitution with regex: groups in the replacement', () => {
  const { guide, problems } = load("rules:\n  - { id: ok, kind: substitution, regex: true, swap: { 'ok(ay)?': OK, '(\\d+) ?pc': '$1 per cent' } }\n");
  assert.deepEqual(problems, []);
  const r = check(guide, 'Okay, 5pc and 7 pc; okra stays.', { lang: 'en' });
  assert.deepEqual(r.found, ['Okay', '5pc', '7 pc']);
  assert.equal(r.fixed, 'OK, 5 per cent and 7 per cent; okra stays.');
});

test('existence: flags, with the hint, and offers no fix', () => {
  const { guide } = load("rules:\n  - { id: jihadi, kind: existence, tokens: [jihadi, jihadis], hint: 'Say \"jihadist\".' }\n");
  const text = 'Headline\nThe jihadis attacked; jihadist groups; Jihadi fighters.';
  const found = run(compileStyleGuide(guide), text, { lang: 'en' });
  assert.deepEqual(flagged(text, found), ['jihadis', 'Jihadi']);
  assert.equal(found[0]?.message, 'Avoid “jihadis”. Say "jihadist".');
  assert.deepEqual(found[0]?.fixes, []);
  assert.equal(found[0]?.rule, 'style.jihadi');
});

test('consistency: the most used spelling wins; one spelling alone is fine', () => {
  const { guide } = load('rules:\n  - { id: tiani, kind: consistency, either: [Tiani, Tchiani] }\n');
  assert.deepEqual(check(guide, 'Tiani met Goïta. Tiani left.', { lang: 'en' }).found, []);
  assert.deepEqual(check(guide, 'Tchiani met Goïta.', { lang: 'en' }).found, []);
  const text = 'Headline\nTiani met Goïta. Tchiani left. Tiani spoke.';
  const found = run(compileStyleGuide(guide), text, { lang: 'en' });
  assert.deepEqual(flagged(text, found), ['Tchiani']);
  assert.equal(applyPreferred(text, found), 'Headline\nTiani met Goïta. Tiani left. Tiani spoke.');
  assert.equal(found[0]?.related[0]?.start, text.indexOf('Tiani'));
});

test('repetition: doubled words, but not grammar or names; masked code in between does not count', () => {
  const { guide } = load('rules:\n  - { id: repeated-word, kind: repetition, exceptions: [bla] }\n');
  const r = check(guide, 'The the summit opened in in Bamako. He said that that was wrong. Bora Bora, bla bla.', { lang: 'en' });
  assert.deepEqual(r.found, ['The the', 'in in']);
  assert.equal(r.fixed, 'The summit opened in Bamako. He said that that was wrong. Bora Bora, bla bla.');
  const md = 'Title\n\nRun the `x` the command.\n';
  assert.deepEqual(run(compileStyleGuide(guide), md, { lang: 'en', kind: 'markdown' }), []);
});

test('capitalization: headline case, sentence case and fixed terms', () => {
  const { guide } = load(`rules:
  - { id: title, kind: capitalization, match: headline }
  - { id: terms, kind: capitalization, terms: [Internet, Cédéao] }
`);
  const rules = compileStyleGuide(guide);
  const text = 'Bamako summit: the AES seals its destiny in the Sahel\nThe internet and the cédéao. THE INTERNET.';
  const found = run(rules, text, { lang: 'en' });
  assert.deepEqual(flagged(text, found), ['summit', 'the', 'seals', 'its', 'destiny', 'internet', 'cédéao']);
  assert.equal(
    applyPreferred(text, found),
    'Bamako Summit: The AES Seals Its Destiny in the Sahel\nThe Internet and the Cédéao. THE INTERNET.',
  );
  const clean = 'Bamako Summit: The AES Seals Its Security and Diplomatic Destiny in the Sahel Region\nBody.';
  assert.deepEqual(run(rules, clean, { lang: 'en' }), []);

  const sentence = compileStyleGuide(load('rules:\n  - { id: sentence, kind: capitalization, match: sentence }\n').guide);
  assert.equal(run(sentence, clean, { lang: 'en' }).length, 1);
  assert.deepEqual(run(sentence, 'Bamako summit: the AES seals its destiny in the Sahel\nBody.', { lang: 'en' }), []);
  assert.deepEqual(run(sentence, 'Goïta meets Tiani in Niamey\nBody.', { lang: 'en' }), []);
});

test('pattern: replacement with groups, lookarounds kept, zero-length matches skipped', () => {
  const { guide, problems } = load(`rules:
  - { id: over, kind: pattern, ignoreCase: true, pattern: '(?<![\\p{L}])over (\\d+)(?![\\d ]*years)', replacement: 'more than $1', message: 'Say "{expected}".' }
  - { id: empty, kind: pattern, pattern: 'x*' }
`);
  assert.deepEqual(problems, []);
  const r = check(guide, 'Over 500 people, over 20 years, moreover 3.', { lang: 'en' });
  assert.deepEqual(r.found, ['Over 500']);
  assert.equal(r.fixed, 'More than 500 people, over 20 years, moreover 3.');
  assert.equal(r.messages[0], 'Say "More than 500".');
});

test('loader: every mistake is positioned, and the other rules still apply', () => {
  const yaml = `name: Broken
colour: blue
rules:
  - id: good
    kind: substitution
    swap: { alot: a lot }
  - id: no-kind
  - id: weird
    kind: spelling
  - kind: existence
    tokens: [x]
  - id: bad-regex
    kind: pattern
    pattern: '(unclosed'
  - id: slow
    kind: pattern
    pattern: '(a+)+$'
  - id: slow2
    kind: existence
    regex: true
    tokens: ['(a|aa)*b', fine]
  - id: typed
    kind: existence
    tokens: x
    ignoreCase: maybe
    severity: loud
    flavour: mint
  - id: good
    kind: repetition
`;
  const { guide, problems } = load(yaml);
  assert.ok(problems.every((p) => p.rule === 'config.invalid' && p.severity === 'error' && p.path === 'house.yaml'));
  assert.deepEqual(pointed(yaml, problems), [
    'colour',
    'id: no-kind\n',
    'spelling',
    'kind: existence\n    tokens: [x]\n',
    "'(unclosed'",
    "'(a+)+$'",
    "'(a|aa)*b'",
    'flavour',
    'loud',
    'maybe',
    'x',
    'id: good\n    kind: repetition\n',
  ]);
  assert.match(problems[5]?.message ?? '', /freezes/);
  assert.deepEqual(
    guide.rules.map((r) => r.id),
    ['good', 'slow2', 'typed'],
  );
  // The good rule still works.
  assert.deepEqual(check(guide, 'It was alot.', { lang: 'en' }).found, ['alot']);
});

test('loader: broken YAML and wrong shapes are reported, never thrown', () => {
  for (const yaml of ['rules: [', '- a\n- b\n', 'rules: 3\n', 'name: x\n', '', 'rules:\n  - 3\n', 'rules:\n  - { id: a, kind: substitution, swap: [a] }\n']) {
    const { problems, guide } = load(yaml);
    if (yaml !== '') assert.ok(problems.length > 0, JSON.stringify(yaml));
    assert.ok(Array.isArray(guide.rules));
    for (const p of problems) assert.ok(p.start >= 0 && p.end <= Math.max(1, yaml.length) && p.end > p.start, JSON.stringify(yaml));
  }
});

test('regex safety: nested quantifiers and repeated alternations are refused; ordinary patterns pass', () => {
  for (const bad of ['(a+)+', '(a*)*b', '(a|a)*', '(\\w+\\s?)+$', '((ab)*)+', '(?:x+){2,}', '(a|ab){3,10}', '(?<n>a+)+']) {
    assert.ok(regexRisk(bad), bad);
  }
  for (const good of ['\\bover (\\d+)', '(?:Mr|Mrs)?', '[a-z]+(?:-[a-z]+)?', '(ab)+', '(a{2}){3}', '\\p{L}+', '(?<![\\p{L}])x', '[(+)]+', '\\(a+\\)+']) {
    assert.equal(regexRisk(good), undefined, good);
  }
  // A refused pattern is also harmless when compiled from data directly.
  const rules = compileStyleGuide({ name: 't', rules: [{ id: 'slow', kind: 'pattern', pattern: '(a+)+$' }] });
  const started = Date.now();
  assert.deepEqual(run(rules, `Headline\n${'a'.repeat(40)}!`, { lang: 'en' }), []);
  assert.ok(Date.now() - started < 1000);
});

test('severity off drops the rule; severity and link carry over', () => {
  const { guide } = load('rules:\n  - { id: a, kind: repetition, severity: off }\n  - { id: b, kind: repetition, severity: hint, link: "https://example.org/b" }\n');
  const rules = compileStyleGuide(guide);
  assert.deepEqual(rules.map((r) => [r.id, r.defaultSeverity, r.link]), [['style.b', 'hint', 'https://example.org/b']]);
});

test('title case asks nothing of a lower-case letter that has no capital (found by the property tests)', () => {
  const guide = loadStyleGuide('/w/house.yaml', 'rules:\n  - { id: headlines, kind: capitalization, languages: [en], match: headline, scope: headline }\n').guide;
  const [rule] = compileStyleGuide(guide);
  const article = parseArticle({ path: '/w/a.txt', text: 'ɶ\r\n\r\nthe ', lang: 'en' });
  assert.deepEqual(rule!.check({ article, entities: EntityIndex.empty(), locale: 'en', articleDate: undefined, today: new Date('2026-01-01') }), []);
});

// An expression that can match nothing, on a paragraph with an emoji: one
// code unit on from an empty match is inside the emoji, where a Unicode
// expression steps back to the same empty match. The search must go on.
test('patterns and regex terms that can match nothing end on text with emoji', () => {
  const { guide, problems } = load(`rules:
  - { id: empty, kind: pattern, pattern: 'x*', message: 'x' }
  - { id: maybe, kind: substitution, regex: true, swap: { 'y?': 'z' } }
  - { id: realx, kind: pattern, pattern: 'x+', message: 'x' }
`);
  assert.deepEqual(problems, []);
  const r = check(guide, 'Emoji 😀 then xx and 🇲🇱 then x.', { lang: 'en' });
  assert.deepEqual(r.found, ['xx', 'x', 'xx', 'x']); // x* finds them too, and nothing else
});

test('"quotations: skip" leaves quoted words to the speaker; another value is a problem at its place', () => {
  const ok = load('rules:\n  - id: no-jihadi\n    kind: substitution\n    swap: { jihadi: jihadist }\n    quotations: skip\n');
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.guide.rules[0]?.quotations, 'skip');
  const bad = load('rules:\n  - id: no-jihadi\n    kind: substitution\n    swap: { jihadi: jihadist }\n    quotations: maybe\n');
  assert.equal(bad.problems.length, 1);
  assert.match(bad.problems[0]?.message ?? '', /"quotations" is "check" or "skip"/);
});
