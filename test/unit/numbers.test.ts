import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractNumbers, type NumberMention } from '../../server/src/engine/numbers/numberMentions';
import { rewriteNumber } from '../../server/src/engine/numbers/numberFormat';
import { durationAt, rewriteDuration } from '../../server/src/engine/numbers/durations';
import { rewriteCurrency } from '../../server/src/engine/numbers/currencyRewrite';

// One seed, so a run is the same on every machine; COPYDESK_PROPERTY_SEED tries others.
fc.configureGlobal({ seed: Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 20261122) });

function nums(text: string, lang: string): NumberMention[] {
  return extractNumbers(text, { start: 0, end: text.length }, lang);
}

/** The first number of `text` rewritten to state `value`, or undefined when none can. */
function rewriteFirst(text: string, lang: string, value: number): string | undefined {
  const m = nums(text, lang)[0];
  return m && rewriteNumber(m, value, lang);
}

function brief(text: string, lang: string): [string, number, string][] {
  return nums(text, lang).map((m) => [m.text, m.value, m.kind]);
}

test('en grouping and decimals', () => {
  assert.deepEqual(brief('1,500 troops and 12.5% of 2.3 billion', 'en'), [
    ['1,500', 1500, 'plain'],
    ['12.5%', 12.5, 'percent'],
    ['2.3 billion', 2.3e9, 'plain'],
  ]);
  assert.equal(nums('2.3 billion', 'en')[0]?.scale, 1e9);
});

test('energy copy’s abbreviated scales: "16 mtpa", "5 Mt", "40 bcm" are millions and billions', () => {
  assert.deepEqual(brief('from 77 mtpa to 126 mtpa, 5 Mt of ore and 40 bcm of gas', 'en'), [
    ['77 mtpa', 77e6, 'plain'],
    ['126 mtpa', 126e6, 'plain'],
    ['5 Mt', 5e6, 'plain'],
    ['40 bcm', 40e9, 'plain'],
  ]);
});

test('"as much as" and « jusqu’à » hedge alike: a ceiling, compared as figures between versions that both hedge', () => {
  assert.equal(nums('will cost it as much as $1.6 billion', 'en')[0]?.hedge, 'under');
  assert.equal(nums('lui coûtera jusqu’à 1,9 milliard de dollars', 'fr')[0]?.hedge, 'under');
});

test('fr grouping with space, U+00A0, U+202F and dot; decimal comma', () => {
  assert.deepEqual(brief('1 500 ; 1\u00A0500 ; 1\u202F500 ; 1.500 ; 12,5 % ; 1,250', 'fr'), [
    ['1 500', 1500, 'plain'],
    ['1\u00A0500', 1500, 'plain'],
    ['1\u202F500', 1500, 'plain'],
    ['1.500', 1500, 'plain'],
    ['12,5 %', 12.5, 'percent'],
    ['1,250', 1.25, 'plain'],
  ]);
  const [m] = nums('2,3 milliards', 'fr');
  assert.equal(m?.value, 2.3e9);
  assert.equal(m?.scale, 1e9);
});

test('currencies', () => {
  const [en] = nums('500 billion CFA francs', 'en');
  assert.equal(en?.kind, 'currency');
  assert.equal(en?.unit, 'CFA');
  assert.equal(en?.value, 5e11);
  const [fr] = nums('500 milliards de francs CFA', 'fr');
  assert.equal(fr?.unit, 'CFA');
  assert.equal(fr?.value, 5e11);
  const [usd] = nums('a $5m grant', 'en');
  assert.equal(usd?.text, '$5m');
  assert.equal(usd?.value, 5e6);
  assert.equal(usd?.unit, 'USD');
  const [eur] = nums('5 € le kilo', 'fr');
  assert.equal(eur?.unit, 'EUR');
});

