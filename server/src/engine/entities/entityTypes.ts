import type { Lang, Span } from '../types';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A title or rank, valid from/to ISO dates (inclusive) when given. */
export interface EntityTitle {
  /** The title per language ("Captain", "capitaine"); `default` applies to every language. */
  names: Readonly<Record<Lang, string>>;
  from?: string;
  to?: string;
}

/** One entry of an entity list, normalised. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name in every language unless `names` has the language. */
  name: string;
  names: Readonly<Record<Lang, string>>;
  /** Accepted forms in every language. */
  aliases: readonly string[];
  /** Accepted forms in one language only. */
  aliasesByLang: Readonly<Record<Lang, readonly string[]>>;
  titles: readonly EntityTitle[];
  /** Markdown, per language; shown on hover. Untrusted: render without HTML. */
  bio: Readonly<Record<Lang, string>>;
  /** Where the entry is written, for "go to definition" and for errors. */
  source: { path: string } & Span;
  /** Where each name and alias is written in the list file, for errors about shared forms. */
  formSources?: readonly EntityFormSource[];
}

export interface EntityFormSource extends Span {
  form: string;
}

export function canonicalName(entity: Entity, lang: Lang): string {
  return entity.names[lang] ?? entity.name;
}
