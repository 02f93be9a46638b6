import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, preferredEdits } from '../../server/src/engine/applyEdits';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project, type FileReport } from '../../server/src/engine/project';
import type { Finding } from '../../server/src/engine/types';

// Across translations, through the whole engine: pairing, alignment and the
// comparison of dates, numbers, names and paragraphs.

const SEED_EN = readFileSync(new URL('../../examples/sahel-summit/000_7b97fe734857067e.txt', import.meta.url), 'utf8');
const SEED_FR = readFileSync(new URL('../../examples/sahel-summit/001_6c847b0968dc0a27.txt', import.meta.url), 'utf8');

function check(files: Record<string, string>, paths: string[] = ['/w']): FileReport[] {
  const project = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  return project.check(paths);
}

const of = (reports: FileReport[], path: string): FileReport => {
  const r = reports.find((x) => x.path === path);
  assert.ok(r, `no report for ${path}`);
  return r;
};
const translationFindings = (r: FileReport): Finding[] => r.findings.filter((f) => f.rule.startsWith('translation.'));
const flagged = (r: FileReport, text: string, rule = 'translation.date'): string[] => r.findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));

/** A pair of plain-text articles in en and fr, one paragraph per line. */
function pair(en: string[], fr: string[]): Record<string, string> {
  const headEn = ['Floods in Niger: Government Announces Emergency Aid', 'The authorities in Niamey released funds on Tuesday to help people affected by the rains.'];
  const headFr = ['Inondations au Niger\u00a0: le gouvernement annonce une aide d’urgence', 'Les autorités de Niamey ont débloqué des fonds mardi pour venir en aide aux personnes touchées par les pluies.'];
  return { '/w/a.txt': [...headEn, ...en].join('\n') + '\n', '/w/b.txt': [...headFr, ...fr].join('\n') + '\n' };
}

/** The pair's files named as versions of one story (story.en.txt, story.fr.txt), so that pairing is certain and a clean check is not vacuous. */
const named = (files: Record<string, string>): Record<string, string> => ({ '/w/story.en.txt': files['/w/a.txt']!, '/w/story.fr.txt': files['/w/b.txt']! });

test('the seed pair, with no metadata, is paired and gets translation.date in both files and nothing else from translation.*', () => {
  const reports = check({ '/w/x1.txt': SEED_EN, '/w/x2.txt': SEED_FR });
  const en = of(reports, '/w/x1.txt');
  const fr = of(reports, '/w/x2.txt');
  assert.deepEqual(en.translations, ['/w/x2.txt']);
  assert.deepEqual(translationFindings(en).map((f) => SEED_EN.slice(f.start, f.end)), ['December 22, 2024']);
  assert.deepEqual(translationFindings(fr).map((f) => SEED_FR.slice(f.start, f.end)), ['22 décembre 2025']);
  const fix = (f: Finding): string[] => f.fixes.map((x) => x.edits[0]?.newText ?? '');
  assert.deepEqual(fix(translationFindings(en)[0]!), ['December 22, 2025', '22 décembre 2024']);
  assert.deepEqual(fix(translationFindings(fr)[0]!), ['22 décembre 2024', 'December 22, 2025']);
  assert.equal(translationFindings(en)[0]!.related[0]!.path, '/w/x2.txt');
});

test('renamed to arbitrary names, the seed pair is still paired; an unrelated article in another language is not', () => {
  const unrelated = 'Le conseil municipal adopte le budget de la bibliothèque\nLes élus ont voté lundi le financement d’une nouvelle médiathèque au centre-ville.\nLe conseil a approuvé un budget de 4,2 millions d’euros pour le projet, que le maire a qualifié de « très attendu ». Les travaux doivent commencer en mars 2025.\nLes habitants présents à la réunion ont estimé que le bâtiment actuel, ouvert en 1968, est trop petit.\n';
  const reports = check({ '/w/zz-final.txt': SEED_EN, '/w/copy 2 (old).txt': SEED_FR, '/w/mairie.txt': unrelated });
  assert.deepEqual(of(reports, '/w/zz-final.txt').translations, ['/w/copy 2 (old).txt']);
  assert.deepEqual(of(reports, '/w/mairie.txt').translations, []);
});

test('by content: versions with two figures mistyped stay paired; two stories on one subject (two ECOWAS pieces, two marathons) are not', () => {
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairing/${name}`, import.meta.url), 'utf8');
  const reports = check({
    '/w/017_6cf86d5bbab734b2.txt': read('017_6cf86d5bbab734b2.txt'),
    '/w/028_bd14d242931cda5f.txt': read('028_bd14d242931cda5f.txt'),
    '/w/en06.md': read('en06.md'),
    '/w/fr06.md': read('fr06.md'),
    '/w/en07.md': read('en07.md'),
    '/w/fr07.md': read('fr07.md'),
  });
  assert.deepEqual(of(reports, '/w/017_6cf86d5bbab734b2.txt').translations, ['/w/028_bd14d242931cda5f.txt']);
  // British times ("8.11pm") against French ones (« 20 h 11 »), "12 hours" against « douze heures »: still one story.
  const valencia = check({ '/v/002_550b7a2244314288.txt': read('002_550b7a2244314288.txt'), '/v/003_bbab79a51b593786.txt': read('003_bbab79a51b593786.txt') }, ['/v']);
  assert.deepEqual(of(valencia, '/v/002_550b7a2244314288.txt').translations, ['/v/003_bbab79a51b593786.txt']);
  assert.deepEqual(translationFindings(of(valencia, '/v/002_550b7a2244314288.txt')), []);
  for (const p of ['/w/en06.md', '/w/fr06.md', '/w/en07.md', '/w/fr07.md']) assert.deepEqual(of(reports, p).translations, [], p);
  // The mistyped figures are found.
  assert.deepEqual(translationFindings(of(reports, '/w/017_6cf86d5bbab734b2.txt')).map((f) => f.rule).sort(), ['translation.number', 'translation.number']);
});

test('two articles alone in a folder pair with a lower bar for their figures: a short story with three slips stays paired, a second story on one subject does not', () => {
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairing/${name}`, import.meta.url), 'utf8');
  // The names carry no language, so only the content can pair them.
  const slips = check({ '/o/106.txt': read('oa03-faulty.fr.txt'), '/o/107.txt': read('oa03-faulty.en.txt') }, ['/o']);
  assert.deepEqual(of(slips, '/o/106.txt').translations, ['/o/107.txt']);
  assert.deepEqual(translationFindings(of(slips, '/o/106.txt')).map((f) => f.rule).sort(), ['translation.date', 'translation.name', 'translation.number']);
  // Blind round PN: a toll given as 4,000 for 400 and a day as 28 for 26 in a story of five figures.
  const toll = check({ '/p/018.txt': read('pn05-faulty.en.txt'), '/p/019.txt': read('pn05-faulty.fr.txt') }, ['/p']);
  assert.deepEqual(of(toll, '/p/018.txt').translations, ['/p/019.txt']);
  assert.ok(translationFindings(of(toll, '/p/018.txt')).some((f) => f.rule === 'translation.number'));
  for (const [a, b] of [['en06.md', 'fr06.md'], ['en07.md', 'fr07.md']] as const) {
    const alone = check({ [`/s/${a}`]: read(a), [`/s/${b}`]: read(b) }, ['/s']);
    assert.deepEqual(of(alone, `/s/${a}`).translations, [], a);
  }
});

test('two unrelated articles in different languages in one folder are not paired', () => {
  const en = 'Local Council Approves New Library Budget\nThe city council voted on Monday to fund a new public library downtown.\nThe council approved a budget of $4.2 million for the project, which the mayor described as long overdue. Construction is expected to begin in March 2025.\nResidents said the current building, which opened in 1968, is too small.\n';
  const reports = check({ '/w/en.txt': en, '/w/fr.txt': SEED_FR });
  assert.deepEqual(of(reports, '/w/en.txt').translations, []);
  assert.deepEqual(translationFindings(of(reports, '/w/fr.txt')), []);
});

test('pairing by front matter, by file name and by parallel folders', () => {
  const md = (lang: string, key: string, body: string): string => `---\nlang: ${lang}\ntranslationKey: ${key}\n---\n${body}`;
  const one = md('en', 'k1', 'Text on December 22, 2024.\n');
  const byKey = check({ '/w/one.md': one, '/w/deux.md': md('fr', 'k1', 'Texte du 22 décembre 2025.\n'), '/w/other.md': md('fr', 'k2', 'Texte du 22 décembre 2025.\n') });
  assert.deepEqual(of(byKey, '/w/one.md').translations, ['/w/deux.md']);
  assert.deepEqual(flagged(of(byKey, '/w/one.md'), one), ['December 22, 2024']);
  const names = check({ '/w/story.en.md': 'Held on December 22, 2024 in Bamako.\n', '/w/story.fr.md': 'Tenu le 22 décembre 2025 à Bamako.\n' });
  assert.deepEqual(flagged(of(names, '/w/story.en.md'), 'Held on December 22, 2024 in Bamako.\n'), ['December 22, 2024']);
  const folders = check({ '/w/en/story.md': 'Held on December 22, 2024 in Bamako.\n', '/w/fr/story.md': 'Tenu le 22 décembre 2025 à Bamako.\n' });
  assert.deepEqual(flagged(of(folders, '/w/fr/story.md'), 'Tenu le 22 décembre 2025 à Bamako.\n'), ['22 décembre 2025']);
  // A counterpart outside the checked paths is still found and compared.
  const single = check({ '/w/story.en.md': 'Held on December 22, 2024 in Bamako.\n', '/w/story.fr.md': 'Tenu le 22 décembre 2025 à Bamako.\n' }, ['/w/story.en.md']);
  assert.equal(single.length, 1);
  assert.deepEqual(single[0]!.translations, ['/w/story.fr.md']);
});


test('pairing by parallel folders named any way (EN/ FR/, english/ french/, source/ target/) and by files named on the command line, wherever they are', () => {
  // The seed pair says December 22, 2024 in one version and « 22 décembre 2025 » in the other.
  const faulty = SEED_FR;
  const layouts: Array<[string, string]> = [
    ['/w/EN/dispatch.txt', '/w/FR/dispatch.txt'],
    ['/w/english/dispatch.txt', '/w/français/dispatch.txt'],
    ['/w/source/dispatch.txt', '/w/target/dispatch.txt'],
  ];
  for (const [en, fr] of layouts) {
    const reports = check({ [en]: SEED_EN, [fr]: faulty });
    assert.deepEqual(of(reports, en).translations, [fr], en);
    assert.ok(translationFindings(of(reports, fr)).length > 0, fr);
  }
  // Two files named one by one are compared; the same two found in their folders are not, their folders say nothing.
  const apart = { '/w/a/one.txt': SEED_EN, '/w/b/two.txt': faulty };
  assert.deepEqual(of(check(apart, ['/w/a/one.txt', '/w/b/two.txt']), '/w/a/one.txt').translations, ['/w/b/two.txt']);
  assert.deepEqual(of(check(apart), '/w/a/one.txt').translations, []);
  // Same-named files in sibling folders, both English: not versions of each other.
  const years = check({ '/w/2024/index.txt': SEED_EN, '/w/2025/index.txt': SEED_EN.replace('2024', '2023') });
  assert.deepEqual(of(years, '/w/2024/index.txt').translations, []);
  // An unrelated French article of the same name in a sibling folder is not paired by its name alone.
  const unrelated = 'Le conseil municipal adopte le budget de la bibliothèque\nLes élus ont voté lundi le financement d’une nouvelle médiathèque au centre-ville.\nLe conseil a approuvé un budget de 4,2 millions d’euros pour le projet, que le maire a qualifié de « très attendu ». Les travaux doivent commencer en mars 2025.\n';
  assert.deepEqual(of(check({ '/w/a/index.txt': SEED_EN, '/w/b/index.txt': unrelated }), '/w/a/index.txt').translations, []);
});
test('a differing day, month or year; ranges; dates without a year; numeric and ISO forms', () => {
  const en = [
    'The minister arrived on March 3, 2024 and left on 2024-03-09, as planned by the ministry of foreign affairs.',
    'Talks were held on December 20 and 21 in Bamako, and a report followed on 05/14/2024 from the secretariat.',
    'The ceremony took place on July 26, 2023 in Niamey, according to the official agency.',
  ];
  const fr = [
    'Le ministre est arrivé le 3 mai 2024 et reparti le 2024-03-10, comme prévu par le ministère des Affaires étrangères.',
    'Les discussions se sont tenues les 21 et 22 décembre à Bamako, et un rapport a suivi le 14/05/2024 de la part du secrétariat.',
    'La cérémonie a eu lieu le 26 juillet 2024 à Niamey, selon l’agence officielle.',
  ];
  const files = pair(en, fr);
  const reports = check(files);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), files['/w/a.txt']!), ['March 3, 2024', '2024-03-09', 'December 20 and 21', 'July 26, 2023']);
  assert.deepEqual(flagged(of(reports, '/w/b.txt'), files['/w/b.txt']!), ['3 mai 2024', '2024-03-10', '21 et 22 décembre', '26 juillet 2024']);
  const fixes = of(reports, '/w/a.txt').findings.filter((f) => f.rule === 'translation.date').map((f) => f.fixes[0]!.edits[0]!.newText);
  assert.deepEqual(fixes, ['May 3, 2024', '2024-03-10', 'December 21 and 22', 'July 26, 2024']);
});

test('clean pairs full of dates and numbers produce nothing from translation.*', () => {
  const en = [
    'NIAMEY — The government of Niger announced on Tuesday, September 3, 2024, an emergency plan worth 12.5 billion CFA francs after floods that have killed at least 265 people since June.',
    '"We are facing an unprecedented situation," said the minister. More than 350,000 people have been affected, and 42% of them are children.',
    'The rains, which began in mid-June, destroyed 16,500 homes and flooded 5,000 hectares of crops. A first convoy is expected on September 10 and 11, and another between 14 and 16 September.',
    'In 2022, similar floods killed 195 people; the 2020 season was the worst since 1998, with 1.2 million people affected. The two-day meeting ends on 2024-09-05.',
  ];
  const fr = [
    'NIAMEY — Le gouvernement du Niger a annoncé le mardi 3 septembre 2024 un plan d’urgence de 12,5 milliards de francs CFA après des inondations qui ont fait au moins 265 morts depuis juin.',
    '« Nous faisons face à une situation sans précédent », a déclaré le ministre. Plus de 350\u202f000 personnes ont été touchées, dont 42\u00a0% d’enfants.',
    'Les pluies, qui ont commencé à la mi-juin, ont détruit 16 500 habitations et inondé 5 000 hectares de cultures. Un premier convoi est attendu les 10 et 11 septembre, un autre du 14 au 16 septembre.',
    'En 2022, des inondations similaires avaient fait 195 morts ; la saison 2020 a été la pire depuis 1998, avec 1,2 million de personnes touchées. La réunion de deux jours s’achève le 2024-09-05.',
  ];
  const reports = check(pair(en, fr));
  for (const r of reports) assert.deepEqual(translationFindings(r).map((f) => `${f.rule}: ${f.message}`), [], r.path);
});

