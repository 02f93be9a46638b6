import { quotedAt } from './quotations';
import type { DocumentContext, DocumentRule } from '../rules/rule';
import type { Article, Locale, RawFinding, Severity } from '../types';
import { isProse, matchCase, proseFinding, proseParagraphs, type ProseParagraph } from './proseText';
import { regexRisk, stepPastEmptyMatch } from './regexSafety';
import { expandReplacement } from './replacementTemplate';
import type {
  CapitalizationStyleRule,
  ConsistencyStyleRule,
  ExistenceStyleRule,
  LocalizedText,
  PatternStyleRule,
  RepetitionStyleRule,
  StyleGuide,
  StyleRule,
  StyleRuleKind,
  StyleRuleSource,
  SubstitutionStyleRule,
} from './styleGuideTypes';
import { compileTerms, type TermMatch, type TermMatcher } from './termMatcher';
import { startsSentence } from '../sentenceStart';
import { doubledWords } from './doubledWords';

// Each rule of a style guide becomes one DocumentRule with the id
// "style.<id>". Rules that cannot compile (a bad pattern in hand-written
// data) check nothing: the loader has already reported them with positions.

export interface StyleDocumentRule extends DocumentRule {
  /** Documentation link from the guide, for the diagnostic's codeDescription. */
  link?: string;
  source?: StyleRuleSource;
}

const DEFAULT_SEVERITY: Readonly<Record<StyleRuleKind, Severity>> = {
  substitution: 'warning',
  existence: 'warning',
  consistency: 'warning',
  repetition: 'warning',
  capitalization: 'info',
  pattern: 'warning',
};

type Messages = Readonly<Record<Locale, string>>;

const DEFAULT_MESSAGES: Readonly<Record<string, Messages>> = {
  substitution: { en: 'Use “{expected}” rather than “{actual}”.', fr: 'Écrire «\u00A0{expected}\u00A0» plutôt que «\u00A0{actual}\u00A0».' },
  existence: { en: 'Avoid “{actual}”.', fr: 'Éviter «\u00A0{actual}\u00A0».' },
  patternCheck: { en: 'Check “{actual}” against the house style.', fr: 'Vérifier «\u00A0{actual}\u00A0» selon le style maison.' },
  consistency: {
    en: 'This article also writes “{expected}”: keep to one spelling, “{expected}”.',
    fr: 'L’article écrit aussi «\u00A0{expected}\u00A0»\u00A0: s’en tenir à une seule graphie, «\u00A0{expected}\u00A0».',
  },
  repetition: { en: 'The word “{actual}” is repeated.', fr: 'Le mot «\u00A0{actual}\u00A0» est répété.' },
  term: { en: 'Write “{expected}”, with these capitals.', fr: 'Écrire «\u00A0{expected}\u00A0», avec ces majuscules.' },
  titleCase: {
    en: 'In a headline, capitalise “{actual}”: “{expected}”.',
    fr: 'Dans un titre, mettre une majuscule à «\u00A0{actual}\u00A0»\u00A0: «\u00A0{expected}\u00A0».',
  },
  sentenceCase: {
    en: 'This headline is in title case; house style capitalises only its first word and names.',
    fr: 'Ce titre met des majuscules à chaque mot\u00A0; le style maison n’en met qu’au premier mot et aux noms propres.',
  },
};

const FIX_TITLES: Messages = { en: 'Replace with “{expected}”', fr: 'Remplacer par «\u00A0{expected}\u00A0»' };

function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? text.fr;
}

function fill(template: string, actual: string, expected: string): string {
  return template.replace(/\{actual\}/g, actual).replace(/\{expected\}/g, expected);
}

function messageFor(rule: StyleRule, fallback: Messages, locale: Locale, actual: string, expected: string): string {
  const base = fill(localize(rule.message, locale) ?? fallback[locale], actual, expected);
  const hint = localize(rule.hint, locale);
  return hint ? `${base} ${hint}` : base;
}

/**
 * A message without what a finding fills in: "“Pallier” takes a direct
 * object: write “{expected}”, not “{actual}”." describes the rule as
 * "“Pallier” takes a direct object."
 */
function generic(message: string | undefined): string | undefined {
  if (message === undefined || !/\{(?:actual|expected)\}/.test(message)) return message;
  const head = message.slice(0, message.search(/\{(?:actual|expected)\}/));
  const cut = Math.max(head.lastIndexOf(':'), head.lastIndexOf('—'));
  if (cut <= 0) return undefined;
  return `${head.slice(0, cut).replace(/[\s\u00A0\u202F]+$/u, '')}.`;
}

