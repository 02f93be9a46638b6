import { mentionsIn } from '../engine/articleMentions';
import { datesIn } from '../engine/articleDates';
import type { EntityIndex } from '../engine/entities/entityIndex';
import { canonicalName, type Entity, type EntityType } from '../engine/entities/entityTypes';
import { foldKey } from '../engine/entities/fold';
import { LineIndex } from '../engine/textPositions';
import type { Article, Lang } from '../engine/types';

// What the editor knows about names and dates beyond findings: semantic
// tokens to colour them, where an entity is defined, and completion of
// entity names. Pure functions over an article and an entity index.

export const TOKEN_TYPES = ['person', 'organization', 'place', 'date'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];

const TYPE_OF: Record<EntityType, TokenType | undefined> = { person: 'person', organization: 'organization', place: 'place', other: undefined };

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token, on one line each. */
export function semanticTokens(article: Article, entities: EntityIndex): number[] {
  const spans: Array<{ start: number; end: number; type: number }> = [];
  for (const p of article.paragraphs) {
    for (const m of mentionsIn(article, entities, p)) {
      const t = TYPE_OF[m.entity.type];
      if (t) spans.push({ start: m.start, end: m.end, type: TOKEN_TYPES.indexOf(t) });
    }
    for (const d of datesIn(article, p.index)) spans.push({ start: d.start, end: d.end, type: TOKEN_TYPES.indexOf('date') });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new LineIndex(article.text);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue; // tokens may not overlap
    const a = index.positionAt(s.start);
    const b = index.positionAt(s.end);
    if (a.line !== b.line) continue; // a token lives on one line
    data.push(a.line - prevLine, a.line === prevLine ? a.character - prevChar : a.character, b.character - a.character, s.type, 0);
    prevLine = a.line;
    prevChar = a.character;
    lastEnd = s.end;
  }
  return data;
}

/** The entity named at `offset`, if any. */
export function entityAt(article: Article, entities: EntityIndex, offset: number): Entity | undefined {
  const p = article.paragraphs.find((x) => offset >= x.start && offset <= x.end);
  if (!p) return undefined;
  return mentionsIn(article, entities, p).find((m) => offset >= m.start && offset <= m.end)?.entity;
}

export interface NameCompletion {
  label: string;
  detail: string;
  /** Offset where the typed prefix starts. */
  start: number;
}

const MAX_COMPLETIONS = 50;

/** Entity names that start with the word being typed (two letters at least), in the article's language. */
export function completeName(article: Article, entities: EntityIndex, offset: number): NameCompletion[] {
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}'’-]/u.test(article.text[start - 1] ?? '')) start--;
  const typed = article.text.slice(start, offset);
  if (typed.replace(/[^\p{L}]/gu, '').length < 2) return [];
  const prefix = foldKey(typed);
  const out: NameCompletion[] = [];
  const seen = new Set<string>();
  const lang: Lang = article.language;
  for (const e of entities.all()) {
    const name = canonicalName(e, lang);
    const forms = [name, ...e.aliases, ...(e.aliasesByLang[lang] ?? [])];
    for (const form of forms) {
      if (!foldKey(form).startsWith(prefix) || seen.has(form)) continue;
      seen.add(form);
      out.push({ label: form, detail: form === name ? e.type : `${e.type} · ${name}`, start });
      if (out.length >= MAX_COMPLETIONS) return out;
    }
  }
  return out;
}