test('a hyphenated amount ("a $7-billion plant") is read with its scale; a value a scale cannot state gets no fix that way', () => {
  const same = pair(['Northvolt’s $7-Billion Plant: the $7-billion project was approved.'], ['L’usine de 7 milliards de dollars de Northvolt\u00a0: le projet de 7 milliards de dollars a été approuvé.']);
  assert.deepEqual(translationFindings(of(check(same), '/w/a.txt')), []);
  const differs = pair(['The $7-billion project was approved.'], ['Le projet de 8 milliards de dollars a été approuvé.']);
  const reports = check(differs);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), differs['/w/a.txt']!, 'translation.number'), ['$7-billion']);
  // Seven dollars cannot be written before "milliards": only the fix that can be written is offered.
  const tiny = pair(['The project cost $7 in fees.'], ['Le projet a coûté 7 milliards de dollars de frais.']);
  const f = of(check(tiny), '/w/b.txt').findings.find((x) => x.rule === 'translation.number');
  assert.ok(f, 'flagged');
  assert.deepEqual(
    f.fixes.map((x) => [x.edits[0]?.path, x.edits[0]?.newText]),
    [['/w/a.txt', '$7,000,000,000']],
  );
});

test('the first end of a range takes the unit and scale written after the second', () => {
  const clean = pair(
    ['Rates between 4% and 6% apply to loans worth between $2 billion and $3 billion.'],
    ['Des taux entre 4 et 6 % s’appliquent à des prêts de 2 à 3 milliards de dollars.'],
  );
  assert.deepEqual(translationFindings(of(check(clean), '/w/a.txt')), []);
  const wrong = pair(['Rates between 4% and 6% apply.'], ['Des taux entre 4 et 5 % s’appliquent.']);
  const reports = check(wrong);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), wrong['/w/a.txt']!, 'translation.number'), ['6%']);
  assert.deepEqual(flagged(of(reports, '/w/b.txt'), wrong['/w/b.txt']!, 'translation.number'), ['5 %']);
});

