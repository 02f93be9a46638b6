import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDate, rewriteDate } from '../../server/src/engine/dates/dateFormat';
import { extractDates } from '../../server/src/engine/dates/dateMentions';
import { weekdayOf } from '../../server/src/engine/dates/weekday';
import type { DateValue } from '../../server/src/engine/types';

/** The text with its first date rewritten to `target`. */
function rewrite(text: string, lang: string, target: { from: DateValue; to?: DateValue }, reference?: DateValue): string {
  const m = extractDates(text, { start: 0, end: text.length }, lang, reference)[0];
  assert.ok(m, `no date in ${text}`);
  return text.slice(0, m.start) + rewriteDate(m, target) + text.slice(m.end);
}

test('rewriteDate keeps language and style', () => {
  assert.equal(rewrite('On December 22, 2024, Bamako', 'en', { from: { year: 2025, month: 12, day: 22 } }), 'On December 22, 2025, Bamako');
  assert.equal(rewrite('Dec. 22', 'en', { from: { month: 12, day: 23 } }), 'Dec. 23');
  assert.equal(rewrite('Dec 22nd', 'en', { from: { month: 12, day: 23 } }), 'Dec 23rd');
  assert.equal(rewrite('Le 22 décembre 2025,', 'fr', { from: { year: 2024, month: 12, day: 22 } }), 'Le 22 décembre 2024,');
  assert.equal(rewrite('le 1er janvier', 'fr', { from: { month: 1, day: 2 } }), 'le 2 janvier');
  assert.equal(rewrite('le 22 janvier', 'fr', { from: { month: 2, day: 1 } }), 'le 1er février');
  assert.equal(rewrite('22/12/2025', 'fr', { from: { year: 2025, month: 1, day: 5 } }), '05/01/2025');
  assert.equal(rewrite('12/11/2024', 'en', { from: { year: 2025, month: 1, day: 5 } }), '1/5/2025');
  assert.equal(rewrite('2025-12-22', 'en', { from: { year: 2024, month: 1, day: 5 } }), '2024-01-05');
  assert.equal(rewrite('en juillet 2024', 'fr', { from: { year: 2025, month: 7 } }), 'en juillet 2025');
  assert.equal(rewrite('in September 2023', 'en', { from: { year: 2023, month: 10 } }), 'in October 2023');
});

test('rewriteDate: ranges rebuild only the matched part', () => {
  assert.equal(rewrite('les 20 et 21 décembre à Bamako', 'fr', { from: { month: 12, day: 21 } }), 'les 21 et 22 décembre à Bamako');
  assert.equal(rewrite('on December 20 and 21 in Bamako', 'en', { from: { month: 12, day: 19 }, to: { month: 12, day: 20 } }), 'on December 19 and 20 in Bamako');
  assert.equal(rewrite('December 20-21, 2024', 'en', { from: { year: 2025, month: 12, day: 20 } }), 'December 20-21, 2025');
  assert.equal(
    rewrite('du 20 au 21 décembre 2024', 'fr', { from: { year: 2025, month: 12, day: 20 }, to: { year: 2025, month: 12, day: 22 } }),
    'du 20 au 22 décembre 2025',
  );
  // A one-month range that must now cross months is rebuilt with the writer's linking word.
  assert.equal(rewrite('les 20 et 21 décembre', 'fr', { from: { month: 12, day: 31 }, to: { month: 1, day: 1 } }), 'les 31 décembre et 1er janvier');
});

test('rewriteDate recomputes a stated weekday and keeps casing', () => {
  assert.equal(rewrite('lundi 22 décembre 2025', 'fr', { from: { year: 2024, month: 12, day: 22 } }), 'dimanche 22 décembre 2024');
  assert.equal(rewrite('LUNDI 22 DÉCEMBRE 2025', 'fr', { from: { year: 2024, month: 11, day: 22 } }), 'VENDREDI 22 NOVEMBRE 2024');
  assert.equal(rewrite('Thursday, July 26, 2024', 'en', { from: { year: 2024, month: 7, day: 25 } }), 'Thursday, July 25, 2024');
  assert.equal(rewrite('Thu. July 26, 2024', 'en', { from: { year: 2024, month: 7, day: 27 } }), 'Sat. July 27, 2024');
});

