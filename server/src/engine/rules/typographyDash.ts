import { say } from '../messages';
import { DATELINE_HEAD } from '../style/dateline';
import { isProse, proseFinding, proseParagraphs, quoted } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// A hyphen with spaces round it stands in for a dash. English newsrooms set
// an em dash (closed up in most American houses; `createDashRule` lets a
// house choose), French a spaced en dash. Hyphens between digits ("5 - 3")
// may be arithmetic or a score, and list markers start a line: both left alone.

const ID = 'typography.dash';

export type EnglishDashStyle = 'em' | 'spaced-em' | 'spaced-en';

export interface DashOptions {
  en?: EnglishDashStyle;
}


const SPACED_HYPHEN = /( +)-( +)/g;
const BEFORE = /[\p{L}\p{N}\p{M})\]”’"»…%.,!?]/u;
const AFTER = /[\p{L}\p{N}\p{M}([“‘"«]/u;

function replacementFor(lang: string, options: DashOptions): string | undefined {
  if (lang === 'fr') return ' – ';
  if (lang === 'en') {
    switch (options.en ?? 'em') {
      case 'em':
        return '—';
      case 'spaced-em':
        return ' — ';
      case 'spaced-en':
        return ' – ';
    }
  }
  return undefined;
}

export function createDashRule(options: DashOptions = {}): DocumentRule {
  return {
    id: ID,
    scope: 'document',
    defaultSeverity: 'info',
    description: {
      en: 'A hyphen between spaces used as a dash: English takes an em dash, French a spaced en dash.',
      fr: 'Un trait d’union entre deux espaces employé comme tiret\u00A0: l’anglais prend un tiret cadratin, le français un tiret demi-cadratin espacé.',
    },
    examples: [
      { lang: 'en', bad: 'The AES - formed in 2023 - met again.', good: 'The AES—formed in 2023—met again. Mali won 2 - 1.' },
      { lang: 'fr', bad: 'L’AES - créée en 2023 - s’est réunie.', good: 'L’AES – créée en 2023 – s’est réunie.' },
    ],
    check(ctx: DocumentContext): RawFinding[] {
      const { article, locale } = ctx;
      const dash = replacementFor(article.language, options);
      if (dash === undefined) return [];
      const out: RawFinding[] = [];
      for (const p of proseParagraphs(article)) {
        for (const m of p.text.matchAll(SPACED_HYPHEN)) {
          const k = m.index ?? 0;
          const before = p.text[k - 1];
          const after = p.text[k + m[0].length];
          if (before === undefined || after === undefined || !BEFORE.test(before) || !AFTER.test(after)) continue;
          if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) continue;
          // An agency dateline keeps the agency's own " - ": "NIAMEY (Reuters) - The…", "BAMAKO, 3 mars (AFP) - Les…".
          if (DATELINE_HEAD.test(p.text.slice(0, k))) continue;
          const start = p.start + k;
          const end = start + m[0].length;
          if (!isProse(article, start - 1, end + 1)) continue;
          const shown = dash.trim();
          out.push(
            proseFinding(article, {
              rule: ID,
              start,
              end,
              message: say(locale, {
                en: `A hyphen between spaces stands for a dash here: use ${quoted('en', shown)}.`,
                fr: `Ce trait d’union entre espaces tient lieu de tiret\u00A0: employer ${quoted('fr', shown)}.`,
              }),
              fixTitle: say(locale, { en: `Replace with ${quoted('en', shown)}`, fr: `Remplacer par ${quoted('fr', shown)}` }),
              edits: [{ start, end, newText: dash }],
            }),
          );
        }
      }
      return out;
    },
  };
}

export const dash: DocumentRule = createDashRule();