test('years, ordinals and number words', () => {
  assert.deepEqual(brief('in 2023, the 22nd time, a two-day summit', 'en'), [
    ['2023', 2023, 'year'],
    ['22nd', 22, 'ordinal'],
    ['two', 2, 'word'],
  ]);
  assert.deepEqual(brief('en 2023, le 3e sommet de deux jours', 'fr'), [
    ['2023', 2023, 'year'],
    ['3e', 3, 'ordinal'],
    ['deux', 2, 'word'],
  ]);
});

test('words that name Object.prototype members are neither number words nor scales', () => {
  assert.deepEqual(brief('The Constructor hired 5 constructor crews', 'en'), [['5', 5, 'plain']]);
  assert.deepEqual(brief('le constructor a dit 5 constructor', 'fr'), [['5', 5, 'plain']]);
});

test('a year before 1900 is a year where a word introduces it, and a count elsewhere (xq08)', () => {
  assert.deepEqual(brief('The Boston Marathon, first run in 1897, is the oldest.', 'en'), [['1897', 1897, 'year']]);
  assert.deepEqual(brief('Founded in 1847 by monks.', 'en'), [['1847', 1847, 'year']]);
  assert.deepEqual(brief('fondé en 1847 par des moines', 'fr'), [['1847', 1847, 'year']]);
  assert.deepEqual(brief('In 1500 soldiers died; from 1500 people.', 'en').map((m) => m[2]), ['plain', 'plain']);
});

test('never "22" inside "2022"; no codes or dates; times of day are one quantity each, in minutes', () => {
  assert.deepEqual(brief('2022', 'en'), [['2022', 2022, 'year']]);
  assert.deepEqual(brief('G5 Sahel, COVID-19, A380, at 14:00, 8 p.m., 9am, on December 22, 2024, 12/11/2024', 'en'), [
    ['14:00', 840, 'time'],
    ['8 p.m.', 1200, 'time'],
    ['9am', 540, 'time'],
  ]);
  assert.deepEqual(brief('le G5 Sahel, à 14 h 30, 20h, le 22 décembre 2025, en juillet 2024', 'fr'), [
    ['14 h 30', 870, 'time'],
    ['20h', 1200, 'time'],
  ]);
  // "from 6 to 11 p.m.", "à 22 heures"; a length of time, a race time and a bare "1:28" are not times of day.
  assert.deepEqual(brief('from 6 to 11 p.m., from 11 to 1 p.m., 3:30 p.m. GMT', 'en').map((m) => m[1]), [18 * 60, 23 * 60, 11 * 60, 13 * 60, 15 * 60 + 30]);
  assert.deepEqual(brief('de 18 heures à 23 heures, vers 21 heures', 'fr').map((m) => m[1]), [18 * 60, 23 * 60, 21 * 60]);
  assert.deepEqual(brief('le vol a duré 7 h 30, en 2 h 05 min, a lap of 1:28', 'fr').filter((m) => m[2] === 'time'), []);
  const r = rewriteFirst;
  assert.equal(r('9:25 p.m.', 'en', 21 * 60 + 52), '9:52 p.m.');
  assert.equal(r('10:30 a.m.', 'en', 22 * 60 + 30), '10:30 p.m.');
  assert.equal(r('21 h 52', 'fr', 21 * 60 + 25), '21 h 25');
  assert.equal(r('22 h', 'fr', 22 * 60 + 30), undefined, 'no minutes to state them with');
  // British papers put a dot between hours and minutes; the fix keeps it.
  assert.deepEqual(brief('at 8.11pm and 7.36am, from 9.30 to 11.15pm; 8.11 tonnes', 'en'), [
    ['8.11pm', 20 * 60 + 11, 'time'],
    ['7.36am', 7 * 60 + 36, 'time'],
    ['9.30', 21 * 60 + 30, 'time'],
    ['11.15pm', 23 * 60 + 15, 'time'],
    ['8.11', 8.11, 'plain'],
  ]);
  assert.equal(r('8.11pm', 'en', 20 * 60 + 25), '8.25pm');
  assert.deepEqual(brief('1,50,0', 'en'), []);
});

