import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractDates, latestFullDate, type DateMention } from '../../server/src/engine/dates/dateMentions';
import type { DateValue } from '../../server/src/engine/types';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';

// One seed, so a run is the same on every machine; COPYDESK_PROPERTY_SEED tries others.
fc.configureGlobal({ seed: Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 20261122) });

function dates(text: string, lang: string, reference?: DateValue): DateMention[] {
  return extractDates(text, { start: 0, end: text.length }, lang, reference);
}

function texts(text: string, lang: string): string[] {
  return dates(text, lang).map((m) => m.text);
}

test('en: long date, exact span without "On"', () => {
  const t = 'O n December 22, 2024, Bamako hosted the summit.';
  const [m, ...rest] = dates(t, 'en');
  assert.equal(rest.length, 0);
  assert.ok(m);
  assert.equal(m.text, 'December 22, 2024');
  assert.equal(t.slice(m.start, m.end), 'December 22, 2024');
  assert.deepEqual(m.from.written, { month: 12, day: 22, year: 2024 });
  assert.equal(m.style.kind, 'long');
  assert.equal(m.style.hasYear, true);
  assert.equal(m.style.order, 'mdy');
});

test('fr: long date after drop-cap debris', () => {
  const t = 'L e 22 décembre 2025, Bamako a accueilli le sommet.';
  const [m] = dates(t, 'fr');
  assert.equal(m?.text, '22 décembre 2025');
  assert.equal(m?.start, 4);
  assert.deepEqual(m?.from.written, { day: 22, month: 12, year: 2025 });
});

test('en: "December 20 and 21" keeps the range; year implied from the reference', () => {
  const [m] = dates('was held on December 20 and 21 in Bamako', 'en', { year: 2024, month: 12, day: 22 });
  assert.equal(m?.text, 'December 20 and 21');
  assert.deepEqual(m?.from.written, { month: 12, day: 20 });
  assert.equal(m?.from.value.year, 2024);
  assert.equal(m?.to?.value.day, 21);
  assert.equal(m?.to?.value.year, 2024);
  assert.equal(m?.style.hasYear, false);
});

test('fr: "les 20 et 21 décembre" is a range, not 20:00', () => {
  const [m, ...rest] = dates('s’est tenue les 20 et 21 décembre à Bamako', 'fr');
  assert.equal(rest.length, 0);
  assert.equal(m?.text, '20 et 21 décembre');
  assert.equal(m?.from.written.day, 20);
  assert.equal(m?.to?.written.day, 21);
  assert.equal(m?.from.written.month, 12);
});

test('ranges: "du 20 au 21 décembre 2024", "22-23 décembre 2024", "December 20-21, 2024"', () => {
  const fr = dates('du 20 au 21 décembre 2024 puis 22-23 décembre 2024', 'fr');
  assert.deepEqual(fr.map((m) => m.text), ['20 au 21 décembre 2024', '22-23 décembre 2024']);
  assert.deepEqual(fr[0]?.from.written, { day: 20, month: 12, year: 2024 });
  assert.deepEqual(fr[1]?.to?.written, { day: 23, month: 12, year: 2024 });
  const [en] = dates('December 20-21, 2024', 'en');
  assert.equal(en?.text, 'December 20-21, 2024');
  assert.equal(en?.from.written.year, 2024);
  assert.equal(en?.to?.written.day, 21);
});

test('cross-month ranges', () => {
  const [a] = dates('from November 30 to December 2, 2024', 'en');
  assert.equal(a?.text, 'November 30 to December 2, 2024');
  assert.deepEqual(a?.from.written, { month: 11, day: 30, year: 2024 });
  const [b] = dates('du 30 décembre 2024 au 2 janvier 2025', 'fr');
  assert.equal(b?.to?.value.year, 2025);
  const [c] = dates('December 30 to January 2, 2025', 'en');
  assert.equal(c?.from.value.year, 2024);
  assert.equal(c?.to?.value.year, 2025);
});

test('two dates joined by "and" are two dates, not a range', () => {
  const ms = dates('on 22 December and 1 January', 'en');
  assert.deepEqual(ms.map((m) => m.text), ['22 December', '1 January']);
  assert.equal(ms[0]?.to, undefined);
});

test('month and year: en and fr (chrono misses the French ones)', () => {
  assert.deepEqual(texts('formed in September 2023 and elevated in July 2024', 'en'), ['September 2023', 'July 2024']);
  const fr = dates('formée en septembre 2023 et promue en juillet 2024', 'fr');
  assert.deepEqual(fr.map((m) => m.text), ['septembre 2023', 'juillet 2024']);
  assert.deepEqual(fr[0]?.from.written, { month: 9, year: 2023 });
  assert.equal(fr[0]?.style.kind, 'monthYear');
});

