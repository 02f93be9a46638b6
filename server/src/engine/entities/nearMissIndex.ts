import type { Lang } from '../types';
import type { EntityStore } from './entityStore';
import type { Entity } from './entityTypes';
import { foldKey } from './fold';
import type { OwnerLists } from './ownerLists';

// Near misses ("Tianni", "Goïat") are found through deletion neighbourhoods:
// every distinctive token is stored under itself and each one-letter
// deletion of itself, so a word one edit away (insertion, deletion,
// substitution or transposition) shares at least one key with it. Only
// distinctive tokens are indexed — surnames, one-word organisation and place
// names of five letters or more — never common words inside longer names
// ("Alliance", "États"), which would make every ordinary word a suspect.

export type TokenRole = 'surname' | 'given';

export interface NearMissCandidate {
  entity: number;
  key: string;
  role: TokenRole;
  distance: number;
  /** The token as the list writes it, per language ("*" for every language). */
  written: ReadonlyArray<{ lang: Lang | '*'; text: string }>;
}

const MIN_LENGTH = 5;
const LONG = 8;
const TOKEN = /[\p{L}\p{M}]+/gu;
/** Words of a folded key: folding has already removed the marks. */
const LETTERS = /\p{L}+/gu;

// The deletion keys are not stored as strings (a 100,000-name list has a
// million of them): each is a 32-bit hash in an open-addressing table of
// typed arrays, computed from prefix and suffix hashes without slicing. A
// collision only adds a candidate, which the edit distance then rejects.
const BASE = 0x01000193;

function mix(h: number, length: number): number {
  let x = (h ^ Math.imul(length, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

let prefixScratch = new Int32Array(64);
let powScratch = new Int32Array(64);

/** Hashes of the key itself, then of each one-letter deletion (consecutive repeats once). */
function deletionHashes(key: string, out: number[]): void {
  const n = key.length;
  out.length = 0;
  // Scratch space reused across calls: building a 100k-name index calls this 150,000 times.
  if (prefixScratch.length <= n) {
    prefixScratch = new Int32Array(2 * n + 2);
    powScratch = new Int32Array(2 * n + 2);
  }
  const prefix = prefixScratch;
  const pow = powScratch;
  prefix[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] ?? 0, BASE) + key.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i] ?? 0, BASE);
  }
  const suffixFrom = (i: number): number => ((prefix[n] ?? 0) - Math.imul(prefix[i] ?? 0, pow[n - i] ?? 0)) | 0;
  out.push(mix(prefix[n] ?? 0, n));
  for (let i = 0; i < n; i++) {
    // Deleting either letter of a doubled pair gives the same word.
    if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
    const h = (Math.imul(prefix[i] ?? 0, pow[n - 1 - i] ?? 0) + suffixFrom(i + 1)) | 0;
    out.push(mix(h, n - 1));
  }
}

class HashMultiTable {
  private readonly mask: number;

  constructor(
    readonly hashes: Int32Array,
    /** Token id + 1; 0 is an empty slot. */
    readonly values: Int32Array,
  ) {
    this.mask = hashes.length - 1;
  }

  static sized(entries: number): HashMultiTable {
    // At most about two thirds full: probes stay short, and a 100k-name
    // list's million deletions take 16 MB instead of 32.
    let size = 16;
    while (size < entries * 1.5) size *= 2;
    return new HashMultiTable(new Int32Array(size), new Int32Array(size));
  }

  add(hash: number, id: number): void {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i] ?? 0;
      if (v === 0) {
        this.hashes[i] = hash;
        this.values[i] = id + 1;
        return;
      }
      if (v === id + 1 && this.hashes[i] === hash) return;
    }
  }

  /** Ids stored under `hash`, in the order they were added. */
  forEach(hash: number, visit: (id: number) => void): void {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i] ?? 0;
      if (v === 0) return;
      if (this.hashes[i] === hash) visit(v - 1);
    }
  }
}

/** What a compiled snapshot stores of the index. */
export interface NearMissParts {
  entities: EntityStore;
  tokens: readonly string[];
  firstOwner: Int32Array;
  moreOwners: OwnerLists;
  hashes: Int32Array;
  values: Int32Array;
  /** Every folded word of the list. */
  words: () => Iterable<string>;
}

