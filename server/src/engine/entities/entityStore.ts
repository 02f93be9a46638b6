import type { Entity } from './entityTypes';

// The entities an index answers with, by position. A list loaded from YAML
// holds them as objects already; a list read back from a compiled snapshot
// keeps each entry as its JSON in UTF-8 and makes the object only when a
// mention needs it — a check meets a few hundred of a newsroom's 100,000
// names, and making (or even decoding) all of them would cost more than the check.

export interface EntityStore {
  readonly length: number;
  /** The entity at `i`; the same object every time it is asked for. */
  at(i: number): Entity | undefined;
  /** The id at `i`, without making the entity. */
  idAt(i: number): string | undefined;
  /** Every entity (makes them all: for completion lists, not for checks). */
  all(): readonly Entity[];
}

export function arrayStore(entities: readonly Entity[]): EntityStore {
  return {
    length: entities.length,
    at: (i) => entities[i],
    idAt: (i) => entities[i]?.id,
    all: () => entities,
  };
}

/** Entities kept as bytes: `json` holds them one after the other, the k-th ending at byte `ends[k]`. */
export class LazyEntityStore implements EntityStore {
  private readonly made: Array<Entity | undefined>;
  private ids: string[] | undefined;

  constructor(
    private readonly json: Uint8Array,
    private readonly ends: Int32Array,
    private readonly idList: string,
    private readonly decode: (entry: Uint8Array) => Entity,
  ) {
    this.made = new Array<Entity | undefined>(ends.length);
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): Entity | undefined {
    if (i < 0 || i >= this.ends.length) return undefined;
    let e = this.made[i];
    if (!e) {
      try {
        e = this.decode(this.json.subarray(i === 0 ? 0 : (this.ends[i - 1] ?? 0), this.ends[i] ?? 0));
      } catch {
        return undefined; // a damaged entry: as if it were not listed
      }
      this.made[i] = e;
    }
    return e;
  }

  idAt(i: number): string | undefined {
    this.ids ??= this.idList.split('\u0000');
    return this.ids[i];
  }

  all(): readonly Entity[] {
    const out: Entity[] = [];
    for (let i = 0; i < this.ends.length; i++) {
      const e = this.at(i);
      if (e) out.push(e);
    }
    return out;
  }
}
