import { say } from '../messages';
import { proseFinding, proseParagraphs } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// Typeset French uses the curly apostrophe (l’AES); English houses are split,
// so English is left alone unless the house chooses. Only an apostrophe
// between two letters is looked at: elsewhere a straight one may be a quote
// mark or a prime (5'10").

const ID = 'typography.apostrophe';

export type ApostropheStyle = 'curly' | 'straight';

/** The apostrophe a style does not want, between two letters; sticky, tried where indexOf finds one. */
const BETWEEN_LETTERS: Readonly<Record<ApostropheStyle, RegExp>> = {
  curly: /(?<=[\p{L}\p{M}])'(?=\p{L})/uy,
  straight: /(?<=[\p{L}\p{M}])’(?=\p{L})/uy,
};

export interface ApostropheOptions {
  /** Per language; French defaults to curly, every other language to none. */
  styles?: Readonly<Record<string, ApostropheStyle>>;
}

export function createApostropheRule(options: ApostropheOptions = {}): DocumentRule {
  const styles: Readonly<Record<string, ApostropheStyle>> = { fr: 'curly', ...options.styles };
  return {
    id: ID,
    scope: 'document',
    defaultSeverity: 'hint',
    description: {
      en: 'Apostrophes follow the house style: curly (’) in French by default; English only when the house sets one.',
      fr: 'Les apostrophes suivent le style maison\u00A0: courbe (’) en français par défaut\u202F; en anglais seulement si la maison en fixe un.',
    },
    examples: [{ lang: 'fr', bad: "l'Alliance des États du Sahel", good: 'l’Alliance des États du Sahel' }],
    check(ctx: DocumentContext): RawFinding[] {
      const { article, locale } = ctx;
      const style = styles[article.language];
      if (!style) return [];
      const wrong = style === 'curly' ? "'" : '’';
      const right = style === 'curly' ? '’' : "'";
      const between = style === 'curly' ? BETWEEN_LETTERS.curly : BETWEEN_LETTERS.straight;
      const out: RawFinding[] = [];
      for (const p of proseParagraphs(article)) {
        // Most paragraphs have no apostrophe of the wrong kind: find them by
        // indexOf and run the Unicode lookarounds only there.
        for (let k = p.text.indexOf(wrong); k >= 0; k = p.text.indexOf(wrong, k + 1)) {
          between.lastIndex = k;
          if (!between.test(p.text)) continue;
          const start = p.start + k;
          out.push(
            proseFinding(article, {
              rule: ID,
              start,
              end: start + 1,
              message: say(locale, {
                en: style === 'curly' ? 'House style uses the curly apostrophe (’).' : "House style uses the straight apostrophe (').",
                fr: style === 'curly' ? 'Le style maison emploie l’apostrophe courbe (’).' : "Le style maison emploie l’apostrophe droite (').",
              }),
              fixTitle: say(locale, { en: `Use ${right}`, fr: `Mettre ${right}` }),
              edits: [{ start, end: start + 1, newText: right }],
            }),
          );
        }
      }
      return out;
    },
  };
}

export const apostrophe: DocumentRule = createApostropheRule();