test('offsets are exact after CRLF and emoji', () => {
  const t = 'Titre\r\n🎉 Il y a 1\u202F500 soldats';
  const ms = extractNumbers(t, { start: 7, end: t.length }, 'fr');
  assert.equal(ms.length, 1);
  assert.equal(t.slice(ms[0]?.start, ms[0]?.end), '1\u202F500');
});

test('rewriteNumber keeps the writer’s conventions', () => {
  const r = (text: string, lang: string, value: number): string => {
    const m = nums(text, lang)[0];
    assert.ok(m, text);
    return text.slice(0, m.start) + rewriteNumber(m, value, lang) + text.slice(m.end);
  };
  assert.equal(r('1,500 troops', 'en', 2500), '2,500 troops');
  assert.equal(r('1\u202F500 soldats', 'fr', 2500), '2\u202F500 soldats');
  assert.equal(r('12,5 %', 'fr', 13.25), '13,25 %');
  assert.equal(r('12.5%', 'en', 13), '13%');
  assert.equal(r('2.3 billion', 'en', 2.5e9), '2.5 billion');
  assert.equal(r('2,3 milliards', 'fr', 1e9), '1 milliard');
  assert.equal(r('1 milliard', 'fr', 2e9), '2 milliards');
  assert.equal(r('500 milliards de francs CFA', 'fr', 6e11), '600 milliards de francs CFA');
  assert.equal(r('$5m', 'en', 7e6), '$7m');
  assert.equal(r('the 22nd', 'en', 23), 'the 23rd');
  assert.equal(r('le 3e', 'fr', 1), 'le 1er');
  assert.equal(r('Two days', 'en', 3), 'Three days');
  assert.equal(r('25000 people', 'en', 30000), '30,000 people');
  // A number of four digits or more the writer left ungrouped stays so: "Law 2024-15".
  assert.equal(r('Law 2024-15', 'en', 2025), 'Law 2025-15');
  // A value the written scale states badly takes the scale that states it.
  assert.equal(r('$22.4 billion', 'en', 22.4e6), '$22.4 million');
  assert.equal(r('22,4 millions de dollars', 'fr', 22.4e9), '22,4 milliards de dollars');
  assert.equal(r('1,5 milliard', 'fr', 1.5e6), '1,5 million');
  assert.equal(r('1.5 million', 'en', 1.5e9), '1.5 billion');
  assert.equal(r('£127.5m', 'en', 127.5e9), '£127.5bn');
  assert.equal(r('€3.2bn', 'en', 3.2e12), '€3.2tn');
  assert.equal(r('24\u00a0M€', 'fr', 24e9), '24\u00a0Md€');
});

test('decades: "the 1990s", "the mid-1980s", « les années 1970 »; a year or "1990s-era" code is not one', () => {
  assert.deepEqual(brief('Since the 1990s, and the mid-1980s, and the 1970’s.', 'en'), [
    ['1990s', 1990, 'decade'],
    ['1980s', 1980, 'decade'],
    ['1970’s', 1970, 'decade'],
  ]);
  assert.deepEqual(brief('Depuis les années 1990 et les années\u00a01970, mais pas en 1990.', 'fr'), [
    ['1990', 1990, 'decade'],
    ['1970', 1970, 'decade'],
    ['1990', 1990, 'year'],
  ]);
  assert.deepEqual(brief('The 1995s model, B1990s and 1990.', 'en').map((m) => m[2]), ['year']);
  // Two digits, the century unsaid on both sides: the ’80s, « les années 90 », « la décennie 1980 ».
  assert.deepEqual(brief('in the ’80s and the \'20s', 'en'), [
    ['’80s', 1980, 'decade'],
    ["'20s", 2020, 'decade'],
  ]);
  assert.deepEqual(brief('les années 90 et la décennie 1980', 'fr'), [
    ['90', 1990, 'decade'],
    ['1980', 1980, 'decade'],
  ]);
  assert.equal(rewriteFirst('in the ’80s', 'en', 1990), '’90s');
});

