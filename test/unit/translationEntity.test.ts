import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';

// translation.entity notes a person or organisation one version names and
// the other leaves out of the same place; a translation that names it by an
// adjective has not left it out.

function notes(en: string, fr: string): Record<string, string[]> {
  const files = {
    '/w/story.en.txt': `Budget: Paris Promises Cuts\nThe government set out its plan on Tuesday.\n${en}\n`,
    '/w/story.fr.txt': `Budget\u00a0: Paris promet des économies\nLe gouvernement a présenté son plan mardi.\n${fr}\n`,
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const out: Record<string, string[]> = {};
  for (const r of reports) out[r.path] = r.findings.filter((f) => f.rule === 'translation.entity').map((f) => (files as Record<string, string>)[r.path]!.slice(f.start, f.end));
  return out;
}

test('an organisation the other version names by its adjective is named there', () => {
  const en = 'Finance Minister Éric Lombard said the deficit, 5.4% of GDP in 2025, must fall below the European Union ceiling of 3% by 2029, as Moody’s and Fitch expect.';
  assert.deepEqual(notes(en, 'Le ministre des Finances, Éric Lombard, a indiqué que le déficit, de 5,4\u00a0% du PIB en 2025, devra passer sous le plafond européen de 3\u00a0% d’ici à 2029, comme l’attendent Moody’s et Fitch.'), {
    '/w/story.en.txt': [],
    '/w/story.fr.txt': [],
  });
  // Left out altogether, it is noted.
  assert.deepEqual(notes(en, 'Le ministre des Finances, Éric Lombard, a indiqué que le déficit, de 5,4\u00a0% du PIB en 2025, devra passer sous le plafond de 3\u00a0% d’ici à 2029, comme l’attendent Moody’s et Fitch.'), {
    '/w/story.en.txt': ['European Union'],
    '/w/story.fr.txt': [],
  });
});

test('an organisation’s possessive before what it owns is no naming a translation keeps: "the European Union’s General Data Protection Regulation"', () => {
  const en = 'Under the European Union’s General Data Protection Regulation, firms can be fined up to 4% of their turnover.';
  const fr = 'En vertu du règlement général sur la protection des données, les entreprises encourent une amende de 4 % de leur chiffre d’affaires.';
  assert.deepEqual(notes(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a listed name inside a longer one is that other body: « l’Organisation des Nations unies pour l’alimentation et l’agriculture » is the FAO', () => {
  assert.deepEqual(
    notes(
      'Farmers had to sow again, the Food and Agriculture Organization said on Thursday.',
      'Les paysans ont dû semer à nouveau, a indiqué jeudi l’Organisation des Nations unies pour l’alimentation et l’agriculture (FAO).',
    ),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});
