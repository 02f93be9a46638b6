import type { Lang } from '../types';
import { canonicalName, type Entity } from './entityTypes';
import type { IndexedForms } from './entityList';
import { codePointBefore, FOLD_DROP, FOLD_MULTI, FOLD_SPACE, foldedString, foldKey, foldStep, foldText, isCombiningMark, isWordCodePoint } from './fold';
import { charClass, isLetterOrMark, UPPER as CLASS_UPPER } from '../letterClass';
import { arrayStore, type EntityStore } from './entityStore';
import { NameTrie, type NameTrieParts } from './nameTrie';
import { isMonthOrWeekday } from '../dates/dateNames';
import { startsSentence } from '../sentenceStart';
import { NearMissIndex, osaDistance, type NearMissCandidate, type NearMissParts, type TokenRole } from './nearMissIndex';
import type { OwnerLists } from './ownerLists';
import { titleWordEnding } from './titleVocabulary';

export interface EntityIndexParts {
  entities: EntityStore;
  keys: readonly string[];
  firstOwner: Int32Array;
  moreOwners: OwnerLists;
  trie: NameTrieParts;
  nearMiss: NearMissParts;
}

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
const CLASSIFIED_MEMO = 20000;

export class EntityIndex {
  private nearMiss: NearMissIndex | undefined;
  /** Entities by id, built when first asked for (a CLI run may never ask). */
  private ids: Map<string, number> | undefined;
  private readonly entries = new Map<number, KeyEntry>();
  private readonly nearMissMemo = new Map<string, NearMissCandidate[]>();
  private readonly shortSlipMemo = new Map<string, { entity: Entity; expected: string } | null>();
  /** classify's answers for names written with small letters, by language, key and text (null: not a mention). */
  private readonly classified = new Map<string, { entity: Entity; how: Pick<EntityMention, 'form' | 'expected'> } | null>();
  /** Scratch for one trie walk: the keys ending along it (a name has at most a few hundred letters). */
  private readonly hitEnds = new Int32Array(1024);
  private readonly hitKeys = new Int32Array(1024);
  private hits = 0;

  private constructor(
    private readonly entities: EntityStore,
    private readonly keys: readonly string[],
    /** The first entity written under each key; the rarer others in `moreOwners`. */
    private readonly firstOwner: Int32Array,
    private readonly moreOwners: OwnerLists,
    private readonly trie: NameTrie,
  ) {}

  static empty(): EntityIndex {
    return EntityIndex.build([]);
  }

  /** `indexed`: folded forms of the first entities, as the list loader worked them out. */
  static build(entities: readonly Entity[], indexed?: IndexedForms): EntityIndex {
    // Each folded key with the entities that write it: the first as a number,
    // the rare others (a surname two people share) in a list.
    const known = indexed && indexed.count <= entities.length ? indexed : undefined;
    const extra = new Map<string, number | number[]>();
    const ownersOf = (key: string): number | number[] | undefined => extra.get(key) ?? known?.keys.get(key);
    for (let i = known?.count ?? 0; i < entities.length; i++) {
      const e = entities[i];
      if (!e) continue;
      forEachForm(e, (text) => {
        const key = foldKey(text);
        if (key.length === 0) return;
        const owners = ownersOf(key);
        if (owners === undefined) extra.set(key, i);
        else if (typeof owners === 'number') {
          if (owners !== i) extra.set(key, [owners, i]);
        } else if (owners[owners.length - 1] !== i) owners.push(i);
      });
    }
    const all = known ? [...known.keys.keys()] : [];
    for (const key of extra.keys()) if (!known?.keys.has(key)) all.push(key);
    // Key ids are positions in sorted order, which is how the trie is laid out.
    const keys = all.sort();
    const firstOwner = new Int32Array(keys.length);
    const moreOwners = new Map<number, number[]>();
    keys.forEach((key, id) => {
      const owners = ownersOf(key) ?? -1;
      if (typeof owners === 'number') firstOwner[id] = owners;
      else {
        firstOwner[id] = owners[0] ?? -1;
        moreOwners.set(id, owners.slice(1));
      }
    });
    return new EntityIndex(arrayStore(entities), keys, firstOwner, moreOwners, NameTrie.build(keys));
  }

