import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { importCsv, importWikidata } from '../../server/src/engine/entities/entityImport';
import { loadEntityList } from '../../server/src/engine/entities/entityList';

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { cwd, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, today: () => new Date('2026-01-01') });
  return { code, out, err };
}

test('a newsroom spreadsheet becomes an entity list Copydesk loads without problems', () => {
  const csv = 'id,type,name,name_fr,aliases,aliases_fr,title_en,title_fr,title_from,bio_en,bio_fr\n' +
    'ibrahim-traore,person,Ibrahim Traoré,,Traoré,,Captain,capitaine,2020,"Head of state of Burkina Faso, a captain.","Chef de l’État burkinabè, capitaine."\n' +
    ',organisation,ECOWAS,Cédéao,Economic Community of West African States,CEDEAO|Communauté économique des États de l’Afrique de l’Ouest,,,,,\n' +
    'x,person,,,,,,,,,\n';
  const result = importCsv(csv);
  assert.equal(result.entities.length, 2);
  assert.match(result.problems[0]!, /Row 4: no "name"/);
  const dir = tempDir('copydesk-import-');
  writeFileSync(join(dir, 'names.csv'), csv);
  const { code, out } = cli(['import-entities', 'names.csv'], dir);
  assert.equal(code, 0);
  const loaded = loadEntityList('/w/entities.yaml', out);
  assert.deepEqual(loaded.problems, []);
  const ecowas = loaded.entities.find((e) => e.id === 'ecowas')!;
  assert.equal(ecowas.type, 'organization');
  assert.equal(ecowas.names['fr'], 'Cédéao');
  assert.ok(ecowas.aliasesByLang['fr']?.includes('CEDEAO'));
  const traore = loaded.entities.find((e) => e.id === 'ibrahim-traore')!;
  assert.equal(traore.titles[0]?.names['en'], 'Captain');
  assert.equal(traore.titles[0]?.from, '2020');
});

test('a Wikidata JSON export (offline) becomes an entity list', () => {
  const dump = JSON.stringify({
    entities: {
      Q123: { id: 'Q123', labels: { en: { value: 'Assimi Goïta' }, fr: { value: 'Assimi Goïta' } }, aliases: { en: [{ value: 'Assimi Goita' }] }, descriptions: { en: { value: 'Malian military officer' }, fr: { value: 'militaire malien' } }, claims: { P31: [{ mainsnak: { datavalue: { value: { id: 'Q5' } } } }] } },
      Q3703: { id: 'Q3703', labels: { en: { value: 'Bamako' } }, claims: { P31: [{ mainsnak: { datavalue: { value: { id: 'Q5119' } } } }] } },
    },
  });
  const result = importWikidata(dump, ['en', 'fr']);
  assert.deepEqual(result.entities.map((e) => [e.id, e.type]), [['assimi-goita', 'person'], ['bamako', 'place']]);
  const dir = tempDir('copydesk-wd-');
  writeFileSync(join(dir, 'export.json'), dump);
  assert.equal(cli(['import-entities', 'export.json', '-o', 'entities.yaml'], dir).code, 0);
  const loaded = loadEntityList('/w/entities.yaml', readFileSync(join(dir, 'entities.yaml'), 'utf8'));
  assert.deepEqual(loaded.problems, []);
  assert.equal(loaded.entities.length, 2);
  assert.equal(loaded.entities[0]?.bio['fr'], 'militaire malien');
});

test('an unreadable import says so and exits 2', () => {
  const dir = tempDir('copydesk-wd-');
  writeFileSync(join(dir, 'bad.json'), 'not json at all');
  const r = cli(['import-entities', 'bad.json'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /no entity found|not a JSON entity/);
});