test('abbreviations, ordinals, weekdays', () => {
  const [dec] = dates('Dec. 22 at 8 p.m.', 'en', { year: 2024, month: 12, day: 1 });
  assert.equal(dec?.text, 'Dec. 22');
  assert.equal(dec?.style.kind, 'abbrev');
  assert.equal(dec?.from.value.year, 2024);
  assert.equal(dec?.from.written.year, undefined);
  const [th] = dates('On Thursday, July 26, 2024, it rained', 'en');
  assert.equal(th?.text, 'Thursday, July 26, 2024');
  assert.equal(th?.from.written.weekday, 4);
  assert.equal(th?.style.hasWeekday, true);
  const [lu] = dates('le lundi 22 décembre 2025 à 14 h', 'fr');
  assert.equal(lu?.text, 'lundi 22 décembre 2025');
  assert.equal(lu?.from.written.weekday, 1);
  const [first] = dates('le 1er janvier 2024', 'fr');
  assert.equal(first?.text, '1er janvier 2024');
  assert.equal(first?.from.written.day, 1);
  assert.equal(first?.style.ordinalFirst, true);
  // A French abbreviation without its dot is a month before a year or an agency in brackets (a dateline), not « sept » the number.
  assert.deepEqual(dates('BRASILIA, 11 sept (Reuters) - La Cour a statué.', 'fr').map((d) => d.text), ['11 sept']);
  assert.deepEqual(dates('le 3 févr 2025', 'fr').map((d) => d.text), ['3 févr 2025']);
  assert.deepEqual(dates('les 11 sept salariés ; il a sept enfants', 'fr'), []);
  const [nd] = dates('the 22nd of December', 'en');
  assert.equal(nd?.text, '22nd of December');
  assert.equal(nd?.style.ordinalSuffix, true);
  assert.deepEqual(texts('22 déc. 2025', 'fr'), ['22 déc. 2025']);
});

test('numeric and ISO dates', () => {
  const [us] = dates('12/11/2024', 'en');
  assert.deepEqual(us?.from.written, { month: 12, day: 11, year: 2024 });
  const [gbLike] = dates('22/12/2025', 'en');
  assert.deepEqual(gbLike?.from.written, { day: 22, month: 12, year: 2025 });
  const [fr] = dates('le 12/11/2024', 'fr');
  assert.deepEqual(fr?.from.written, { day: 12, month: 11, year: 2024 });
  const [iso] = dates('published 2025-12-22.', 'en');
  assert.equal(iso?.text, '2025-12-22');
  assert.equal(iso?.style.kind, 'iso');
  assert.deepEqual(iso?.from.written, { year: 2025, month: 12, day: 22 });
});

test('exact offsets after CRLF and an emoji', () => {
  const t = 'Headline\r\n🎉 Le 22 décembre 2025 à Bamako';
  const ms = extractDates(t, { start: 10, end: t.length }, 'fr');
  assert.equal(ms.length, 1);
  const m = ms[0];
  assert.ok(m);
  assert.equal(t.slice(m.start, m.end), '22 décembre 2025');
  assert.equal(m.start, t.indexOf('22'));
  const en = 'Title\r\n👍🏽 On December 22, 2024, it snowed.';
  const [e] = extractDates(en, { start: 7, end: en.length }, 'en');
  assert.equal(e?.start, en.indexOf('December'));
  assert.equal(e?.end, en.indexOf(', it'));
});

test('the span limits the search', () => {
  const t = 'December 22, 2024\nJuly 4, 2025';
  const ms = extractDates(t, { start: 18, end: t.length }, 'en');
  assert.deepEqual(ms.map((m) => m.text), ['July 4, 2025']);
});

test('clean text: numbers, times and relative words give no date', () => {
  const en =
    'The two-day summit opened today; for two days, on Monday, at 14:00 and 8 p.m., 1,500 troops, 12.5% of 2.3 billion, ' +
    'in 2023, G5 Sahel, COVID-19, may 2024 be better, we march 22 miles, Sun 5, 3/4 of them, version 1.2.2024.5, 22 December 2024-25.';
  assert.deepEqual(texts(en, 'en'), []);
  const fr =
    "Le sommet de deux jours, lundi, aujourd'hui, à 14 h 30, 20 h, 1 500 soldats, 12,5 %, 2,3 milliards, en 2023, " +
    'mi-décembre, Mars 2020, sept 2024 fois, le 22 à midi, 32 décembre, 30 février 2024.';
  assert.deepEqual(texts(fr, 'fr'), []);
});