function describe(guideName: string, rule: StyleRule): Messages {
  const hint = (locale: Locale): string => {
    const h = localize(rule.hint, locale) ?? generic(localize(rule.message, locale));
    return h ? ` ${h.trim()}` : '';
  };
  // Said, so an editor who finds it silent inside quotation marks knows why.
  const quoted = rule.quotations === 'skip';
  return {
    en: `${guideName}: ${rule.kind} rule “${rule.id}”.${hint('en')}${quoted ? ' Words inside quotation marks are left alone: a speaker’s words are quoted as said.' : ''}`,
    fr: `${guideName}\u00A0: règle «\u00A0${rule.id}\u00A0» (${rule.kind}).${hint('fr')}${quoted ? ' Les mots entre guillemets ne sont pas relevés\u00A0: une citation rapporte les paroles telles quelles.' : ''}`,
  };
}

export function compileStyleGuide(guide: StyleGuide): StyleDocumentRule[] {
  return guide.rules.map((rule) => compileStyleRule(guide.name, rule));
}

export function compileStyleRule(guideName: string, rule: StyleRule): StyleDocumentRule {
  const id = `style.${rule.id}`;
  const check = checkerFor(rule, id);
  const languages = rule.languages;
  const compiled: StyleDocumentRule = {
    id,
    scope: 'document',
    defaultSeverity: rule.severity ?? DEFAULT_SEVERITY[rule.kind],
    description: describe(guideName, rule),
    examples: rule.examples ? [{ lang: languages?.[0] ?? 'en', ...rule.examples }] : [],
    check(ctx: DocumentContext): RawFinding[] {
      if (languages && languages.length > 0 && !languages.includes(ctx.article.language)) return [];
      const found = check(ctx);
      if (found.length === 0 || !WORDING.has(rule.kind)) return found;
      return found.filter((f) => {
        const q = quotedAt(ctx.article, f.start, f.end);
        return !q.whole && !(q.inside && rule.quotations === 'skip');
      });
    },
  };
  if (rule.link !== undefined) compiled.link = rule.link;
  if (rule.source !== undefined) compiled.source = rule.source;
  return compiled;
}

type Checker = (ctx: DocumentContext) => RawFinding[];

/** Rules about the words written, which quotations may hold as someone else's or as a word mentioned. */
const WORDING: ReadonlySet<StyleRule['kind']> = new Set(['substitution', 'existence', 'pattern']);

function checkerFor(rule: StyleRule, id: string): Checker {
  switch (rule.kind) {
    case 'substitution':
      return substitutionChecker(rule, id);
    case 'existence':
      return existenceChecker(rule, id);
    case 'consistency':
      return consistencyChecker(rule, id);
    case 'repetition':
      return repetitionChecker(rule, id);
    case 'capitalization':
      return capitalizationChecker(rule, id);
    case 'pattern':
      return patternChecker(rule, id);
  }
}

/** Matches of a matcher in every paragraph, as article offsets, prose only. */
function termsInArticle(article: Article, matcher: TermMatcher, paragraphs?: ProseParagraph[]): TermMatch[] {
  const out: TermMatch[] = [];
  if (!matcher.mayOccurIn(article.prose)) return out;
  for (const p of paragraphs ?? proseParagraphs(article)) {
    for (const m of matcher.find(p.text)) {
      const start = p.start + m.start;
      const end = p.start + m.end;
      if (isProse(article, start, end)) out.push({ ...m, start, end });
    }
  }
  return out;
}

function replaceFinding(ctx: DocumentContext, rule: StyleRule, id: string, start: number, end: number, actual: string, expected: string, fallback: Messages): RawFinding {
  return proseFinding(ctx.article, {
    rule: id,
    start,
    end,
    message: messageFor(rule, fallback, ctx.locale, actual, expected),
    fixTitle: fill(FIX_TITLES[ctx.locale], actual, expected),
    edits: [{ start, end, newText: expected }],
  });
}

function substitutionChecker(rule: SubstitutionStyleRule, id: string): Checker {
  const { matcher } = compileTerms(rule.swap, { ignoreCase: rule.ignoreCase ?? true, regex: rule.regex ?? false });
  return (ctx) =>
    termsInArticle(ctx.article, matcher)
      .filter((m) => m.replacement !== undefined)
      .map((m) => replaceFinding(ctx, rule, id, m.start, m.end, m.text, m.replacement ?? '', DEFAULT_MESSAGES['substitution'] as Messages));
}

