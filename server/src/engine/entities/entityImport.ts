import type * as CsvParse from 'csv-parse/sync';
import { stringify } from 'yaml';
import type { Lang } from '../types';
import type { EntityType } from './entityTypes';

// Newsrooms already keep names somewhere: a spreadsheet, or an export from
// Wikidata. These importers turn such a file (read offline) into an entity
// list in Copydesk's YAML format, which the editor then owns.

export interface ImportedEntity {
  id: string;
  type: EntityType;
  name: string;
  names?: Record<Lang, string>;
  aliases?: string[] | Record<Lang, string[]>;
  titles?: Array<Record<string, string>>;
  bio?: Record<Lang, string>;
}

export interface ImportResult {
  entities: ImportedEntity[];
  /** Plain sentences about rows or items that were skipped, with where they are. */
  problems: string[];
}

const TYPES = new Set<EntityType>(['person', 'organization', 'place', 'other']);

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function splitList(s: string | undefined): string[] {
  return (s ?? '')
    .split(/[;|]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * CSV with a header row. Columns: `name` (required), `id`, `type`,
 * `name_<lang>`, `aliases` and `aliases_<lang>` (separated by ; or |),
 * `title_<lang>` with `title_from` / `title_to`, `bio_<lang>`.
 */
export function importCsv(text: string): ImportResult {
  let rows: Array<Record<string, string>>;
  try {
    // Required here, from dist/vendor (esbuild.mjs): only an import reads CSV.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
    const { parse: parseCsv } = require('csv-parse/sync') as typeof CsvParse;
    rows = parseCsv(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true }) as Array<Record<string, string>>;
  } catch (e) {
    return { entities: [], problems: [`The CSV does not parse: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const entities: ImportedEntity[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const name = row['name']?.trim();
    if (!name) {
      problems.push(`Row ${line}: no "name"; skipped.`);
      return;
    }
    const id = row['id']?.trim() || slug(name);
    if (ids.has(id)) {
      problems.push(`Row ${line}: the id "${id}" is already used; skipped.`);
      return;
    }
    ids.add(id);
    const rawType = (row['type'] ?? 'other').trim().toLowerCase().replace('organisation', 'organization');
    const type = TYPES.has(rawType as EntityType) ? (rawType as EntityType) : 'other';
    if (row['type'] && type === 'other' && rawType !== 'other') problems.push(`Row ${line}: unknown type "${row['type']}"; used "other".`);
    const e: ImportedEntity = { id, type, name };
    const byLang = (prefix: string): Record<Lang, string> => Object.fromEntries(Object.entries(row).filter(([k, v]) => k.startsWith(prefix) && v).map(([k, v]) => [k.slice(prefix.length), v]));
    const names = byLang('name_');
    if (Object.keys(names).length > 0) e.names = names;
    const common = splitList(row['aliases']);
    const perLang = Object.fromEntries(Object.entries(row).filter(([k, v]) => k.startsWith('aliases_') && v).map(([k, v]) => [k.slice('aliases_'.length), splitList(v)]));
    if (Object.keys(perLang).length > 0) e.aliases = common.length > 0 ? { default: common, ...perLang } : perLang;
    else if (common.length > 0) e.aliases = common;
    const titles = byLang('title_');
    const { from, to, ...titleNames } = titles;
    if (Object.keys(titleNames).length > 0) e.titles = [{ ...titleNames, ...(from ? { from } : {}), ...(to ? { to } : {}) }];
    const bio = byLang('bio_');
    if (Object.keys(bio).length > 0) e.bio = bio;
    entities.push(e);
  });
  return { entities, problems };
}

interface WikidataValue {
  value?: unknown;
}

interface WikidataEntity {
  id?: unknown;
  labels?: Record<string, WikidataValue>;
  aliases?: Record<string, WikidataValue[]>;
  descriptions?: Record<string, WikidataValue>;
  claims?: Record<string, Array<{ mainsnak?: { datavalue?: { value?: { id?: unknown } } } }>>;
}

// "instance of" (P31) values that say what kind of thing an item is.
const HUMAN = 'Q5';
const PLACE_CLASSES = new Set(['Q515', 'Q6256', 'Q5119', 'Q3624078', 'Q1549591', 'Q486972', 'Q10864048', 'Q82794']);

/**
 * A Wikidata JSON export: the `wbgetentities` shape (`{"entities": {"Q…": {…}}}`),
 * an array of entities, or a dump with one entity per line.
 */
export function importWikidata(text: string, languages: readonly Lang[]): ImportResult {
  const items: WikidataEntity[] = [];
  const problems: string[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  try {
    const parsed: unknown = JSON.parse(trimmed.replace(/,\s*$/, ''));
    if (Array.isArray(parsed)) items.push(...(parsed as WikidataEntity[]));
    else if (parsed && typeof parsed === 'object' && 'entities' in parsed) items.push(...Object.values((parsed as { entities: Record<string, WikidataEntity> }).entities));
    else items.push(parsed as WikidataEntity);
  } catch {
    trimmed.split('\n').forEach((line, i) => {
      const l = line.trim().replace(/,$/, '');
      if (!l || l === '[' || l === ']') return;
      try {
        items.push(JSON.parse(l) as WikidataEntity);
      } catch {
        problems.push(`Line ${i + 1}: not a JSON entity; skipped.`);
      }
    });
  }
  const entities: ImportedEntity[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const qid = typeof item.id === 'string' ? item.id : undefined;
    const label = (lang: Lang): string | undefined => {
      const v = item.labels?.[lang]?.value;
      return typeof v === 'string' ? v : undefined;
    };
    const name = languages.map(label).find((x) => x !== undefined) ?? label('en') ?? label('mul');
    if (!qid || !name) {
      problems.push(`${qid ?? 'An item'}: no id or no label in ${languages.join('/')}; skipped.`);
      continue;
    }
    let id = slug(name) || qid.toLowerCase();
    if (ids.has(id)) id = `${id}-${qid.toLowerCase()}`;
    ids.add(id);
    const classes = (item.claims?.['P31'] ?? []).map((c) => c.mainsnak?.datavalue?.value?.id).filter((x): x is string => typeof x === 'string');
    const type: EntityType = classes.includes(HUMAN) ? 'person' : classes.some((c) => PLACE_CLASSES.has(c)) ? 'place' : classes.length > 0 ? 'organization' : 'other';
    const e: ImportedEntity = { id, type, name };
    const names = Object.fromEntries(languages.map((l) => [l, label(l)] as const).filter((x): x is [Lang, string] => x[1] !== undefined && x[1] !== name));
    if (Object.keys(names).length > 0) e.names = names;
    const aliases = Object.fromEntries(
      languages
        .map((l) => [l, (item.aliases?.[l] ?? []).map((a) => a.value).filter((v): v is string => typeof v === 'string')] as const)
        .filter(([, list]) => list.length > 0),
    );
    if (Object.keys(aliases).length > 0) e.aliases = aliases;
    const bio = Object.fromEntries(languages.map((l) => [l, item.descriptions?.[l]?.value] as const).filter((x): x is [Lang, string] => typeof x[1] === 'string'));
    if (Object.keys(bio).length > 0) e.bio = bio;
    entities.push(e);
  }
  return { entities, problems };
}

export function entityListYaml(result: ImportResult, source: string): string {
  const header = `# Entity list imported by Copydesk from ${source}.\n# Check the types, add titles with dates, and edit the bios: this file is now yours.\n`;
  return header + stringify({ entities: result.entities }, { lineWidth: 0 });
}
