import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FlatOwnerLists, flattenOwnerLists } from '../../server/src/engine/entities/ownerLists';

// One seed, so a run is the same on every machine; COPYDESK_PROPERTY_SEED tries others.
fc.configureGlobal({ seed: Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 20261122) });

test('property: owner lists read in place give back every list, and nothing for other ids', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 4 })), { maxLength: 60 }), (pairs) => {
      const map = new Map<number, number[]>();
      for (const [id, owners] of pairs) map.set(id, owners);
      const flat = FlatOwnerLists.from(flattenOwnerLists(map));
      assert.ok(flat);
      for (let id = 0; id <= 501; id++) {
        const got = flat.get(id);
        assert.deepEqual(got === undefined ? undefined : [...got], map.get(id));
      }
      assert.deepEqual(
        [...flat.entries()].map(([id, owners]) => [id, [...owners]]),
        [...map.entries()].sort((a, b) => a[0] - b[0]),
      );
    }),
    { numRuns: 500 },
  );
});

test('a layout that does not add up is refused', () => {
  const refused = (values: number[], why: string): void => assert.equal(FlatOwnerLists.from(Int32Array.from(values)), undefined, why);
  refused([3, 1, 7, 2, 1, 8], 'ids not ascending');
  refused([3, 1, 7, 3, 1, 8], 'an id twice');
  refused([3, -1], 'a negative count');
  refused([3, 5, 1, 2], 'a count past the end');
  refused([3], 'a lone id');
  assert.deepEqual([...(FlatOwnerLists.from(Int32Array.from([2, 2, 9, 8, 5, 0]))?.get(2) ?? [])], [9, 8]);
  assert.deepEqual([...(FlatOwnerLists.from(Int32Array.from([2, 2, 9, 8, 5, 0]))?.get(5) ?? [-1])], []);
});
