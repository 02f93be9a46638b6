// The entities beyond the first that write a key or a token (a surname two
// people share): rare, so kept apart from the typed array of first owners.

export interface OwnerLists {
  /** The other owners of `id`, or undefined when it has only its first. */
  get(id: number): Iterable<number> | undefined;
  /** Every id that has other owners, with them. */
  entries(): Iterable<readonly [number, Iterable<number>]>;
}

/** The lists laid out flat, `[id, count, ...owners]` one after the other, ids ascending: what a snapshot stores. */
export function flattenOwnerLists(lists: OwnerLists): Int32Array {
  const all = [...lists.entries()].map(([id, owners]) => [id, [...owners]] as const).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [id, owners] of all) out.push(id, owners.length, ...owners);
  return Int32Array.from(out);
}

/**
 * Owner lists read in place from their flat layout: finding an id is a
 * binary search, and no list is made until asked for. Making a Map of arrays
 * up front was most of the garbage of loading a 100,000-name snapshot.
 */
export class FlatOwnerLists implements OwnerLists {
  private constructor(
    private readonly flat: Int32Array,
    private readonly ids: Int32Array,
    private readonly starts: Int32Array,
  ) {}

  /** Undefined when the layout does not add up (a damaged snapshot). */
  static from(flat: Int32Array): FlatOwnerLists | undefined {
    const ids: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < flat.length; ) {
      const id = flat[i] ?? 0;
      const n = flat[i + 1] ?? -1;
      if (n < 0 || i + 2 + n > flat.length) return undefined;
      if (ids.length > 0 && id <= (ids[ids.length - 1] ?? 0)) return undefined;
      ids.push(id);
      starts.push(i + 2);
      i += 2 + n;
    }
    return new FlatOwnerLists(flat, Int32Array.from(ids), Int32Array.from(starts));
  }

  get(id: number): Iterable<number> | undefined {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.ids[mid] ?? 0;
      if (at === id) {
        const start = this.starts[mid] ?? 0;
        return this.flat.subarray(start, start + (this.flat[start - 1] ?? 0));
      }
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  *entries(): Iterable<readonly [number, Iterable<number>]> {
    for (let k = 0; k < this.ids.length; k++) {
      const id = this.ids[k] ?? 0;
      const owners = this.get(id);
      if (owners) yield [id, owners];
    }
  }
}
