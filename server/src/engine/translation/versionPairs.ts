import { basename } from '../fileSystem';
import { say, versionName } from '../messages';
import type { DocumentContext, TranslationContext } from '../rules/rule';
import type { Fix, Locale, OffsetEdit, Paragraph, TextEdit } from '../types';
import { alignParagraphs, type ParagraphPair } from './alignment';

// Every rule that compares versions walks the same pairs of versions and the
// same aligned paragraphs; the alignment is computed once per pair of
// articles and shared.

const alignments = new WeakMap<object, WeakMap<object, ParagraphPair[]>>();

export function alignedParagraphs(a: DocumentContext, b: DocumentContext): ParagraphPair[] {
  let inner = alignments.get(a.article);
  if (!inner) {
    inner = new WeakMap();
    alignments.set(a.article, inner);
  }
  let pairs = inner.get(b.article);
  if (!pairs) {
    pairs = alignParagraphs(a.article, b.article, a.entities);
    inner.set(b.article, pairs);
  }
  return pairs;
}

/**
 * Whether the pair at `i` stands in line: the pair before it pairs the
 * paragraphs just before it in both versions, and the pair after it (if any)
 * the paragraphs just after. Its place in the sequence then vouches for it
 * when what differs in it (a sentence left out, a place swapped) has taken
 * away the names and figures its own confidence rests on.
 */
export function inLine(pairs: readonly ParagraphPair[], i: number): boolean {
  const next = (x: ParagraphPair | undefined, y: ParagraphPair | undefined): boolean =>
    x !== undefined && y !== undefined && !x.merged && !y.merged && y.a.index === x.a.index + 1 && y.b.index === x.b.index + 1;
  const p = pairs[i];
  const after = pairs[i + 1];
  return p !== undefined && next(pairs[i - 1], p) && (after === undefined || next(p, after));
}

/** Each unordered pair of versions in different languages, once. */
export function versionPairs(ctx: TranslationContext): Array<[DocumentContext, DocumentContext]> {
  const out: Array<[DocumentContext, DocumentContext]> = [];
  ctx.versions.forEach((a, i) => {
    ctx.versions.slice(i + 1).forEach((b) => {
      if (a.article.language !== b.article.language) out.push([a, b]);
    });
  });
  return out;
}

/** "the French version (story.fr.md)" — which version disagrees, by language and file. */
export function namedVersion(locale: Locale, other: DocumentContext): string {
  return `${versionName(locale, other.article.language)} (${basename(other.article.path)})`;
}

/**
 * The two fixes of a disagreement seen from one version: make this version
 * say what the other says, or make the other say what this one says. The
 * one towards the configured source language is preferred; without a source
 * language neither is, since the tool cannot know which version is right.
 */
export function disagreementFixes(
  locale: Locale,
  sourceLang: string | undefined,
  other: DocumentContext,
  ownEdit: OffsetEdit,
  otherEdit: OffsetEdit,
): Fix[] {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  return [
    {
      title: say(locale, {
        en: `Change to ${q(ownEdit.newText)} (as in ${versionName('en', other.article.language)})`,
        fr: `Remplacer par ${q(ownEdit.newText)} (comme dans ${versionName('fr', other.article.language)})`,
      }),
      preferred: sourceLang !== undefined && sourceLang === other.article.language,
      edits: [ownEdit],
    },
    {
      title: say(locale, {
        en: `Change ${versionName('en', other.article.language)} to ${q(otherEdit.newText)}`,
        fr: `Corriger ${versionName('fr', other.article.language)} en ${q(otherEdit.newText)}`,
      }),
      // Never preferred: the other version's own finding carries that edit as
      // its preferred fix, and "fix all" must not apply it twice.
      preferred: false,
      edits: [otherEdit],
    },
  ];
}

/**
 * disagreementFixes for edits a rewrite may not find: each version's fix only where its edit was made
 * (a currency, a unit or a city said as the other version says it, when this language's word is known).
 */
export function rewriteFixes(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, own: TextEdit | undefined, theirs: TextEdit | undefined): Fix[] {
  if (!own && !theirs) return [];
  const none = { start: 0, end: 0, newText: '' };
  const [ownFix, otherFix] = disagreementFixes(locale, sourceLang, other, { path: self.article.path, ...(own ?? none) }, { path: other.article.path, ...(theirs ?? none) });
  return [...(own && ownFix ? [ownFix] : []), ...(theirs && otherFix ? [otherFix] : [])];
}

/**
 * Below this alignment confidence a pair of paragraphs may be two that moved,
 * split or merged (a headline pair scores about 0.5, a moved one 0.4): values
 * each stated somewhere in the other version are then not a disagreement.
 */
export const MOVED_BELOW = 0.5;

/** How much longer the second paragraphs of paired ones run than the first, by the median: French running longer than English says nothing. */
export function medianRatio(pairs: ReadonlyArray<readonly [Paragraph, Paragraph]>): number {
  const ratios = pairs.map(([x, y]) => (y.end - y.start) / Math.max(1, x.end - x.start)).sort((u, v) => u - v);
  return ratios[Math.floor(ratios.length / 2)] ?? 1;
}