export class NearMissIndex {
  private readonly entityTokens = new Map<Entity, Set<string>>();
  private wordSet: { has(word: string): boolean } | undefined;

  private constructor(
    private readonly entities: EntityStore,
    /** Distinctive folded tokens; their index is their id. */
    private readonly tokens: readonly string[],
    /** The first entity that writes each token; others, rarer, in `moreOwners`. */
    private readonly firstOwner: Int32Array,
    private readonly moreOwners: OwnerLists,
    private readonly byDeletion: HashMultiTable,
    /** Every folded word of the list; a set made on first use when read from a snapshot. */
    private readonly words: () => Iterable<string>,
  ) {}

  static fromParts(p: NearMissParts): NearMissIndex {
    return new NearMissIndex(p.entities, p.tokens, p.firstOwner, p.moreOwners, new HashMultiTable(p.hashes, p.values), p.words);
  }

  parts(): NearMissParts {
    return {
      entities: this.entities,
      tokens: this.tokens,
      firstOwner: this.firstOwner,
      moreOwners: this.moreOwners,
      hashes: this.byDeletion.hashes,
      values: this.byDeletion.values,
      words: this.words,
    };
  }

  /**
   * Built from the folded keys the name index already has (`owners(k)`: the
   * entities writing key k, in list order): splitting a folded form into its
   * letter runs gives the same words as folding each word of the form, without
   * folding anything twice.
   */
  static build(entities: EntityStore, keys: readonly string[], owners: (keyId: number, visit: (entity: number) => void) => void): NearMissIndex {
    const tokens: string[] = [];
    // Every folded word of the list, with its token id when it is distinctive (-1 when not).
    const words = new Map<string, number>();
    const first: number[] = [];
    const moreOwners = new Map<number, number[]>();
    let deletionCount = 0;
    keys.forEach((key, keyId) => {
      const split = key.match(LETTERS);
      if (!split) return;
      for (const w of split) if (!words.has(w)) words.set(w, -1);
      owners(keyId, (entity) => {
        // A one-word name of any kind is distinctive; in a person's name, every word.
        if (split.length > 1 && entities.at(entity)?.type !== 'person') return;
        for (const w of split) {
          if (w.length < MIN_LENGTH) continue;
          const id = words.get(w) ?? -1;
          if (id < 0) {
            words.set(w, tokens.length);
            tokens.push(w);
            first.push(entity);
            deletionCount += w.length + 1;
            continue;
          }
          if (first[id] === entity) continue;
          // A first name may be shared by thousands of people: collect, and deduplicate once below.
          const more = moreOwners.get(id);
          if (!more) moreOwners.set(id, [entity]);
          else if (more[more.length - 1] !== entity) more.push(entity);
        }
      });
    });
    // Keys come in sorted order, not list order: put each token's owners back in list order, once each.
    const firstOwner = Int32Array.from(first);
    for (const [id, more] of moreOwners) {
      const all = Int32Array.from([firstOwner[id] ?? -1, ...more]).sort();
      const unique: number[] = [];
      for (const e of all) if (unique[unique.length - 1] !== e) unique.push(e);
      firstOwner[id] = unique[0] ?? -1;
      moreOwners.set(id, unique.slice(1));
    }
    const table = HashMultiTable.sized(deletionCount);
    const hashes: number[] = [];
    tokens.forEach((key, id) => {
      deletionHashes(key, hashes);
      for (const h of hashes) table.add(h, id);
    });
    const index = new NearMissIndex(entities, tokens, firstOwner, moreOwners, table, () => words.keys());
    index.wordSet = words;
    return index;
  }

  /** Whether the folded word is written somewhere in the list: then it is no misspelling. */
  isKnownToken(key: string): boolean {
    this.wordSet ??= new Set(this.words());
    return this.wordSet.has(key);
  }

