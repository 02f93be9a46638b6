import { parseArticle } from '../../server/src/engine/article';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import type { DocumentContext, DocumentRule } from '../../server/src/engine/rules/rule';
import type { ArticleKind, Locale, RawFinding } from '../../server/src/engine/types';

// Helpers shared by the typography and style tests: build an article the way
// the engine does, run rules, apply their preferred fixes like "fix all".

export interface RunOptions {
  lang: string;
  kind?: ArticleKind;
  locale?: Locale;
  path?: string;
}

export function contextFor(text: string, options: RunOptions): DocumentContext {
  const kind = options.kind ?? 'plaintext';
  const path = options.path ?? (kind === 'markdown' ? 'story.md' : 'story.txt');
  const article = parseArticle({ path, text, kind, lang: options.lang });
  return { article, entities: EntityIndex.empty(), locale: options.locale ?? 'en', articleDate: undefined, today: new Date(Date.UTC(2025, 11, 24)) };
}

export function run(rules: DocumentRule | readonly DocumentRule[], text: string, options: RunOptions): RawFinding[] {
  const ctx = contextFor(text, options);
  const list: readonly DocumentRule[] = Array.isArray(rules) ? rules : [rules as DocumentRule];
  return list.flatMap((r) => r.check(ctx));
}

/** The flagged text of each finding. */
export function flagged(text: string, findings: readonly RawFinding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

/** Applies every preferred fix, skipping edits that overlap one already taken (as an editor's fix-all does). */
export function applyPreferred(text: string, findings: readonly RawFinding[]): string {
  const edits = findings.flatMap((f) => f.fixes.filter((x) => x.preferred).slice(0, 1).flatMap((x) => x.edits));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof edits = [];
  let lastEnd = -1;
  for (const e of edits) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end && taken.some((t) => t.start === e.start && t.end === e.end))) continue;
    taken.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = text;
  for (const e of taken.reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Fixes one finding's preferred fix only. */
export function applyOne(text: string, finding: RawFinding | undefined): string {
  return finding ? applyPreferred(text, [finding]) : text;
}
