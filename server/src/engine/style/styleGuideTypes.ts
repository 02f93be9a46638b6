import type { Lang, Locale, Severity } from '../types';

// A style guide is data: a name and a list of rules, each of one kind. The
// YAML format (see styleGuide.ts and examples/sahel-summit/house-style.yaml)
// maps onto these types one to one; the built-in guides are written in them.

export type StyleRuleKind = 'substitution' | 'existence' | 'capitalization' | 'repetition' | 'consistency' | 'pattern';

export const STYLE_RULE_KINDS: readonly StyleRuleKind[] = ['substitution', 'existence', 'capitalization', 'repetition', 'consistency', 'pattern'];

/** A sentence in one language for every locale, or one per locale. */
export type LocalizedText = string | Readonly<Partial<Record<Locale, string>>>;

export interface StyleRuleSource {
  path: string;
  start: number;
  end: number;
}

interface StyleRuleCommon {
  /** The finding's rule id is `style.<id>`. */
  id: string;
  /** Languages the rule applies to; none means every language. */
  languages?: readonly Lang[];
  severity?: Severity;
  /** Overrides the default message; `{actual}` and `{expected}` are filled in. */
  message?: LocalizedText;
  /** A further sentence appended to the message ("Say “jihadist”."). */
  hint?: LocalizedText;
  link?: string;
  examples?: { bad?: string; good?: string };
  /**
   * "skip": words inside quotations are the speaker's, not the paper's (usage
   * rules). "check" (the default): they are checked, except a word quoted on
   * its own, which is mentioned, not used (the op-ed on “irregardless”).
   */
  quotations?: 'check' | 'skip';
  /** Where the rule is written, for errors and "go to definition". */
  source?: StyleRuleSource;
}

export interface Swap {
  from: string;
  to: string;
}

/** Wrong → right, with a fix. */
export interface SubstitutionStyleRule extends StyleRuleCommon {
  kind: 'substitution';
  swap: readonly Swap[];
  /** Default true. */
  ignoreCase?: boolean;
  /** `from` is a regular expression and `to` may use $1…; default false. */
  regex?: boolean;
}

/** Words to avoid, without an automatic fix. */
export interface ExistenceStyleRule extends StyleRuleCommon {
  kind: 'existence';
  tokens: readonly string[];
  ignoreCase?: boolean;
  regex?: boolean;
}

/** Variants that are all accepted, but only one per article. */
export interface ConsistencyStyleRule extends StyleRuleCommon {
  kind: 'consistency';
  either: readonly string[];
  ignoreCase?: boolean;
}

/** The same word twice in a row ("the the"). */
export interface RepetitionStyleRule extends StyleRuleCommon {
  kind: 'repetition';
  /** Words that may be doubled ("that that", "nous nous"). */
  exceptions?: readonly string[];
}

export type CapitalizationMatch = 'headline' | 'sentence';
export type CapitalizationScope = 'headline' | 'headings' | 'all';

/** Headline or sentence case for headings, and fixed capitals for terms. */
export interface CapitalizationStyleRule extends StyleRuleCommon {
  kind: 'capitalization';
  match?: CapitalizationMatch;
  /** Where `match` applies; default "headline". Terms apply everywhere. */
  scope?: CapitalizationScope;
  terms?: readonly string[];
}

/** A regular expression, with an optional replacement ($1…). */
export interface PatternStyleRule extends StyleRuleCommon {
  kind: 'pattern';
  pattern: string;
  replacement?: string;
  /** Default false: a pattern says exactly what it means. */
  ignoreCase?: boolean;
}

export type StyleRule =
  | SubstitutionStyleRule
  | ExistenceStyleRule
  | ConsistencyStyleRule
  | RepetitionStyleRule
  | CapitalizationStyleRule
  | PatternStyleRule;

export interface StyleGuide {
  name: string;
  rules: readonly StyleRule[];
}