test('durations are one quantity each, in seconds, however written; times of day are not durations', () => {
  assert.deepEqual(brief('He won in 2:08:19, 52 seconds ahead.', 'en'), [
    ['2:08:19', 7699, 'duration'],
    ['52', 52, 'plain'],
  ]);
  assert.deepEqual(brief('Il s’impose en 2\u00a0h\u00a008\u00a0min\u00a019\u00a0s, avec 52 secondes d’avance ; 2h08\'19\'\' ; 5 min 30 s ; 1 h 05 min.', 'fr'), [
    ['2\u00a0h\u00a008\u00a0min\u00a019\u00a0s', 7699, 'duration'],
    ['52', 52, 'plain'],
    ["2h08'19''", 7699, 'duration'],
    ['5 min 30 s', 330, 'duration'],
    ['1 h 05 min', 3900, 'duration'],
  ]);
  // English puts a comma or "and" between the parts.
  assert.deepEqual(brief('He finished 6 minutes, 17 seconds ahead, after 2 hours, 8 minutes and 19 seconds.', 'en'), [
    ['6 minutes, 17 seconds', 377, 'duration'],
    ['2 hours, 8 minutes and 19 seconds', 7699, 'duration'],
  ]);
  assert.equal(rewriteFirst('62 heures et 16 minutes', 'fr', 62 * 3600 + 6 * 60), '62 heures et 6 minutes');
  // "14 h 30", "14:30" and "2024-12-22T10:30:00" are times of day or dates.
  assert.deepEqual(brief('à 14 h 30, à 14:30, 2024-12-22T10:30:00', 'fr').filter((m) => m[2] === 'duration'), []);
  const r = rewriteFirst;
  assert.equal(r('2:24:05', 'en', 2 * 3600 + 42 * 60 + 5), '2:42:05');
  assert.equal(r('2\u00a0h\u00a024\u00a0min\u00a005\u00a0s', 'fr', 7699), '2\u00a0h\u00a008\u00a0min\u00a019\u00a0s');
  assert.equal(r('1 h 05 min', 'fr', 3901), undefined, 'no seconds to state them with');
});

test('property: extractNumbers never throws and spans are within bounds', () => {
  const chunk = fc.constantFrom('1', '500', ',', '.', ' ', '\u202F', '%', 'milliards', 'billion', '$', '€', 'h', ':', 'December', '22', '2024', '🎉', '\r\n', 'de', 'francs CFA');
  const arb = fc.oneof(fc.string(), fc.array(chunk, { maxLength: 30 }).map((a) => a.join('')));
  fc.assert(
    fc.property(arb, fc.nat(), fc.nat(), fc.constantFrom('en', 'fr'), (s, a, b, lang) => {
      const start = Math.min(a, b) % (s.length + 1);
      const end = Math.min(Math.max(a, b), s.length + 5);
      for (const m of extractNumbers(s, { start, end }, lang)) {
        assert.ok(m.start >= start && m.end <= Math.min(end, s.length) && m.start < m.end, JSON.stringify([s, m]));
        assert.equal(m.text, s.slice(m.start, m.end));
        assert.ok(Number.isFinite(m.value));
      }
    }),
    { numRuns: 500 },
  );
});

test('a number joined to a capitalised word names something: "le 8-Mai", "rue du 4-Septembre"; a headline\u2019s "$7-Billion" is still an amount', () => {
  const values = (text: string, lang: string): number[] => extractNumbers(text, { start: 0, end: text.length }, lang).map((n) => n.value);
  assert.deepEqual(values('Le lundi de Pâques et le 8-Mai deviendraient travaillés, rue du 4-Septembre.', 'fr'), []);
  assert.deepEqual(values('Northvolt’s $7-Billion Plant', 'en'), [7e9]);
});