  /** Folded tokens of an entity's names, for "is the next word its first name?". */
  tokensOf(entity: Entity): ReadonlySet<string> {
    let set = this.entityTokens.get(entity);
    if (!set) {
      set = new Set();
      for (const [f] of formsOf(entity)) for (const w of f.match(TOKEN) ?? []) set.add(foldKey(w));
      this.entityTokens.set(entity, set);
    }
    return set;
  }

  /** Indexed tokens within one edit of `key` (two for long words), nearest first. */
  lookup(key: string): NearMissCandidate[] {
    if (key.length < MIN_LENGTH - 1) return [];
    const ids = new Set<number>();
    const collect = (id: number): void => void ids.add(id);
    const hashes: number[] = [];
    deletionHashes(key, hashes);
    for (const h of hashes) this.byDeletion.forEach(h, collect);
    if (key.length > LONG) {
      const inner: number[] = [];
      for (const d of oneLetterDeletions(key)) {
        deletionHashes(d, inner);
        for (const h of inner.slice(1)) this.byDeletion.forEach(h, collect);
      }
    }
    const out: NearMissCandidate[] = [];
    for (const id of ids) {
      const token = this.tokens[id];
      if (token === undefined) continue;
      const max = Math.min(key.length, token.length) >= LONG ? 2 : 1;
      const distance = osaDistance(key, token, max);
      if (distance > max) continue;
      for (const entity of [this.firstOwner[id] ?? -1, ...(this.moreOwners.get(id) ?? [])]) {
        const e = this.entities.at(entity);
        if (!e) continue;
        const { role, written } = tokenUse(e, token);
        out.push({ entity, key: token, role, distance, written });
      }
    }
    // Nearest first; among equals, the list's order.
    return out.sort((a, b) => a.distance - b.distance || a.entity - b.entity);
  }

  get entityCount(): number {
    return this.entities.length;
  }
}

/** Every name and alias of an entity with the language it is for ("*": all). */
function formsOf(e: Entity): Array<[string, Lang | '*']> {
  const forms: Array<[string, Lang | '*']> = [[e.name, '*']];
  for (const [l, n] of Object.entries(e.names)) forms.push([n, l]);
  for (const a of e.aliases) forms.push([a, '*']);
  for (const [l, list] of Object.entries(e.aliasesByLang)) for (const a of list) forms.push([a, l]);
  return forms;
}

/**
 * The distinctive tokens of an entity, as `visit(folded, written, lang, role)`:
 * a one-word name of any kind is one; a person's several-word name gives its
 * words, the last as surname.
 */
function forEachTokenUse(e: Entity, visit: (key: string, written: string, lang: Lang | '*', role: TokenRole) => void): void {
  const form = (text: string, lang: Lang | '*'): void => {
    const words = text.match(TOKEN);
    if (!words || (words.length > 1 && e.type !== 'person')) return;
    words.forEach((w, k) => {
      const key = foldKey(w);
      if (key.length >= MIN_LENGTH) visit(key, w, lang, k === words.length - 1 ? 'surname' : 'given');
    });
  };
  form(e.name, '*');
  for (const [l, n] of Object.entries(e.names)) form(n, l);
  for (const a of e.aliases) form(a, '*');
  for (const [l, list] of Object.entries(e.aliasesByLang)) for (const a of list) form(a, l);
}


/**
 * How an entity uses a token, worked out when a near miss needs it rather
 * than stored for every token: a surname if any form ends with it, and how
 * each language writes it.
 */
function tokenUse(e: Entity, token: string): { role: TokenRole; written: Array<{ lang: Lang | '*'; text: string }> } {
  let role: TokenRole | undefined;
  const written: Array<{ lang: Lang | '*'; text: string }> = [];
  forEachTokenUse(e, (key, text, lang, r) => {
    if (key !== token) return;
    if (role === undefined || r === 'surname') role = r;
    if (!written.some((w) => w.lang === lang && w.text === text)) written.push({ lang, text });
  });
  return { role: role ?? 'surname', written };
}

/** Each one-letter deletion of a key (consecutive repeats once). */
function oneLetterDeletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    if (d !== out[out.length - 1]) out.push(d);
  }
  return out;
}

/** Optimal string alignment distance (adjacent transposition = 1), stopping past `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}
