import type * as JsYaml from 'js-yaml';
import { Document, type Node } from 'yaml';
import { asString, configProblem, isMap, isScalar, isSeq, mapEntries, parseYamlSource, seqItems, spanOf, type YNode } from '../config/yamlSource';
import type { Finding, Lang } from '../types';
import type { Entity, EntityFormSource, EntityTitle, EntityType } from './entityTypes';
import { foldKey } from './fold';
import { osaDistance } from './nearMissIndex';
import { dateBounds, daysIn } from './entityDates';
import { readPlainEntry } from './plainEntry';

// Entity lists are written by editors, not programmers: every mistake is
// reported where it is, in plain words, with what to write instead. An entry
// with a mistake is skipped (a half-read entry would check names wrongly);
// the others still load.

export interface IndexedForms {
  keys: ReadonlyMap<string, number>;
  count: number;
}

export interface EntityListResult {
  entities: Entity[];
  problems: Finding[];
  /**
   * The folded forms of entities[0..count), each written by one entity only,
   * with that entity's position: worked out while loading, so the name index
   * need not fold them again.
   */
  indexed?: IndexedForms;
}

const ENTRY_KEYS = ['id', 'type', 'name', 'names', 'aliases', 'titles', 'bio'] as const;
const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const LANG_KEY = /^[a-z]{2,3}$/;
/** Keys meaning "every language" in per-language maps. */
const ALL_LANGS = new Set(['default', '*', 'all']);

class EntryReader {
  readonly problems: Finding[] = [];
  constructor(readonly path: string) {}

  problem(node: YNode | { start: number; end: number }, message: string): void {
    const s = node && 'start' in node && typeof node.start === 'number' ? node : spanOf(node as YNode);
    this.problems.push(configProblem(this.path, s.start, s.end, message));
  }
}

/**
 * Large lists (a newsroom's 100,000 names) load through js-yaml, about ten
 * times faster than the positioned parser, and the same checks run on the
 * result. Only when something is wrong is the file read again with positions,
 * so every message still points at its line and column.
 */
export function loadEntityList(path: string, text: string): EntityListResult {
  return loadQuickly(path, text) ?? loadWithPositions(path, text);
}

// Required on first use, from dist/vendor (esbuild.mjs): a large list read
// from its compiled snapshot never needs js-yaml.
let jsYaml: typeof JsYaml | undefined;
function loadYaml(text: string, filename: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  jsYaml ??= require('js-yaml') as typeof JsYaml;
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename });
}

function loadQuickly(path: string, text: string): EntityListResult | undefined {
  // Positions come from a scan for "id:" keys: enough for "go to definition".
  // Entries come in the order of the file, so the next "id:" is almost always
  // the one wanted; a lookup by id covers the rest (an "id:" inside a bio).
  const ids = idOffsets(text);
  let cursor = 0;
  let byId: Map<string, number> | undefined;
  const source = (id: string): Entity['source'] => {
    let at = ids[cursor]?.id === id ? cursor : -1;
    if (at < 0) {
      if (!byId) {
        byId = new Map();
        ids.forEach((x, i) => {
          if (byId && !byId.has(x.id)) byId.set(x.id, i);
        });
      }
      at = byId.get(id) ?? -1;
    }
    if (at >= 0) cursor = at + 1;
    const found = ids[at];
    return { path, start: found?.start ?? 0, end: found?.end ?? 0 };
  };
  const read = (entries: Iterable<unknown>): Entity[] | undefined => {
    let doc: Document | undefined;
    const reader = new EntryReader(path);
    const entities: Entity[] = [];
    const seen = new Set<string>();
    const add = (item: unknown): boolean => {
      let entity = readPlainEntry(item, source);
      if (!entity) {
        // An unusual entry: the positioned reader decides, on yaml's node for it.
        doc ??= new Document();
        const full = readEntry(reader, doc.createNode(item));
        if (!full || reader.problems.length > 0) return false;
        const { formSources: _forms, source: _source, ...rest } = full.entity;
        void _forms;
        void _source;
        entity = { ...rest, source: source(rest.id) };
      }
      if (seen.has(entity.id)) return false;
      seen.add(entity.id);
      entities.push(entity);
      return true;
    };
    for (const item of entries) if (!add(item)) return undefined;
    return entities;
  };
  let entities: Entity[] | undefined;
  let parsed = false;
  if (text.length >= SLICED_FROM) {
    const slices = yamlEntrySlices(path, text);
    if (slices) {
      try {
        entities = read((function* () {
          for (const slice of slices) yield* slice();
        })());
        // Every slice parsed: an entry with a mistake is for the positioned reader, not another parse.
        parsed = true;
      } catch {
        entities = undefined; // a slice that does not parse alone: read the whole file below
      }
    }
  }
  if (!entities && !parsed) {
    const list = yamlEntries(path, text);
    entities = list ? read(list) : undefined;
  }
  if (!entities) return undefined;
  const shared = sharedForms([entities]);
  if (shared.problems.length > 0) return undefined;
  return { entities, problems: [], indexed: { keys: shared.keys, count: entities.length } };
}

