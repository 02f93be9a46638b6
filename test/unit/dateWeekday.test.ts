import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/engine/article';
import { dateWeekday } from '../../server/src/engine/rules/dateWeekday';
import type { DocumentContext } from '../../server/src/engine/rules/rule';
import type { DateValue, Locale } from '../../server/src/engine/types';
import type { EntityIndex } from '../../server/src/engine/entities/entityIndex';

function run(text: string, lang: string, locale: Locale = 'en', articleDate?: DateValue) {
  const article = parseArticle({ path: 'a.txt', text, kind: 'plaintext', lang });
  const ctx: DocumentContext = {
    article,
    entities: {} as EntityIndex, // the rule does not look at entities
    locale,
    articleDate,
    today: new Date(Date.UTC(2025, 5, 1)),
  };
  return { article, findings: dateWeekday.check(ctx) };
}

function applyFix(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('en: wrong weekday with a written year is flagged on the weekday, fixed in place', () => {
  const text = 'Headline\nThe vote took place on Thursday, July 26, 2024, in Paris.';
  const { findings } = run(text, 'en');
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.ok(f);
  assert.equal(text.slice(f.start, f.end), 'Thursday');
  assert.equal(f.message, 'July 26, 2024 was a Friday, not a Thursday.');
  const preferred = f.fixes.find((x) => x.preferred);
  assert.ok(preferred);
  assert.equal(applyFix(text, preferred.edits), 'Headline\nThe vote took place on Friday, July 26, 2024, in Paris.');
  const other = f.fixes.find((x) => !x.preferred);
  assert.ok(other);
  assert.equal(applyFix(text, other.edits), 'Headline\nThe vote took place on Thursday, July 25, 2024, in Paris.');
});

test('fr: message in French, same case kept', () => {
  const text = 'Titre\r\nLe vote a eu lieu le jeudi 26 juillet 2024 à Paris.\r\nJEUDI 26 JUILLET 2024 : vote.';
  const { findings } = run(text, 'fr', 'fr');
  assert.equal(findings.length, 2);
  assert.equal(findings[0]?.message, 'Le 26 juillet 2024 était un vendredi, pas un jeudi.');
  assert.equal(text.slice(findings[0]?.start, findings[0]?.end), 'jeudi');
  assert.equal(findings[0]?.fixes[0]?.edits[0]?.newText, 'vendredi');
  assert.equal(findings[1]?.fixes[0]?.edits[0]?.newText, 'VENDREDI');
  assert.equal(findings[1]?.fixes[0]?.title, 'Remplacer par « VENDREDI »');
});

test('locale differs from the article language', () => {
  const { findings } = run('Titre\nle lundi 22 décembre 2024', 'fr', 'en');
  assert.equal(findings[0]?.message, 'December 22, 2024 was a Sunday, not a Monday.');
  assert.equal(findings[0]?.fixes[0]?.edits[0]?.newText, 'dimanche');
});

test('correct weekdays, weekdays alone and yearless dates without an article date are left alone', () => {
  const text =
    'Headline\nOn Friday, July 26, 2024, and on Monday, the vote. Thursday, July 26 was busy. lundi 22 décembre 2025.\n' +
    'Sunday, December 22, 2024 and Mon. Dec. 23, 2024.';
  assert.deepEqual(run(text, 'en').findings, []);
  assert.deepEqual(run('Titre\nle lundi 22 décembre 2025 et le dimanche 22 décembre 2024, puis lundi.', 'fr', 'fr').findings, []);
});

test('an implied year from the article date is used only when it is certain', () => {
  // Article dated 2024: July 26 was a Friday in 2024; Thursday fits neither 2023 nor 2025.
  const a = run('Headline\nOn Thursday, July 26, the vote.', 'en', 'en', { year: 2024, month: 7, day: 20 });
  assert.equal(a.findings.length, 1);
  assert.equal(a.findings[0]?.message, 'July 26, 2024 was a Friday, not a Thursday.');
  // "Monday, December 22" in an article of mid-June 2025: half a year either way; 22 December 2024 was a Sunday but 22 December 2025 is a Monday: the writer may mean that one, do not flag.
  const b = run('Headline\nOn Monday, December 22, the vote.', 'en', 'en', { year: 2025, month: 6, day: 15 });
  assert.deepEqual(b.findings, []);
  // Three weeks after an article of 1 December 2024, it is 22 December 2024: a Sunday.
  const c = run('Headline\nOn Monday, December 22, the vote.', 'en', 'en', { year: 2024, month: 12, day: 1 });
  assert.equal(c.findings.length, 1);
});


test('seed articles: no weekday findings', () => {
  const en = 'Bamako Summit\nO n December 22, 2024, Bamako hosted the second summit.\nThe meeting was held on December 20 and 21 in Bamako.';
  const fr = 'Sommet de Bamako\nL e 22 décembre 2025, Bamako a accueilli le sommet.\nElle s’est tenue les 20 et 21 décembre à Bamako.';
  assert.deepEqual(run(en, 'en').findings, []);
  assert.deepEqual(run(fr, 'fr', 'fr').findings, []);
});

test('future dates say "is"', () => {
  // 26 July 2027 is a Monday; "today" in these tests is 1 June 2025.
  const { findings } = run('Headline\nOn Tuesday, July 26, 2027.', 'en');
  assert.equal(findings[0]?.message, 'July 26, 2027 is a Monday, not a Tuesday.');
});

test('a yearless date close to the article’s own date takes that year for certain', () => {
  // Article of 3 November 2025: "Saturday, Nov. 2" is 2 November 2025, a Sunday (2 November 2024 was a Saturday).
  const a = run('Headline\nVoters went to the polls on Saturday, Nov. 2, observers said.', 'en', 'en', { year: 2025, month: 11, day: 3 });
  assert.equal(a.findings.length, 1);
  assert.equal(a.findings[0]?.fixes[0]?.edits[0]?.newText, 'Sunday');
  const b = run('Headline\nVoters went to the polls on Sunday, Nov. 2, observers said.', 'en', 'en', { year: 2025, month: 11, day: 3 });
  assert.deepEqual(b.findings, []);
});

test('a yearless date close to a date the article writes in full takes that year for certain, even when the article looks further ahead', () => {
  const text = (weekday: string): string =>
    `Headline\nThe election took place on Sunday, June 2, 2024. On ${weekday}, June 3, the peso fell. The new president takes office on October 1, 2024.`;
  // The article's date is its latest full date (October 1, 2024), four months on; June 2, 2024 is a day away.
  const wrong = run(text('Tuesday'), 'en', 'en', { year: 2024, month: 10, day: 1 });
  assert.deepEqual(
    wrong.findings.map((f) => f.message),
    ['June 3, 2024 was a Monday, not a Tuesday.'],
  );
  assert.deepEqual(run(text('Monday'), 'en', 'en', { year: 2024, month: 10, day: 1 }).findings, []);
  // Far from every full date, a weekday that fits the next year stays unflagged.
  const far = run('Headline\nThe council met on December 20, 2024. The next session opens on Friday, January 3.', 'en', 'en', { year: 2024, month: 12, day: 20 });
  assert.deepEqual(far.findings, []);
});

test('a weekday that fits the same day in another year the article writes is left alone', () => {
  // 26 July 2025 was a Saturday; the article's own date (its latest full date) is in July 2026.
  const text = 'Titre\nLa 79e édition, qui s’est tenue du 5 au 26 juillet 2025, a attiré 110 000 spectateurs, a annoncé le festival le samedi 26 juillet. La prochaine aura lieu du 4 au 25 juillet 2026.';
  assert.deepEqual(run(text, 'fr', 'en', { year: 2026, month: 7, day: 25 }).findings, []);
  // A weekday that fits no year the article writes is still a slip.
  assert.equal(run(text.replace('samedi 26', 'mardi 26'), 'fr', 'en', { year: 2026, month: 7, day: 25 }).findings.length, 1);
});

test('a date before 1924 may be Julian; a range of weekdays over a range of days is not one weekday', () => {
  // Rome, 1582: Thursday, October 4 (Julian) was followed by Friday, October 15 (Gregorian).
  assert.deepEqual(run('Headline\nIn Rome, Thursday, October 4, 1582, was followed by Friday, October 15, 1582.', 'en').findings, []);
  // Wrong in both calendars: still a slip.
  assert.equal(run('Headline\nIn Rome, Sunday, October 4, 1582, was a feast.', 'en').findings.length, 1);
  for (const ok of ['on Monday–Tuesday, December 22–23, 2025', 'on Monday and Tuesday, December 22 and 23, 2025', 'from Saturday to Sunday, December 20–21, 2025']) {
    assert.deepEqual(run(`Headline\nThe meeting was held ${ok}, in Bamako.`, 'en').findings, [], ok);
  }
});

test('a yearless weekday far from every written date may belong to another year: left alone when it fits one up to two years away', () => {
  // The only full date is another event's (the coup); June 19 was a Thursday in 2025.
  const text = 'Headline\nNiger nationalised the mine on Thursday, June 19, nearly two years after the coup of Wednesday, July 26, 2023.';
  assert.deepEqual(run(text, 'en').findings.map((f) => f.message), []);
});

test('a story that does not state its own date may come from any year since its latest full date: a yearless weekday that fits one up to now is left alone', () => {
  // An obituary whose latest full date is a 1977 festival; June 3 was a Wednesday in 2026.
  const text = 'Headline\nHe played at the festival in Lagos from January 15 to February 12, 1977.\nHe will be buried on Wednesday, June 3, in Kita.';
  assert.deepEqual(run(text, 'en', 'en', { year: 1977, month: 2, day: 12 }).findings.map((f) => f.message), []);
  // Dated by its dateline, the same story speaks of June 3, 1977: a Friday.
  const dated = 'Headline\nBAMAKO, Feb. 12, 1977 (AFP) - He played at the festival in Lagos.\nHe will be buried on Wednesday, June 3, in Kita.';
  assert.deepEqual(run(dated, 'en', 'en', { year: 1977, month: 2, day: 12 }).findings.map((f) => f.message), ['June 3, 1977 was a Friday, not a Wednesday.']);
});

test('a full date whose own weekday does not fit may carry the wrong year: the days around it are not flagged through it', () => {
  // "Tuesday, 19 July 2021" was a Monday: the year slipped (2022), so "Monday, 18 July" is right.
  const text = 'Headline\nBritain passed 40C on Tuesday, 19 July 2021. Wales had broken its record the day before, on Monday, 18 July.';
  const found = run(text, 'en', 'en', { year: 2021, month: 7, day: 19 });
  assert.deepEqual(found.findings.map((f) => text.slice(f.start, f.end)), ['Tuesday']);
  // With the year right, both fit and nothing is said; with the weekday alone wrong nearby, it still is.
  assert.deepEqual(run(text.replace('2021', '2022'), 'en', 'en', { year: 2022, month: 7, day: 19 }).findings, []);
  const slip = 'Headline\nBritain passed 40C on Tuesday, 19 July 2022. Wales had broken its record the day before, on Sunday, 18 July.';
  assert.deepEqual(run(slip, 'en', 'en', { year: 2022, month: 7, day: 19 }).findings.map((f) => slip.slice(f.start, f.end)), ['Sunday']);
});

test('when every yearless weekday misses the article’s year and fits the next, the year slipped: no weekday is flagged for it', () => {
  // The dateline says 2021 for 2022: Tuesday, 6 December and Wednesday, 14 December are right for 2022.
  const text = (first: string): string =>
    `Headline\nMorocco beat Portugal in Doha on 10 December 2021. They had beaten Spain on ${first}, 6 December, and play France on Wednesday, 14 December.`;
  assert.deepEqual(run(text('Tuesday'), 'en', 'en', { year: 2021, month: 12, day: 10 }).findings, []);
  // One weekday that fits the article's year says the year is right, and the other is the slip.
  const mixed = `Headline\nMorocco beat Portugal in Doha on 10 December 2021. They had beaten Spain on Monday, 6 December, and play France on Wednesday, 14 December.`;
  assert.deepEqual(
    run(mixed, 'en', 'en', { year: 2021, month: 12, day: 10 }).findings.map((f) => f.message),
    ['December 14, 2021 was a Tuesday, not a Wednesday.'],
  );
});

test('a story that states no date of its own: its one full date vouches for the year of days nearby only, not pages away, and not when it is still to come', () => {
  // The only full date recalls a final of 1993, paragraphs before "Sunday, June 1" of this year's parade.
  const text = 'Headline\nPSG won the final on Saturday.\nMarseille had beaten Milan on May 26, 1993, in Munich.\nFans celebrated all night.\nThe squad will parade on Sunday, June 1, in Paris.';
  assert.deepEqual(run(text, 'en', 'en', { year: 1993, month: 5, day: 26 }).findings, []);
  // A contract "until June 30, 2029" says nothing of the year of "Thursday, June 16".
  const contract = 'Headline\nHe signed until June 30, 2029.\nThe club confirmed it on Thursday, June 16.';
  assert.deepEqual(run(contract, 'en', 'en', { year: 2029, month: 6, day: 30 }).findings, []);
});

test('a full date written with its weekday is the story’s news: it vouches for days a few paragraphs away', () => {
  // "Friday, October 14, 2022" in the lead; "Thursday, October 12" two paragraphs on was a Wednesday (and a Thursday in 2023).
  const text = 'Headline\nStandfirst.\nTotalEnergies reached a deal on Friday, October 14, 2022, with two unions.\nThe deal gives a 7% rise for 2023.\nOn Thursday, October 12, the government requisitioned workers.';
  assert.deepEqual(run(text, 'en', 'en', { year: 2022, month: 10, day: 14 }).findings.map((f) => f.message), ['October 12, 2022 was a Wednesday, not a Thursday.']);
  // Without its weekday, the same date is the recalled kind: it vouches only in its paragraph and the next.
  assert.deepEqual(run(text.replace('on Friday, October 14, 2022', 'on October 14, 2022'), 'en', 'en', { year: 2022, month: 10, day: 14 }).findings, []);
});

test('a yearless weekday that fits no year around a story that states no date of its own and writes full dates of several years: flagged, with no fix, as its year is a guess', () => {
  // A 2024 story that goes on to the 2025 Tour: its latest full date is 2025, but « vendredi 26 juillet » was 2024's.
  const text = 'Titre\nLes Jeux olympiques s’ouvrent jeudi 26 juillet à Paris.\nLe Tour 2025 sera présenté le samedi 5 avril 2025.\nLe Tour 2024 s’est achevé le dimanche 21 juillet 2024 à Nice.';
  const found = run(text, 'fr', 'fr', { year: 2025, month: 4, day: 5 }).findings;
  assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.message, f.fixes.length]), [['jeudi', 'Aucun 26 juillet de 2023 à 2027 ne tombe un jeudi\u00a0: vérifiez la date.', 0]]);
  assert.deepEqual(run(text.replace('jeudi 26', 'vendredi 26'), 'fr', 'fr', { year: 2025, month: 4, day: 5 }).findings, []);
  // A story whose full dates are all of one year: that is the year, said, with its fixes.
  const oneYear = 'Titre\nLes Jeux olympiques s’ouvrent jeudi 26 juillet à Paris.\nLe Tour sera présenté le samedi 5 avril 2025.';
  assert.deepEqual(run(oneYear, 'fr', 'fr', { year: 2025, month: 4, day: 5 }).findings.map((f) => [f.message, f.fixes.length]), [['Le 26 juillet 2025 est un samedi, pas un jeudi.', 2]]);
});