function existenceChecker(rule: ExistenceStyleRule, id: string): Checker {
  const { matcher } = compileTerms(
    rule.tokens.map((from) => ({ from })),
    { ignoreCase: rule.ignoreCase ?? true, regex: rule.regex ?? false },
  );
  return (ctx) =>
    termsInArticle(ctx.article, matcher).map((m) =>
      proseFinding(ctx.article, {
        rule: id,
        start: m.start,
        end: m.end,
        message: messageFor(rule, DEFAULT_MESSAGES['existence'] as Messages, ctx.locale, m.text, ''),
      }),
    );
}

function consistencyChecker(rule: ConsistencyStyleRule, id: string): Checker {
  const variants = rule.either.map((from) => ({ from, to: from }));
  const { matcher } = compileTerms(variants, { ignoreCase: rule.ignoreCase ?? true, regex: false });
  return (ctx) => {
    const matches = termsInArticle(ctx.article, matcher);
    const counts = new Map<string, { count: number; first: TermMatch }>();
    for (const m of matches) {
      const c = counts.get(m.term.from);
      if (c) c.count++;
      else counts.set(m.term.from, { count: 1, first: m });
    }
    if (counts.size < 2) return [];
    // The spelling used most wins; on a tie, the one used first.
    const winner = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first.start - b[1].first.start)[0];
    if (!winner) return [];
    const [expected, { first }] = winner;
    return matches
      .filter((m) => m.term.from !== expected)
      .map((m) => {
        const fixed = matchCase(m.text, expected);
        const f = replaceFinding(ctx, rule, id, m.start, m.end, m.text, fixed, DEFAULT_MESSAGES['consistency'] as Messages);
        f.related.push({
          path: ctx.article.path,
          start: first.start,
          end: first.end,
          message: ctx.locale === 'fr' ? `Graphie retenue\u00A0: «\u00A0${expected}\u00A0»` : `Spelling kept: “${expected}”`,
        });
        return f;
      });
  };
}

/** Doubled words that are good grammar or idiom. */
const DOUBLE_OK = new Set(
  [
    'that', 'had', 'do', 'bye', 'ha', 'no', 'so', 'very', 'really', 'knock', 'tut', 'chop', 'yada', 'blah', 'hmm', 'now', 'there',
    'well', 'far', 'bang', 'boo', 'go', 'tsk', 'pom', 'nous', 'vous', 'si', 'très', 'hé', 'oh', 'bon', 'non', 'toc', 'tam', 'bla', 'plus',
    'fort', 'vite', 'tout', 'ah', 'eh', 'oui',
  ],
);

/** Words after which "is is" is spoken grammar ("what it is is", "the thing is is"). */
const IS_IS_AFTER = new Set(['it', 'this', 'that', 'what', 'which', 'thing', 'problem', 'question', 'point', 'issue', 'truth', 'fact', 'reason', 'matter']);

/** Particles of English phrasal verbs, which a preposition of the same spelling may follow ("sworn in in March"). */
const PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'over', 'down', 'back', 'by']);
const PHRASAL = new Set(
  'sworn swore swear swears swearing moved move moves moving logged log logs logging checked check checks checking came come comes coming went go goes going stepped step steps stepping filled fill fills filling broke break breaks broken breaking set sets setting sat sit sits sitting stood stand stands standing turned turn turns turning handed hand hands handing brought bring brings bringing called call calls calling put puts putting passed pass passes passing gave give gives given giving took take takes taken taking kicked kick kicks kicking locked lock locks locking caved cave caves reined rein reins phased phase phases weighed weigh weighs cashed cash cashes carried carry carries held hold holds holding hung hang hangs got get gets gotten getting signed sign signs signing built build builds shut shuts shutting stepped handed voted vote votes voting pulled pull pulls pulling backed back backs backing stayed stay stays staying ran run runs running cut cuts cutting'.split(' '),
);

/** Verbs that take "for" (past forms in "-ed" and "-ing" forms are read as such): "what they had asked for for years". */
const FOR_VERBS = new Set('wait waits ask asks call calls look looks pay pays paid hope hopes fight fights fought vote votes search pray long apply care stand stood push press lobby account opt plead strive strove yearn compete prepare work'.split(' '));

/** Verbs whose "in" is a place, not a particle: "held in in French collections" is a slip. */
const NEVER_IN_AS_PARTICLE = new Set('held hold holds holding built build builds'.split(' '));