test('units: 113 °F is 45 °C, 15 days are not 72 hours, 24/7 is not a quantity', () => {
  const files = {
    '/w/story.en.txt': 'Heat Pushes Temperatures Past 113°F\nStandfirst here.\nThe campaign will open on February 21, 15 days before the vote, and results are due within three days. The line is open 24/7.\n',
    '/w/story.fr.txt': 'La chaleur dépasse les 45\u00a0°C\nChapeau ici.\nLa campagne s’ouvrira le 21 février, à J-15, et les résultats sont attendus sous 72 heures. La ligne est ouverte 24\u00a0h/24 et 7\u00a0j/7.\n',
  };
  for (const r of check(files)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // A temperature that does differ still does.
  const hot = { '/w/story.en.txt': files['/w/story.en.txt'].replace('113°F', '104°F'), '/w/story.fr.txt': files['/w/story.fr.txt'] };
  assert.deepEqual(flagged(of(check(hot), '/w/story.en.txt'), hot['/w/story.en.txt'], 'translation.number'), ['104']);
  // In another unit, the other side's figure is no fix.
  assert.deepEqual(of(check(hot), '/w/story.en.txt').findings.find((f) => f.rule === 'translation.number')?.fixes, []);
});

test('conversions and zones as wire copy writes them: miles against « millions de kilomètres », a time restated in brackets in another zone, megawatts', () => {
  const en = [
    'The probe flew 121,347,491 miles (195.3 million kilometers) and left the pad at 16:00 local time (19:00 GMT).',
    'Deliveries halted at 08:00 Moscow time (05:00 GMT). The plant, about 65 kilometers from Yaoundé, will have seven turbines of 60 megawatts each.',
  ];
  const fr = [
    'La sonde a parcouru 195,3 millions de kilomètres et a quitté le pas de tir à 16 h heure locale (21 h à Paris).',
    'Les livraisons ont cessé à 8 h, heure de Moscou (5 h GMT). La centrale, à environ 65 kilomètres de Yaoundé, comptera sept turbines de 60 mégawatts chacune.',
  ];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // Moscow time is « heure de Moscou »; a hedged distance is no stretch for a figure without a unit.
  const wrong = named(pair(en, fr.map((p) => p.replace('à 8 h, heure', 'à 9 h, heure').replace('60 mégawatts', '70 mégawatts'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['9 h', '70']);
});

test('areas: the same figure in square miles and square kilometres is a unit slipped; a conversion pairs', () => {
  const en = ['The three states cover 2.8 million square kilometres, about 1.1 million square miles.'];
  const fr = ['Les trois États couvrent 2,8 millions de kilomètres carrés.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // Without the conversion, which would pair with the French (1.1 million square miles are 2.8 million square kilometres).
  const wrong = named(pair(['The three states cover 2.8 million square miles.'], fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['2,8 millions de kilomètres carrés']);
  assert.deepEqual(translationFindings(of(check(wrong), '/w/story.fr.txt')).map((f) => f.message), ['The unit differs from the English version (story.en.txt), which says "2.8 million square miles".']);
});

test('the same figure of another unit, of time or of measure, is a unit slipped; "over" a span of time is no hedge', () => {
  const en = ['The refinery can process 650,000 barrels of crude a day, and the strike lasted 15 days. Cuts will be phased in over 18 months.'];
  const fr = ['La raffinerie peut traiter 650 000 barils de brut par jour, et la grève a duré 15 jours. Les baisses seront étalées sur 18 mois.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, [fr[0]!.replace('barils', 'tonnes').replace('15 jours', '15 heures').replace('18 mois', '12 mois')]));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['650 000 tonnes', '15 heures', '12']);
  assert.deepEqual(translationFindings(of(check(wrong), '/w/story.en.txt')).map((f) => f.message), [
    'The unit differs from the French version (story.fr.txt), which says "650 000 tonnes".',
    'The unit differs from the French version (story.fr.txt), which says "15 heures".',
    'This number differs from the French version (story.fr.txt), which says "12".',
  ]);
  // Minutes and seconds are units of time too: "90 minutes" of deliberation against « 90 heures ».
  const jury = named(pair(['The jury deliberated for about 90 minutes and the verdict was read in 40 seconds.'], ['Le jury a délibéré environ 90 minutes et le verdict a été lu en 40 secondes.']));
  for (const r of check(jury)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const slipped = { ...jury, '/w/story.fr.txt': jury['/w/story.fr.txt']!.replace('90 minutes', '90 heures') };
  assert.deepEqual(flagged(of(check(slipped), '/w/story.fr.txt'), slipped['/w/story.fr.txt']!, 'translation.number'), ['90 heures']);
  // Counted things that are no units ("500 deaths" / « 500 victimes ») are not read as units slipped.
  const deaths = named(pair(['The attack left 500 dead and 40 injured.'], ['L’attaque a fait 500 victimes et 40 blessés.']));
  for (const r of check(deaths)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('race times, ranks and rounded figures: compared as a reader would', () => {
  const en = [
    'Kiprop passed halfway in 1:03:10 and broke away at the 35-kilometer mark, finishing 52 seconds ahead. The previous record of 2:08:19 had stood since 2022.',
    'Lawmakers approved a budget of 16.24 trillion CFA francs, a 5.9% increase.',
  ];
  const fr = [
    'Kiprop est passé au semi-marathon en 1\u00a0h\u00a003\u00a0min\u00a010\u00a0s avant de s’échapper au 35e kilomètre, pour s’imposer avec 52 secondes d’avance. L’ancien record, 2\u00a0h\u00a008\u00a0min\u00a019\u00a0s, tenait depuis 2022.',
    'Les députés ont adopté un budget de 16\u202f244 milliards de francs CFA, en hausse de 5,9\u00a0%.',
  ];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // A time that differs is flagged as a whole, with a fix in each version's notation.
  const slow = pair(en, fr.map((p) => p.replace('2\u00a0h\u00a008\u00a0min\u00a019\u00a0s', '2\u00a0h\u00a008\u00a0min\u00a029\u00a0s')));
  const reports = check(slow);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), slow['/w/a.txt']!, 'translation.number'), ['2:08:19']);
  const f = of(reports, '/w/b.txt').findings.find((x) => x.rule === 'translation.number');
  assert.equal(slow['/w/b.txt']!.slice(f!.start, f!.end), '2\u00a0h\u00a008\u00a0min\u00a029\u00a0s');
  assert.deepEqual(f!.fixes.map((x) => x.edits[0]?.newText), ['2\u00a0h\u00a008\u00a0min\u00a019\u00a0s', '2:08:29']);
  // Rounded to fewer than three significant digits, a figure is another figure.
  const rounded = pair(en.map((p) => p.replace('16.24 trillion', '16 trillion')), fr);
  assert.deepEqual(flagged(of(check(rounded), '/w/a.txt'), rounded['/w/a.txt']!, 'translation.number'), ['16 trillion']);
});

test('a weekday at either end of a French range is compared with the same day in English; "Monday–Tuesday, December 22–23" says no end', () => {
  const en = ['The strike will run from Monday, October 27, to Sunday, November 9, and the summit was held on Monday–Tuesday, December 22–23, 2025.'];
  const fr = ['La grève ira du lundi 27 octobre au dimanche 9 novembre, et le sommet s’est tenu les lundi 22 et mardi 23 décembre 2025.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en.map((p) => p.replace('to Sunday, November 9', 'to Saturday, November 9')), fr);
  assert.deepEqual(flagged(of(check(wrong), '/w/b.txt'), wrong['/w/b.txt']!, 'translation.weekday'), ['dimanche']);
});

test('a month the paragraph before names in both versions does not vouch for another month here: "in July" / « en juin » is flagged (zf08)', () => {
  const en = [
    'The decision slowed the pace of tightening after a surprise half-point increase in June.',
    'Consumer price inflation fell to 7.9 percent in June from 8.7 percent in May, the highest in the Group of Seven.',
  ];
  const fr = [
    'Cette décision ralentit le rythme du resserrement après une hausse surprise d’un demi-point en juin.',
    'L’inflation a reculé à 7,9 % en juin, contre 8,7 % en mai, la plus élevée du G7.',
  ];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair([en[0]!, en[1]!.replace('percent in June', 'percent in July')], fr);
  assert.deepEqual(flagged(of(check(wrong), '/w/a.txt'), wrong['/w/a.txt']!, 'translation.month'), ['July']);
  // A sentence the translator moved into the next paragraph still takes its month along.
  const moved = pair(['The bank raised rates in June. Inflation fell to 7.9 percent.', 'Wage growth stayed high, the bank said.'], ['La banque a relevé ses taux. L’inflation a reculé à 7,9 %.', 'Elle l’avait fait en juin, et la croissance des salaires reste forte, selon la banque.']);
  for (const r of check(moved)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('weekdays and months named without a full date: a contradiction is flagged in both versions, a version that leaves them out is not', () => {
  const en = [
    'The minister resigned on Monday, a week after the vote, and the cabinet met in March to replace him.',
    'The hearing is set for Thursday, April 24, 2025, in Niamey.',
    'May brought rain; the talks resumed in the capital on Friday.',
  ];
  const fr = [
    'Le ministre a démissionné lundi, une semaine après le vote, et le gouvernement s’est réuni en mars pour le remplacer.',
    'L’audience est fixée au jeudi 24 avril 2025, à Niamey.',
    'Mai a apporté la pluie ; les pourparlers ont repris vendredi dans la capitale.',
  ];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // A day or month name touching a letter beyond ASCII is part of another word (the search's boundaries are ASCII ones).
  const word = pair(['The Ölundi festival opened on Monday.'], ['Le festival Ölundi s’est ouvert mercredi.']);
  assert.deepEqual(flagged(of(check(word), '/w/b.txt'), word['/w/b.txt']!, 'translation.weekday'), ['mercredi']);
  // Left out or said another way ("la veille", no day at all): nothing against the other version.
  const vague = pair(en, fr.map((p) => p.replace('a démissionné lundi', 'a démissionné').replace('repris vendredi', 'repris la veille')));
  for (const r of check(vague)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // Another day, another month, or another weekday for the same date.
  const wrong = pair(en, fr.map((p) => p.replace('démissionné lundi', 'démissionné dimanche').replace('en mars', 'en mai').replace('jeudi 24 avril', 'mercredi 24 avril')));
  const reports = check(wrong);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), wrong['/w/a.txt']!, 'translation.weekday'), ['Monday', 'Thursday']);
  assert.deepEqual(flagged(of(reports, '/w/b.txt'), wrong['/w/b.txt']!, 'translation.weekday'), ['dimanche', 'mercredi']);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), wrong['/w/a.txt']!, 'translation.month'), ['March']);
  const f = of(reports, '/w/b.txt').findings.find((x) => x.rule === 'translation.weekday')!;
  assert.equal(f.message, 'This day differs from the English version (a.txt), which says "Monday".');
  assert.deepEqual(f.fixes.map((x) => x.edits[0]?.newText), ['lundi', 'Sunday']);
  // The calendar says which weekday of one date is right, whatever the source language.
  const sourced = { ...named(wrong), '/w/.copydesk.yaml': 'translations: { source: fr }\n' };
  const preferred = (path: string): string[] =>
    of(check(sourced), path).findings.filter((x) => x.rule === 'translation.weekday').flatMap((x) => x.fixes.filter((fx) => fx.preferred).map((fx) => fx.edits[0]?.newText ?? ''));
  assert.deepEqual(preferred('/w/story.en.txt'), ['Sunday'], 'the bare weekday follows the source');
  assert.deepEqual(preferred('/w/story.fr.txt'), ['jeudi'], 'the dated one follows the calendar: April 24, 2025 was a Thursday');
  // A year the date does not write is no evidence: "samedi 6 septembre" in a story that also mentions 2024 may be of 2025.
  const yearless = named(pair(['The court will sit on Friday, Sept. 6, the judge said; the case opened on March 24, 2024.'], ['La cour siégera le samedi 6 septembre, a dit le juge\u00a0; l’affaire s’est ouverte le 24 mars 2024.']));
  const fixesOf = (path: string): string[] => of(check(yearless), path).findings.filter((x) => x.rule === 'translation.weekday').flatMap((x) => x.fixes.filter((fx) => fx.preferred).map((fx) => fx.edits[0]?.newText ?? ''));
  assert.deepEqual([...fixesOf('/w/story.en.txt'), ...fixesOf('/w/story.fr.txt')], [], 'with no source language and no written year, no fix is preferred');
  // A date that differs is translation.date's alone.
  const date = pair(en, fr.map((p) => p.replace('jeudi 24 avril', 'vendredi 25 avril')));
  assert.deepEqual(of(check(date), '/w/a.txt').findings.filter((x) => x.rule.startsWith('translation.')).map((x) => x.rule), ['translation.date']);
  // A sentence moved to the next paragraph takes its day along: not a contradiction.
  const moved = pair(
    ['The minister resigned on Tuesday after the vote, which his party lost by a wide margin in the capital.', 'His deputy took over on Wednesday and promised a new cabinet within a week of the vote.'],
    ['Le ministre a démissionné après le vote, que son parti a largement perdu dans la capitale.', 'Mardi, il a démissionné ; son adjoint a pris la relève mercredi et promis un gouvernement sous une semaine.'],
  );
  for (const r of check(moved)) assert.deepEqual(translationFindings(r).filter((x) => x.rule === 'translation.weekday').map((x) => x.message), [], r.path);
});

test('when both versions give the same weekday and only one date has it, the other date is the slip: its fix is preferred, the weekday is left as it is', () => {
  const files = pair(['The vote took place on Wednesday, Aug. 21, 2025, in the capital.'], ['Le vote a eu lieu le mercredi 20 août 2025 dans la capitale.']);
  const reports = check(files);
  const preferred = (path: string, rule: string): string[] =>
    of(reports, path).findings.filter((f) => f.rule === rule).flatMap((f) => f.fixes.filter((x) => x.preferred).map((x) => x.edits[0]?.newText ?? ''));
  assert.deepEqual(preferred('/w/a.txt', 'translation.date'), ['Wednesday, Aug. 20, 2025']);
  assert.deepEqual(preferred('/w/b.txt', 'translation.date'), []);
  // date.weekday still says Aug. 21 was a Thursday; fix all takes the whole date, which overlaps it.
  const edits = preferredEdits(of(reports, '/w/a.txt').findings).get('/w/a.txt') ?? [];
  assert.equal(applyEdits(files['/w/a.txt']!, edits).text.split('\n')[2], 'The vote took place on Wednesday, Aug. 20, 2025, in the capital.');
});

test('an amount in another currency, and a decade, differ like any number; conversions are two amounts', () => {
  const en = ['The plan costs $10.4 billion (about 6.2 trillion CFA francs), the largest since the 1990s.'];
  const fr = ['Le plan coûte 10,4 milliards de dollars (environ 6\u202f200 milliards de francs CFA), le plus important depuis les années 1990.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en, fr.map((p) => p.replace('milliards de dollars', 'milliards d’euros').replace('années 1990', 'années 1980')));
  const reports = check(wrong);
  const b = of(reports, '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => wrong['/w/b.txt']!.slice(f.start, f.end)), ['10,4 milliards d’euros', '1980']);
  assert.equal(b[0]?.message, 'This amount is in another currency than in the English version (a.txt), which says "$10.4 billion" (US dollars, not euros).');
  // The currency said as the other version's, the figure kept: « d’euros » / "$" become « de dollars » / "€".
  assert.deepEqual(b[0]?.fixes.map((x) => x.edits[0]?.newText), ['de dollars', '€']);
  assert.match(applyEdits(wrong['/w/b.txt']!, b[0]?.fixes[0]?.edits ?? []).text, /coûte 10,4 milliards de dollars \(environ/u);
  assert.deepEqual(b[1]?.fixes.map((x) => x.edits[0]?.newText), ['1990', '1980s']);
});

test('the currencies of Africa, Asia and Latin America are read: dirhams are not euros, Kenyan shillings are « shillings kényans »', () => {
  const en = ['The plant cost 12.8 billion dirhams, and the Nairobi line 3.2 billion Kenyan shillings, or 45 billion rupees in all.'];
  const fr = ['L’usine a coûté 12,8 milliards de dirhams, et la ligne de Nairobi 3,2 milliards de shillings kényans, soit 45 milliards de roupies en tout.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en, fr.map((p) => p.replace('milliards de dirhams', 'milliards d’euros')));
  const b = of(check(wrong), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => f.message), ['This amount is in another currency than in the English version (a.txt), which says "12.8 billion" (dirhams, not euros).']);
});

test('a French fix groups a four-digit figure as the article groups its own: « 4 000 » beside « 2 500 », « 4000 » beside « 1500 »', () => {
  const fixOf = (fr: string): string | undefined => {
    const files = pair(['The ship carried nearly 4,000 tonnes of fuel and 2,500 tonnes of oil.'], [fr]);
    return of(check(files), '/w/b.txt').findings.find((f) => f.rule === 'translation.number')?.fixes[0]?.edits[0]?.newText;
  };
  assert.equal(fixOf('Le navire transportait près de 400 tonnes de fioul et 2\u202f500 tonnes de pétrole.'), '4\u202f000');
  assert.equal(fixOf('Le navire transportait près de 400 tonnes de fioul et 2500 tonnes de pétrole.'), '4000');
});

test('"francs" alone may be Swiss or CFA ones, but not euros (wj07)', () => {
  const en = ['The state gave UBS a guarantee of 9 billion francs on Sunday.'];
  for (const fr of ['L’État a accordé dimanche à UBS une garantie de 9 milliards de francs suisses.', 'L’État a accordé dimanche à UBS une garantie de 9 milliards de francs.']) {
    for (const r of check(pair(en, [fr]))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], fr);
  }
  const wrong = pair(en, ['L’État a accordé dimanche à UBS une garantie de 9 milliards d’euros.']);
  const b = of(check(wrong), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => f.message), ['This amount is in another currency than in the English version (a.txt), which says "9 billion" (francs, not euros).']);
  assert.equal(b[0]?.fixes[0]?.edits[0]?.newText, 'de francs');
});

test('« neuf » before a plural noun is nine, and two figures that agree have their conversions compared', () => {
  const en = ['The branch adds nine stops to both towns by 2031; she raised 120,000 rand (about $6,700) for the club.'];
  const fr = ['La branche ajoute neuf arrêts vers les deux communes d’ici 2031 ; elle a récolté 120 000 rands (environ 6 700 dollars) pour le club.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en.map((p) => p.replace('$6,700', '$7,600')), fr);
  const b = of(check(wrong), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => wrong['/w/b.txt']!.slice(f.start, f.end)), ['6 700']);
});

test('a conversion in brackets with the same figure in another currency was slipped; one a desk made into its readers’ currency was not', () => {
  const en = ['Pfizer agreed to buy Seagen for $43 billion (about €40 billion), betting on its cancer drugs.'];
  const fr = ['Pfizer rachète Seagen pour 43 milliards de dollars (environ 40 milliards d’euros), misant sur ses traitements contre le cancer.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // The French desk's own conversion, to another currency and so another figure, says nothing.
  const own = pair(en.map((p) => p.replace('€40 billion', '£34 billion')), fr);
  for (const r of check(own)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en.map((p) => p.replace('€40 billion', '£40 billion')), fr);
  const a = of(check(wrong), '/w/a.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(a.map((f) => wrong['/w/a.txt']!.slice(f.start, f.end)), ['£40 billion']);
});

test('days listed around a date are the date’s, not counts: "December 27, 28 and 29" / « les 27, 28 et 29 décembre »', () => {
  const en = ['Ursula von der Leyen said vaccinations would start across the EU on December 27, 28 and 29, and 200 million doses were ordered.'];
  const fr = ['Ursula von der Leyen a indiqué que les vaccinations commenceraient dans toute l’UE les 27, 28 et 29 décembre, et 200 millions de doses ont été commandées.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // A count after a date is still a count: "on December 27, 28 people" ends no list.
  const count = pair(['On December 27, 28 people were hurt.'], ['Le 27 décembre, 82 personnes ont été blessées.']);
  const b = of(check(count), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => count['/w/b.txt']!.slice(f.start, f.end)), ['82']);
});

test('doses are measured: 2.4 milligrams against « 2,4 microgrammes » is a unit slipped; "5G" is no gram', () => {
  const en = ['Wegovy is injected once a week at a dose of 2.4 milligrams, and 5G networks reach 50 towns.'];
  const fr = ['Le Wegovy s’injecte une fois par semaine à la dose de 2,4 mg, et les réseaux 5G couvrent 50 villes.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en, fr.map((p) => p.replace('2,4 mg', '2,4 microgrammes')));
  const b = of(check(wrong), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => wrong['/w/b.txt']!.slice(f.start, f.end)), ['2,4 microgrammes']);
});

test('a unit of measure after a scale is compared too: "1.3 million tonnes" / « 1,3 million de barils »', () => {
  const en = ['The combined company will produce about 1.3 million barrels of oil equivalent per day, and 2 million people live there.'];
  const fr = ['Le nouvel ensemble produira environ 1,3 million de barils équivalent pétrole par jour, et 2 millions d’habitants y vivent.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en.map((p) => p.replace('million barrels', 'million tonnes')), fr);
  const a = of(check(wrong), '/w/a.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(a.map((f) => wrong['/w/a.txt']!.slice(f.start, f.end)), ['1.3 million tonnes']);
});

test('figures an adapted translation states another way are not disagreements: hedges, conversions, sprint times, hours, other dollars, round counts', () => {
  const en = [
    'Nearly 1,500 cooperatives sold cocoa; the town has 48,213 inhabitants.',
    'Bolt-like, he ran 9.87 seconds after a 9.94 in the heats, and the wind was 0.33 seconds of help.',
    'The crew works from 6 to 11 p.m.; the hummingbird has wings 22 feet across and the temperature was 48 F.',
    'A costume costs 180,000 Trinidad and Tobago dollars, or roughly $26,500, after about 10 days of work for 12 people.',
  ];
  const fr = [
    'Près de 1 500 coopératives ont vendu du cacao ; la ville compte plus de 48 000 habitants.',
    'Il a couru en 9 s 87 après 9 s 94 en séries, avec un vent favorable de 33 centièmes.',
    'L’équipe travaille de 18 heures à 23 heures ; le colibri a 6,7 mètres d’envergure et il faisait environ 9 degrés Celsius.',
    'Un costume coûte 180 000 dollars de Trinité-et-Tobago (environ 24 000 euros), après une dizaine de jours de travail pour douze personnes.',
  ];
  const clean = check(named(pair(en, fr)));
  assert.deepEqual(of(clean, '/w/story.en.txt').translations, ['/w/story.fr.txt']);
  for (const r of clean) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // The same figures changed still differ; a conversion far off is another quantity, not flagged.
  const wrong = named(pair(en, fr.map((p) => p.replace('9 s 87', '9 s 78').replace('6,7 mètres', '8,7 mètres').replace('Près de 1 500', 'Près de 1 800'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['1 800', '9 s 78']);
});

test('times of day: 9:52 p.m. is 21 h 52 and 10 p.m. is 22 heures; a time in another written zone is another time', () => {
  const en = ['The blast went off at 9:52 p.m. and the curfew runs from 10 p.m. to 6 a.m.; the court sat at 3 p.m. GMT (4 p.m. in Paris) and the bank decides at 13:15 BST.'];
  const fr = ['L’explosion a eu lieu à 21 h 52 et le couvre-feu court de 22 heures à 6 heures\u00a0; la cour a siégé à 16 h, heure de Paris, et la banque décide à 14 h 15 (heure de Paris).'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('21 h 52', '21 h 25'))));
  const f = of(check(wrong), '/w/story.en.txt').findings.find((x) => x.rule === 'translation.number');
  assert.equal(wrong['/w/story.en.txt']!.slice(f!.start, f!.end), '9:52 p.m.');
  assert.deepEqual(f!.fixes.map((x) => x.edits[0]?.newText), ['9:25 p.m.', '21 h 52']);
});

test('a time or a percentage the translator moved within the paragraph is still compared', () => {
  const en = ['On Tuesday, Dec. 3, 2024, police raided two warehouses at 11:45 p.m. and seized 27 tons, 40% of the stock.'];
  const fr = ['Le mardi 3 décembre 2024, à 23\u00a0h\u00a045, la police a perquisitionné deux entrepôts et saisi, soit 40\u00a0% du stock, 27 tonnes.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('23\u00a0h\u00a045', '21\u00a0h\u00a045').replace('40\u00a0%', '45\u00a0%'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['21\u00a0h\u00a045', '45\u00a0%']);
  // A time moved past a number word is compared too.
  const one = named(pair(['Two polling stations closed at 6 p.m. on Sunday.'], ['Dimanche à 19 heures, deux bureaux de vote ont fermé.']));
  assert.deepEqual(flagged(of(check(one), '/w/story.fr.txt'), one['/w/story.fr.txt']!, 'translation.number'), ['19 heures']);
});

test('amounts in British and French shorthand: £3.5bn, € 2m, 34.7C, « 24 Md€ », « 3,5 milliards de livres », « 3 200 milliards d’euros »', () => {
  const en = ['The deal is worth £3.5bn, with a €2m fee; €3.2tn of debt, €24bn of bonds, and it was 34.7C in London.'];
  const fr = ['L’accord vaut 3,5 milliards de livres, avec une commission de 2\u00a0M€\u00a0; 3\u202f200 milliards d’euros de dette, 24\u00a0Md€ d’obligations, et il faisait 34,7\u00a0°C à Londres.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('£3.5bn', '£3.5m').replace('€3.2tn', '€3.2bn').replace('34.7C', '37.4C')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['£3.5m', '€3.2bn', '37.4']);
});

test('corrections, captions and credit lines belong to one version: neither aligned nor missing; a real paragraph left out still is', () => {
  const en = [
    '*Customs officers stand next to bags of cocaine seized at the port of Lomé. (AP Photo/Emile Kouton)*',
    'The court sentenced the three men to 20 years in prison on Tuesday after a trial that lasted six weeks in Lomé.',
    'Correction: An earlier version of this article misstated the length of the trial.',
    'Prosecutors have five days to lodge an appeal with the Supreme Court, a spokesperson for the court said on Wednesday.',
    '(Reporting by Awa Traoré; Editing by Giles Elgood)',
  ];
  const fr = [
    'Le tribunal a condamné mardi les trois hommes à 20 ans de prison à l’issue d’un procès de six semaines à Lomé.',
    'Le parquet dispose de cinq jours pour se pourvoir devant la Cour suprême, a indiqué mercredi un porte-parole du tribunal.',
    'Rectificatif\u00a0: une précédente version de cet article indiquait une durée erronée.',
    '(Reportage d’Awa Traoré\u00a0; version française Claire Dupont)',
  ];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const dropped = named(pair(en, fr.filter((p) => !p.startsWith('Le parquet'))));
  assert.deepEqual(flagged(of(check(dropped), '/w/story.en.txt'), dropped['/w/story.en.txt']!, 'translation.missing').map((t) => t.slice(0, 20)), ['Prosecutors have fiv']);
});

test('numbers that differ are translation.number, in each language’s notation', () => {
  const en = ['The plan is worth 12.5 billion CFA francs and covers 350,000 people, 42% of them children, across 16,500 homes.'];
  const fr = ['Le plan s’élève à 12,5 milliards de francs CFA et concerne 350 000 personnes, dont 24 % d’enfants, dans 16 500 habitations.'];
  const files = pair(en, fr);
  const reports = check(files);
  assert.deepEqual(flagged(of(reports, '/w/a.txt'), files['/w/a.txt']!, 'translation.number'), ['42%']);
  assert.deepEqual(flagged(of(reports, '/w/b.txt'), files['/w/b.txt']!, 'translation.number'), ['24 %']);
});

test('a paragraph left out of the translation is translation.missing; a split paragraph is not', () => {
  const en = [
    'The government announced an emergency plan on Tuesday after floods that killed at least 265 people in Maradi and Zinder.',
    'The United Nations and the World Food Programme have pledged support, and a first convoy is expected in Maradi next week.',
    'In 2022, similar floods killed 195 people. Experts link the intensity of the rainy season to climate change in the Sahel.',
  ];
  const fr = [
    'Le gouvernement a annoncé mardi un plan d’urgence après des inondations qui ont fait au moins 265 morts à Maradi et Zinder.',
    'Les Nations unies et le Programme alimentaire mondial ont promis leur soutien, et un premier convoi est attendu à Maradi la semaine prochaine.',
  ];
  const files = pair(en, fr);
  const missing = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.equal(missing.length, 1);
  assert.ok(files['/w/a.txt']!.slice(missing[0]!.start).startsWith('In 2022'));
  // Seen from the version that lacks it too, where it would come: after the last paragraph here.
  const gap = of(check(files), '/w/b.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(
    gap.map((f) => [files['/w/b.txt']!.slice(f.start, f.end), f.message]),
    [['prochaine.', 'After this paragraph, the English version (a.txt) has one with no counterpart here: "In 2022, similar floods killed 195 people. Experts link the…". Was it left out of this version, or added to that one after translation?']],
  );
  // In the middle, on the first word of the paragraph it would come before.
  const middle = pair([en[0]!, en[2]!, en[1]!], fr);
  assert.deepEqual(
    of(check(middle), '/w/b.txt').findings.filter((f) => f.rule === 'translation.missing').map((f) => middle['/w/b.txt']!.slice(f.start, f.end)),
    ['Les'],
  );
  const split = pair(en.slice(0, 2), [fr[0]!, 'Les Nations unies et le Programme alimentaire mondial ont promis leur soutien.', 'Un premier convoi est attendu à Maradi la semaine prochaine, selon les Nations unies.']);
  for (const r of check(split)) assert.deepEqual(r.findings.filter((f) => f.rule === 'translation.missing'), [], r.path);
});

test('a quote left out beside a paragraph that names the same city is missing, not merged: a merge is as long as its halves together', () => {
  // Blind round OK's Marburg story, its French without the nurse's quote and its English with "Kigalli" in the paragraph
  // before: the quote shares only "Kigali" with that paragraph's French, and was once taken for the second half of a merge into it.
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairs/ok06/${name}`, import.meta.url), 'utf8');
  const en = read('061_768b300114c65c80.txt').replace('hospitals in Kigali', 'hospitals in Kigalli');
  const fr = read('060_b2e4fea6a0ebfc79.txt')
    .split('\n')
    .filter((line) => !line.includes('Grace Uwimana'))
    .join('\n');
  const reports = check({ '/k/story.en.txt': en, '/k/story.fr.txt': fr }, ['/k']);
  const missing = of(reports, '/k/story.en.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.equal(missing.length, 1);
  assert.match(en.slice(missing[0]!.start, missing[0]!.end), /Grace Uwimana/);
});

test('a paragraph whose figures the next paragraph’s counterpart does not state was left out, not merged into it', () => {
  // Blind round UA's Togo story: "who ruled Togo for 38 years" shares only the president's name with the paragraph before.
  const en = [
    'Opposition parties and civil society groups said the change would allow Gnassingbé, in power since 2005, to stay in office without term limits.',
    'Gnassingbé succeeded his father, Gnassingbé Eyadéma, who ruled Togo for 38 years.',
    'Legislative and regional elections were held on Monday, April 29, 2024.',
  ];
  const fr = [
    'Les partis d’opposition et des organisations de la société civile ont estimé que ce changement permettrait à M. Gnassingbé, au pouvoir depuis 2005, de rester en fonctions sans limitation de mandats.',
    'Des élections législatives et régionales se sont tenues le lundi 29 avril 2024.',
  ];
  const files = pair(en, fr);
  const missing = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(missing.map((f) => files['/w/a.txt']!.slice(f.start, f.end)), [en[1]]);
  // Merged, the paragraph's figure comes along: no paragraph is missing.
  const merged = pair(en, [`${fr[0]!.replace('mandats.', 'mandats. Il a succédé à son père, Gnassingbé Eyadéma, qui a dirigé le Togo pendant 38 ans.')}`, fr[1]!]);
  assert.deepEqual(of(check(merged), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing'), []);
});

test('a short paragraph left out is translation.missing when it states a number or a date; a year shared with a neighbour does not make it a split', () => {
  const en = [
    'Online returns open on April 10 for every household, and the deadline depends on where taxpayers live in France.',
    'Paper returns must be sent by Tuesday, May 20, 2025.',
    'Residents of départements 55 to 976 have until Thursday, June 5, 2025, to file online, the ministry said.',
  ];
  const fr = [
    'Les déclarations en ligne ouvrent le 10 avril pour tous les foyers, et la date limite dépend du lieu de résidence en France.',
    'Les habitants des départements 55 à 976 ont jusqu’au jeudi 5 juin 2025 pour déclarer en ligne, a indiqué le ministère.',
  ];
  const files = pair(en, fr);
  const missing = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(missing.map((f) => files['/w/a.txt']!.slice(f.start, f.end)), ['Paper returns must be sent by Tuesday, May 20, 2025.']);
  // Short and without a number: a line a translation may well leave out.
  const plain = pair([en[0]!, 'The ministry did not comment further on the matter.', en[2]!], fr);
  assert.deepEqual(of(check(plain), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing'), []);
});

test('messages name the version that disagrees, in the editor’s language', () => {
  const project = new Project(new MemoryFileSystem({ '/w/x1.txt': SEED_EN, '/w/x2.txt': SEED_FR }), { locale: 'fr', today: () => new Date('2026-01-15T00:00:00Z') });
  const en = project.check(['/w']).find((r) => r.path === '/w/x1.txt')!;
  const date = en.findings.find((f) => f.rule === 'translation.date')!;
  assert.match(date.message, /^Cette date diffère de la version française \(x2\.txt\)/);
});

test('while the configuration has a mistake, the last good one stays in force and the mistake is reported', () => {
  const fs = new MemoryFileSystem({
    '/w/.copydesk.yaml': 'entities: [entities.yaml]\n',
    '/w/entities.yaml': 'entities:\n  - { id: goita, type: person, name: Assimi Goïta }\n',
    '/w/a.en.txt': 'Title\nStandfirst.\nAssimi Goita spoke in Bamako on Tuesday about the alliance.\n',
  });
  const project = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  const spelled = (): number => project.check(['/w/a.en.txt'])[0]!.findings.filter((f) => f.rule === 'entity.spelling').length;
  assert.equal(spelled(), 1);
  fs.set('/w/entities.yaml', 'entities:\n  - { id: goita, type: person, name: Assimi Goïta \n');
  project.invalidate('/w/entities.yaml');
  assert.equal(spelled(), 1, 'the last good list still applies');
  assert.ok(project.configProblems(['/w/a.en.txt']).some((p) => p.path === '/w/entities.yaml'), 'the broken list is reported');
});

test('a finding that points into the entity list is placed with the list as it was read, not as it is on disk now', () => {
  const list = '\uFEFFentities:\n  - { id: goita, type: person, name: Assimi Goïta }\n';
  const fs = new MemoryFileSystem({
    '/w/.copydesk.yaml': 'entities: [entities.yaml]\n',
    '/w/entities.yaml': list,
    '/w/a.en.txt': 'Title\nStandfirst.\nAssimi Goita spoke in Bamako on Tuesday about the alliance.\n',
  });
  const project = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  const finding = project.check(['/w/a.en.txt'])[0]!.findings.find((f) => f.rule === 'entity.spelling');
  const related = finding?.related.find((r) => r.path === '/w/entities.yaml');
  assert.ok(related, 'the misspelling points at the entry in the list');
  fs.set('/w/entities.yaml', '# a comment added since\n' + list);
  const text = project.textRead('/w/entities.yaml');
  assert.equal(text, list.slice(1), 'the text the entry was found in, without its BOM');
  assert.equal(text?.slice(related.start, related.end).includes('goita'), true);

  // While the list has a mistake, the good entries and the new problems point into different texts: none is offered.
  fs.set('/w/entities.yaml', 'entities:\n  - { id: goita, type: person, name: Assimi Goïta \n');
  project.invalidate('/w/entities.yaml');
  project.check(['/w/a.en.txt']);
  assert.equal(project.textRead('/w/entities.yaml'), undefined);
});

test('numbers and dates the translator put in another order are not a disagreement', () => {
  const en = ['The floods killed 265 people and affected 350,000 more, between September 3, 2024 and September 10, 2024, the ministry said.'];
  const fr = ['Les inondations ont touché 350 000 personnes et en ont tué 265 entre le 10 septembre 2024 et le 3 septembre 2024, selon le ministère.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('an untrusted workspace cannot make Copydesk read files outside its folder', () => {
  const fs = new MemoryFileSystem({
    '/w/.copydesk.yaml': 'entities: [../secrets/list.yaml, /etc/hostname]\n',
    '/secrets/list.yaml': 'entities:\n  - { id: x, name: X Y }\n',
    '/w/a.en.txt': 'Title\nStandfirst.\nSome text.\n',
  });
  const confined = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z'), confineConfigPaths: true });
  const problems = confined.configProblems(['/w/a.en.txt']);
  assert.equal(problems.length, 2);
  assert.ok(problems.every((p) => /outside this workspace folder/.test(p.message)));
  assert.equal(confined.configFor('/w/a.en.txt').entities.byId('x'), undefined);
  // The CLI, run by the newsroom itself, may share lists between folders.
  const open = new Project(fs, { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  assert.ok(open.configFor('/w/a.en.txt').entities.byId('x'));
});

test('numbers said in one version only, or that cannot be read for sure, are not disagreements', () => {
  const en = ['Temperatures reached 45°C (113°F) on 12 June; some 1.2m people were affected. The meeting started at 2:30 p.m. in the 1990s-style hall; the 34-year-old minister won 52.3% of the vote. Call +223 20 22 45 67 about the COVID-19 and G5 files.'];
  const fr = ['Les températures ont atteint 45 °C le 12 juin ; quelque 1,2 million de personnes ont été touchées. La réunion a commencé à 14 h 30 dans la salle de style années 1990 ; le ministre de 34 ans a obtenu 52,3 % des voix. Appelez le +223 20 22 45 67 sur les dossiers Covid-19 et G5.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  // The classic slip is still caught: a French "billion" is a thousand times an English one.
  const files = pair(['The country needs $1.5 billion over three years, the minister said at the meeting.'], ['Le pays a besoin de 1,5 billion de dollars sur trois ans, a déclaré le ministre lors de la réunion.']);
  assert.deepEqual(flagged(of(check(files), '/w/b.txt'), files['/w/b.txt']!, 'translation.number'), ['1,5 billion']);
});

test('an inline comment silences a translation finding in the version that carries it only', () => {
  const reports = check({
    '/w/story.en.md': '<!-- copydesk-disable translation.date -->\nHeld on December 22, 2024 in Bamako, the summit ended the next day.\n',
    '/w/story.fr.md': 'Tenu le 22 décembre 2025 à Bamako, le sommet s’est achevé le lendemain.\n',
  });
  assert.deepEqual(of(reports, '/w/story.en.md').findings.filter((f) => f.rule === 'translation.date'), []);
  assert.equal(of(reports, '/w/story.fr.md').findings.filter((f) => f.rule === 'translation.date').length, 1);
});

test('two short texts that share a word or two are not versions of each other', () => {
  const reports = check({
    '/w/note-a.md': '# Weekday\n\nThursday, July 26, 2024 was a Friday. Written in Markdown.\n',
    '/w/note-b.md': '# Orthographe\n\nLes noms s’écrivent comme dans la liste, en Markdown, selon la langue de l’article.\n',
  });
  for (const r of reports) assert.deepEqual(r.translations, [], r.path);
});

// The editor checks both versions after a keystroke in one: the other's own
// findings come from the project's cache, and must be exactly what a fresh
// check finds — and never survive a change of its text, of the
// configuration, or of the day.
test('a version whose text has not changed keeps its findings, and only then', () => {
  const fs = new MemoryFileSystem({ '/w/x1.txt': SEED_EN, '/w/x2.txt': SEED_FR });
  let today = new Date('2026-01-15T00:00:00Z');
  const project = new Project(fs, { locale: 'en', today: () => today });
  const fresh = (): FileReport[] => new Project(fs, { locale: 'en', today: () => today }).check(['/w/x1.txt', '/w/x2.txt']);
  const first = project.check(['/w/x1.txt', '/w/x2.txt']);
  assert.deepEqual(project.check(['/w/x1.txt', '/w/x2.txt']), first);
  // An edit in the English version: the French keeps its own findings, the comparison is redone.
  fs.set('/w/x1.txt', SEED_EN.replace('December 22, 2024', 'December 22, 2025'));
  project.invalidate('/w/x1.txt');
  const edited = project.check(['/w/x1.txt', '/w/x2.txt']);
  assert.deepEqual(edited, fresh());
  assert.notDeepEqual(translationFindings(of(edited, '/w/x2.txt')), translationFindings(of(first, '/w/x2.txt')));
  // A new configuration and a new day both start afresh.
  fs.set('/w/.copydesk.yaml', 'rules:\n  typography.*: off\n');
  project.invalidate('/w/.copydesk.yaml');
  assert.deepEqual(project.check(['/w/x1.txt', '/w/x2.txt']), fresh());
  today = new Date('2027-06-01T00:00:00Z');
  assert.deepEqual(project.check(['/w/x1.txt', '/w/x2.txt']), fresh());
});

test('a day slipped under a weekday kept: the weekday check prefers no fix where translation.date, seeing both versions, fixes the day', () => {
  const en = ['The finance minister presented the budget on Tuesday, September 9, 2025, to parliament.'];
  const fr = ['Le ministre des Finances a présenté le budget le mardi 10 septembre 2025 au Parlement.'];
  const reports = check(named(pair(en, fr)));
  const fr_ = of(reports, '/w/story.fr.txt');
  const weekday = fr_.findings.find((f) => f.rule === 'date.weekday');
  assert.ok(weekday, 'the weekday no longer fits the French date');
  assert.deepEqual(weekday.fixes.filter((x) => x.preferred), [], 'changing « mardi » to fit the wrong day is not preferred');
  const date = fr_.findings.find((f) => f.rule === 'translation.date');
  assert.equal(date?.fixes.find((x) => x.preferred)?.edits[0]?.newText, 'mardi 9 septembre 2025');
  // Alone, with no other version, the weekday fix is preferred as before.
  const solo = new Project(new MemoryFileSystem({ '/w/a.txt': pair(en, fr)['/w/b.txt']! }), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  assert.equal(of(solo, '/w/a.txt').findings.find((f) => f.rule === 'date.weekday')?.fixes.find((x) => x.preferred)?.edits[0]?.newText, 'mercredi');
});

test('a temperature moved within its paragraph is compared, and a conversion in brackets is no alibi for another figure: the quantity is compared as first written', () => {
  const en = ['The reading beat the previous record of 38.7C (101.7F), set in 2019, by 1.6 degrees.'];
  const fr = ['Le relevé dépasse de 1,6 degré le précédent record de 38,7\u00a0°C, établi en 2019.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('38,7', '37,8'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['37,8']);
  // The figure the writer put first is the one compared: "54 kilometers (28 miles)" against « 45 kilomètres ».
  const far = named(pair(['The town lies about 54 kilometers (28 miles) from Kaya and 180 kilometers (112 miles) from the capital.'], ['La ville se trouve à environ 45 kilomètres de Kaya et à 180 kilomètres de la capitale.']));
  assert.deepEqual(flagged(of(check(far), '/w/story.en.txt'), far['/w/story.en.txt']!, 'translation.number'), ['54']);
  // So is an amount restated roughly in another currency, and "CFA francs" against « francs » is one amount.
  const cocoa = (fr: string): Record<string, string> => named(pair(['The price rose to 1,500 francs in April, then to 1,800 CFA francs (about $3) in October and to 2,200 francs in 2025.'], [fr]));
  const clean = cocoa('Le prix est passé à 1 500 francs en avril, puis à 1 800 francs en octobre et à 2 200 francs en 2025.');
  for (const r of check(clean)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const slipped = cocoa('Le prix est passé à 1 500 francs en avril, puis à 1 800 francs en octobre et à 2 100 francs en 2025.');
  assert.deepEqual(flagged(of(check(slipped), '/w/story.fr.txt'), slipped['/w/story.fr.txt']!, 'translation.number'), ['2 100']);
});

test('a value the other version states in another order is matched there, even when a sentence is left out of that paragraph', () => {
  const en = ['His first novel (1985) was adapted by Béla Tarr into a film of more than seven hours in 1994.'];
  const fr = ['Son premier roman (1985) a été adapté par Béla Tarr en 1994 dans un film de plus de sept heures. Il avait reçu le Man Booker International Prize en 2015.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('figures a translator put in another order are compared with their own: "to 804 francs, from 730" against « de 730 à 840 » flags 804, not the right 730', () => {
  const en = ['A litre of super petrol rose to 840 CFA francs, from 730 francs, and a litre of diesel to 828 francs, from 720.'];
  const fr = ['Le litre de super passe de 730 à 840 francs CFA et celui de gasoil de 720 à 828 francs.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('840', '804')), fr));
  const enReport = of(check(wrong), '/w/story.en.txt');
  assert.deepEqual(flagged(enReport, wrong['/w/story.en.txt']!, 'translation.number'), ['804']);
  assert.match(enReport.findings.find((f) => f.rule === 'translation.number')?.message ?? '', /840/);
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['840']);
});

test('counts of time in words are compared when both versions count the same unit: "five to seven years" / « de cinq à six ans », "two-year" / « trois ans »', () => {
  const en = ['They face from five to seven years in prison, after a two-year inquiry and about a dozen hearings over eighteen months.'];
  const fr = ['Ils encourent de cinq à sept ans de prison, après une enquête de deux ans et une douzaine d’audiences en dix-huit mois.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('cinq à sept ans', 'cinq à six ans').replace('enquête de deux ans', 'enquête de trois ans'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['six', 'trois']);
  // A round word ("a dozen", « une vingtaine ») stays paired, never flagged.
  const round = named(pair(['About a dozen people attended.'], ['Une vingtaine de personnes étaient présentes.']));
  assert.deepEqual(flagged(of(check(round), '/w/story.fr.txt'), round['/w/story.fr.txt']!, 'translation.number'), []);
});

test('a champion’s titles said as a multiple are counted: "three-time Olympic champion" / « triple champion olympique »; « tous deux » is "both", no number (zo03)', () => {
  const en = ['The Londoner, a three-time Olympic champion on the track, built his victory on the two time trials, winning both at Besançon and at Chartres.'];
  const fr = ['Le Londonien, triple champion olympique sur piste, a bâti sa victoire sur les deux contre-la-montre, qu’il a remportés tous deux, à Besançon et à Chartres.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(['Wiggins, a three-time Olympic champion on the track, won the Tour.'], ['Wiggins, double champion olympique sur piste, a remporté le Tour.']);
  assert.deepEqual(flagged(of(check(wrong), '/w/b.txt'), wrong['/w/b.txt']!, 'translation.number'), ['double']);
  // « le triple de » is three times as much, "a double murder" one crime: no count of titles.
  const other = pair(['The budget is three times last year’s after a double murder.'], ['Le budget est le triple de celui de l’an dernier après un double meurtre.']);
  for (const r of check(other)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('« huitième de finale » is a round’s name, the last sixteen, no rank: "lost in the fourth round" raises nothing (zy05)', () => {
  const en = ['Angelique Kerber, who had lost in the fourth round, watched from the stands as her eighth seed fell.'];
  const fr = ['Angelique Kerber, éliminée en huitième de finale, a regardé depuis les tribunes la chute de la huitième tête de série.'];
  for (const r of check(pair(en, fr))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = pair(en, [fr[0]!.replace('la huitième tête', 'la neuvième tête')]);
  assert.deepEqual(flagged(of(check(wrong), '/w/b.txt'), wrong['/w/b.txt']!, 'translation.number'), ['neuvième']);
});

test('counts of things in words are compared when both versions name what they count: "seven projects" / « six projets », "four doses" / « 3 doses », "twice" / « trois fois »', () => {
  const en = [
    'The plan funds seven new projects and three schools, and children get four doses. Two of the three suspects were freed.',
    'Three soldiers and two civilians were killed, both countries said, and a dozen people were hurt.',
    'The bank may cut rates twice more this year, its governor said.',
  ];
  const fr = [
    'Le plan finance sept nouveaux projets et trois écoles, et les enfants reçoivent 4 doses. Deux des trois suspects ont été libérés.',
    'Deux civils et trois soldats ont été tués, ont indiqué les deux pays, et une dizaine de personnes ont été blessées.',
    'La banque pourrait baisser ses taux encore deux fois cette année, selon son gouverneur.',
  ];
  // Clean: the same counts in words or figures, reordered ("two civilians and three soldiers"), « les deux pays » for "both", a round word.
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('sept nouveaux projets', 'six nouveaux projets').replace('4 doses', '3 doses').replace('encore deux fois', 'encore trois fois'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['six', '3', 'trois']);
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['seven', 'four', 'twice']);
  // Counts of two different things are two counts, whatever their numbers.
  const other = named(pair(['Five soldiers were killed.'], ['Quatre civils ont été tués.']));
  assert.deepEqual(flagged(of(check(other), '/w/story.fr.txt'), other['/w/story.fr.txt']!, 'translation.number'), []);
});

test('two paragraphs the translator merged into one are both compared with it, and neither is reported missing', () => {
  const en = [
    'Workers at the Tarkwa gold mine in Ghana walked out on Monday, Oct. 9, demanding a 20% raise from Gold Fields.',
    'The strike shut the mine’s two pits and its processing plant, union leader Kwame Mensah said.',
    'It produced 321,000 ounces of gold in 2022, about 14% of Ghana’s output, according to the Minerals Commission.',
    'Gold Fields said talks with the union would resume on Thursday in Accra.',
  ];
  const fr = [
    'Les ouvriers de la mine d’or de Tarkwa, au Ghana, ont cessé le travail lundi 9 octobre pour réclamer une hausse de 20 % à Gold Fields.',
    'La grève a paralysé les deux fosses et l’usine de traitement, selon le syndicaliste Kwame Mensah. La mine a produit 321 000 onces d’or en 2022, environ 14 % de la production du Ghana, selon la Minerals Commission.',
    'Gold Fields a indiqué que les discussions avec le syndicat reprendraient jeudi à Accra.',
  ];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('321,000', '312,000')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['312,000']);
  // A long feature whose French merged a quote into the paragraph before it: what follows stays aligned
  // (it once compared the drought paragraph's "2020" with the pledge's « 2030 »).
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairing/${name}`, import.meta.url), 'utf8');
  const feature = check({ '/k/story.en.txt': read('merged-oc07.en.txt'), '/k/story.fr.txt': read('merged-oc07.fr.txt') }, ['/k']);
  for (const r of feature) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('percentage points are no percentage: "9.5 percentage points" against « 9,5 % » is flagged, against « 9,5 points » it is not', () => {
  const en = ['Unemployment among graduates rose 9.5 percentage points, to 31%, the survey said.'];
  const fr = ['Le chômage des diplômés a progressé de 9,5 points, à 31 %, selon l’enquête.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('9,5 points', '9,5\u00a0%'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['9,5\u00a0%']);
});

test('pairing: two articles alone in a folder with a figure mistyped and a paragraph dropped stay paired (255 / 225 is one figure)', () => {
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairs/ow04/${name}`, import.meta.url), 'utf8');
  const en = read('006_a28f3d4966b277a3.txt').replace('and 255 wounded', 'and 225 wounded');
  const fr = read('007_46df78c651b5bf3e.txt').split('\n').filter((line) => !line.startsWith('Cette attaque survient')).join('\n');
  const reports = check({ '/k/a.txt': en, '/k/b.txt': fr }, ['/k']);
  assert.deepEqual(of(reports, '/k/a.txt').translations, ['/k/b.txt']);
  assert.deepEqual(flagged(of(reports, '/k/a.txt'), en, 'translation.number'), ['225']);
});

test('a date the translator moved past another within the paragraph (a dateline put last) is still compared', () => {
  const en = ['BANGUI, 7 August 2023 – Voters approved a new constitution in a referendum on 30 July, according to results announced on Monday.'];
  const fr = ['Les électeurs ont approuvé une nouvelle Constitution lors du référendum du 30 juillet, selon les résultats annoncés le lundi 7 août 2023.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('30 juillet', '30 juin'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!), ['30 juin']);
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!), ['30 July']);
});

test('a paragraph that states no name, figure or date is missing when neither neighbour’s counterpart grew by it; merged into one, it is not', () => {
  const en = [
    'Chad’s army said on Tuesday that President Idriss Déby, 68, had died of wounds suffered at the front in Kanem.',
    'A military council led by his son, Mahamat Idriss Déby, 37, dissolved the government and the National Assembly.',
    'Opposition parties denounced the military council as an institutional coup and called for a transition led by civilians.',
    'A state funeral is scheduled for Friday, April 23, in N’Djamena, the council said in a statement read on television.',
  ];
  const fr = [
    'L’armée tchadienne a annoncé mardi la mort du président Idriss Déby, 68 ans, des suites de blessures reçues au front dans le Kanem.',
    'Un conseil militaire dirigé par son fils, Mahamat Idriss Déby, 37 ans, a dissous le gouvernement et l’Assemblée nationale.',
    'Des obsèques nationales sont prévues le vendredi 23 avril à N’Djamena, a indiqué le conseil dans un communiqué lu à la télévision.',
  ];
  const files = pair(en, fr);
  const missing = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(missing.map((f) => files['/w/a.txt']!.slice(f.start, f.end)), [en[2]]);
  // The same words merged into the French paragraph before: nothing is missing.
  const merged = pair(en, [fr[0]!, `${fr[1]!} L’opposition a dénoncé un coup d’État institutionnel et réclamé une transition dirigée par des civils.`, fr[2]!]);
  for (const r of check(merged)) assert.deepEqual(r.findings.filter((f) => f.rule === 'translation.missing'), [], r.path);
});

test('a weekday the other version and the calendar both correct: that fix is preferred, though the year is only the story’s', () => {
  const en = ['ACCRA, Aug. 2, 2024 – Parliament opened the debate on Wednesday, Aug. 1, and voted the budget on Friday.'];
  const fr = ['ACCRA, 2 août 2024 – Le Parlement a ouvert le débat le jeudi 1er août et voté le budget vendredi.'];
  const files = named(pair(en, fr));
  const weekday = of(check(files), '/w/story.en.txt').findings.find((f) => f.rule === 'translation.weekday');
  assert.deepEqual(
    weekday?.fixes.filter((x) => x.preferred).map((x) => x.edits.map((e) => e.newText)),
    [['Thursday']],
  );
  // Without a year to read the calendar by (the story states none), the days still disagree and no side is preferred.
  const loose = named(pair(['Parliament opened the debate on Wednesday, Aug. 1, and voted on Friday.'], ['Le Parlement a ouvert le débat le jeudi 1er août et voté vendredi.']));
  const alone = of(check(loose), '/w/story.en.txt').findings.find((f) => f.rule === 'translation.weekday');
  assert.ok(alone, 'the weekdays disagree');
  assert.deepEqual(alone.fixes.filter((x) => x.preferred), []);
});

test('a range one version writes as one and the other as two dates: each end is compared with its date', () => {
  const en = ['His term runs from Sept. 1, 2025, to Aug. 31, 2029, the organisation said on Tuesday.'];
  const fr = ['Son mandat court du 1er septembre 2025 au 31 août 2029, a indiqué l’organisation mardi.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('31 août 2029', '31 août 2028'))));
  const reports = check(wrong);
  assert.deepEqual(flagged(of(reports, '/w/story.fr.txt'), wrong['/w/story.fr.txt']!), ['1er septembre 2025 au 31 août 2028']);
  assert.deepEqual(flagged(of(reports, '/w/story.en.txt'), wrong['/w/story.en.txt']!), ['Aug. 31, 2029']);
  const fix = of(reports, '/w/story.fr.txt').findings.find((f) => f.rule === 'translation.date')?.fixes[0]?.edits[0]?.newText;
  assert.equal(fix, '1er septembre 2025 au 31 août 2029');
});

test('a paragraph left out that shares only the story’s subject with a neighbour is missing, not split into it', () => {
  const en = [
    'Member states of the World Health Organization adopted the pandemic agreement in Geneva on Tuesday, after three years of talks.',
    'The text states that the WHO will have no power to impose lockdowns or vaccine mandates on States, a fear spread online.',
    'The WHO said the agreement would open for signature once an annex on pathogen sharing is adopted at the assembly of May 2026, backed by 124 states.',
  ];
  const fr = [
    'Les États membres de l’Organisation mondiale de la santé ont adopté mardi à Genève l’accord sur les pandémies, après trois ans de négociations.',
    'L’OMS a indiqué que l’accord serait ouvert à la signature une fois adoptée, lors de l’assemblée de mai 2026, une annexe sur le partage des pathogènes soutenue par 124 États.',
  ];
  const files = pair(en, fr);
  const missing = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(missing.map((f) => files['/w/a.txt']!.slice(f.start, f.end)), [en[1]]);
});

test('the source version’s weekday that its own dated day contradicts is never copied into the other version', () => {
  const en = ['The vote took place on Friday, January 31, in Brussels.'];
  const fr = ['Le vote a eu lieu le jeudi 31 janvier 2025 à Bruxelles.'];
  // 31 January 2025 was a Friday: the French, the source, slipped, and only it writes the year.
  const files = { ...named(pair(en, fr)), '/w/.copydesk.yaml': 'translations: { source: fr }\n' };
  const reports = check(files);
  const preferred = (path: string): string[] =>
    of(reports, path).findings.filter((f) => f.rule === 'translation.weekday').flatMap((f) => f.fixes.filter((x) => x.preferred).flatMap((x) => x.edits.map((e) => `${e.path}:${e.newText}`)));
  assert.deepEqual(preferred('/w/story.en.txt'), []);
  assert.deepEqual(preferred('/w/story.fr.txt'), ['/w/story.fr.txt:vendredi']);
});

test('a lone amount on each side, left over once a year moved past it, is compared: "$3 billion … in 2023" / « en 2023 … 3 millions de dollars »', () => {
  const en = ['Ghana sought a $3 billion bailout from the International Monetary Fund in 2023, officials said on Monday.'];
  const fr = ['Le Ghana a sollicité en 2023 un plan d’aide de 3 milliards de dollars auprès du Fonds monétaire international, ont indiqué lundi des responsables.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('3 milliards', '3 millions'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['3 millions']);
});

test('a dateline’s date restated in full in its paragraph: the full date is the one compared', () => {
  const en = ['HANOVER, Germany, Dec 20 - Volkswagen and the IG Metall union agreed on Friday, December 20, 2024, to cut jobs.'];
  const fr = ['Volkswagen et le syndicat IG Metall sont parvenus vendredi 20 décembre 2024 à un accord sur des suppressions d’emplois.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, [fr[0]!.replace('2024', '2023')]));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!), ['vendredi 20 décembre 2023']);
  // The fix the weekday agrees with is the preferred one: the year, not the weekday.
  const fix = of(check(wrong), '/w/story.fr.txt').findings.find((f) => f.rule === 'translation.date')?.fixes.find((f) => f.preferred);
  assert.equal(fix?.edits[0]?.newText, 'vendredi 20 décembre 2024');
});

test('a quote left out that names only the story’s main figure is missing; merged into its neighbour, it is not', () => {
  const en = [
    'Brazilian President Luiz Inácio Lula da Silva opened the summit in Rio de Janeiro on Monday by launching a global alliance against hunger.',
    '"Hunger is not a result of scarcity or natural phenomena," Lula told the leaders. "It is the product of political decisions."',
    'U.S. President Joe Biden pledged support for the alliance, and Lula thanked him for it before the leaders adopted their declaration.',
  ];
  const fr = [
    'Le président brésilien Luiz Inácio Lula da Silva a ouvert lundi le sommet de Rio de Janeiro en lançant une alliance mondiale contre la faim.',
    'Le président américain Joe Biden a promis son soutien à l’alliance, et Lula l’en a remercié avant que les dirigeants n’adoptent leur déclaration.',
  ];
  const missing = (files: Record<string, string>): string[] =>
    of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.missing').map((f) => files['/w/a.txt']!.slice(f.start, f.start + 20));
  assert.deepEqual(missing(pair(en, fr)), ['"Hunger is not a res']);
  // The same quote merged into the paragraph before it: that counterpart grew by it.
  const merged = [`${fr[0]!} « La faim n’est pas le fruit de la pénurie ou de phénomènes naturels », a lancé Lula aux dirigeants. « Elle est le produit de décisions politiques. »`, fr[1]!];
  assert.deepEqual(missing(pair(en, merged)), []);
});

test('a figure with its conversion in brackets: the other version may have translated the conversion, and is compared with it', () => {
  const en = ['The rocket stands 322 feet (98 meters) tall on its launch pad.'];
  const fr = ['La fusée mesure 98 mètres de haut sur son pas de tir.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, [fr[0]!.replace('98 mètres', '89 mètres')]));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['89']);
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['98']);
});

test('a number fix says "a" or "an" as the new figure needs; a lone figure mistyped past a year is compared', () => {
  const en = ['Executions in Iran saw an 84% increase last year, the group said.', 'Its 740-page World Report 2024 covers 100 countries.'];
  const fr = ['Les exécutions en Iran ont connu une hausse de 84 % l’an dernier, selon l’organisation.', 'Son Rapport mondial 2024 de 740 pages couvre 100 pays.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair([en[0]!.replace('an 84%', 'a 48%'), en[1]!], [fr[0]!, fr[1]!.replace('740 pages', '470 pages')]));
  const reports = check(wrong);
  assert.deepEqual(flagged(of(reports, '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['84 %', '470']);
  const fix = of(reports, '/w/story.en.txt').findings.find((f) => f.rule === 'translation.number')?.fixes[0]?.edits[0];
  assert.equal(fix && wrong['/w/story.en.txt']!.slice(0, fix.start) + fix.newText + wrong['/w/story.en.txt']!.slice(fix.end), wrong['/w/story.en.txt']!.replace('a 48%', 'an 84%'));
});

test('a paragraph dropped whose names the other version writes throughout, beside one that shares only them, is missing', () => {
  const en = [
    'The withdrawal of Mali, Burkina Faso and Niger from the Economic Community of West African States took effect on Wednesday.',
    '"The region is stronger together," said Omar Alieu Touray, president of the ECOWAS Commission, of Mali, Burkina Faso and Niger.',
    'The three juntas, led by General Assimi Goïta in Mali, Captain Ibrahim Traoré in Burkina Faso and General Abdourahamane Tiani in Niger, formed their own confederation.',
  ];
  const fr = [
    'Le retrait du Mali, du Burkina Faso et du Niger de la Communauté économique des États de l’Afrique de l’Ouest a pris effet mercredi.',
    '« La région est plus forte unie », a affirmé Omar Alieu Touray, président de la Commission de la Cédéao, à propos du Mali, du Burkina Faso et du Niger.',
    'Dans un communiqué, la Commission a indiqué que les États membres continueraient de reconnaître les passeports du Mali, du Burkina Faso et du Niger.',
    'Les trois juntes, dirigées par le général Assimi Goïta au Mali, le capitaine Ibrahim Traoré au Burkina Faso et le général Abdourahamane Tiani au Niger, ont formé leur propre confédération.',
  ];
  const files = named(pair(en, fr));
  const missing = of(check(files), '/w/story.fr.txt').findings.filter((f) => f.rule === 'translation.missing');
  assert.deepEqual(missing.map((f) => files['/w/story.fr.txt']!.slice(f.start, f.start + 20)), ['Dans un communiqué, ']);
});

test('tonnes are a measure of mass: "97 tonnes" / « 97 kilos » is a unit slipped, "about two tonnes" / « environ trois tonnes » a figure', () => {
  const en = ['Police seized 97 tonnes of cocaine and about two tonnes of gold, and the refinery processes 650,000 barrels a day.'];
  const fr = ['La police a saisi 97 tonnes de cocaïne et environ deux tonnes d’or, et la raffinerie traite 650 000 barils par jour.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, [fr[0]!.replace('97 tonnes', '97 kilos').replace('deux tonnes', 'trois tonnes').replace('650 000 barils', '650 000 tonnes')]));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['97 kilos', 'trois', '650 000 tonnes']);
});

test('a last paragraph left out whose year and country the lead states too is missing; merged into a paragraph that grew by it, it is not', () => {
  const en = [
    'Bassirou Diomaye Faye was sworn in as Senegal’s president in 2024 at a ceremony near Dakar, before thousands of supporters.',
    'Outgoing President Macky Sall had set off a crisis by postponing the election, and the unrest that followed left four people dead.',
    'The new head of state has promised to renegotiate oil and gas contracts, as Senegal began producing from its first fields in 2024.',
  ];
  const fr = [
    'Bassirou Diomaye Faye a prêté serment comme président du Sénégal en 2024 lors d’une cérémonie près de Dakar, devant des milliers de partisans.',
    'Le président sortant, Macky Sall, avait provoqué une crise en reportant l’élection, et les violences qui ont suivi avaient fait quatre morts.',
  ];
  const missing = (files: Record<string, string>): string[] =>
    of(check(files), '/w/story.en.txt').findings.filter((f) => f.rule === 'translation.missing').map((f) => files['/w/story.en.txt']!.slice(f.start, f.start + 20));
  assert.deepEqual(missing(named(pair(en, fr))), ['The new head of stat']);
  const merged = [fr[0]!, `${fr[1]!} Le nouveau chef de l’État a promis de renégocier les contrats pétroliers et gaziers, alors que le Sénégal a commencé à exploiter ses premiers gisements en 2024.`];
  assert.deepEqual(missing(named(pair(en, merged))), []);
});

test('the same digits in another order are a slip even where one version hedges; a model number is no group of thousands', () => {
  const en = ['Petrol now sells for as much as 537 naira a litre, and Emirates ordered 55 777-9s and 35 777-8s.'];
  const fr = ['L’essence se vend désormais jusqu’à 537 nairas le litre, et Emirates a commandé 55 777-9 et 35 777-8.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, [fr[0]!.replace('537', '573')]));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['573']);
});

test('fixes that would swap two versions’ words are not preferred: the source language and the calendar disagree on a weekday', () => {
  // Blind round QQ: the English dateline gives the year, and the English weekday slipped.
  const read = (name: string): string => readFileSync(new URL(`../fixtures/pairs/qq01/${name}`, import.meta.url), 'utf8');
  const files = {
    '/w/story.en.txt': read('100_91e8e6013840353c.txt').replace('Thursday, April 4', 'Friday, April 4'),
    '/w/story.fr.txt': read('101_4c03aa1efa7b0a95.txt'),
    '/w/.copydesk.yaml': 'translations: { source: en }\n',
  };
  const reports = check(files);
  const preferred = reports.flatMap((r) => r.findings.flatMap((f) => f.fixes.filter((x) => x.preferred).map((x) => `${r.path} ${f.rule} ${x.edits[0]?.newText ?? ''}`)));
  // The source would copy "vendredi" into the French and the calendar "Thursday" into the English: neither is applied.
  assert.deepEqual(preferred.filter((p) => p.includes('weekday')), []);
  assert.ok(of(reports, '/w/story.fr.txt').findings.some((f) => f.rule === 'translation.weekday'));
});

test('a headline rounds what the story states; a dateline’s partial date vouches for no year', () => {
  const headlines = {
    '/w/story.en.txt': 'Cameroon adopts a 7.3 trillion CFA franc budget\nLawmakers voted on Tuesday.\nThe budget totals 7,317.7 billion CFA francs.\n',
    '/w/story.fr.txt': 'Le Cameroun adopte un budget de 7 317,7 milliards de francs CFA\nLes députés ont voté mardi.\nLe budget s’élève à 7 317,7 milliards de francs CFA.\n',
  };
  for (const r of check(headlines)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const en = ['DAKAR, Nov 21 (Reuters) - Provisional results were published on Thursday, November 21, 2024, the commission said.'];
  const fr = ['DAKAR, 21 novembre (Reuters) - Les résultats provisoires ont été publiés le jeudi 21 novembre 2024, selon la commission.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair([en[0]!.replace('November 21, 2024', 'November 21, 2023')], fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!), ['Thursday, November 21, 2023']);
});

test('the one count in words left over on each side, every other figure paired, is compared: "seven bidders" / « six enchérisseurs »', () => {
  const en = ['Bidding opened at $800,000 and climbed in minutes, with seven bidders competing. The hammer fell at $5.2 million.'];
  const fr = ['Les enchères, ouvertes à 800 000 dollars, se sont envolées entre sept enchérisseurs. Le marteau est tombé à 5,2 millions de dollars.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('sept enchérisseurs', 'six enchérisseurs'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['six']);
  // Alone, with nothing else of the paragraph paired, two counts of unknown things may count two things.
  const alone = named(pair(['Seven bidders competed.'], ['Six enchérisseurs étaient en lice.']));
  assert.deepEqual(flagged(of(check(alone), '/w/story.fr.txt'), alone['/w/story.fr.txt']!, 'translation.number'), []);
});

test('a score’s nil is compared like any figure: "beat Brighton 2-0" / « 2-1 »', () => {
  const en = ['Everton beat Brighton 2-0 at the 52,888-seat ground on Sunday.'];
  const fr = ['Everton a battu Brighton 2-0 dans l’enceinte de 52 888 places dimanche.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('2-0', '2-1'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['1']);
});

test('ordinals in words are compared: "for a fifth straight year" / « pour la quatrième année consécutive »', () => {
  const en = ['Taylor Swift topped the chart for a fifth straight year, ahead of Drake in third.'];
  const fr = ['Taylor Swift domine le classement pour la cinquième année consécutive, devant Drake, troisième.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('cinquième', 'quatrième'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['quatrième']);
});

test('a round count in words against a figure: near it, the same count; ten times it, a zero slipped, flagged with no fix on the round side', () => {
  const en = ['Police said about 20 mobile phones and 50 laptops were seized.'];
  const fr = ['La police a saisi une vingtaine de téléphones portables et une cinquantaine d’ordinateurs.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('about 20', 'about 200')), fr));
  const found = check(wrong);
  assert.deepEqual(flagged(of(found, '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['200']);
  const french = of(found, '/w/story.fr.txt').findings.find((f) => f.rule === 'translation.number');
  assert.deepEqual(french?.fixes.map((f) => f.edits[0]?.path), ['/w/story.en.txt']);
});

test('« un millier » is a round thousand: against "about 1,000" the same count, against "about 100" a zero slipped (xl08)', () => {
  const en = ['Lava destroyed about 1,000 homes on Monday.'];
  const fr = ['La lave a détruit lundi un millier de maisons.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('1,000', '100')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['millier']);
  // « des milliers » states no number.
  const vague = named(pair(en.map((p) => p.replace('about 1,000', '10,000')), fr.map((p) => p.replace('un millier', 'des milliers'))));
  for (const r of check(vague)) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('a year before 1900 against another year is a slip only with the same digits: 1897 / 1987, not 1540 / 2014 (xq08, tr08)', () => {
  const en = ['The Boston Marathon, first run in 1897, is the oldest annual marathon in the world.', 'She was made a Dame in 2014 for services to literature.'];
  const fr = ['Créé en 1897, le marathon de Boston est le plus ancien marathon annuel au monde.', 'Thomas Cromwell, ministre du roi Henri VIII, fut exécuté en 1540.', 'Elle a été faite dame en 2014 pour services rendus à la littérature.'];
  // (The French paragraph on Cromwell has no counterpart: translation.missing says so, translation.number says nothing.)
  const clean = named(pair(en, fr));
  for (const r of check(clean)) assert.deepEqual(flagged(r, clean[r.path]!, 'translation.number'), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('1897', '1987'))));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['1987']);
});

test('a speed in mph against the same figure in km/h is flagged whole, with the other symbol as its fix (xt03)', () => {
  const en = ['Schumacher was travelling at 221 km/h on the straight, data showed.'];
  const fr = ['Schumacher roulait à 221 km/h dans la ligne droite, selon les données.'];
  const clean = named(pair(en, fr));
  for (const r of check(clean)) assert.deepEqual(flagged(r, clean[r.path]!, 'translation.number'), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('km/h', 'mph')), fr));
  const found = check(wrong);
  assert.deepEqual(flagged(of(found, '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['221 mph']);
  assert.deepEqual(flagged(of(found, '/w/story.fr.txt'), wrong['/w/story.fr.txt']!, 'translation.number'), ['221 km/h']);
  const fix = of(found, '/w/story.en.txt').findings.find((f) => f.rule === 'translation.number')?.fixes[0];
  assert.equal(fix?.edits[0]?.newText, 'km/h');
});

test('an amount in zlotys against euros gets the other currency’s word as its fix (yc05)', () => {
  const en = ['Warsaw offered 10,000 zlotys to each flooded household.'];
  const fr = ['Varsovie a offert 10 000 zlotys à chaque foyer inondé.'];
  const clean = named(pair(en, fr));
  for (const r of check(clean)) assert.deepEqual(flagged(r, clean[r.path]!, 'translation.number'), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('zlotys', 'euros'))));
  const fix = of(check(wrong), '/w/story.fr.txt').findings.find((f) => f.rule === 'translation.number')?.fixes.find((x) => x.edits.every((e) => e.path === '/w/story.fr.txt'));
  assert.equal(fix?.edits[0]?.newText, 'zlotys');
});

test('a tally counts one thing on both sides ("188 votes to six"), and a figure against a word below ten is fixed in words (xx05)', () => {
  const en = ['Parliament approved the membership by 188 votes to six, the last ratification needed.'];
  const fr = ['Le Parlement a approuvé l’adhésion par 188 voix contre six, dernière ratification nécessaire.'];
  const clean = named(pair(en, fr));
  for (const r of check(clean)) assert.deepEqual(flagged(r, clean[r.path]!, 'translation.number'), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('to six', 'to 16')), fr));
  const found = check(wrong);
  assert.deepEqual(flagged(of(found, '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['16']);
  const fix = of(found, '/w/story.en.txt').findings.find((f) => f.rule === 'translation.number')?.fixes.find((x) => x.edits.every((e) => e.path === '/w/story.en.txt'));
  assert.equal(fix?.edits[0]?.newText, 'six');
});

test('a digit dropped from a whole figure is a slip though ten times off: "11 billion euros" / « 111 milliards d’euros »', () => {
  const en = ['The deal is worth 111 billion euros over four years.'];
  const fr = ['L’accord porte sur 111 milliards d’euros sur quatre ans.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('111', '11')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['11 billion']);
});

test('a hedged figure vouches for no reordering: "about 7% … 6.8%" / « environ 7 % … 6,3 % » is a slip', () => {
  const en = ['Growth averaged about 7% a year. The minister forecast growth of 6.3% for 2025, with a budget of 15,339 billion CFA francs.'];
  const fr = ['La croissance a été en moyenne d’environ 7 % par an. Le ministre prévoit une croissance de 6,3 % en 2025, avec un budget de 15 339 milliards de francs CFA.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('6.3%', '6.8%')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['6.8%']);
});

test('a word that adds to a count says nothing of its unit: "another four tonnes" / « quatre autres tonnes »', () => {
  const en = ['The WFP delivered 12 tonnes on Monday and another four tonnes of food on Tuesday.'];
  const fr = ['Le PAM a livré 12 tonnes lundi et quatre autres tonnes de vivres mardi.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
});

test('millimetres against centimetres is a unit slipped, and the same length in other units is no disagreement', () => {
  const slipped = pair(['The mask, 80 millimetres high, was sold on Tuesday.'], ['Le masque, haut de 80 centimètres, a été vendu mardi.']);
  assert.deepEqual(flagged(of(check(named(slipped)), '/w/story.en.txt'), named(slipped)['/w/story.en.txt']!, 'translation.number'), ['80 millimetres']);
  const same = pair(['The mask, 80 centimetres (31 inches) high, was sold on Tuesday.'], ['Le masque, haut de 80 centimètres, a été vendu mardi.']);
  for (const r of check(named(same))) assert.deepEqual(r.findings.filter((f) => f.rule === 'translation.number'), [], r.path);
});

test('a short paragraph that names something, left out between two paragraphs that follow one another in the other version, is translation.missing', () => {
  const en = [
    'Rudolf Nureyev, one of the greatest dancers of the century, died in Paris on Wednesday at the age of 54.',
    'He died of complications from AIDS.',
    'He will be buried in the Russian cemetery at Sainte-Geneviève-des-Bois, south of Paris, his agent said.',
  ];
  const fr = [
    'Rudolf Noureev, l’un des plus grands danseurs du siècle, est mort mercredi à Paris à l’âge de 54 ans.',
    'Il sera inhumé au cimetière russe de Sainte-Geneviève-des-Bois, au sud de Paris, a indiqué son agent.',
  ];
  const files = pair(en, fr);
  assert.deepEqual(flagged(of(check(files), '/w/a.txt'), files['/w/a.txt']!, 'translation.missing'), ['He died of complications from AIDS.']);
});

test('a weekday that fits no date, where the other version states another date, gets no fix of its own: the date is what to mend, and the mirror finding offers that mend first', () => {
  const files = pair(['The vote was held on Saturday, Jan. 14, 2024, officials said.'], ['Le scrutin s’est tenu le samedi 13 janvier 2024, selon les autorités.']);
  const reports = check(named(files));
  const en = of(reports, '/w/story.en.txt');
  const weekday = en.findings.find((f) => f.rule === 'date.weekday');
  assert.ok(weekday, 'date.weekday still says the weekday does not fit');
  assert.deepEqual(weekday.fixes, []);
  const mine = en.findings.find((f) => f.rule === 'translation.date');
  assert.equal(mine?.fixes.find((x) => x.preferred)?.edits[0]?.newText, 'Saturday, Jan. 13, 2024');
  // The French is right: its finding's first fix mends the English, not the French.
  const theirs = of(reports, '/w/story.fr.txt').findings.find((f) => f.rule === 'translation.date');
  assert.equal(theirs?.fixes[0]?.edits[0]?.path, '/w/story.en.txt');
});

test('a conversion in brackets that disagrees with the other version’s figure, where the figure before it agrees, is translation.number', () => {
  const en = ['The 322-foot (98-meter) rocket rose from Launch Complex 39B at 1:47 a.m., NASA said.'];
  const fr = ['La fusée de 98 mètres s’est élevée du pas de tir 39B à 1 h 47, selon la NASA.'];
  assert.deepEqual(translationFindings(of(check(named(pair(en, fr))), '/w/story.en.txt')), []);
  const files = named(pair([en[0]!.replace('98-meter', '89-meter')], fr));
  assert.deepEqual(flagged(of(check(files), '/w/story.en.txt'), files['/w/story.en.txt']!, 'translation.number'), ['89']);
});

test('a count in words rewritten keeps English’s article right: "a six-month" becomes "an eight-month"', () => {
  const en = ['The deal provides for a six-month transition before elections, officials said.'];
  const fr = ['L’accord prévoit une transition de huit mois avant les élections, selon des responsables.'];
  const files = pair(en, fr);
  const a = of(check(files), '/w/a.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(a.map((f) => f.fixes[0]?.edits[0]?.newText), ['an eight']);
  assert.match(applyEdits(files['/w/a.txt']!, a[0]?.fixes[0]?.edits ?? []).text, /provides for an eight-month transition/u);
});

test('a figure in another unit gets the other version’s unit as a fix, in the writer’s own form', () => {
  const en = ['The new line adds 42 km of track and cut the sentence to 18 months, the ministry said.'];
  const fr = ['La nouvelle ligne ajoute 42 miles de voies et a réduit la peine à 18 ans, selon le ministère.'];
  const files = pair(en, fr);
  const reports = check(files);
  const own = (path: string): string[] =>
    of(reports, path)
      .findings.filter((f) => f.rule === 'translation.number')
      .map((f) => f.fixes.filter((x) => x.edits.every((e) => e.path === path))[0]?.edits[0]?.newText ?? '');
  assert.deepEqual(own('/w/a.txt'), ['miles', 'years']);
  assert.deepEqual(own('/w/b.txt'), ['kilomètres', 'mois']);
});

test('« milles », the sea mile’s word, is read as the mile its fix replaces', () => {
  const files = pair(['The epicentre was 250 kilometres north of Tokyo, officials said.'], ['L’épicentre se trouvait à 250 milles au nord de Tokyo, selon les autorités.']);
  const b = of(check(files), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number');
  assert.deepEqual(b.map((f) => f.fixes[0]?.edits[0]?.newText), ['kilomètres']);
});

test('an area in another unit: « milles carrés » is an area, and its fix changes the length’s word (uz07)', () => {
  const files = pair(['The deal settles a dispute over an area of about 860 square kilometres.'], ['L’accord règle un différend portant sur une zone d’environ 860 milles carrés.']);
  const reports = check(files);
  const own = (path: string): string[] =>
    of(reports, path)
      .findings.filter((f) => f.rule === 'translation.number')
      .map((f) => applyEdits(files[path]!, f.fixes[0]?.edits ?? []).text.split('\n')[2] ?? '');
  assert.deepEqual(own('/w/a.txt'), ['The deal settles a dispute over an area of about 860 square miles.']);
  assert.deepEqual(own('/w/b.txt'), ['L’accord règle un différend portant sur une zone d’environ 860 kilomètres carrés.']);
  // The same area in both: nothing.
  const clean = pair(['The deal settles a dispute over an area of about 860 square kilometres.'], ['L’accord règle un différend portant sur une zone d’environ 860 kilomètres carrés.']);
  assert.deepEqual(check(clean).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.number')), []);
});

test('a conversion in brackets pairs with the other version’s figure across « derniers »: "the last 77 miles (124 km)" / « les 124 derniers kilomètres » (wi08)', () => {
  const files = pair(['He covered the last 77 miles (124 km) in a single push of about 32 hours.'], ['Il a parcouru les 124 derniers kilomètres d’une seule traite, en quelque 32 heures.']);
  assert.deepEqual(check(files).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.number')), []);
  const wrong = pair(['He covered the last 77 miles (124 km) in a single push of about 32 hours.'], ['Il a parcouru les 142 derniers kilomètres d’une seule traite, en quelque 32 heures.']);
  assert.equal(of(check(wrong), '/w/b.txt').findings.filter((f) => f.rule === 'translation.number').length, 1);
  // The half after the noun still counts past « dernières »; English "61 last week" counts no weeks.
  const half = pair(['Inflation over the past two and a half years fell; he died at 61 last week.'], ['L’inflation des deux dernières années et demie a reculé ; il est mort à 61 ans la semaine dernière.']);
  assert.deepEqual(check(half).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.number')), []);
});

test('smaller units have their words too: millimetres against « centimètres », grams, seconds (wh08)', () => {
  const files = pair(['Sea level rose by about 9.4 millimetres, and each sample held 30 grams.'], ['Le niveau des mers a monté d’environ 9,4 centimètres, et chaque échantillon contenait 30 milligrammes.']);
  const reports = check(files);
  const own = (path: string): string[] =>
    of(reports, path)
      .findings.filter((f) => f.rule === 'translation.number')
      .map((f) => f.fixes.filter((x) => x.edits.every((e) => e.path === path))[0]?.edits[0]?.newText ?? '');
  assert.deepEqual(own('/w/a.txt'), ['centimetres', 'milligrams']);
  assert.deepEqual(own('/w/b.txt'), ['millimètres', 'grammes']);
});

test('a nationality between an English count and its noun is passed over, as French puts it after (uz06)', () => {
  const flaggedIn = (en: string, fr: string): string[] => {
    const files = pair([en], [fr]);
    return check(files).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.number').map((f) => files[r.path]!.slice(f.start, f.end)));
  };
  assert.deepEqual(flaggedIn('Hong Kong banned imports from 10 Japanese prefectures.', 'Hong Kong a interdit les importations de douze préfectures japonaises.'), ['10', 'douze']);
  assert.deepEqual(flaggedIn('Hong Kong banned imports from 10 Japanese prefectures.', 'Hong Kong a interdit les importations de dix préfectures japonaises.'), []);
});

test('cents and other dollars: "30 cents a share" is no « 30 euros »; "A$500 million" is « 500 millions de dollars australiens », not « d’euros »', () => {
  const flaggedIn = (en: string, fr: string): string[] => {
    const files = pair([en], [fr]);
    return check(files).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.number').map((f) => files[r.path]!.slice(f.start, f.end)));
  };
  assert.deepEqual(flaggedIn('The board proposed a dividend of 30 cents a share.', 'Le conseil a proposé un dividende de 30 euros par action.'), ['30', '30']);
  assert.deepEqual(flaggedIn('The board proposed a dividend of 30 cents a share.', 'Le conseil a proposé un dividende de 30 centimes par action.'), []);
  assert.deepEqual(flaggedIn('Canberra pledged A$500 million and grants of A$15,000.', 'Canberra a promis 500 millions de dollars australiens et des aides de 15 000 dollars australiens.'), []);
  // Quebec copy writes « $ » for its own dollar.
  assert.deepEqual(flaggedIn('Ottawa forecast a deficit of C$61.9 billion.', 'Ottawa prévoit un déficit de 61,9 milliards $.'), []);
  assert.deepEqual(flaggedIn('Canberra pledged A$500 million.', 'Canberra a promis 500 millions d’euros.'), ['A$500 million', '500 millions']);
});

test('a Japanese city GeoNames files with its suffix ("Nara-shi") is read by its name', () => {
  const files = pair(['The boom has brought complaints of overtourism, notably in Nara.'], ['Cet essor suscite des plaintes contre le surtourisme, notamment à Kyoto.']);
  assert.deepEqual(check(files).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.place').map((f) => files[r.path]!.slice(f.start, f.end))), ['Nara', 'Kyoto']);
});

test('ranks in words: "fourth-largest" is the fourth, and a rank moved within the sentence is still compared ("12 percent … fourth" / « troisième … 12 % »)', () => {
  const en = ['The loss removes more than 12 percent of the area of Larsen C, the fourth-largest ice shelf in Antarctica, the team said.'];
  const fr = ['Cette perte ampute Larsen C, la quatrième plus grande barrière de glace de l’Antarctique, de plus de 12 % de sa superficie, selon l’équipe.'];
  assert.deepEqual(check(named(pair(en, fr))).flatMap(translationFindings), []);
  const slipped = named(pair(en, [fr[0]!.replace('quatrième', 'troisième')]));
  const reports = check(slipped);
  assert.deepEqual(flagged(of(reports, '/w/story.en.txt'), slipped['/w/story.en.txt']!, 'translation.number'), ['fourth']);
  assert.deepEqual(flagged(of(reports, '/w/story.fr.txt'), slipped['/w/story.fr.txt']!, 'translation.number'), ['troisième']);
  // A compound of its own is no rank: "third-party".
  const party = named(pair(['The 12 percent stake went to a third-party buyer, the team said.'], ['La part de 12 % est allée à un acheteur extérieur, selon l’équipe.']));
  assert.deepEqual(check(party).flatMap(translationFindings), []);
});

test('« 1,6 mille » is 1.6 miles, not 1,600: French « mille » after a decimal is the mile', () => {
  const files = named(pair(['The 1.6-mile bridge collapsed on Tuesday after a ship hit one of its piers.'], ['Le pont de 1,6 mille s’est effondré mardi après qu’un navire a heurté l’une de ses piles.']));
  assert.deepEqual(check(files).flatMap(translationFindings), []);
  const thousand = named(pair(['Some 10,000 protesters marched on Tuesday.'], ['Quelque 10 mille manifestants ont défilé mardi.']));
  assert.deepEqual(check(thousand).flatMap(translationFindings), []);
});

test('basis points are not percentage points: "650 percentage points" / « 650 points de base » is a unit slipped (vw05); the same unit on both sides raises nothing', () => {
  const en = ['The central bank raised its key rate by 650 basis points to 15%, and inflation fell by two percentage points.'];
  const fr = ['La banque centrale a relevé son taux directeur de 650 points de base, à 15 %, et l’inflation a reculé de deux points de pourcentage.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair([en[0]!.replace('650 basis points', '650 percentage points')], fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['650 percentage points']);
});

test('wire copy’s "1320 GMT" is a time of day: against « 12h20 GMT » it is another time, with a fix in four digits (wd02); a year or a count before another word is no time', () => {
  const en = ['The rocket lifted off at 9:20 a.m. local time (1220 GMT) from Kourou, carrying 2015 kilograms of payload.'];
  const fr = ['La fusée a décollé à 9h20 heure locale (12h20 GMT) de Kourou, avec 2015 kilogrammes de charge utile.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair([en[0]!.replace('1220 GMT', '1320 GMT')], fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['1320']);
  const fixes = of(check(wrong), '/w/story.en.txt').findings.filter((f) => f.rule === 'translation.number').flatMap((f) => f.fixes.flatMap((x) => x.edits.filter((e) => e.path === '/w/story.en.txt').map((e) => e.newText)));
  assert.ok(fixes.includes('1220'), JSON.stringify(fixes));
});

test('a thousand million is a billion, volumes are no lengths, and "beyond" hedges as « au-delà de » does (xe06, xe05, wy04)', () => {
  const same = pair(['The court released 177.25 thousand million cubic feet (tmcft) of water on 16 February 2018.'], ['La Cour a libéré 177,25 milliers de millions de pieds cubes d’eau le 16 février 2018.']);
  assert.deepEqual(translationFindings(of(check(same), '/w/a.txt')), []);
  const unit = pair(['The dam released 100,000 cubic metres per second on 12 February 2017.'], ['Le barrage a rejeté 100 000 pieds cubes par seconde le 12 février 2017.']);
  assert.deepEqual(flagged(of(check(unit), '/w/a.txt'), unit['/w/a.txt']!, 'translation.number'), ['100,000 cubic metres']);
  const hedged = pair(['Operators will study extending the reactors’ lives beyond 50 years, Macron said on 10 February 2022.'], ['Les exploitants étudieront la prolongation des réacteurs au-delà de 50 ans, a déclaré M. Macron le 10 février 2022.']);
  assert.deepEqual(translationFindings(of(check(hedged), '/w/a.txt')), []);
  const slipped = pair([hedged['/w/a.txt']!.split('\n')[2]!.replace('beyond 50', 'beyond 60')], [hedged['/w/b.txt']!.split('\n')[2]!]);
  assert.deepEqual(flagged(of(check(slipped), '/w/a.txt'), slipped['/w/a.txt']!, 'translation.number'), ['60']);
});

test('a one-sentence quote left out, whose speaker the paragraph before names in full, is missing: that paragraph’s counterpart did not grow by it (ce07)', () => {
  const en = [
    'The fire broke out at the detention centre in Ciudad Juárez late on Monday, killing 39 migrants, officials said on Tuesday morning.',
    'President Andrés Manuel López Obrador told his morning news conference on Tuesday that the migrants had set fire to mattresses in protest.',
    '"They never imagined that this would cause this terrible misfortune," López Obrador said.',
    'Video footage leaked to local media later on Tuesday appeared to show at least two guards walking away as smoke filled a cell.',
  ];
  const fr = [
    'L’incendie s’est déclaré lundi soir au centre de détention de Ciudad Juárez, tuant 39 migrants, ont indiqué mardi matin les autorités.',
    'Le président Andrés Manuel López Obrador a déclaré mardi lors de sa conférence de presse matinale que les migrants avaient mis le feu à des matelas pour protester.',
    '« Ils n’ont jamais imaginé que cela provoquerait ce terrible malheur », a affirmé M. López Obrador.',
    'Des images diffusées mardi par des médias locaux semblent montrer au moins deux gardiens s’éloigner alors que la fumée envahit une cellule.',
  ];
  const missing = (files: Record<string, string>, path: string): string[] =>
    of(check(files), path).findings.filter((f) => f.rule === 'translation.missing').map((f) => files[path]!.slice(f.start, f.start + 20));
  assert.deepEqual(missing(pair(en, fr), '/w/a.txt'), []);
  const dropped = pair([en[0]!, en[1]!, en[3]!], fr);
  assert.deepEqual(missing(dropped, '/w/b.txt'), ['« Ils n’ont jamais i']);
  // Merged into the paragraph before it, that counterpart grew by it: no omission.
  const merged = pair([en[0]!, `${en[1]!} "They never imagined that this would cause this terrible misfortune," López Obrador said.`, en[3]!], fr);
  assert.deepEqual(missing(merged, '/w/b.txt'), []);
});

test('the count left over is compared when both versions hedge it alike: "at least three of the six" / « au moins quatre des six » (ck07)', () => {
  const en = ['A referendum needs a majority of voters in at least four of the six states.'];
  const fr = ['Un référendum doit recueillir une majorité des électeurs dans au moins quatre des six États.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en.map((p) => p.replace('four', 'three')), fr));
  assert.deepEqual(flagged(of(check(wrong), '/w/story.en.txt'), wrong['/w/story.en.txt']!, 'translation.number'), ['three']);
  // Hedged in one version only, the counts may say two things ("at least three" / « quatre »).
  const hedged = named(pair(en.map((p) => p.replace('at least four', 'three')), fr));
  assert.deepEqual(flagged(of(check(hedged), '/w/story.en.txt'), hedged['/w/story.en.txt']!, 'translation.number'), []);
});

test('a paragraph one version moves into another paragraph, as a sentence of it, is neither missing there nor added here (dc06)', () => {
  // The Vilnius summit pair of round dc, as its tester wrote it: the French moved "Leaders also committed to spend at
  // least 2 percent of GDP…" into the communiqué's paragraph.
  const dir = join(__dirname, '..', 'fixtures', 'pairs', 'dc06');
  const [en, fr] = ['010_06fa9cb0a374a1d0.txt', '011_e913b538f50a57ef.txt'].map((f) => readFileSync(join(dir, f), 'utf8'));
  const files = { '/w/story.en.txt': en!, '/w/story.fr.txt': fr! };
  const missing = (fs: Record<string, string>): string[] =>
    check(fs).flatMap((r) => r.findings.filter((f) => f.rule === 'translation.missing').map((f) => `${r.path} ${fs[r.path]!.slice(f.start, f.start + 12)}`));
  assert.deepEqual(missing(files), []);
  // Left out of the French altogether, it is missing.
  const left = { ...files, '/w/story.fr.txt': fr!.replace(/ Les dirigeants se sont également engagés[^.]*\./u, '') };
  assert.ok(left['/w/story.fr.txt'] !== fr);
  assert.deepEqual(missing(left).filter((d) => d.startsWith('/w/story.en.txt')), ['/w/story.en.txt Leaders also']);
});

test('a span of time is not a count of things with the same figure: "24-member Politburo … in 25 years" / « depuis 25 ans … de 25 membres » flags the members (cy03)', () => {
  const en = ['No woman was named to the 24-member Politburo for the first time in 25 years.'];
  const fr = ['Pour la première fois depuis 25 ans, aucune femme ne figure au Bureau politique de 24 membres.'];
  for (const r of check(named(pair(en, fr)))) assert.deepEqual(translationFindings(r).map((f) => f.message), [], r.path);
  const wrong = named(pair(en, fr.map((p) => p.replace('de 24 membres', 'de 25 membres'))));
  const at = of(check(wrong), '/w/story.fr.txt').findings.filter((f) => f.rule === 'translation.number').map((f) => wrong['/w/story.fr.txt']!.slice(f.start, f.start + 12));
  assert.deepEqual(at, ['25 membres.\n'.slice(0, 12)]);
});

test('two paragraphs merged into one that share only a count in words, "1 million euros" / « un million d’euros », are merged, not missing (dy07)', () => {
  const dir = new URL('../fixtures/pairs/dy07/', import.meta.url);
  const files = {
    '/w/story.fr.txt': readFileSync(new URL('012_5c96cabfcb15c879.txt', dir), 'utf8'),
    '/w/story.en.txt': readFileSync(new URL('013_9e4d5c4cbfc66234.txt', dir), 'utf8'),
  };
  assert.deepEqual(check(files).flatMap((r) => translationFindings(r).map((f) => f.rule)), []);
});

test('"Islamic State" and « l’État islamique » are one mark, so a last paragraph with nothing else to pair it still has its weekday compared (ep06)', () => {
  const dir = new URL('../fixtures/pairs/ep06/', import.meta.url);
  const en = readFileSync(new URL('010_d4ba1de43938acda.md', dir), 'utf8');
  const fr = readFileSync(new URL('011_e860579f7267d604.md', dir), 'utf8').replace('revendiqué l\'attentat mardi', 'revendiqué l\'attentat mercredi');
  const reports = check({ '/w/story.en.md': en, '/w/story.fr.md': fr });
  assert.deepEqual(flagged(of(reports, '/w/story.fr.md'), fr, 'translation.weekday'), ['mercredi']);
});
