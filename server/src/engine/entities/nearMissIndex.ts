import type { Lang } from '../types';
import type { Entity } from './entityTypes';
import { foldKey } from './fold';

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

interface TokenInfo {
  key: string;
  owners: Array<{ entity: number; role: TokenRole; written: Array<{ lang: Lang | '*'; text: string }> }>;
}

const MIN_LENGTH = 5;
const LONG = 8;
const TOKEN = /[\p{L}\p{M}]+/gu;

export class NearMissIndex {
  private readonly entityTokens = new Map<Entity, Set<string>>();

  private constructor(
    private readonly entities: readonly Entity[],
    private readonly tokens: readonly TokenInfo[],
    private readonly byDeletion: ReadonlyMap<string, readonly number[] | number>,
    private readonly allTokens: ReadonlySet<string>,
  ) {}

  static build(entities: readonly Entity[]): NearMissIndex {
    const tokens: TokenInfo[] = [];
    const tokenIds = new Map<string, number>();
    const allTokens = new Set<string>();
    const byDeletion = new Map<string, number[] | number>();
    const addToken = (entity: number, written: string, lang: Lang | '*', role: TokenRole): void => {
      const key = foldKey(written);
      if (key.length < MIN_LENGTH) return;
      let id = tokenIds.get(key);
      if (id === undefined) {
        id = tokens.length;
        tokenIds.set(key, id);
        tokens.push({ key, owners: [] });
        for (const d of deletions(key)) {
          const existing = byDeletion.get(d);
          if (existing === undefined) byDeletion.set(d, id);
          else if (typeof existing === 'number') {
            if (existing !== id) byDeletion.set(d, [existing, id]);
          } else if (existing[existing.length - 1] !== id) existing.push(id);
        }
      }
      const info = tokens[id];
      if (!info) return;
      let owner = info.owners.find((o) => o.entity === entity);
      if (!owner) {
        owner = { entity, role, written: [] };
        info.owners.push(owner);
      } else if (role === 'surname') owner.role = 'surname';
      if (!owner.written.some((w) => w.lang === lang && w.text === written)) owner.written.push({ lang, text: written });
    };
    entities.forEach((e, i) => {
      const forms: Array<[string, Lang | '*', 'name' | 'alias']> = [[e.name, '*', 'name']];
      for (const [l, n] of Object.entries(e.names)) forms.push([n, l, 'name']);
      for (const a of e.aliases) forms.push([a, '*', 'alias']);
      for (const [l, list] of Object.entries(e.aliasesByLang)) for (const a of list) forms.push([a, l, 'alias']);
      for (const [form, lang] of forms) {
        const words = form.match(TOKEN) ?? [];
        for (const w of words) allTokens.add(foldKey(w));
        if (words.length === 1 && words[0]) addToken(i, words[0], lang, 'surname');
        else if (e.type === 'person' && words.length > 1) {
          words.forEach((w, k) => addToken(i, w, lang, k === words.length - 1 ? 'surname' : 'given'));
        }
      }
    });
    return new NearMissIndex(entities, tokens, byDeletion, allTokens);
  }

  /** Whether the folded word is written somewhere in the list: then it is no misspelling. */
  isKnownToken(key: string): boolean {
    return this.allTokens.has(key);
  }

  /** Folded tokens of an entity's names, for "is the next word its first name?". */
  tokensOf(entity: Entity): ReadonlySet<string> {
    let set = this.entityTokens.get(entity);
    if (!set) {
      set = new Set();
      const forms = [entity.name, ...Object.values(entity.names), ...entity.aliases, ...Object.values(entity.aliasesByLang).flat()];
      for (const f of forms) for (const w of f.match(TOKEN) ?? []) set.add(foldKey(w));
      this.entityTokens.set(entity, set);
    }
    return set;
  }

  /** Indexed tokens within one edit of `key` (two for long words), nearest first. */
  lookup(key: string): NearMissCandidate[] {
    if (key.length < MIN_LENGTH - 1) return [];
    const ids = new Set<number>();
    const collect = (k: string): void => {
      const hit = this.byDeletion.get(k);
      if (hit === undefined) return;
      if (typeof hit === 'number') ids.add(hit);
      else for (const id of hit) ids.add(id);
    };
    const ownDeletions = deletions(key);
    for (const d of ownDeletions) collect(d);
    if (key.length > LONG) for (const d of ownDeletions.slice(1)) for (const dd of deletions(d).slice(1)) collect(dd);
    const out: NearMissCandidate[] = [];
    for (const id of ids) {
      const info = this.tokens[id];
      if (!info) continue;
      const max = Math.min(key.length, info.key.length) >= LONG ? 2 : 1;
      const distance = osaDistance(key, info.key, max);
      if (distance > max) continue;
      for (const o of info.owners) out.push({ entity: o.entity, key: info.key, role: o.role, distance, written: o.written });
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  get entityCount(): number {
    return this.entities.length;
  }
}

/** The key itself, then each one-letter deletion of it. */
function deletions(key: string): string[] {
  const out = [key];
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