function repetitionChecker(rule: RepetitionStyleRule, id: string): Checker {
  const exceptions = new Set([...DOUBLE_OK, ...(rule.exceptions ?? []).map((w) => w.toLowerCase())]);
  return (ctx) => {
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(ctx.article)) {
      for (const m of doubledWords(p.text)) {
        const first = m[1] ?? '';
        const second = m[3] ?? '';
        if (exceptions.has(first.toLowerCase())) continue;
        // « C’est en en parlant »: the pronoun « en », then the gerund's; « en en Chine » is a slip.
        if (first.toLowerCase() === 'en' && /^\s+\p{L}+ant(?![\p{L}])/u.test(p.text.slice((m.index ?? 0) + m[0].length))) continue;
        // "What it is is", "the problem is is that": after a clause that is a subject, not after a noun ("Nutrition is is").
        if (first.toLowerCase() === 'is' && IS_IS_AFTER.has((/(\p{L}+)\s+$/u.exec(p.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))?.[1] ?? '').toLowerCase())) continue;
        // "Bora Bora", "Walla Walla": a doubled name is a name.
        if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
        const start = p.start + (m.index ?? 0);
        // "Theresa May may", "Will will": a name, then the same word in lower case.
        if (/^\p{Lu}/u.test(first) && !/^\p{Lu}/u.test(second) && !startsSentence(ctx.article.prose, start)) continue;
        // "sworn in in March", "logged on on Monday": a verb's particle, then a preposition.
        const verb = (/(\p{L}+)\s+$/u.exec(p.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))?.[1] ?? '').toLowerCase();
        if (PARTICLES.has(first.toLowerCase()) && PHRASAL.has(verb) && !(first.toLowerCase() === 'in' && NEVER_IN_AS_PARTICLE.has(verb))) continue;
        // "the night we have been waiting for for 30 years": a verb's "for", then a span of time's.
        if (first.toLowerCase() === 'for' && (/(?:ing|ed)$/u.test(verb) || FOR_VERBS.has(verb))) continue;
        // « le premier Premier ministre », "the first First Lady": a word, then a title or a name that starts with it.
        if (!/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
        const end = start + m[0].length;
        if (!isProse(ctx.article, start, end)) continue;
        const firstEnd = start + first.length;
        out.push(
          proseFinding(ctx.article, {
            rule: id,
            start,
            end,
            message: messageFor(rule, DEFAULT_MESSAGES['repetition'] as Messages, ctx.locale, second, first),
            fixTitle: ctx.locale === 'fr' ? `Supprimer le second «\u00A0${second}\u00A0»` : `Delete the second “${second}”`,
            edits: [{ start: firstEnd, end, newText: '' }],
          }),
        );
      }
    }
    return out;
  };
}

/** Short words a headline in title case leaves in lower case (AP: articles, conjunctions, prepositions of three letters or fewer). */
const MINOR_WORDS = new Set('a an the and but or nor for so yet as at by in of off on per to up via vs out'.split(' '));