/** The values under "entities:", or undefined if the file is not one plain list of them. */
function yamlEntries(path: string, text: string): unknown[] | undefined {
  let data: unknown;
  try {
    data = loadYaml(text, path);
  } catch {
    return undefined;
  }
  const list = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)['entities'] : undefined;
  return Array.isArray(list) && Object.keys(data as object).length === 1 ? (list as unknown[]) : undefined;
}

const SLICED_FROM = 256 * 1024;
const ENTRIES_PER_SLICE = 2000;
const HEADER = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*entities:[ \t]*(?:#[^\n]*)?\r?\n/;

/**
 * A large list in the usual shape ("entities:" then one "- " entry after
 * another) is parsed a slice of entries at a time, each slice read into
 * entities before the next is parsed: the values are the same as from one
 * parse, but only one slice's parse tree is alive at a time instead of all
 * 100,000 entries', so a newsroom list loads in far less memory. The shape
 * is checked line by line first; and if a slice does not parse on its own
 * (an anchor used across slices, a quoted text cut in two) the caller gives
 * up on slices and parses the whole file as usual.
 */
function yamlEntrySlices(path: string, text: string): Array<() => unknown[]> | undefined {
  const header = HEADER.exec(text);
  if (!header) return undefined;
  const body = text.slice(header[0].length);
  const first = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)- /.exec(body);
  if (!first) return undefined;
  const indent = first[1] ?? '';
  const entryStart = `${indent}- `;
  const bounds: number[] = [0];
  let entries = 0;
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const lineEnd = nl < 0 ? body.length : nl + 1;
    if (body.startsWith(entryStart, at)) {
      if (entries === ENTRIES_PER_SLICE) {
        bounds.push(at);
        entries = 0;
      }
      entries++;
    } else if (!body.startsWith(indent, at) || body.charCodeAt(at + indent.length) !== 0x20) {
      // Not inside an entry: only blank lines and comments may be here.
      const line = body.slice(at, lineEnd).trim();
      if (line !== '' && !line.startsWith('#')) return undefined;
    }
    at = lineEnd;
  }
  bounds.push(body.length);
  const slices: Array<() => unknown[]> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0;
    const to = bounds[k + 1] ?? 0;
    slices.push(() => {
      const part: unknown = loadYaml(body.slice(from, to), path);
      if (part === null || part === undefined) return [];
      if (!Array.isArray(part)) throw new Error('not a list');
      return part as unknown[];
    });
  }
  return slices;
}

/**
 * Where each id is written ("id: ibrahim-traore"), found by looking for
 * "id:" after a space, "{" or "," — a 7 MB list in a few milliseconds, where a
 * regular expression tried at every offset took a hundred and fifty.
 */
function idOffsets(text: string): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  for (let at = text.indexOf('id:'); at >= 0; at = text.indexOf('id:', at + 1)) {
    if (at > 0 && !isIdLead(text.charCodeAt(at - 1))) continue;
    let i = at + 3;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
    let id: string | undefined;
    let end = i;
    const quote = text.charCodeAt(i);
    if (quote === 0x22 || quote === 0x27) {
      const close = text.indexOf(quote === 0x22 ? '"' : "'", i + 1);
      const newline = text.indexOf('\n', i + 1);
      if (close >= 0 && (newline < 0 || close < newline)) {
        id = text.slice(i + 1, close);
        end = close + 1;
      }
    }
    if (id === undefined) {
      while (end < text.length && !endsPlainId(text.charCodeAt(end))) end++;
      if (end === i) continue;
      id = text.slice(i, end);
    }
    out.push({ id, start: at, end });
    at = end - 1;
  }
  return out;
}