test('round trip: rewriting to the same value changes nothing', () => {
  const samples: [string, string][] = [
    ['On December 22, 2024, x', 'en'],
    ['Dec. 22', 'en'],
    ['the 22nd of December', 'en'],
    ['Friday, July 26, 2024', 'en'],
    ['22/12/2025', 'fr'],
    ['2025-12-22', 'en'],
    ['les 20 et 21 décembre', 'fr'],
    ['1ᵉʳ mai 2024', 'fr'],
    ['lundi 22 décembre 2025', 'fr'],
    ['November 30 to December 2, 2024', 'en'],
    ['septembre 2023', 'fr'],
  ];
  for (const [t, lang] of samples) {
    const m = extractDates(t, { start: 0, end: t.length }, lang, { year: 2024, month: 12, day: 1 })[0];
    assert.ok(m, t);
    const target: { from: DateValue; to?: DateValue } = { from: m.from.value };
    if (m.to !== undefined) target.to = m.to.value;
    assert.equal(rewriteDate(m, target), m.text, t);
    // And rewriting then re-reading gives the target back.
    const moved = rewriteDate(m, { from: { ...m.from.value, year: 2030 } });
    const again = extractDates(moved, { start: 0, end: moved.length }, lang, { year: 2030, month: 1, day: 1 })[0];
    assert.equal(again?.from.value.year, m.style.hasYear ? 2030 : again?.from.value.year, moved);
  }
});

test('describeDate', () => {
  assert.equal(describeDate({ year: 2025, month: 12, day: 22 }, 'en'), '22 December 2025');
  assert.equal(describeDate({ year: 2025, month: 12, day: 22 }, 'fr'), '22 décembre 2025');
  assert.equal(describeDate({ year: 2025, month: 1, day: 1 }, 'fr'), '1er janvier 2025');
  assert.equal(describeDate({ year: 2024, month: 7 }, 'fr'), 'juillet 2024');
  assert.equal(describeDate({ month: 12, day: 20 }, 'en'), '20 December');
  assert.equal(describeDate({ year: 2025, month: 12, day: 22 }, 'de'), '22. Dezember 2025');
});

test('weekdayOf agrees with the calendar, no time-zone drift', () => {
  assert.equal(weekdayOf(2024, 7, 26), 5); // Friday
  assert.equal(weekdayOf(2025, 12, 22), 1); // Monday
  assert.equal(weekdayOf(2024, 12, 22), 0); // Sunday
  assert.equal(weekdayOf(2000, 2, 29), 2); // Tuesday
  assert.equal(weekdayOf(1900, 1, 1), 1); // Monday
  for (let d = 0; d < 3000; d += 7) {
    const date = new Date(Date.UTC(1990, 0, 1 + d));
    assert.equal(weekdayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), date.getUTCDay());
  }
});

test('rewriteDate keeps a weekday the other version states when the year is not written (an inferred year may be wrong)', () => {
  // "Friday, June 16" read against a dateline of 2025: June 14, 2025 was a Saturday, but the French says « vendredi 14 juin ».
  const text = 'on Friday, June 16, the board';
  const [m] = extractDates(text, { start: 0, end: text.length }, 'en', { year: 2025, month: 6, day: 1 });
  assert.ok(m);
  assert.equal(rewriteDate(m, { from: { month: 6, day: 14 } }, { from: 5 }), 'Friday, June 14');
  // Told nothing, the weekday is worked out from the inferred year, as for any date.
  assert.equal(rewriteDate(m, { from: { month: 6, day: 14 } }), 'Saturday, June 14');
  // With its year written, the weekday is worked out from the date.
  assert.equal(rewrite('on Friday, June 16, 2025, the board', 'en', { from: { year: 2025, month: 6, day: 14, weekday: 5 } }), 'on Saturday, June 14, 2025, the board');
});
