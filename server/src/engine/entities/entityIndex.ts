import type { Lang } from '../types';
import { canonicalName, type Entity } from './entityTypes';
import { codePointBefore, foldCodes, foldKey, foldText, isCombiningMark, isWordCodePoint } from './fold';
import { NameTrie } from './nameTrie';
import { NearMissIndex, type NearMissCandidate, type TokenRole } from './nearMissIndex';
import { titleWordEnding } from './titleVocabulary';

export type MentionForm = 'canonical' | 'alias' | 'otherLanguage' | 'variant' | 'nearMiss';

export interface EntityMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  entity: Entity;
  form: MentionForm;
  /** The form the entity list wants for the language, when `text` differs from it. */
  expected?: string;
}

/** One way an entity may be written: `lang` is "*" for every language. */
interface FormRef {
  entity: number;
  text: string;
  lang: Lang | '*';
  kind: 'name' | 'alias';
  /** Precomputed for caseAllows: written in capitals only; starts with a capital. */
  acronym: boolean;
  capital: boolean;
}

/** Everything written under one folded key, worked out the first time the key is met in a text. */
interface KeyEntry {
  forms: FormRef[];
  /** How many entities share the key. */
  entityCount: number;
}

// Comparisons of "exact" forms ignore what typography rules own: the shape of
// the apostrophe and which whitespace separates words.
function exactKey(s: string): string {
  return s.normalize('NFC').replace(/[’‘ʼ`´′]/g, "'").replace(/\s+/gu, ' ');
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** "AES", "ECOWAS", "G5": written in capitals only. */
function isAcronym(form: string): boolean {
  return !LOWER.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

// Near-miss lookups repeat: the same capitalised words start sentence after
// sentence. Past this many distinct words the memo starts again.
const NEAR_MISS_MEMO = 20000;

export class EntityIndex {
  private nearMiss: NearMissIndex | undefined;
  /** Entities by id, built when first asked for (a CLI run may never ask). */
  private ids: Map<string, Entity> | undefined;
  private readonly entries = new Map<number, KeyEntry>();
  private readonly nearMissMemo = new Map<string, NearMissCandidate[]>();

  private constructor(
    private readonly entities: readonly Entity[],
    private readonly keys: readonly string[],
    /** The first entity written under each key; the rarer others in `moreOwners`. */
    private readonly firstOwner: Int32Array,
    private readonly moreOwners: ReadonlyMap<number, number[]>,
    private readonly trie: NameTrie,
  ) {}

  static empty(): EntityIndex {
    return EntityIndex.build([]);
  }

  static build(entities: readonly Entity[]): EntityIndex {
    // Each folded key with the entities that write it: the first as a number,
    // the rare others (a surname two people share) in a list.
    const byKey = new Map<string, number | number[]>();
    entities.forEach((e, i) => {
      forEachForm(e, (text) => {
        const key = foldKey(text);
        if (key.length === 0) return;
        const owners = byKey.get(key);
        if (owners === undefined) byKey.set(key, i);
        else if (typeof owners === 'number') {
          if (owners !== i) byKey.set(key, [owners, i]);
        } else if (owners[owners.length - 1] !== i) owners.push(i);
      });
    });
    // Key ids are positions in sorted order, which is how the trie is laid out.
    const keys = [...byKey.keys()].sort();
    const firstOwner = new Int32Array(keys.length);
    const moreOwners = new Map<number, number[]>();
    keys.forEach((key, id) => {
      const owners = byKey.get(key) ?? -1;
      if (typeof owners === 'number') firstOwner[id] = owners;
      else {
        firstOwner[id] = owners[0] ?? -1;
        moreOwners.set(id, owners.slice(1));
      }
    });
    return new EntityIndex(entities, keys, firstOwner, moreOwners, NameTrie.build(keys));
  }

  /** The forms written under a key, with what caseAllows needs precomputed. */
  private entry(keyId: number): KeyEntry | undefined {
    let entry = this.entries.get(keyId);
    if (entry) return entry;
    const key = this.keys[keyId];
    if (key === undefined) return undefined;
    const owners = [this.firstOwner[keyId] ?? -1, ...(this.moreOwners.get(keyId) ?? [])];
    const forms: FormRef[] = [];
    for (const entity of owners) {
      const e = this.entities[entity];
      if (!e) continue;
      forEachForm(e, (text, lang, kind) => {
        if (foldKey(text) !== key) return;
        const exact = exactKey(text);
        const first = exact.match(/\p{L}/u)?.[0] ?? '';
        forms.push({ entity, text: exact, lang, kind, acronym: isAcronym(exact), capital: UPPER.test(first) });
      });
    }
    entry = { forms, entityCount: owners.length };
    this.entries.set(keyId, entry);
    return entry;
  }

  get size(): number {
    return this.entities.length;
  }

  byId(id: string): Entity | undefined {
    if (!this.ids) {
      this.ids = new Map();
      for (const e of this.entities) if (!this.ids.has(e.id)) this.ids.set(e.id, e);
    }
    return this.ids.get(id);
  }

  all(): readonly Entity[] {
    return this.entities;
  }

  /**
   * Every mention of a listed entity in `prose` (within `span`), longest
   * match first, on word boundaries, plus likely misspellings of
   * distinctive names when the context says they are names.
   */
  findMentions(prose: string, lang: Lang, span?: { start: number; end: number }): EntityMention[] {
    const from = Math.max(0, span?.start ?? 0);
    const to = Math.min(prose.length, span?.end ?? prose.length);
    if (this.entities.length === 0 || to <= from) return [];
    const f = foldCodes(prose, from, to);
    const mentions: EntityMention[] = [];
    let covered = from;
    const ends: Array<{ end: number; keyId: number }> = [];
    for (let i = 0; i < f.length; i++) {
      const start = f.starts[i] ?? 0;
      // A name starts a word: not inside one, not on the second letter of "œ".
      if (start < covered || (i > 0 && f.starts[i - 1] === start) || !this.trie.startsKey(f.codes[i] ?? 0)) continue;
      if (!isBoundaryBefore(prose, start)) continue;
      ends.length = 0;
      this.trie.walk(f.codes, i, f.length, (keyId, fe) => {
        let end = f.ends[fe - 1] ?? 0;
        while (end < to && isCombiningMark(prose.charCodeAt(end))) end++;
        if (isBoundaryAfter(prose, end)) ends.push({ end, keyId });
      });
      // Longest first; a shorter match starting here may still fit if a longer one is refused.
      for (let k = ends.length - 1; k >= 0; k--) {
        const c = ends[k];
        if (!c) continue;
        const m = this.classify(prose, start, c.end, c.keyId, lang);
        if (!m) continue;
        mentions.push(m);
        covered = m.end;
        break;
      }
    }
    return this.addNearMisses(prose, lang, from, to, mentions);
  }

  /** Entity tokens within one or two edits of `word` (a transposition counts as one). */
  lookupNearMiss(word: string, lang: Lang): Array<{ entity: Entity; expected: string; distance: number }> {
    return this.nearMissIndex()
      .lookup(foldKey(word))
      .map((c) => ({ entity: this.entities[c.entity] as Entity, expected: this.tokenFor(c, lang), distance: c.distance }))
      .filter((c) => c.entity !== undefined);
  }

  /** Listed tokens a word is a slip of (none if the list writes the word itself), remembered per word. */
  private nearMissesOf(word: string, index: NearMissIndex): NearMissCandidate[] {
    let found = this.nearMissMemo.get(word);
    if (found) return found;
    const key = foldKey(word);
    found = index.isKnownToken(key) ? [] : index.lookup(key).filter((c) => c.distance > 0);
    if (this.nearMissMemo.size >= NEAR_MISS_MEMO) this.nearMissMemo.clear();
    this.nearMissMemo.set(word, found);
    return found;
  }

  private nearMissIndex(): NearMissIndex {
    // Built on first use: most documents never need it, and at 100k entities
    // it is the larger of the two structures.
    this.nearMiss ??= NearMissIndex.build(this.entities);
    return this.nearMiss;
  }

  private tokenFor(c: NearMissCandidate, lang: Lang): string {
    const forLang = c.written.find((w) => w.lang === lang) ?? c.written.find((w) => w.lang === '*') ?? c.written[0];
    return forLang?.text ?? c.key;
  }

  private classify(prose: string, start: number, end: number, keyId: number, lang: Lang): EntityMention | undefined {
    const entry = this.entry(keyId);
    if (!entry) return undefined;
    const raw = prose.slice(start, end);
    const text = exactKey(raw);
    const hasLower = LOWER.test(text);
    const shouting = !hasLower && !hasLowerAround(prose, start, end);
    const firstCapital = UPPER.test(text.match(/\p{L}/u)?.[0] ?? '');
    const titleCase = hasLower && firstCapital && !UPPER.test(text.slice(1));
    const allowed = (f: FormRef): boolean => caseAllows(f, text, hasLower, shouting, firstCapital, titleCase);
    if (entry.entityCount > 1) {
      // Shared key ("Traoré" for two people): only an exact form decides.
      const exact = entry.forms.find((f) => (f.text === text || (shouting && f.text.toUpperCase() === text.toUpperCase())) && allowed(f));
      if (!exact) return undefined;
      const entity = this.entities[exact.entity];
      if (!entity) return undefined;
      const m = classifyFor(entity, entry.forms.filter((f) => f.entity === exact.entity), text, shouting, lang);
      return m && (m.form === 'canonical' || m.form === 'alias') ? { start, end, text: raw, entity, ...m } : undefined;
    }
    const byEntity = new Map<number, FormRef[]>();
    for (const form of entry.forms) {
      if (!allowed(form)) continue;
      const list = byEntity.get(form.entity) ?? [];
      list.push(form);
      byEntity.set(form.entity, list);
    }
    if (byEntity.size === 0) return undefined;

    const results: EntityMention[] = [];
    for (const [index, entityForms] of byEntity) {
      const entity = this.entities[index];
      if (!entity) continue;
      const m = classifyFor(entity, entityForms, text, shouting, lang);
      if (m) results.push({ start, end, text: raw, entity, ...m });
    }
    // Two entities share the key: only an exact form decides between them.
    const exact = results.filter((r) => r.form === 'canonical' || r.form === 'alias');
    if (exact.length > 0) return exact[0];
    return results.length === 1 ? results[0] : undefined;
  }

  private addNearMisses(prose: string, lang: Lang, from: number, to: number, mentions: EntityMention[]): EntityMention[] {
    const mentioned = new Set(mentions.map((m) => m.entity));
    const out: EntityMention[] = [];
    let next = 0;
    const wordRe = /[\p{L}\p{M}]+/gu;
    wordRe.lastIndex = from;
    const region = prose.slice(0, to);
    let prevWord: { start: number; end: number } | undefined;
    for (let w = wordRe.exec(region); w; w = wordRe.exec(region)) {
      const start = w.index;
      const end = start + w[0].length;
      while (next < mentions.length && (mentions[next]?.end ?? 0) <= start) out.push(mentions[next++] as EntityMention);
      const inside = next < mentions.length && (mentions[next]?.start ?? Infinity) < end;
      const word = w[0];
      const prev = prevWord;
      prevWord = { start, end };
      if (inside || word.length < 4 || !UPPER.test(word[0] ?? '') || !LOWER.test(word)) continue;
      if (!isBoundaryBefore(prose, start) || !isBoundaryAfter(prose, end)) continue;
      const index = this.nearMissIndex();
      const found = this.nearMissesOf(word, index);
      if (found.length === 0) continue;
      for (const c of found) {
        const entity = this.entities[c.entity];
        if (!entity || !this.nameContext(prose, lang, start, end, prev, entity, c.role, mentioned, index)) continue;
        out.push({ start, end, text: word, entity, form: 'nearMiss', expected: this.tokenFor(c, lang) });
        break;
      }
    }
    while (next < mentions.length) out.push(mentions[next++] as EntityMention);
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * A near miss is only a misspelling when the words around it make it a
   * name: the entity's other name next to it ("Assimi Goïat"), a title
   * before it ("President Tianni"), or — for longer words, mid-sentence —
   * the entity named correctly elsewhere in the same text.
   */
  private nameContext(
    prose: string,
    lang: Lang,
    start: number,
    end: number,
    prev: { start: number; end: number } | undefined,
    entity: Entity,
    role: TokenRole,
    mentioned: ReadonlySet<Entity>,
    index: NearMissIndex,
  ): boolean {
    const tokens = index.tokensOf(entity);
    const after = /^\s+([\p{L}\p{M}]+)/u.exec(prose.slice(end, end + 60));
    if (after?.[1] && tokens.has(foldKey(after[1]))) return true;
    // A first name one letter off is only a misspelling right before the surname.
    if (role === 'given') return false;
    if (prev && /^\s+$/u.test(prose.slice(prev.end, start)) && tokens.has(foldKey(prose.slice(prev.start, prev.end)))) return true;
    const before = foldText(prose, Math.max(0, start - 40), start).folded.replace(/\s+$/u, '');
    if (titleWordEnding(before, lang)) return true;
    if (mentioned.has(entity) && foldKey(prose.slice(start, end)).length >= 6 && !sentenceInitial(prose, start)) return true;
    return false;
  }
}

function classifyFor(
  entity: Entity,
  forms: readonly FormRef[],
  text: string,
  shouting: boolean,
  lang: Lang,
): Pick<EntityMention, 'form' | 'expected'> | undefined {
  const canonical = canonicalName(entity, lang);
  const hasOwn = entity.names[lang] !== undefined || entity.aliasesByLang[lang] !== undefined;
  const accepted = (f: FormRef): boolean =>
    f.kind === 'alias' ? f.lang === '*' || f.lang === lang : f.lang === lang || (f.lang === '*' && entity.names[lang] === undefined);
  const same = (f: FormRef): boolean => f.text === text || (shouting && f.text.toUpperCase() === text.toUpperCase());
  const mine = forms.filter(accepted);
  const exactMine = mine.find(same);
  if (exactMine) return { form: exactKey(canonical) === exactMine.text ? 'canonical' : 'alias' };
  if (mine.length > 0) {
    // Written like an accepted form but with other accents or capitals.
    const closest = mine.find((f) => f.kind === 'name') ?? mine[0];
    if (!closest) return undefined;
    return { form: 'variant', expected: shouting ? closest.text.toUpperCase() : closest.text };
  }
  // Only forms of other languages share this key. Flag them only when the
  // list says how this language writes the entity; otherwise the other
  // language's form may well be right here too.
  if (!hasOwn) return undefined;
  const other = forms[0];
  // "UA", "CPI", "US" mean other things in other languages: too short to call a slip.
  if (!other || (isAcronym(other.text) && other.text.length <= 3)) return undefined;
  const expected = counterpart(entity, other, lang) ?? canonical;
  return { form: 'otherLanguage', expected: shouting ? expected.toUpperCase() : expected };
}

/**
 * The same kind of form in this language: the French spelled-out name for
 * "Alliance of Sahel States" is the spelled-out one, not the acronym.
 */
function counterpart(entity: Entity, other: FormRef, lang: Lang): string | undefined {
  if (other.kind !== 'alias' || other.lang === '*') return undefined;
  const theirs = (entity.aliasesByLang[other.lang] ?? []).map(exactKey);
  const k = theirs.indexOf(other.text);
  return k >= 0 ? entity.aliasesByLang[lang]?.[k] : undefined;
}

/** Whether a form may match text written with these capitals. */
function caseAllows(form: FormRef, text: string, hasLower: boolean, shouting: boolean, firstCapital: boolean, titleCase: boolean): boolean {
  if (form.acronym) {
    // "who", "un", "Aes" are words, not WHO, UN, AES. Short acronyms in an
    // all-capitals headline cannot be told from words at all.
    if (!hasLower) return form.text.length > 3 || !shouting;
    return text.length >= 4 && titleCase;
  }
  if (form.capital && !firstCapital) return false; // "paris" is not Paris
  return true;
}

function hasLowerAround(prose: string, start: number, end: number): boolean {
  const lineStart = Math.max(prose.lastIndexOf('\n', start - 1) + 1, start - 40);
  let lineEnd = prose.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > end + 40) lineEnd = Math.min(prose.length, end + 40);
  return LOWER.test(prose.slice(lineStart, start)) || LOWER.test(prose.slice(end, lineEnd));
}

function isBoundaryBefore(text: string, start: number): boolean {
  const cp = codePointBefore(text, start);
  if (cp === undefined) return true;
  if (isWordCodePoint(cp)) return false;
  // "Guinea-Bissau" is not Guinea, "pro-Traoré" is a word of its own.
  if (cp === 0x2d /* - */ || cp === 0x2011) {
    const before = codePointBefore(text, start - 1);
    return before === undefined || !isWordCodePoint(before);
  }
  return true;
}

function isBoundaryAfter(text: string, end: number): boolean {
  const cp = text.codePointAt(end);
  if (cp === undefined) return true;
  if (isWordCodePoint(cp)) return false;
  if (cp === 0x2d || cp === 0x2011) {
    const after = text.codePointAt(end + 1);
    return after === undefined || !isWordCodePoint(after);
  }
  return true;
}

function sentenceInitial(prose: string, start: number): boolean {
  const before = prose.slice(Math.max(0, start - 6), start).replace(/[\s«"“‘([]+$/u, '');
  return before.length === 0 || /[.!?:…]$/u.test(before);
}

/** Each name and alias of an entity, with its language ("*": every one) and kind. */
function forEachForm(e: Entity, visit: (text: string, lang: Lang | '*', kind: FormRef['kind']) => void): void {
  visit(e.name, '*', 'name');
  for (const [lang, name] of Object.entries(e.names)) visit(name, lang, 'name');
  for (const a of e.aliases) visit(a, '*', 'alias');
  for (const [lang, list] of Object.entries(e.aliasesByLang)) for (const a of list) visit(a, lang, 'alias');
}