/** What may come before "id:": a space, "{" or ",". */
function isIdLead(c: number): boolean {
  return c === 0x7b || c === 0x2c || isSpaceCode(c);
}

/** What ends an unquoted id: a space, ",", "}" or "#". */
function endsPlainId(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x23 || isSpaceCode(c);
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));
}

/** The positioned reader alone (the quick one falls back to it; tests check the two agree). */
export function loadWithPositions(path: string, text: string): EntityListResult {
  const src = parseYamlSource(path, text);
  const problems: Finding[] = [...src.problems];
  if (src.problems.length > 0 && src.doc.contents === null) return { entities: [], problems };
  const root = src.doc.contents as YNode;
  let list: YNode;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { entities: [], problems };
  } else if (isSeq(root)) {
    list = root;
  } else if (isMap(root)) {
    for (const { key, keyNode, value } of mapEntries(root)) {
      if (key === 'entities') list = value;
      else problems.push(configProblem(path, spanOf(keyNode).start, spanOf(keyNode).end, `An entity list has one top-level field, "entities:"; remove "${key}:" or move it into an entry.`));
    }
    if (list === undefined) {
      problems.push(configProblem(path, spanOf(root).start, spanOf(root).end, 'This file has no "entities:" list. Start it with "entities:" followed by one "- id: …" entry per person, organisation or place.'));
      return { entities: [], problems };
    }
    if (list === null || (isScalar(list) && list.value === null)) return { entities: [], problems };
  } else {
    problems.push(configProblem(path, spanOf(root).start, spanOf(root).end, 'An entity list starts with "entities:" followed by one "- id: …" entry per person, organisation or place.'));
    return { entities: [], problems };
  }
  if (!isSeq(list)) {
    const s = spanOf(list);
    problems.push(configProblem(path, s.start, s.end, '"entities:" must be a list: one entry per line starting with "- id: …".'));
    return { entities: [], problems };
  }

  const entities: Entity[] = [];
  const seen = new Map<string, Entity>();
  for (const item of seqItems(list)) {
    const reader = new EntryReader(path);
    const read = readEntry(reader, item);
    problems.push(...reader.problems);
    if (!read || reader.problems.length > 0) continue;
    const { entity, idSpan } = read;
    const first = seen.get(entity.id);
    if (first) {
      problems.push({
        ...configProblem(path, idSpan.start, idSpan.end, `The id "${entity.id}" is already used by another entry; give each entry its own id.`),
        related: [{ path, start: first.source.start, end: first.source.end, message: 'First entry with this id' }],
      });
      continue;
    }
    seen.set(entity.id, entity);
    entities.push(entity);
  }
  const shared = sharedForms([entities]);
  problems.push(...shared.problems);
  return { entities, problems, ...(shared.problems.length === 0 ? { indexed: { keys: shared.keys, count: entities.length } } : {}) };
}

/**
 * Puts several loaded lists together (the workspace's, a shared newsroom
 * list…), keeping each list's own problems. Later lists may not redefine an
 * id or reuse another entity's name; each clash is reported where it is
 * written. `fallback` entities (the built-in list) give way silently to any
 * listed entity with the same id or a name in common.
 */