test('quarters are one figure each, however written, and a fix keeps the form: "Q3", "third-quarter", « T3 », « 3e trimestre »', () => {
  assert.deepEqual(brief('Sales rose in Q3 2025 and in the third-quarter report; 3rd quarter; the Fourth Quarter.', 'en'), [
    ['Q3', 3, 'quarter'],
    ['2025', 2025, 'year'],
    ['third-quarter', 3, 'quarter'],
    ['3rd quarter', 3, 'quarter'],
    ['Fourth Quarter', 4, 'quarter'],
  ]);
  assert.deepEqual(brief('Le T3 2025, le troisième trimestre, le 3e trimestre et le premier trimestre.', 'fr'), [
    ['T3', 3, 'quarter'],
    ['2025', 2025, 'year'],
    ['troisième trimestre', 3, 'quarter'],
    ['3e trimestre', 3, 'quarter'],
    ['premier trimestre', 1, 'quarter'],
  ]);
  // A quarter of something, "q3", a Q5 and "a third of the quarter" are no quarters.
  assert.deepEqual(brief('A quarter of the staff; q3; Q5; a third of the quarter; QT3.', 'en').filter(([, , k]) => k === 'quarter'), []);
  assert.equal(rewriteFirst('in Q3 2025', 'en', 2), 'Q2');
  assert.equal(rewriteFirst('third-quarter profit', 'en', 2), 'second-quarter');
  assert.equal(rewriteFirst('3rd quarter', 'en', 1), '1st quarter');
  assert.equal(rewriteFirst('Troisième trimestre', 'fr', 2), 'Deuxième trimestre');
  assert.equal(rewriteFirst('au 3e trimestre', 'fr', 1), '1er trimestre');
  assert.equal(rewriteFirst('soit le T3', 'fr', 2), 'T2');
});

test('units written close up are quantities: "226km/h", "100km", "40kg", "120mm"; codes stay out', () => {
  assert.deepEqual(
    nums('gusts of 226km/h (140mph), a 100km front, 40kg bags, 120mm of rain, a 5G mast, 3D maps', 'en').map((m) => [m.text, m.value, m.measure]),
    [
      ['226', 226, 'km/h'],
      ['140', 140, 'mph'],
      ['100', 100, 'km'],
      ['40', 40, 'kg'],
      ['120', 120, 'mm'],
    ],
  );
});

test('a span of years written as one is one figure: "2024-25" is « 2024-2025 », and a fix keeps its form', () => {
  assert.deepEqual(brief('In the 2024-25 fiscal year, the 2023/24 season and 2019–2023; on 2024-12-01; in 1998-2024.', 'en'), [
    ['2024-25', 20242025, 'season'],
    ['2023/24', 20232024, 'season'],
    ['2019–2023', 20192023, 'season'],
    ['1998', 1998, 'year'],
    ['2024', 2024, 'year'],
  ]);
  assert.deepEqual(brief('Pour l’exercice 2024-2025.', 'fr'), [['2024-2025', 20242025, 'season']]);
  assert.equal(rewriteFirst('the 2024-25 fiscal year', 'en', 20252026), '2025-26');
  assert.equal(rewriteFirst('l’exercice 2024-2025', 'fr', 20232024), '2023-2024');
  assert.equal(rewriteFirst('the 1999-00 season', 'en', 20002001), '2000-01');
});

test('swimming and athletics times with a fraction of a second: "3:54.18" is « 3 min 54 s 18 », and a fix keeps the form', () => {
  assert.deepEqual(brief('She won in 3:54.18 and 1:59.87.', 'en'), [
    ['3:54.18', 234.18, 'duration'],
    ['1:59.87', 119.87, 'duration'],
  ]);
  assert.deepEqual(brief('Elle a gagné en 3\u00a0min\u00a054\u00a0s\u00a018.', 'fr'), [['3\u00a0min\u00a054\u00a0s\u00a018', 234.18, 'duration']]);
  assert.equal(rewriteFirst('in 3:54.18', 'en', 234.81), '3:54.81');
  assert.equal(rewriteFirst('en 3 min 54 s 18', 'fr', 245.18), '4 min 05 s 18');
});

test('a rewrite keeps as many decimals as the value is given with where it comes from', () => {
  const [m] = nums('with 51.10% of the vote', 'en');
  assert.equal(rewriteNumber(m!, 50.1, 'en', 2), '50.10%');
  assert.equal(rewriteNumber(m!, 50.1, 'en'), '50.1%');
});

