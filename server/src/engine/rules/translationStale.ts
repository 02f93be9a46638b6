import { parseArticle } from '../article';
import { say } from '../messages';
import { alignedParagraphs, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Article, RawFinding } from '../types';
import type { VersionHistory } from '../translation/history';
import type { DocumentContext, TranslationRule } from './rule';

// A version whose counterpart changed after the version was last committed:
// the translator sees exactly which paragraphs to update. We compare the
// counterpart as it was at that commit with the counterpart now, paragraph
// by paragraph, and flag the aligned paragraphs of the stale version. A
// paragraph the version itself changed since that commit is being updated
// already (both versions edited together, a translator at work): no note.
// When the workspace names its source language, the source never follows
// its translations: a corrected translation says nothing to the original.

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

function paragraphTexts(a: Article): Set<string> {
  return new Set(a.paragraphs.map((p) => normalise(a.text.slice(p.start, p.end))));
}

export const translationStale: TranslationRule = {
  id: 'translation.stale',
  scope: 'translation',
  defaultSeverity: 'info',
  description: {
    en: 'The other version changed here after this version was last committed: the translation may need an update.',
    fr: 'L’autre version a changé ici depuis le dernier commit de celle-ci : la traduction est peut-être à mettre à jour.',
  },
  check(ctx) {
    const history = ctx.history;
    if (!history) return [];
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      if (b.article.language !== ctx.sourceLang) out.push(...stale(ctx.locale, b, a, history, false));
      if (a.article.language !== ctx.sourceLang) out.push(...stale(ctx.locale, a, b, history, true));
    }
    return out;
  },
};

/** Findings in `self` for the paragraphs of `other` that changed since `self`'s last commit. */
function stale(locale: 'en' | 'fr', self: DocumentContext, other: DocumentContext, history: VersionHistory, selfIsA: boolean): RawFinding[] {
  const then = history.counterpartAtLastCommit(self.article.path, other.article.path);
  if (then === undefined) return [];
  const before = atLastCommit(other.article, then);
  if (normalise(before.text) === normalise(other.article.text)) return [];
  const old = paragraphTexts(before);
  const own = history.counterpartAtLastCommit(self.article.path, self.article.path);
  const mineThen = own === undefined ? undefined : paragraphTexts(atLastCommit(self.article, own));
  const out: RawFinding[] = [];
  const pairs = selfIsA ? alignedParagraphs(self, other) : alignedParagraphs(other, self);
  for (const pair of pairs) {
    const theirs = selfIsA ? pair.b : pair.a;
    const mine = selfIsA ? pair.a : pair.b;
    if (old.has(normalise(other.article.text.slice(theirs.start, theirs.end)))) continue;
    if (mineThen && !mineThen.has(normalise(self.article.text.slice(mine.start, mine.end)))) continue;
    out.push({
      rule: 'translation.stale',
      message: say(locale, {
        en: `${capitalise(namedVersion('en', other))} changed here after this version was last committed: check that the translation is up to date.`,
        fr: `${capitalise(namedVersion('fr', other))} a changé ici depuis le dernier commit de cette version\u00a0: vérifiez que la traduction est à jour.`,
      }),
      path: self.article.path,
      start: mine.start,
      end: mine.end,
      related: [{ path: other.article.path, start: theirs.start, end: theirs.end, message: say(locale, { en: 'The paragraph that changed', fr: 'Le paragraphe modifié' }) }],
      fixes: [],
    });
  }
  return out;
}

function atLastCommit(now: Article, text: string): Article {
  return parseArticle({ path: now.path, text, kind: now.kind, lang: now.language });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