export function mergeEntityLists(
  lists: ReadonlyArray<{ entities: readonly Entity[]; problems?: readonly Finding[]; indexed?: IndexedForms }>,
  options: { fallback?: readonly Entity[] } = {},
): EntityListResult {
  const problems: Finding[] = lists.flatMap((l) => l.problems ?? []);
  const byId = new Map<string, Entity>();
  // A single list has unique ids already (its loader said so): only the
  // fallback's ids need looking up among its 100,000 entries.
  const single = lists.length === 1 ? lists[0] : undefined;
  const entities: Entity[] = single ? [...single.entities] : [];
  if (single) {
    const fallbackIds = new Set((options.fallback ?? []).map((e) => e.id));
    if (fallbackIds.size > 0) for (const e of entities) if (fallbackIds.has(e.id)) byId.set(e.id, e);
  }
  for (const list of single ? [] : lists) {
    for (const e of list.entities) {
      const first = byId.get(e.id);
      if (first) {
        problems.push({
          ...configProblem(e.source.path, e.source.start, e.source.end, `The id "${e.id}" is already defined in ${first.source.path}; rename one of them or remove the copy.`),
          related: [{ path: first.source.path, start: first.source.start, end: first.source.end, message: 'Entry defined first here' }],
        });
        continue;
      }
      byId.set(e.id, e);
      entities.push(e);
    }
  }
  // One list cannot clash with itself here: loadEntityList already said so.
  if (lists.length > 1) problems.push(...sharedForms(lists.map((l) => l.entities.filter((e) => byId.get(e.id) === e)), true).problems);
  if (options.fallback) {
    // The fallback list is small: fold its forms, then look for them among the listed ones.
    const wanted = new Map<string, Entity[]>();
    for (const e of options.fallback) {
      if (byId.has(e.id)) continue;
      for (const f of formsOf(e)) {
        const k = foldKey(f);
        wanted.set(k, [...(wanted.get(k) ?? []), e]);
      }
    }
    const blocked = new Set<Entity>();
    const only = single?.indexed?.keys;
    if (only) {
      for (const [k, es] of wanted) if (only.has(k)) for (const b of es) blocked.add(b);
    } else if (wanted.size > 0) {
      for (const e of entities) {
        for (const f of formsOf(e)) for (const b of wanted.get(foldKey(f)) ?? []) blocked.add(b);
      }
    }
    for (const e of options.fallback) if (!byId.has(e.id) && !blocked.has(e)) entities.push(e);
  }
  // The built-in entries come after the list's own: what the list folded still holds.
  return { entities, problems, ...(single?.indexed ? { indexed: single.indexed } : {}) };
}

function formsOf(e: Entity): string[] {
  return [e.name, ...Object.values(e.names), ...e.aliases, ...Object.values(e.aliasesByLang).flat()];
}

/** A name or alias written for two entities: matching cannot tell them apart. */
/** Where the list writes `form` on this entry (its last occurrence, as a map keyed by form would keep). */
function lastSourceOf(e: Entity, form: string): EntityFormSource | undefined {
  const sources = e.formSources ?? [];
  for (let i = sources.length - 1; i >= 0; i--) if (sources[i]?.form === form) return sources[i];
  return undefined;
}

function sharedForms(lists: ReadonlyArray<readonly Entity[]>, acrossListsOnly = false): { problems: Finding[]; keys: ReadonlyMap<string, number> } {
  // One entry per folded form: where the entity that wrote it first is (its
  // position in its list; which list, only when there are several).
  const owner = new Map<string, number>();
  const ownerList = lists.length > 1 ? new Map<string, number>() : undefined;
  const problems: Finding[] = [];
  lists.forEach((list, li) => {
    list.forEach((e, ei) => {
      const forms = formsOf(e);
      const keys = forms.length > 1 ? new Set<string>() : undefined;
      for (const form of forms) {
        const key = foldKey(form);
        if (keys) {
          if (keys.has(key)) continue;
          keys.add(key);
        }
        const firstAt = owner.get(key);
        if (firstAt === undefined) {
          owner.set(key, ei);
          ownerList?.set(key, li);
          continue;
        }
        const firstList = ownerList?.get(key) ?? 0;
        const first = lists[firstList]?.[firstAt];
        if (!first || first === e || (acrossListsOnly && firstList === li)) continue;
        const span = lastSourceOf(e, form) ?? e.source;
        const firstForm = formsOf(first).find((f) => foldKey(f) === key) ?? form;
        const firstSpan = lastSourceOf(first, firstForm) ?? first.source;
        problems.push({
          ...configProblem(
            e.source.path,
            span.start,
            span.end,
            `"${form}" is also a name of "${first.id}"; a mention of it cannot be told apart. Keep it on one entry, or write the fuller name.`,
          ),
          severity: 'warning',
          related: [{ path: first.source.path, start: firstSpan.start, end: firstSpan.end, message: `"${form}" on "${first.id}"` }],
        });
      }
    });
  });
  return { problems, keys: owner };
}

