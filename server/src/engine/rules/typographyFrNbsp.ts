import { say } from '../messages';
import { frenchWord } from '../spelling/frenchWords';
import { isMasked, NBSP, NNBSP, proseFinding, proseParagraphs, quoted } from '../style/proseText';
import type { Article, Locale, RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// French typography puts a non-breaking space before ":" and "»", after "«",
// and a narrow one before ";", "!", "?" and the "%" of a figure ("3,5 %"), so
// the sign never starts a line.
// Newsrooms differ on which of the two they type, so either is accepted
// wherever one is expected; only an ordinary space or no space is flagged.
// Times, ratios and URLs ("14:30", "3:1", "http://") have no space by design.

const ID = 'typography.fr-nbsp';

/** The signs that take a space before (":", ";", "!", "?", "»", "%") or after ("«"). */
const SIGNS = /[:;!?»«%]/g;
const NO_BREAK = new Set([NBSP, NNBSP]);

/** What may follow the sign for it to be sentence punctuation (":)" and ";)" are smileys). */
const AFTER_PUNCTUATION = /^(?:$|[\s»”’"'.,…!?])/u;
const AFTER_QUESTION = /^(?:$|[\s»”’"')\].,…!?])/u;
/** What may stand right before a sign typed without its space. */
const WORD_END = /[\p{L}\p{N}\p{M})\]”’"%°….»]/u;

function expectedBefore(sign: string): string {
  return sign === ':' || sign === '»' ? NBSP : NNBSP;
}

interface Habit {
  quotes?: string;
  colon?: string;
  /** Before ";", "!", "?" and "%". */
  narrow?: string;
  /** Anywhere: an article that never types a narrow one types the other throughout. */
  any?: string;
}

/** Which no-break space the article itself types inside « », before ":" and before the others (its own habit), by count. */
const habits = new WeakMap<Article, Habit>();

function habitOf(article: Article): Habit {
  let h = habits.get(article);
  if (!h) {
    const count = (re: RegExp): number => article.text.match(re)?.length ?? 0;
    const pick = (nbsp: number, nnbsp: number): string | undefined => (nbsp > nnbsp ? NBSP : nnbsp > nbsp ? NNBSP : undefined);
    const narrow = count(/\u202F/gu);
    h = {
      quotes: pick(count(/«\u00A0|\u00A0»/gu), count(/«\u202F|\u202F»/gu)),
      colon: pick(count(/\u00A0:/gu), count(/\u202F:/gu)),
      narrow: pick(count(/\u00A0[;!?%]/gu), count(/\u202F[;!?%]/gu)),
      any: narrow === 0 && count(/\u00A0/gu) > 0 ? NBSP : undefined,
    };
    habits.set(article, h);
  }
  return h;
}

/**
 * The space a fix inserts: either is right, so the one the article already
 * types there (a story that writes « » with narrow spaces gets a narrow one;
 * one that types only the other, as many newsrooms do, gets that before "!"
 * too), else the usual one.
 */
function spaceFor(article: Article, sign: string): string {
  const h = habitOf(article);
  if (sign === '«' || sign === '»') return h.quotes ?? NBSP;
  if (sign === ':') return h.colon ?? NBSP;
  return h.narrow ?? h.any ?? expectedBefore(sign);
}

function spaceName(locale: Locale, space: string): string {
  if (locale === 'fr') return space === NNBSP ? 'une espace fine insécable' : 'une espace insécable';
  return space === NNBSP ? 'a narrow no-break space' : 'a no-break space';
}

export const frNbsp: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'In French, a no-break space goes before ":", ";", "!", "?", "»", the "%" of a figure, and after "«".',
    fr: 'En français, une espace insécable précède les deux-points et le guillemet fermant, suit le guillemet ouvrant\u00A0; une espace fine insécable précède le point-virgule, les points d’exclamation et d’interrogation et le signe % d’un nombre.',
  },
  examples: [
    { lang: 'fr', bad: 'Objectif : consolider la coopération', good: 'Objectif\u00A0: consolider la coopération, à 14:30' },
    { lang: 'fr', bad: 'un « scellement du destin »', good: 'un «\u00A0scellement du destin\u00A0»' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, locale } = ctx;
    if (article.language !== 'fr') return [];
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(article)) {
      // The regex engine finds the few signs far faster than a loop over every character.
      SIGNS.lastIndex = 0;
      for (let m = SIGNS.exec(p.text); m; m = SIGNS.exec(p.text)) {
        const k = m.index;
        if (m[0] !== '«') {
          const f = checkBefore(article, locale, p.start, p.start + p.text.length, p.start + k);
          if (f) out.push(f);
        } else {
          const f = checkAfterOpening(article, locale, p.start + p.text.length, p.start + k);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};

function checkBefore(article: Article, locale: Locale, pStart: number, pEnd: number, at: number): RawFinding | undefined {
  const prose = article.prose;
  const sign = prose[at] ?? '';
  const prev = prose[at - 1];
  // Only the first sign of "?!" or "!!!" takes the space.
  if ((sign === '!' || sign === '?') && (prev === '!' || prev === '?')) return undefined;
  if (sign !== '»' && sign !== '%') {
    if (!(sign === '!' || sign === '?' ? AFTER_QUESTION : AFTER_PUNCTUATION).test(prose.slice(at + 1, Math.min(at + 2, pEnd)))) return undefined; // "14:30", "a:b", ":)"
    if (isMasked(article, at + 1)) return undefined;
  }
  if (sign === ':' && prose.startsWith('//', at + 1)) return undefined;
  if (sign === ';' && /&#?[A-Za-z0-9]+$/.test(prose.slice(Math.max(pStart, at - 12), at))) return undefined; // an HTML entity
  const expected = spaceFor(article, sign);

  // An ordinary space (or several) typed before the sign.
  let j = at;
  while (j > pStart && prose[j - 1] === ' ' && !isMasked(article, j - 1)) j--;
  const before = prose[j - 1];
  if (j === pStart || before === undefined || before === '\n' || before === '\r') return undefined; // start of a line: a list, not a sentence
  // "%" takes the space after a figure only ("3,5 %"), not in "%d" or a URL's "%20".
  if (sign === '%' && (!/\d/u.test(before) || isMasked(article, at))) return undefined;
  if (j < at) {
    if (isMasked(article, j - 1) && before === ' ') return undefined;
    const keep = NO_BREAK.has(before);
    return proseFinding(article, {
      rule: ID,
      start: j,
      end: at + 1,
      message: say(locale, {
        en: `French typography wants ${spaceName('en', expected)} before ${quoted('en', sign)}, not an ordinary space (it may break the line).`,
        fr: `Il faut ${spaceName('fr', expected)} avant ${quoted('fr', sign)}, pas une espace ordinaire (la ligne peut se couper là).`,
      }),
      fixTitle: say(locale, { en: `Use ${spaceName('en', expected)}`, fr: `Mettre ${spaceName('fr', expected)}` }),
      edits: [{ start: j, end: at, newText: keep ? '' : expected }],
    });
  }
  if (NO_BREAK.has(before) || /\s/u.test(before)) return undefined;
  if (isMasked(article, at - 1)) return undefined;
  // An English title or quote keeps its own punctuation: « (What’s the Story) Morning Glory? ».
  if (sign !== '»' && sign !== '%' && inEnglishQuote(prose, pStart, pEnd, at)) return undefined;
  // Spanish opens its own: « ¡Hala Madrid! », « ¿Quién sabe? » keep Spanish punctuation.
  if ((sign === '!' || sign === '?') && spanishOpened(prose, pStart, at, sign === '!' ? '¡' : '¿')) return undefined;
  // A foreign title named in the sentence keeps its own punctuation: « entonnait Rule, Britannia! et… ».
  if ((sign === '!' || sign === '?') && foreignTitleEnds(prose, pStart, at)) return undefined;
  if (sign === '»' ? before === '«' : !WORD_END.test(before)) return undefined;
  return proseFinding(article, {
    rule: ID,
    start: at,
    end: at + 1,
    message: say(locale, {
      en: `French typography wants ${spaceName('en', expected)} before ${quoted('en', sign)}.`,
      fr: `Il manque ${spaceName('fr', expected)} avant ${quoted('fr', sign)}.`,
    }),
    fixTitle: say(locale, { en: `Insert ${spaceName('en', expected)}`, fr: `Insérer ${spaceName('fr', expected)}` }),
    edits: [{ start: at, end: at, newText: expected }],
  });
}

/**
 * Whether the sign ends a foreign title the sentence names and goes on after ("Rule, Britannia!", "Help!"): it
 * follows a capitalised word no French word list holds, and the sentence goes on in small letters after it.
 */
function foreignTitleEnds(prose: string, pStart: number, at: number): boolean {
  const word = /\p{Lu}[\p{Ll}\p{M}]+$/u.exec(prose.slice(Math.max(pStart, at - 30), at))?.[0];
  if (word === undefined || frenchWord(word.toLowerCase()) !== undefined) return false;
  return /^[ \u00A0]+\p{Ll}+(?![\p{L}\p{M}]*-t-)/u.test(prose.slice(at + 1, at + 24)) && /[\p{Ll}\p{M}][ \u00A0]+(?:\p{Lu}[\p{L}\p{M}]*,?[ \u00A0]+)*$/u.test(prose.slice(Math.max(pStart, at - 60), at - word.length));
}

/** Whether the sign closes a Spanish exclamation or question: its inverted sign opens it, in the same sentence. */
function spanishOpened(prose: string, pStart: number, at: number, opener: string): boolean {
  const open = prose.lastIndexOf(opener, at);
  return open >= pStart && !/[.!?]/u.test(prose.slice(open + 1, at));
}

/** Words English writes and French does not: a quote that has one is English. */
const ENGLISH_WORDS = /(?<![\p{L}’'])(?:the|what|what’s|what's|you|your|my|is|are|and|of|with|it’s|it's|don’t|don't|i’m|i'm)(?![\p{L}’'])/iu;

/** Whether `at` is inside « … » whose words are English. */
function inEnglishQuote(prose: string, pStart: number, pEnd: number, at: number): boolean {
  const open = prose.lastIndexOf('«', at);
  if (open < pStart || prose.lastIndexOf('»', at) > open) return false;
  const close = prose.indexOf('»', at);
  if (close < 0 || close > pEnd) return false;
  return ENGLISH_WORDS.test(prose.slice(open + 1, close));
}

function checkAfterOpening(article: Article, locale: Locale, pEnd: number, at: number): RawFinding | undefined {
  const prose = article.prose;
  const space = spaceFor(article, '«');
  let j = at + 1;
  while (j < pEnd && prose[j] === ' ' && !isMasked(article, j)) j++;
  const after = prose[j];
  if (j >= pEnd || after === undefined || after === '\n' || after === '\r') return undefined;
  if (j > at + 1) {
    if (isMasked(article, j) && after === ' ') return undefined;
    const keep = NO_BREAK.has(after);
    return proseFinding(article, {
      rule: ID,
      start: at,
      end: j,
      message: say(locale, {
        en: `French typography wants ${spaceName('en', space)} after ${quoted('en', '«')}, not an ordinary space (it may break the line).`,
        fr: `Il faut ${spaceName('fr', space)} après ${quoted('fr', '«')}, pas une espace ordinaire (la ligne peut se couper là).`,
      }),
      fixTitle: say(locale, { en: `Use ${spaceName('en', space)}`, fr: `Mettre ${spaceName('fr', space)}` }),
      edits: [{ start: at + 1, end: j, newText: keep ? '' : space }],
    });
  }
  if (NO_BREAK.has(after) || /\s/u.test(after) || after === '»') return undefined;
  if (isMasked(article, at + 1)) return undefined;
  return proseFinding(article, {
    rule: ID,
    start: at,
    end: at + 1,
    message: say(locale, {
      en: `French typography wants ${spaceName('en', space)} after ${quoted('en', '«')}.`,
      fr: `Il manque ${spaceName('fr', space)} après ${quoted('fr', '«')}.`,
    }),
    fixTitle: say(locale, { en: `Insert ${spaceName('en', space)}`, fr: `Insérer ${spaceName('fr', space)}` }),
    edits: [{ start: at + 1, end: at + 1, newText: space }],
  });
}
