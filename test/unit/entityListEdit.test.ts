import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAlias } from '../../server/src/engine/entities/entityListEdit';
import { loadEntityList } from '../../server/src/engine/entities/entityList';

const LIST = `# Our people
entities:
  # Niger
  - id: abdourahamane-tiani
    type: person
    name: Abdourahamane Tiani
    aliases: [Tiani, Tchiani]
  - id: ibrahim-traore
    type: person
    name: Ibrahim Traoré
`;

test('an alias is added to an existing list, comments kept', () => {
  const out = addAlias(LIST, 'abdourahamane-tiani', 'Tianni')!;
  assert.match(out, /# Our people/);
  assert.match(out, /# Niger/);
  const e = loadEntityList('/w/e.yaml', out).entities.find((x) => x.id === 'abdourahamane-tiani')!;
  assert.deepEqual(e.aliases, ['Tiani', 'Tchiani', 'Tianni']);
});

test('an entry without aliases gets a list; an alias already there or an unknown id gives no edit', () => {
  const out = addAlias(LIST, 'ibrahim-traore', 'Traore')!;
  assert.deepEqual(loadEntityList('/w/e.yaml', out).entities.find((x) => x.id === 'ibrahim-traore')!.aliases, ['Traore']);
  assert.equal(addAlias(LIST, 'abdourahamane-tiani', 'Tchiani'), undefined);
  assert.equal(addAlias(LIST, 'nobody', 'X'), undefined);
  assert.equal(addAlias('entities: [', 'x', 'y'), undefined);
});