function readEntry(r: EntryReader, item: Node): { entity: Entity; idSpan: { start: number; end: number } } | undefined {
  if (!isMap(item)) {
    r.problem(item, 'Each entry is a set of fields ("id:", "name:", …) under its "- ". Check the indentation of this entry.');
    return undefined;
  }
  const fields = new Map<string, { keyNode: Node; value: YNode }>();
  for (const { key, keyNode, value } of mapEntries(item)) {
    if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
      const guess = suggest(key, ENTRY_KEYS);
      r.problem(keyNode, `Unknown field "${key}".${guess ? ` Did you mean "${guess}"?` : ''} An entry may have: ${ENTRY_KEYS.join(', ')}.`);
      continue;
    }
    fields.set(key, { keyNode, value });
  }
  const formSources: EntityFormSource[] = [];
  let idSpan = spanOf(item);
  const text = (key: string, required: boolean): string | undefined => {
    const f = fields.get(key);
    if (!f) {
      if (required) r.problem(item, `This entry has no "${key}:". Add one${key === 'id' ? ' (a short unique label such as "ibrahim-traore")' : ' (the name as your house style writes it)'}.`);
      return undefined;
    }
    const s = asString(f.value);
    if (!s || s.value.trim() === '') {
      r.problem(f.value ?? f.keyNode, `"${key}:" must be a piece of text${key === 'name' ? ', the name as your house style writes it' : ''}.`);
      return undefined;
    }
    if (key === 'id') idSpan = { start: s.start, end: s.end };
    else formSources.push({ form: s.value.trim(), start: s.start, end: s.end });
    return s.value.trim();
  };
  const id = text('id', true);
  const name = text('name', true);

  let type: EntityType = 'other';
  const typeField = fields.get('type');
  if (typeField) {
    const t = asString(typeField.value);
    if (t && (TYPES as readonly string[]).includes(t.value)) type = t.value as EntityType;
    else r.problem(typeField.value ?? typeField.keyNode, `"type:" is one of ${TYPES.join(', ')}.`);
  }

  const names = readLangStrings(r, fields.get('names'), 'names', formSources);
  const { aliases, aliasesByLang } = readAliases(r, fields.get('aliases'), formSources);
  const titles = readTitles(r, fields.get('titles'));
  const bio = readBio(r, fields.get('bio'));
  if (id === undefined || name === undefined) return undefined;
  const entity: Entity = {
    id,
    type,
    name,
    names,
    aliases,
    aliasesByLang,
    titles,
    bio,
    source: { path: r.path, ...spanOf(item) },
    formSources,
  };
  return { entity, idSpan };
}

function langKey(r: EntryReader, key: string, keyNode: Node, field: string): Lang | undefined {
  const k = key.toLowerCase();
  if (LANG_KEY.test(k)) return k;
  r.problem(keyNode, `"${key}" is not a language code. Under "${field}:", write two-letter codes such as "en:" or "fr:".`);
  return undefined;
}

function readLangStrings(r: EntryReader, field: { keyNode: Node; value: YNode } | undefined, name: string, formSources: EntityFormSource[]): Record<Lang, string> {
  const out: Record<Lang, string> = {};
  if (!field) return out;
  if (!isMap(field.value)) {
    r.problem(field.value ?? field.keyNode, `"${name}:" gives the name per language, for example "${name}: { fr: Cédéao }".`);
    return out;
  }
  for (const { key, keyNode, value } of mapEntries(field.value)) {
    const lang = langKey(r, key, keyNode, name);
    if (!lang) continue;
    const s = asString(value);
    if (!s || s.value.trim() === '') {
      r.problem(value ?? keyNode, `The ${name} for "${key}" must be a piece of text.`);
      continue;
    }
    out[lang] = s.value.trim();
    formSources.push({ form: s.value.trim(), start: s.start, end: s.end });
  }
  return out;
}

function readStringList(r: EntryReader, node: YNode, what: string, formSources: EntityFormSource[]): string[] {
  const single = asString(node);
  if (single) {
    formSources.push({ form: single.value.trim(), start: single.start, end: single.end });
    return single.value.trim() ? [single.value.trim()] : [];
  }
  if (!isSeq(node)) {
    r.problem(node, `${what} must be a list, for example [Traoré, Capitaine Traoré].`);
    return [];
  }
  const out: string[] = [];
  for (const item of seqItems(node)) {
    const s = asString(item);
    if (!s || s.value.trim() === '') {
      r.problem(item, `Each of ${what.toLowerCase()} must be a piece of text.`);
      continue;
    }
    out.push(s.value.trim());
    formSources.push({ form: s.value.trim(), start: s.start, end: s.end });
  }
  return out;
}