test('compound number words are one number, read and written as each language does', () => {
  // An adjective made with a number word counts nothing (UK's "three-dimensional" / « tridimensionnelle »).
  assert.deepEqual(brief('the three-dimensional structure of a two-sided, two-fold, three-pronged plan', 'en'), []);
  assert.deepEqual(
    brief('Twenty-two people died and fifty-five were hurt in the two-year war.', 'en').map(([t, v]) => [t, v]),
    [
      ['Twenty-two', 22],
      ['fifty-five', 55],
      ['two', 2],
    ],
  );
  assert.deepEqual(
    brief('Vingt et une personnes, quatre-vingt-dix-sept blessés, soixante et onze morts, entre quinze et vingt maisons, septante familles.', 'fr').map(([t, v]) => [t, v]),
    [
      ['Vingt et une', 21],
      ['quatre-vingt-dix-sept', 97],
      ['soixante et onze', 71],
      ['quinze', 15],
      ['vingt', 20],
      ['septante', 70],
    ],
  );
  assert.equal(rewriteFirst('Fifty-five soldiers', 'en', 54), 'Fifty-four');
  assert.equal(rewriteFirst('soixante morts', 'fr', 71), 'soixante et onze');
  assert.equal(rewriteFirst('soixante morts', 'fr', 97), 'quatre-vingt-dix-sept');
  const [sixty] = nums('soixante maisons', 'fr');
  assert.ok(sixty);
  assert.equal(rewriteNumber(sixty, 70, 'fr', 0, true), 'septante');
});

test('number words with a scale are the figure they state: « deux milliards de dollars », "a million euros", « un million et demi »', () => {
  assert.deepEqual(brief('The fund gave two billion dollars, a million euros and one million people; half a million more came.', 'en'), [
    ['two billion', 2e9, 'currency'],
    ['a million', 1e6, 'currency'],
    ['one million', 1e6, 'plain'],
  ]);
  assert.deepEqual(brief('Le fonds a donné deux milliards de dollars, un million d’euros et un million et demi de barils\u00a0; un demi-million de plus.', 'fr'), [
    ['deux milliards', 2e9, 'currency'],
    ['un million', 1e6, 'currency'],
    ['un million et demi', 1.5e6, 'plain'],
  ]);
});

test('French puts « premiers » or « derniers » between a figure and its scale: « les 5 premiers milliards »', () => {
  assert.deepEqual(brief('Elle assume les 5 premiers milliards de pertes et les 3 derniers millions d’euros.', 'fr'), [
    ['5 premiers milliards', 5e9, 'plain'],
    ['3 derniers millions', 3e6, 'currency'],
  ]);
});

test('French ordinals in Roman numerals: « le XIXe sommet », « la Ve République »; « Le », « Ce », « Cie », « Vie » and a ruler’s « Ier » are no ordinals', () => {
  assert.deepEqual(brief('Le XIXe sommet de la Ve République, au XXIe siècle. Ce mardi, la Cie de François Ier, Vie.', 'fr'), [
    ['XIXe', 19, 'ordinal'],
    ['Ve', 5, 'ordinal'],
    ['XXIe', 21, 'ordinal'],
  ]);
});

test('ordinals in words from the third on are read, and rewritten in words; fractions and "first" or "second" are not', () => {
  assert.deepEqual(brief('For a fifth straight year, and the seventeenth stage; a third of the votes; Fifth Avenue; the first and second rounds.', 'en'), [
    ['fifth', 5, 'ordinal'],
    ['seventeenth', 17, 'ordinal'],
  ]);
  assert.deepEqual(brief('Pour la cinquième année consécutive, la dix-septième étape ; un cinquième des sièges ; le troisième trimestre.', 'fr'), [
    ['cinquième', 5, 'ordinal'],
    ['dix-septième', 17, 'ordinal'],
    ['troisième trimestre', 3, 'quarter'],
  ]);
  // A rank before "of" or « du » with no article is no fraction (xt05).
  assert.deepEqual(brief('en terminant huitième du Grand Prix de Monaco', 'fr'), [['huitième', 8, 'ordinal']]);
  assert.deepEqual(brief('finishing ninth of the 20 riders', 'en'), [['ninth', 9, 'ordinal'], ['20', 20, 'plain']]);
  assert.equal(rewriteFirst('Khalifa Sall third with 1.56%', 'en', 4), 'fourth');
  assert.equal(rewriteFirst('la cinquième année', 'fr', 4), 'quatrième');
});