const HEADLINE_WORD = /(?<![\p{L}\p{M}'’-])\p{L}[\p{L}\p{M}'’]*/gu;

function scopeParagraphs(article: Article, scope: CapitalizationStyleRule['scope']): ProseParagraph[] {
  const all = proseParagraphs(article);
  switch (scope ?? 'headline') {
    case 'headline':
      return all.filter((p) => p.paragraph.kind === 'headline');
    case 'headings':
      return all.filter((p) => p.paragraph.kind === 'headline' || p.paragraph.kind === 'heading');
    case 'all':
      return all;
  }
}

function capitalizationChecker(rule: CapitalizationStyleRule, id: string): Checker {
  const terms = rule.terms ?? [];
  const { matcher } = compileTerms(
    terms.map((t) => ({ from: t, to: t })),
    { ignoreCase: true, regex: false },
  );
  return (ctx) => {
    const out: RawFinding[] = [];
    const all = proseParagraphs(ctx.article);
    // Terms everywhere, except in text set in capitals.
    const mixedCase = all.filter((p) => /\p{Ll}/u.test(p.text));
    for (const m of termsInArticle(ctx.article, matcher, mixedCase)) {
      const expected = m.term.to ?? m.term.from;
      // Capitals for emphasis ("INTERNET") are a choice, not a misspelling.
      if (m.text === expected || (m.text.length > 1 && m.text === m.text.toUpperCase())) continue;
      out.push(replaceFinding(ctx, rule, id, m.start, m.end, m.text, expected, DEFAULT_MESSAGES['term'] as Messages));
    }
    if (rule.match === 'headline') {
      for (const p of scopeParagraphs(ctx.article, rule.scope)) out.push(...titleCase(ctx, rule, id, p));
    } else if (rule.match === 'sentence') {
      for (const p of scopeParagraphs(ctx.article, rule.scope)) out.push(...sentenceCase(ctx, rule, id, p));
    }
    return out;
  };
}

interface HeadlineWord {
  text: string;
  start: number;
  /** First word, or first after a colon or dash: capitalised in either case style. */
  opensClause: boolean;
  last: boolean;
}

function headlineWords(p: ProseParagraph): HeadlineWord[] {
  const words: HeadlineWord[] = [];
  let opens = true;
  let at = 0;
  for (const m of p.text.matchAll(HEADLINE_WORD)) {
    const k = m.index ?? 0;
    if (/[:—–?!]/.test(p.text.slice(at, k))) opens = true;
    words.push({ text: m[0], start: p.start + k, opensClause: opens, last: false });
    opens = false;
    at = k + m[0].length;
  }
  const last = words[words.length - 1];
  if (last) last.last = true;
  return words;
}

function titleCase(ctx: DocumentContext, rule: StyleRule, id: string, p: ProseParagraph): RawFinding[] {
  const out: RawFinding[] = [];
  for (const w of headlineWords(p)) {
    if (!/^\p{Ll}/u.test(w.text) || /\p{Lu}/u.test(w.text)) continue; // "iPhone", "eBay" keep their own capitals
    if (!w.opensClause && !w.last && MINOR_WORDS.has(w.text.toLowerCase())) continue;
    if (!isProse(ctx.article, w.start, w.start + w.text.length)) continue;
    // By code point, so a letter outside the BMP is not cut in half; some
    // lower-case letters ("ɶ") have no capital, and nothing can be asked of them.
    const first = String.fromCodePoint(w.text.codePointAt(0) ?? 0);
    const expected = first.toUpperCase() + w.text.slice(first.length);
    if (expected === w.text) continue;
    out.push(replaceFinding(ctx, rule, id, w.start, w.start + w.text.length, w.text, expected, DEFAULT_MESSAGES['titleCase'] as Messages));
  }
  return out;
}

function sentenceCase(ctx: DocumentContext, rule: StyleRule, id: string, p: ProseParagraph): RawFinding[] {
  // Names cannot be told from other words, so no fix is offered, and the
  // headline is flagged only when every long word is capitalised.
  const candidates = headlineWords(p).filter((w) => !w.opensClause && w.text.length >= 4 && !/^\p{Lu}+$/u.test(w.text));
  if (candidates.length < 3 || !candidates.every((w) => /^\p{Lu}/u.test(w.text))) return [];
  return [
    proseFinding(ctx.article, {
      rule: id,
      start: p.start,
      end: p.start + p.text.length,
      message: messageFor(rule, DEFAULT_MESSAGES['sentenceCase'] as Messages, ctx.locale, p.text.trim(), ''),
    }),
  ];
}

function patternChecker(rule: PatternStyleRule, id: string): Checker {
  if (regexRisk(rule.pattern)) return () => [];
  let re: RegExp;
  try {
    re = new RegExp(rule.pattern, `gu${rule.ignoreCase ? 'i' : ''}`);
  } catch {
    return () => [];
  }
  return (ctx) => {
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(ctx.article)) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        if (m[0].length === 0) {
          stepPastEmptyMatch(re, p.text);
          continue;
        }
        const start = p.start + m.index;
        const end = start + m[0].length;
        if (!isProse(ctx.article, start, end)) continue;
        if (rule.replacement === undefined) {
          out.push(
            proseFinding(ctx.article, {
              rule: id,
              start,
              end,
              message: messageFor(rule, DEFAULT_MESSAGES['patternCheck'] as Messages, ctx.locale, m[0], ''),
            }),
          );
          continue;
        }
        let expected = expandReplacement(rule.replacement, m[0], m.slice(1), m.groups);
        if (rule.ignoreCase) expected = matchCase(m[0], expected);
        if (expected === m[0]) continue;
        out.push(replaceFinding(ctx, rule, id, start, end, m[0], expected, DEFAULT_MESSAGES['substitution'] as Messages));
      }
    }
    return out;
  };
}