  /** What a compiled snapshot stores (the near-miss index is built if it was not yet). */
  parts(): EntityIndexParts {
    return {
      entities: this.entities,
      keys: this.keys,
      firstOwner: this.firstOwner,
      moreOwners: this.moreOwners,
      trie: this.trie.parts(),
      nearMiss: this.nearMissIndex().parts(),
    };
  }

  /** An index read back from its parts, as `parts()` gave them. */
  static fromParts(p: Omit<EntityIndexParts, 'nearMiss'> & { nearMiss: Omit<NearMissParts, 'entities'> }): EntityIndex {
    const index = new EntityIndex(p.entities, p.keys, p.firstOwner, p.moreOwners, NameTrie.fromParts(p.trie));
    index.nearMiss = NearMissIndex.fromParts({ ...p.nearMiss, entities: p.entities });
    return index;
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
      const e = this.entities.at(entity);
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
      for (let i = 0; i < this.entities.length; i++) {
        const key = this.entities.idAt(i);
        if (key !== undefined && !this.ids.has(key)) this.ids.set(key, i);
      }
    }
    const at = this.ids.get(id);
    return at === undefined ? undefined : this.entities.at(at);
  }

  all(): readonly Entity[] {
    return this.entities.all();
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
    const mentions: EntityMention[] = [];
    /** Capitalised words outside any mention, as start, end pairs: the near-miss suspects. */
    const capitals: number[] = [];
    let covered = from;
    let prev = from > 0 ? prose.charCodeAt(from - 1) : 0x20;
    for (let i = from; i < to; i++) {
      const c = prose.charCodeAt(i);
      const before = prev;
      prev = c;
      // Inside a word, which is where most characters are, nothing starts.
      if (isAsciiWordUnit(before)) continue;
      if (i >= covered) {
        const unit = foldStep(c);
        const first = unit === FOLD_MULTI ? foldedString(c).charCodeAt(0) : unit;
        if (first >= 0 && this.trie.startsKey(first) && isBoundaryBefore(prose, i)) {
          const hits = this.walkFrom(prose, i, to);
          // Longest first; a shorter match starting here may still fit if a longer one is refused.
          for (let k = hits - 1; k >= 0; k--) {
            const m = this.classify(prose, i, this.hitEnds[k] ?? 0, this.hitKeys[k] ?? -1, lang);
            if (!m || (m.entity.type === 'person' && someoneElse(prose, lang, from, m)) || definesAnother(prose, m)) continue;
            mentions.push(m);
            covered = m.end;
            break;
          }
        }
      }
      // A capitalised word (letters and marks after no letter or mark) outside every mention.
      if (i >= covered && (charClass(c) & CLASS_UPPER) !== 0 && !letterOrMarkBefore(prose, i, from)) {
        let end = i + 1;
        while (end < to && letterOrMarkAt(prose, end)) end += (prose.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
        // Three letters: a short surname one letter off ("Fay" for Faye) is looked at beside its given name.
        if (end - i >= 3) capitals.push(i, end);
      }
    }
    return this.addNearMisses(prose, lang, from, mentions, capitals);
  }

  /** Entity tokens within one or two edits of `word` (a transposition counts as one). */
  lookupNearMiss(word: string, lang: Lang): Array<{ entity: Entity; expected: string; distance: number }> {
    return this.nearMissIndex()
      .lookup(foldKey(word))
      .map((c) => ({ entity: this.entities.at(c.entity) as Entity, expected: this.tokenFor(c, lang), distance: c.distance }))
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
    this.nearMiss ??= NearMissIndex.build(this.entities, this.keys, (k, visit) => {
      visit(this.firstOwner[k] ?? -1);
      for (const o of this.moreOwners.get(k) ?? []) visit(o);
    });
    return this.nearMiss;
  }

  private tokenFor(c: NearMissCandidate, lang: Lang): string {
    const forLang = c.written.find((w) => w.lang === lang) ?? c.written.find((w) => w.lang === '*') ?? c.written[0];
    return forLang?.text ?? c.key;
  }

  private classify(prose: string, start: number, end: number, keyId: number, lang: Lang): EntityMention | undefined {
    const raw = prose.slice(start, end);
    // A name written with small letters is classified by what is written
    // alone (capitals around it only matter for names in capitals): the same
    // name, met again, is answered from the memo.
    const memoKey = `${lang}\u0000${keyId}\u0000${raw}`;
    const known = this.classified.get(memoKey);
    if (known !== undefined) return known ? { start, end, text: raw, entity: known.entity, ...known.how } : undefined;
    const found = this.classifyAfresh(prose, start, end, raw, keyId, lang);
    if (LOWER.test(raw)) {
      if (this.classified.size >= CLASSIFIED_MEMO) this.classified.clear();
      const { entity, form, expected } = found ?? {};
      this.classified.set(memoKey, entity && form ? { entity, how: expected === undefined ? { form } : { form, expected } } : null);
    }
    return found;
  }

  private classifyAfresh(prose: string, start: number, end: number, raw: string, keyId: number, lang: Lang): EntityMention | undefined {
    const entry = this.entry(keyId);
    if (!entry) return undefined;
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
      const entity = this.entities.at(exact.entity);
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
      const entity = this.entities.at(index);
      if (!entity) continue;
      const m = classifyFor(entity, entityForms, text, shouting, lang);
      if (m) results.push({ start, end, text: raw, entity, ...m });
    }
    // Two entities share the key: only an exact form decides between them.
    const exact = results.filter((r) => r.form === 'canonical' || r.form === 'alias');
    if (exact.length > 0) return exact[0];
    return results.length === 1 ? results[0] : undefined;
  }

  /**
   * Every key matching at `start`, shortest first, as (end, key) pairs: the
   * text is folded as the trie is walked, one character at a time, so a scan
   * folds only the few letters after each word start.
   */
  private walkFrom(prose: string, start: number, to: number): number {
    this.hits = 0;
    let node = 0;
    let lastWasSpace = false;
    for (let j = start; j < to; j++) {
      const c = prose.charCodeAt(j);
      const unit = foldStep(c);
      if (unit === FOLD_DROP) continue;
      if (unit === FOLD_SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        node = this.trie.next(node, 0x20);
      } else {
        lastWasSpace = false;
        if (unit === FOLD_MULTI) {
          const units = foldedString(c);
          for (let k = 0; k < units.length; k++) {
            node = this.trie.next(node, units.charCodeAt(k));
            if (node === 0) return this.hits;
            // "œ" read as "o" ends where "œ" ends, as the folded map says.
            if (k < units.length - 1) this.found(prose, node, j + 1, to);
          }
        } else node = this.trie.next(node, unit);
      }
      if (node === 0) return this.hits;
      this.found(prose, node, j + 1, to);
    }
    return this.hits;
  }

  private found(prose: string, node: number, at: number, to: number): void {
    const keyId = this.trie.keyAt(node);
    if (keyId < 0 || this.hits >= this.hitEnds.length) return;
    let end = at;
    while (end < to && isCombiningMark(prose.charCodeAt(end))) end++;
    if (!isBoundaryAfter(prose, end)) return;
    this.hitEnds[this.hits] = end;
    this.hitKeys[this.hits] = keyId;
    this.hits++;
  }

  private addNearMisses(prose: string, lang: Lang, from: number, mentions: EntityMention[], capitals: readonly number[]): EntityMention[] {
    if (capitals.length === 0) return mentions;
    const mentioned = new Set(mentions.map((m) => m.entity));
    const out: EntityMention[] = [...mentions];
    for (let k = 0; k < capitals.length; k += 2) {
      const start = capitals[k] ?? 0;
      const end = capitals[k + 1] ?? 0;
      const word = prose.slice(start, end);
      if (!LOWER.test(word) || !isBoundaryBefore(prose, start) || !isBoundaryAfter(prose, end)) continue;
      const index = this.nearMissIndex();
      // Three or four letters: too short for the index, a slip only beside its listed given name ("Bassirou Diomaye Fay").
      const found = end - start < 4 ? [] : this.nearMissesOf(word, index);
      if (found.length === 0) {
        const slip = end - start <= 4 ? this.shortSurnameSlip(prose, lang, previousWord(prose, from, start), start, word, index) : undefined;
        if (slip) out.push({ start, end, text: word, entity: slip.entity, form: 'nearMiss', expected: slip.expected });
        continue;
      }
      const prev = previousWord(prose, from, start);
      const folded = foldKey(word);
      for (const c of found) {
        // A slip of another language's name ("Marco" of « Maroc » in English) is a word of this one.
        if (!c.written.some((w) => w.lang === lang || w.lang === '*')) continue;
        const entity = this.entities.at(c.entity);
        // Peoples and adjectives are made from places and bodies ("German", "Kenyan"), not from people:
        // "Diomay" for Diomaye is a slip.
        if (!entity || (entity.type === 'person' ? folded.startsWith(c.key) : derivedFrom(folded, c.key))) continue;
        if (!this.nameContext(prose, lang, start, end, prev, entity, c.role, mentioned, index)) continue;
        out.push({ start, end, text: word, entity, form: 'nearMiss', expected: this.tokenFor(c, lang) });
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * A surname too short for the near-miss index (Faye, Sall, Diop), one
   * letter off, right after the listed person's given name written as the
   * list writes it ("Bassirou Diomaye Fay"): the given name says who is meant.
   */
  private shortSurnameSlip(prose: string, lang: Lang, prev: { start: number; end: number } | undefined, start: number, word: string, index: NearMissIndex): { entity: Entity; expected: string } | undefined {
    // Cheapest tests first: most short capitalised words open a sentence ("The", « Les »).
    if (!prev || prev.end - prev.start < 5 || (charClass(prose.charCodeAt(prev.start)) & CLASS_UPPER) === 0 || !/^\s+$/u.test(prose.slice(prev.end, start))) return undefined;
    const given = foldKey(prose.slice(prev.start, prev.end));
    if (!index.isKnownToken(given)) return undefined;
    const folded = foldKey(word);
    if (folded.length < 3 || folded.length >= 5) return undefined;
    // A given name many people bear has many owners to read: each pair of words is read once.
    const memoKey = `${lang}\u0000${given}\u0000${folded}`;
    const known = this.shortSlipMemo.get(memoKey);
    if (known !== undefined) return known === null ? undefined : known;
    const found = this.shortSurnameOf(given, folded, lang, index);
    if (this.shortSlipMemo.size >= NEAR_MISS_MEMO) this.shortSlipMemo.clear();
    this.shortSlipMemo.set(memoKey, found ?? null);
    return found;
  }

  private shortSurnameOf(given: string, folded: string, lang: Lang, index: NearMissIndex): { entity: Entity; expected: string } | undefined {
    for (const c of index.lookup(given)) {
      if (c.distance !== 0 || c.role !== 'given') continue;
      const entity = this.entities.at(c.entity);
      if (!entity || entity.type !== 'person') continue;
      const name = entity.names[lang] ?? entity.name;
      const words = name.split(/\s+/u);
      const surname = words[words.length - 1] ?? '';
      const key = foldKey(surname);
      // The same first letter, one edit away, and the given name right before the surname in the list's form too.
      if (key === folded || key.charAt(0) !== folded.charAt(0) || osaDistance(folded, key, 1) > 1 || foldKey(words[words.length - 2] ?? '') !== given) continue;
      return { entity, expected: surname };
    }
    return undefined;
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
    // A title names a person: "SVP president Marco" is no slip of a place.
    if (entity.type === 'person' && titleWordEnding(before, lang)) return true;
    if (mentioned.has(entity) && foldKey(prose.slice(start, end)).length >= 6 && !startsSentence(prose, start) && !withinOtherName(prose, prev, start)) return true;
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

/** Endings that make a people or an adjective of a place's name, in English and French. */
const DERIVED_ENDINGS = new Set(['n', 'an', 'ian', 'en', 'ien', 'ne', 'enne', 'ese', 'ais', 'aise', 'ois', 'oise', 'i', 's', 'ns', 'ans', 'ens', 'es']);

/**
 * A word made from a listed name rather than a slip of it: the name with an
 * ending ("Russian", "Kenyan", "Algériens"), with its last letter traded for
 * one ("Mauritanian" from Mauritanie, "Chinese" from China), or without its
 * last letters ("German", Germany). "Tianni" (Tiani) ends otherwise.
 */
function derivedFrom(word: string, key: string): boolean {
  if (word.length < key.length && key.startsWith(word)) return true;
  if (word.startsWith(key)) return true;
  // The name's last letter traded for an ending: "Mauritanian" (Mauritanie), "Francs" (France).
  const stem = key.slice(0, -1);
  return stem.length >= 4 && word.startsWith(stem) && DERIVED_ENDINGS.has(word.slice(stem.length));
}

/**
 * A surname alone right after a given name that is not the entity's ("Awa
 * Traoré", "Moussa Traoré" when the list means Ibrahim Traoré): another
 * person of that name. A title before it ("Captain Traoré") is not a name.
 */
/**
 * An acronym in brackets after a name it abbreviates that is none of the entity's: « le Parti authenticité et
 * modernité (PAM) » is Morocco's party, not the World Food Programme (« PAM » in French) the list holds.
 */
function definesAnother(prose: string, m: EntityMention): boolean {
  if (prose.charAt(m.start - 1) !== '(' || prose.charAt(m.end) !== ')' || !/^[\p{Lu}\d&.-]{2,}$/u.test(m.text)) return false;
  const before = foldKey(prose.slice(Math.max(0, m.start - 120), m.start - 1).trimEnd());
  // The words before spell the acronym (small words aside): they are what it stands for here.
  const letters = foldKey(m.text).replace(/[^a-z0-9]/gu, '');
  const words = before.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !SMALL_WORDS.has(w));
  if (letters.length < 2 || words.slice(-letters.length).map((w) => w.charAt(0)).join('') !== letters) return false;
  const names = [m.entity.name, ...Object.values(m.entity.names), ...m.entity.aliases, ...Object.values(m.entity.aliasesByLang).flat()];
  return !names.some((n) => n.length > m.text.length && before.endsWith(foldKey(n)));
}

/** Words an acronym skips: "Authenticity and Modernity Party (PAM)", « Parti authenticité et modernité ». */
const SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'et', 'de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'pour', 'en']);

function someoneElse(prose: string, lang: Lang, from: number, m: EntityMention): boolean {
  if (/\s/u.test(m.text)) return false;
  // A nickname in quotes between the given name and the surname: Adama "Petit Ada" Traore.
  const nickname = /(?:^|\s)["“«][^"“”«»\n]{1,30}["”»]\s+$/u.exec(prose.slice(Math.max(from, m.start - 40), m.start));
  const end = nickname ? m.start - nickname[0].length + (/^\s/u.test(nickname[0]) ? 1 : 0) : m.start;
  const prev = previousWord(prose, from, end);
  if (!prev || !/^\s+$/u.test(prose.slice(prev.end, end))) return false;
  // A family name in the plural is several people: « trois Traoré », « les Diallo », "two Traores".
  if (PLURAL_BEFORE.has(prose.slice(prev.start, prev.end).toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(prose.slice(prev.start, prev.end))) return false;
  // At a sentence's start a capital says nothing, unless the word is no word of the language ("Adama Traore, the scorer").
  const word = prose.slice(prev.start, prev.end);
  if (startsSentence(prose, prev.start) && (SENTENCE_WORDS.has(word.toLowerCase()) || isMonthOrWeekday(word))) return false;
  // The entity's own given name, or a slip of it ("Abdourahmane Tiani"), is no one else's.
  const given = foldKey(word);
  if (canonicalName(m.entity, lang).split(/\s+/u).some((t) => osaDistance(foldKey(t), given, 2) <= 2)) return false;
  return titleWordEnding(foldText(prose, Math.max(from, prev.start - 40), prev.end).folded.replace(/\s+$/u, ''), lang) === undefined;
}

const PLURAL_BEFORE = new Set('les des deux trois quatre cinq six plusieurs nombreux two three four five several many'.split(' '));

/** Words that open sentences before a bare surname ("When Traoré came to power", « Selon Traoré »): not given names. */
const SENTENCE_WORDS = new Set(
  (
    'the a an when while but and as if after before since then now yet so for in on at by with under over meanwhile however also still later earlier today yesterday tomorrow last next this that these those both neither nor though although because where why how what who whom whose once until unlike like only even just there here thus hence instead besides indeed perhaps maybe nevertheless nonetheless otherwise despite during against among between about from into onto upon without within according asked told said ' +
    'le la les l un une des quand lorsque lorsqu mais et ou donc or ni car si puis alors ensuite enfin depuis après avant pendant selon pour par avec sans sous dans en au aux du de d hier aujourd demain cette ce cet ces son sa ses leur leurs même ainsi aussi toutefois cependant pourtant désormais dès comme lors chez entre contre vers malgré face dont où qui que quoi là ici voilà interrogé'
  ).split(' '),
);

/**
 * Right after a capitalised word that does not start its sentence: the word
 * is part of another name ("Takku Wallu Senegaal", a coalition), not a
 * slip of the entity named elsewhere.
 */
function withinOtherName(prose: string, prev: { start: number; end: number } | undefined, start: number): boolean {
  if (!prev || !/^\s+$/u.test(prose.slice(prev.end, start))) return false;
  return /^\p{Lu}/u.test(prose.slice(prev.start, prev.end)) && !startsSentence(prose, prev.start);
}


/** Each name and alias of an entity, with its language ("*": every one) and kind. */
function forEachForm(e: Entity, visit: (text: string, lang: Lang | '*', kind: FormRef['kind']) => void): void {
  visit(e.name, '*', 'name');
  for (const [lang, name] of Object.entries(e.names)) visit(name, lang, 'name');
  for (const a of e.aliases) visit(a, '*', 'alias');
  for (const [lang, list] of Object.entries(e.aliasesByLang)) for (const a of list) visit(a, lang, 'alias');
}

function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** The run of letters and marks before `start` (not before `from`), as the word scan would have seen it. */
function previousWord(prose: string, from: number, start: number): { start: number; end: number } | undefined {
  const isWordAt = (end: number): number => {
    const cp = codePointBefore(prose, end);
    if (cp === undefined || end - from < (cp > 0xffff ? 2 : 1)) return 0;
    return isLetterOrMark(cp) ? (cp > 0xffff ? 2 : 1) : -(cp > 0xffff ? 2 : 1);
  };
  let j = start;
  for (let step = isWordAt(j); step < 0; step = isWordAt(j)) j += step;
  if (isWordAt(j) === 0) return undefined;
  const end = j;
  for (let step = isWordAt(j); step > 0; step = isWordAt(j)) j -= step;
  return { start: j, end };
}

/** Whether a letter or mark ends just before `at` (and after `from`). */
function letterOrMarkBefore(prose: string, at: number, from: number): boolean {
  if (at <= from) return false;
  const cp = codePointBefore(prose, at);
  return cp !== undefined && at - (cp > 0xffff ? 2 : 1) >= from && isLetterOrMark(cp);
}

function letterOrMarkAt(prose: string, at: number): boolean {
  const cp = prose.codePointAt(at);
  return cp !== undefined && isLetterOrMark(cp);
}