test('a French century in Roman numerals is rewritten in Roman numerals: « XVIIe » for the 16th is « XVIe », not « 16e »', () => {
  assert.equal(rewriteFirst('un masque du XVIIe siècle', 'fr', 16), 'XVIe');
  assert.equal(rewriteFirst('au XIXe siècle', 'fr', 21), 'XXIe');
});

test('a race time is rewritten in its own words, its fraction at its own width: "1 minute 54.60 seconds" for 1:54.06', () => {
  const rewrite = (text: string, seconds: number): string | undefined => {
    const m = durationAt(text, 0);
    return m && rewriteDuration(m, seconds);
  };
  assert.equal(rewrite('1 minute 54.60 seconds', 114.06), '1 minute 54.06 seconds');
  assert.equal(rewrite('2:08:19.5', 7699.4), '2:08:19.4');
  assert.equal(rewrite('1:54.60', 114.06), '1:54.06');
  assert.equal(rewrite('3 min 54 s 18', 234.81), '3 min 54 s 81');
  // A value the written fraction cannot state gets no rewrite.
  assert.equal(rewrite('1 minute 54.6 seconds', 114.06), undefined);
});

test('a half written after the numeral counts: « 25 jours et demi » is 25.5 days, "two and a half years" 2.5 years', () => {
  assert.deepEqual(brief('La mission devait durer 25 jours et demi.', 'fr'), [['25 jours et demi', 25.5, 'plain']]);
  assert.deepEqual(nums('It lasted two and a half years.', 'en').map((m) => [m.text, m.value, m.measure]), [['two and a half', 2.5, 'year']]);
  // A rewrite keeps the words after the numeral, when the new value has its half too; a whole number gets no fix.
  assert.equal(rewriteFirst('durer 25 jours et demi', 'fr', 26.5), '26 jours et demi');
  assert.equal(rewriteFirst('durer 25 jours et demi', 'fr', 26), undefined);
  // An amount's half is its scale's (« un million et demi »), read as before.
  assert.deepEqual(brief('un million et demi de dollars', 'fr').map(([, v]) => v), [1.5e6]);
});

test('French race times to the thousandth are one duration: « 9 s 784 contre 9 s 789 » is 9.784 against 9.789', () => {
  assert.deepEqual(
    nums('départagés en 9 s 784 contre 9 s 789, après 3 min 49 s 110', 'fr').map((n) => [n.text, n.value, n.kind]),
    [
      ['9 s 784', 9.784, 'duration'],
      ['9 s 789', 9.789, 'duration'],
      ['3 min 49 s 110', 229.11, 'duration'],
    ],
  );
});

test('yen and won are currencies; English "won" only after a scale or said Korean, as it is a verb too', () => {
  assert.deepEqual(
    nums('About 160 billion yen, 5 billion won, 30,000 South Korean won; Biden in 2020 won the vote, and 12 won medals.', 'en').map((m) => [m.text, m.kind, m.unit ?? '']),
    [
      ['160 billion', 'currency', 'JPY'],
      ['5 billion', 'currency', 'KRW'],
      ['30,000', 'currency', 'KRW'],
      ['2020', 'year', ''],
      ['12', 'plain', ''],
    ],
  );
  assert.deepEqual(nums('160 milliards de wons et 3 000 yens', 'fr').map((m) => m.unit), ['KRW', 'JPY']);
});

