import type { EntityIndex } from '../entities/entityIndex';
import type { VersionHistory } from '../translation/history';
import type { Article, DateValue, Lang, Locale, RawFinding, Severity } from '../types';

// A rule is a small module with one job. Its metadata feeds the docs and
// the diagnostic's codeDescription link; its check is a pure function.

export interface RuleExample {
  lang: Lang;
  /** Text the rule flags. */
  bad?: string;
  /** Text it must leave alone. */
  good?: string;
}

export interface RuleMeta {
  /** Stable, dotted: family.name ("translation.date"). */
  id: string;
  defaultSeverity: Severity;
  /** One sentence per locale, for docs and settings. */
  description: Readonly<Record<Locale, string>>;
  examples?: readonly RuleExample[];
}

export interface DocumentContext {
  article: Article;
  entities: EntityIndex;
  locale: Locale;
  /** The article's own date (front matter `date`, else the latest full date in the text), for implied years and titles in time. */
  articleDate: DateValue | undefined;
  /** The clock, injected so tests are reproducible. */
  today: Date;
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(ctx: DocumentContext): RawFinding[];
}

/** Versions of one article, each with its own context. */
export interface TranslationContext {
  versions: readonly DocumentContext[];
  /** The language whose version wins in preferred fixes, when configured. */
  sourceLang: Lang | undefined;
  locale: Locale;
  /** The repository's history, when the adapter can read it. */
  history?: VersionHistory;
}

export interface TranslationRule extends RuleMeta {
  scope: 'translation';
  check(ctx: TranslationContext): RawFinding[];
}

export type Rule = DocumentRule | TranslationRule;
