import type { Lang } from '../types';
import type { Entity, EntityTitle, EntityType } from './entityTypes';
import { dateBounds } from './entityDates';

// A newsroom list of 100,000 names is almost all plain entries: an id, a
// type, a name, a few names per language. Reading those straight from the
// values js-yaml returns is several times faster than building yaml's node
// model for each (and keeps a large list's load under a check's cost). This
// reader accepts only entries it can read exactly as the positioned reader in
// entityList.ts would; for anything else — a mistake, a number where text is
// expected, a capitalised language code — it answers undefined and that entry
// goes through the positioned reader, which has the messages.


const ENTRY_KEYS = new Set(['id', 'type', 'name', 'names', 'aliases', 'titles', 'bio']);
const TYPES = new Set<string>(['person', 'organization', 'place', 'other']);
const LANG_KEY = /^[a-z]{2,3}$/;
const ALL_LANGS = new Set(['default', '*', 'all']);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Trimmed, non-blank text; undefined for anything else. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

// Most entries have no per-language names, aliases, titles or bio: they all
// share one frozen empty value instead of five objects each.
const NONE: Readonly<Record<string, never>> = Object.freeze({});
const NO_LIST: readonly never[] = Object.freeze([]);

/** The entry as an Entity (its position from `source`), or undefined when the positioned reader must decide. */
export function readPlainEntry(item: unknown, source: (id: string) => Entity['source']): Entity | undefined {
  if (!isPlain(item)) return undefined;
  for (const k of Object.keys(item)) if (!ENTRY_KEYS.has(k)) return undefined;
  const id = text(item['id']);
  const name = text(item['name']);
  if (id === undefined || name === undefined) return undefined;
  const rawType = item['type'];
  let type: EntityType = 'other';
  if (rawType !== undefined) {
    if (typeof rawType !== 'string' || !TYPES.has(rawType)) return undefined;
    type = rawType as EntityType;
  }
  const names = langTexts(item['names']);
  const aliases = readAliases(item['aliases']);
  const titles = readTitles(item['titles']);
  const bio = readBio(item['bio']);
  if (!names || !aliases || !titles || !bio) return undefined;
  return {
    id,
    type,
    name,
    names: isEmpty(names) ? NONE : names,
    aliases: aliases.all.length === 0 ? NO_LIST : aliases.all,
    aliasesByLang: isEmpty(aliases.byLang) ? NONE : aliases.byLang,
    titles: titles.length === 0 ? NO_LIST : titles,
    bio: isEmpty(bio) ? NONE : bio,
    source: source(id),
  };
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

function langTexts(v: unknown): Record<Lang, string> | undefined {
  const out: Record<Lang, string> = {};
  if (v === undefined) return out;
  if (!isPlain(v)) return undefined;
  for (const [k, value] of Object.entries(v)) {
    const t = text(value);
    if (!LANG_KEY.test(k) || t === undefined) return undefined;
    out[k] = t;
  }
  return out;
}

/** A single text or a list of texts, as the positioned reader reads them. */
function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t ? [t] : [];
  }
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const x of v) {
    const t = text(x);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}

function readAliases(v: unknown): { all: string[]; byLang: Record<Lang, string[]> } | undefined {
  const byLang: Record<Lang, string[]> = {};
  if (v === undefined) return { all: [], byLang };
  if (!isPlain(v)) {
    const all = stringList(v);
    return all ? { all, byLang } : undefined;
  }
  const all: string[] = [];
  for (const [k, value] of Object.entries(v)) {
    const list = stringList(value);
    if (!list) return undefined;
    if (ALL_LANGS.has(k)) all.push(...list);
    else if (LANG_KEY.test(k)) byLang[k] = list;
    else return undefined;
  }
  return { all, byLang };
}

function readTitles(v: unknown): EntityTitle[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: EntityTitle[] = [];
  for (const item of v) {
    if (!isPlain(item)) return undefined;
    const names: Record<Lang, string> = {};
    let from: string | undefined;
    let to: string | undefined;
    for (const [k, value] of Object.entries(item)) {
      if (k === 'from' || k === 'to') {
        const d = readDate(value);
        if (d === undefined) return undefined;
        if (k === 'from') from = d;
        else to = d;
        continue;
      }
      const lang = ALL_LANGS.has(k) ? 'default' : LANG_KEY.test(k) ? k : undefined;
      const t = text(value);
      if (lang === undefined || t === undefined) return undefined;
      names[lang] = t;
    }
    if (Object.keys(names).length === 0) return undefined;
    if (from && to && dateBounds(from)[0] > dateBounds(to)[1]) return undefined;
    out.push({ names, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  return out;
}

/** "2024", 2024, "2024-10", "2024-10-16": a real date, or undefined. */
function readDate(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isInteger(v) ? String(v) : undefined;
  const m = s === undefined ? null : DATE.exec(s);
  if (!m || s === undefined) return undefined;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()) return undefined;
  return s;
}

function readBio(v: unknown): Record<Lang, string> | undefined {
  if (v === undefined) return {};
  if (typeof v === 'string') return { default: v };
  if (!isPlain(v)) return undefined;
  const out: Record<Lang, string> = {};
  for (const [k, value] of Object.entries(v)) {
    const lang = ALL_LANGS.has(k) ? 'default' : LANG_KEY.test(k) ? k : undefined;
    if (lang === undefined || typeof value !== 'string') return undefined;
    out[lang] = value;
  }
  return out;
}