test('seed paragraphs: only the dates a copy editor would see', () => {
  const en =
    'A preparatory meeting of the Ministers of Foreign Affairs was held on December 20 and 21 in Bamako, chaired by Goïta. ' +
    'Although Traoré’s absence was noted on the first day, the event underscores a commitment.';
  assert.deepEqual(texts(en, 'en'), ['December 20 and 21']);
  const fr =
    'Le sommet de deux jours, ouvert sous haute sécurité, marque une étape décisive pour l’AES, formée en septembre 2023 comme pacte de défense et promue confédération en juillet 2024.';
  assert.deepEqual(texts(fr, 'fr'), ['septembre 2023', 'juillet 2024']);
});

test('other chrono languages: German', () => {
  const [m] = dates('Am 22. Dezember 2025 und um 14 Uhr', 'de');
  assert.equal(m?.text, '22. Dezember 2025');
  assert.deepEqual(m?.from.written, { year: 2025, month: 12, day: 22 });
});

test('latestFullDate picks the latest fully written date', () => {
  const t = 'On December 20, 2024 and December 22 and in July 2025 and 3 January 2025.';
  assert.deepEqual(latestFullDate(dates(t, 'en', { year: 2026 })), { year: 2025, month: 1, day: 3 });
  assert.equal(latestFullDate(dates('in July 2025', 'en')), undefined);
  assert.deepEqual(latestFullDate(dates('les 20 et 21 décembre 2024', 'fr')), { year: 2024, month: 12, day: 21 });
});

test('implied year is the one closest to the reference', () => {
  const [m] = dates('on December 30', 'en', { year: 2025, month: 1, day: 2 });
  assert.equal(m?.from.value.year, 2024);
  assert.equal(m?.from.written.year, undefined);
  const [n] = dates('le 3 janvier', 'fr', { year: 2024, month: 12, day: 28 });
  assert.equal(n?.from.value.year, 2025);
});

test('property: extractDates never throws and spans are within bounds', () => {
  const chunk = fc.constantFrom('December', 'décembre', '22', '1er', ' ', '-', ', ', '2024', 'et', 'and', '/', '.', 'lundi', 'Thursday', '\r\n', '🎉', 'au', '31', 'Dec.', 'h');
  const arb = fc.oneof(fc.string(), fc.array(chunk, { maxLength: 30 }).map((a) => a.join('')));
  fc.assert(
    fc.property(arb, fc.nat(), fc.nat(), fc.constantFrom('en', 'fr', 'de', 'xx'), (s, a, b, lang) => {
      const start = Math.min(a, b) % (s.length + 1);
      const end = Math.min(Math.max(a, b), s.length + 5);
      for (const m of extractDates(s, { start, end }, lang, { year: 2024, month: 6, day: 1 })) {
        assert.ok(m.start >= start && m.end <= Math.min(end, s.length) && m.start < m.end);
        assert.equal(m.text, s.slice(m.start, m.end));
      }
    }),
    { numRuns: 500 },
  );
});

test('a reading that starts with a number finds its month as far as the grammar reaches (numbers far from a month are skipped unread)', () => {
  // Day, suffix, joiner, abbreviated weekday with its dot and comma, day, suffix, "of": the month is the 15th token.
  const [m, ...rest] = dates('held from the 20th and Thu., 21st of December 2025 in Bamako', 'en');
  assert.equal(rest.length, 0);
  assert.equal(m?.text, '20th and Thu., 21st of December 2025');
  assert.deepEqual(m?.to?.written, { weekday: 4, day: 21, month: 12, year: 2025 });
  const [f] = dates('du 1er et jeu., 2 décembre 2025', 'fr');
  assert.equal(f?.text, '1er et jeu., 2 décembre 2025');
  // Numeric dates start with a number and name no month.
  assert.deepEqual(texts('le 22/12/2025 et le 2025-12-23', 'fr'), ['22/12/2025', '2025-12-23']);
  // Numbers with no month in reach are not dates.
  assert.deepEqual(texts('In 2024, 15 of the 20 delegations and 3 ministers came to the 2 venues by the 31 buses.', 'en'), []);
});

test('date.range: a range that ends before it starts, both years written, is a year slipped; its weekday says which', () => {
  const files = {
    '/w/a.fr.txt': 'Calendrier\n\nLes vacances de Noël iront du samedi 20 décembre 2025 au lundi 5 janvier 2025, et celles d’hiver du 7 au 23 février 2026.\n',
  };
  const [report] = new Project(new MemoryFileSystem(files), { locale: 'fr', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const findings = report?.findings ?? [];
  assert.deepEqual(findings.map((f) => [f.rule, files['/w/a.fr.txt'].slice(f.start, f.end)]), [['date.range', '2025']]);
  assert.deepEqual(findings[0]?.fixes.map((x) => [x.edits[0]?.newText, x.preferred]), [['2026', true]]);
});