function readAliases(
  r: EntryReader,
  field: { keyNode: Node; value: YNode } | undefined,
  formSources: EntityFormSource[],
): { aliases: string[]; aliasesByLang: Record<Lang, string[]> } {
  const aliasesByLang: Record<Lang, string[]> = {};
  if (!field) return { aliases: [], aliasesByLang };
  if (!isMap(field.value)) return { aliases: readStringList(r, field.value, 'Aliases', formSources), aliasesByLang };
  const aliases: string[] = [];
  for (const { key, keyNode, value } of mapEntries(field.value)) {
    if (ALL_LANGS.has(key)) {
      aliases.push(...readStringList(r, value, 'Aliases', formSources));
      continue;
    }
    const lang = langKey(r, key, keyNode, 'aliases');
    if (lang) aliasesByLang[lang] = readStringList(r, value, `Aliases for "${key}"`, formSources);
  }
  return { aliases, aliasesByLang };
}

function readTitles(r: EntryReader, field: { keyNode: Node; value: YNode } | undefined): EntityTitle[] {
  if (!field) return [];
  if (!isSeq(field.value)) {
    r.problem(field.value ?? field.keyNode, '"titles:" is a list, one title per line, for example "- { en: Captain, fr: capitaine, from: 2020 }".');
    return [];
  }
  const out: EntityTitle[] = [];
  for (const item of seqItems(field.value)) {
    if (!isMap(item)) {
      r.problem(item, 'Each title gives its name per language, for example "{ en: Captain, fr: capitaine, from: 2020 }".');
      continue;
    }
    const names: Record<Lang, string> = {};
    let from: string | undefined;
    let to: string | undefined;
    let fromSpan: YNode;
    for (const { key, keyNode, value } of mapEntries(item)) {
      if (key === 'from' || key === 'to') {
        const d = readDate(r, value ?? keyNode, key);
        if (key === 'from') {
          from = d;
          fromSpan = value;
        } else to = d;
        continue;
      }
      const lang = ALL_LANGS.has(key) ? 'default' : langKey(r, key, keyNode, 'titles');
      if (!lang) continue;
      const s = asString(value);
      if (!s || s.value.trim() === '') r.problem(value ?? keyNode, `The title for "${key}" must be a piece of text.`);
      else names[lang] = s.value.trim();
    }
    if (Object.keys(names).length === 0) {
      r.problem(item, 'This title has no name; write it per language, for example "en: Captain, fr: capitaine".');
      continue;
    }
    if (from && to && dateBounds(from)[0] > dateBounds(to)[1]) {
      r.problem(fromSpan ?? item, `This title starts (${from}) after it ends (${to}); check the two dates.`);
      continue;
    }
    out.push({ names, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  return out;
}

function readDate(r: EntryReader, node: Node, key: string): string | undefined {
  const s = asString(node);
  const v = s?.value.trim() ?? '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysIn(Number(m[1]), month)) {
    r.problem(node, `"${key}:" must be a date written year-month-day, such as 2024-10-16 (or just 2024-10, or 2024).`);
    return undefined;
  }
  return v;
}

function readBio(r: EntryReader, field: { keyNode: Node; value: YNode } | undefined): Record<Lang, string> {
  if (!field) return {};
  const single = asString(field.value);
  if (single) return { default: single.value };
  if (!isMap(field.value)) {
    r.problem(field.value ?? field.keyNode, '"bio:" is a short text, or one text per language: "bio: { en: …, fr: … }".');
    return {};
  }
  const out: Record<Lang, string> = {};
  for (const { key, keyNode, value } of mapEntries(field.value)) {
    const lang = ALL_LANGS.has(key) ? 'default' : langKey(r, key, keyNode, 'bio');
    if (!lang) continue;
    const s = asString(value);
    if (!s) r.problem(value ?? keyNode, `The bio for "${key}" must be a piece of text.`);
    else out[lang] = s.value;
  }
  return out;
}

function suggest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = osaDistance(word.toLowerCase(), o, 2);
    if (d < bestD || (o.startsWith(word.toLowerCase()) && word.length >= 3)) {
      best = o;
      bestD = Math.min(d, bestD);
    }
  }
  return best;
}