test('a value stated in thousands of a scale keeps thousands of the next one up: « 3 600 millions » for 3.6 trillion is « 3 600 milliards »', () => {
  assert.equal(rewriteFirst('un marché de 3\u202f600 millions de dollars', 'fr', 3.6e12), '3\u202f600 milliards');
  assert.equal(rewriteFirst('a market of 3,600 million dollars', 'en', 3.6e12), '3,600 billion');
  // Still within its scale, the written scale stays: « 7 700 millions » for 7.2 billion is « 7 200 millions ».
  assert.equal(rewriteFirst('une perte de 7\u00a0700 millions', 'fr', 7.2e9), '7\u00a0200 millions');
});

test('a currency put back in French writes the article’s own apostrophe (ym03)', () => {
  const [figure] = extractNumbers("Ankara a reçu 950 millions de dollars d'aide.", { start: 0, end: 44 }, 'fr');
  assert.ok(figure);
  const prose = "Ankara a reçu 950 millions de dollars d'aide.";
  assert.deepEqual(rewriteCurrency(prose, figure, 'EUR', 'fr')?.newText, "d'euros");
  assert.deepEqual(rewriteCurrency(prose.replace("d'aide", 'd’aide'), figure, 'EUR', 'fr')?.newText, 'd’euros');
});

test('a count in words before its scale is put back in words (bw04, bz05): « sept millions » for six million is « six millions »', () => {
  assert.equal(rewriteFirst('environ sept millions d’habitants', 'fr', 6e6), 'six millions');
  assert.equal(rewriteFirst('huit millions d’euros', 'fr', 9e6), 'neuf millions');
  assert.equal(rewriteFirst('Seven million people', 'en', 6e6), 'Six million');
  // No words state 2.5 million: the figure is written.
  assert.equal(rewriteFirst('seven million people', 'en', 2.5e6), '2.5 million');
});

test('"second" before a match’s half is its ordinal, not a unit: "six second-half minutes" (cm02)', () => {
  assert.deepEqual(
    nums('three goals in six second-half minutes, then ten seconds later a 10-second clip', 'en').map((m) => [m.text, m.measure]),
    [
      ['three', undefined],
      ['six', undefined],
      ['ten', 'second'],
      ['10', 'second'],
    ],
  );
});

test('a French time with tenths after the seconds is one duration: « 1 h 22 min 17 s 6 » is "1 hour 22 minutes 17.6 seconds" (ci06)', () => {
  assert.deepEqual(brief('en 1 h 22 min 17 s 6 et en 1 min 49 s 5', 'fr'), [
    ['1 h 22 min 17 s 6', 4937.6, 'duration'],
    ['1 min 49 s 5', 109.5, 'duration'],
  ]);
  assert.deepEqual(brief('in 1 hour 22 minutes 17.6 seconds', 'en'), [['1 hour 22 minutes 17.6 seconds', 4937.6, 'duration']]);
});

test('English puts a noun before the noun it counts: "12 merchant vessels" counts ships, as « douze navires marchands » does (cw03)', () => {
  assert.deepEqual(
    nums('targeting 12 merchant vessels and five cargo ships; 10 were killed', 'en').map((m) => [m.text, m.counts]),
    [
      ['12', ['ship']],
      ['five', ['ship']],
      ['10', undefined],
    ],
  );
  assert.deepEqual(nums('visant douze navires marchands', 'fr').map((m) => [m.text, m.counts]), [['douze', ['ship']]]);
});

test('what a count counts, past a compass adjective: "the four northern municipalities" as « les quatre municipalités du Nord »; "four hearings" as « quatre audiences » (du07, dt06)', () => {
  assert.deepEqual(nums('nominated by the four northern municipalities, with four hearings', 'en').map((m) => [m.text, m.counts]), [
    ['four', ['municipality']],
    ['four', ['hearing']],
  ]);
  assert.deepEqual(nums('proposé par les quatre municipalités du Nord, avec quatre audiences', 'fr').map((m) => [m.text, m.counts]), [
    ['quatre', ['municipality']],
    ['quatre', ['hearing']],
  ]);
});
