import { asString, configProblem, isMap, isScalar, isSeq, mapEntries, parseYamlSource, seqItems, spanOf, type YNode } from '../config/yamlSource';
import type { Finding, Severity } from '../types';
import { regexRisk, type RegexRisk } from './regexSafety';
import {
  STYLE_RULE_KINDS,
  type CapitalizationMatch,
  type CapitalizationScope,
  type LocalizedText,
  type StyleGuide,
  type StyleRule,
  type StyleRuleKind,
  type Swap,
} from './styleGuideTypes';

export { compileStyleGuide, compileStyleRule, type StyleDocumentRule } from './styleRules';
export type * from './styleGuideTypes';

/*
 * A house style guide in YAML. Every mistake is reported where it is written
 * (rule "config.invalid", severity error) and the rest of the guide still
 * applies.
 *
 *   name: House style                  # optional; shown in rule descriptions
 *   rules:
 *     - id: percent                    # finding rule id: "style.percent"
 *       kind: substitution             # substitution | existence | consistency | repetition | capitalization | pattern
 *       languages: [en]                # optional: only articles in these languages
 *       severity: warning              # optional: error | warning | info | hint | off
 *       message: 'Use "{expected}", not "{actual}".'   # optional; or { en: …, fr: … }
 *       hint: 'Our style book, p. 12.' # optional further sentence; or { en: …, fr: … }
 *       link: https://…                # optional documentation link
 *       examples: { bad: "…", good: "…" }
 *       quotations: check              # optional: "skip" leaves words inside quotations to the speaker
 *       swap: { percent: per cent, e-mail: email }     # substitution: wrong → right
 *       ignoreCase: true               # substitution, existence, consistency (default true); pattern (default false)
 *       regex: false                   # substitution, existence: terms are regular expressions
 *     - { id: jihadi, kind: existence, tokens: [jihadi, jihadis], hint: 'Say "jihadist".' }
 *     - { id: tiani, kind: consistency, either: [Tiani, Tchiani] }       # both accepted, one per article
 *     - { id: repeated-word, kind: repetition, exceptions: [that] }
 *     - { id: headlines, kind: capitalization, match: headline, scope: headline }   # match: headline | sentence; scope: headline | headings | all
 *     - { id: names, kind: capitalization, terms: [Cédéao, Internet] }  # fixed capitals, everywhere
 *     - { id: over, kind: pattern, pattern: '\bover (\d+)', replacement: 'more than $1' }
 *
 * Regular expressions are JavaScript ones with the `u` flag. A repeated group
 * that contains a quantifier or an alternation ("(a+)+", "(a|b)*") is refused:
 * it can take exponential time on some text and freeze the editor.
 */

const COMMON_KEYS = ['id', 'kind', 'languages', 'severity', 'message', 'hint', 'link', 'examples', 'quotations'];
const KIND_KEYS: Readonly<Record<StyleRuleKind, readonly string[]>> = {
  substitution: ['swap', 'ignoreCase', 'regex'],
  existence: ['tokens', 'ignoreCase', 'regex'],
  consistency: ['either', 'ignoreCase'],
  repetition: ['exceptions'],
  capitalization: ['match', 'scope', 'terms'],
  pattern: ['pattern', 'replacement', 'ignoreCase'],
};
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export function loadStyleGuide(path: string, text: string): { guide: StyleGuide; problems: Finding[] } {
  const source = parseYamlSource(path, text);
  // The parser may place an error at the very end of the text (an unclosed
  // bracket); keep every problem inside the file so editors can show it.
  const last = Math.max(1, text.length);
  const problems = source.problems.map((p) => ({ ...p, start: Math.min(p.start, last - 1), end: Math.min(Math.max(p.end, p.start + 1), last) }));
  const problem = (node: YNode, message: string): void => {
    const s = spanOf(node, Math.max(1, text.length));
    problems.push(configProblem(path, s.start, s.end, message));
  };
  const fallbackName = path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '') || 'House style';
  const root = source.doc.contents;
  if (root === null || root === undefined) return { guide: { name: fallbackName, rules: [] }, problems };
  if (!isMap(root)) {
    problem(root, 'A style guide is a mapping with "name" and "rules".');
    return { guide: { name: fallbackName, rules: [] }, problems };
  }

  let name = fallbackName;
  let rulesNode: YNode;
  for (const e of mapEntries(root)) {
    if (e.key === 'name') {
      const v = asString(e.value);
      if (v) name = v.value;
      else problem(e.value ?? e.keyNode, '"name" must be text.');
    } else if (e.key === 'rules') rulesNode = e.value;
    else problem(e.keyNode, `Unknown field "${e.key}": a style guide has "name" and "rules".`);
  }
  if (rulesNode === undefined) {
    problem(root, 'This style guide has no "rules" list.');
    return { guide: { name, rules: [] }, problems };
  }
  if (!isSeq(rulesNode)) {
    if (!(isScalar(rulesNode) && rulesNode.value === null)) problem(rulesNode, '"rules" must be a list of rules (lines starting with "- ").');
    return { guide: { name, rules: [] }, problems };
  }

  const rules: StyleRule[] = [];
  const seen = new Set<string>();
  for (const item of seqItems(rulesNode)) {
    const rule = readRule(path, item, problem);
    if (!rule) continue;
    if (seen.has(rule.id)) {
      problem(item, `Another rule already has the id "${rule.id}"; ids must be unique.`);
      continue;
    }
    seen.add(rule.id);
    rules.push(rule);
  }
  return { guide: { name, rules }, problems };
}

type Report = (node: YNode, message: string) => void;

function readRule(path: string, item: YNode, problem: Report): StyleRule | undefined {
  if (!isMap(item)) {
    problem(item, 'Each rule is a mapping with at least "id" and "kind".');
    return undefined;
  }
  const entries = new Map(mapEntries(item).map((e) => [e.key, e]));
  const idEntry = entries.get('id');
  const id = asString(idEntry?.value);
  if (!id) {
    problem(idEntry?.value ?? item, idEntry ? '"id" must be text.' : 'This rule has no "id".');
    return undefined;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id.value)) {
    problem(idEntry?.value, `The id "${id.value}" may only use letters, digits, ".", "-" and "_".`);
    return undefined;
  }
  const kindEntry = entries.get('kind');
  const kindText = asString(kindEntry?.value)?.value;
  if (kindText === undefined || !(STYLE_RULE_KINDS as readonly string[]).includes(kindText)) {
    problem(
      kindEntry?.value ?? item,
      kindEntry
        ? `Unknown kind "${kindText ?? ''}"; use one of: ${STYLE_RULE_KINDS.join(', ')}.`
        : `Rule "${id.value}" has no "kind"; use one of: ${STYLE_RULE_KINDS.join(', ')}.`,
    );
    return undefined;
  }
  const kind = kindText as StyleRuleKind;
  const allowed = new Set([...COMMON_KEYS, ...KIND_KEYS[kind]]);
  for (const e of entries.values()) {
    if (!allowed.has(e.key)) problem(e.keyNode, `Unknown field "${e.key}" for a ${kind} rule; expected one of: ${[...allowed].join(', ')}.`);
  }

  const span = spanOf(item);
  const common: {
    id: string;
    source: { path: string; start: number; end: number };
    languages?: string[];
    severity?: Severity;
    message?: LocalizedText;
    hint?: LocalizedText;
    link?: string;
    examples?: { bad?: string; good?: string };
    quotations?: 'check' | 'skip';
  } = { id: id.value, source: { path, ...span } };

  const value = (key: string): YNode => entries.get(key)?.value;
  const has = (key: string): boolean => entries.has(key);

  if (has('languages')) {
    const langs = stringList(value('languages'), problem, '"languages" must be a language code or a list of them, such as [en, fr].', true);
    const bad = langs.filter((l) => !/^[a-z]{2,3}$/i.test(l));
    if (bad.length > 0) problem(value('languages'), `"${bad.join('", "')}" is not a language code such as en or fr.`);
    else if (langs.length > 0) common.languages = langs.map((l) => l.toLowerCase());
  }
  if (has('severity')) {
    const s = asString(value('severity'))?.value;
    if (s === undefined || !SEVERITIES.includes(s)) problem(value('severity'), `Severity must be one of: ${SEVERITIES.join(', ')}.`);
    else if (s === 'off') return undefined;
    else common.severity = s as Severity;
  }
  for (const key of ['message', 'hint'] as const) {
    if (has(key)) {
      const t = localizedText(value(key), problem, key);
      if (t !== undefined) common[key] = t;
    }
  }
  if (has('quotations')) {
    const q = asString(value('quotations'))?.value;
    if (q !== 'check' && q !== 'skip') problem(value('quotations'), '"quotations" is "check" or "skip".');
    else common.quotations = q;
  }
  if (has('link')) {
    const l = asString(value('link'))?.value;
    if (l === undefined || !/^https?:\/\//.test(l)) problem(value('link'), '"link" must be a web address starting with http:// or https://.');
    else common.link = l;
  }
  if (has('examples')) {
    const ex = value('examples');
    if (!isMap(ex)) problem(ex, '"examples" must be a mapping such as { bad: "…", good: "…" }.');
    else {
      const examples: { bad?: string; good?: string } = {};
      for (const e of mapEntries(ex)) {
        const t = asString(e.value)?.value;
        if ((e.key === 'bad' || e.key === 'good') && t !== undefined) examples[e.key] = t;
        else problem(e.value ?? e.keyNode, `Examples are "bad" and "good", each a piece of text.`);
      }
      common.examples = examples;
    }
  }
  const ignoreCase = has('ignoreCase') ? bool(value('ignoreCase'), problem, 'ignoreCase') : undefined;
  const regex = has('regex') ? bool(value('regex'), problem, 'regex') === true : false;
  const withCase = ignoreCase === undefined ? {} : { ignoreCase };

  switch (kind) {
    case 'substitution': {
      const swapNode = value('swap');
      if (!has('swap') || !isMap(swapNode)) {
        problem(swapNode ?? item, has('swap') ? '"swap" must be a mapping of wrong → right, such as { percent: per cent }.' : `Rule "${id.value}" needs a "swap" mapping of wrong → right.`);
        return undefined;
      }
      const swap: Swap[] = [];
      for (const e of mapEntries(swapNode)) {
        const to = asString(e.value);
        if (!to) {
          problem(e.value ?? e.keyNode, `"${e.key}" needs a replacement text.`);
          continue;
        }
        if (regex && !checkRegex(e.key, e.keyNode, problem)) continue;
        swap.push({ from: e.key, to: to.value });
      }
      return { ...common, kind, swap, ...withCase, regex };
    }
    case 'existence': {
      if (!has('tokens')) {
        problem(item, `Rule "${id.value}" needs a "tokens" list of words to avoid.`);
        return undefined;
      }
      const tokens = stringList(value('tokens'), problem, '"tokens" must be a list of words or phrases.', false, (t, item) => !regex || checkRegex(t, item, problem));
      return { ...common, kind, tokens, ...withCase, regex };
    }
    case 'consistency': {
      const either = has('either') ? stringList(value('either'), problem, '"either" must be a list of two or more spellings.') : [];
      if (either.length < 2) {
        problem(value('either') ?? item, `Rule "${id.value}" needs "either": a list of two or more accepted spellings.`);
        return undefined;
      }
      return { ...common, kind, either, ...withCase };
    }
    case 'repetition': {
      const exceptions = has('exceptions') ? stringList(value('exceptions'), problem, '"exceptions" must be a list of words.') : [];
      return { ...common, kind, exceptions };
    }
    case 'capitalization': {
      let match: CapitalizationMatch | undefined;
      let scope: CapitalizationScope | undefined;
      if (has('match')) {
        const m = asString(value('match'))?.value;
        if (m === 'headline' || m === 'sentence') match = m;
        else problem(value('match'), '"match" must be "headline" (title case) or "sentence" (sentence case).');
      }
      if (has('scope')) {
        const s = asString(value('scope'))?.value;
        if (s === 'headline' || s === 'headings' || s === 'all') scope = s;
        else problem(value('scope'), '"scope" must be "headline", "headings" or "all".');
      }
      const terms = has('terms') ? stringList(value('terms'), problem, '"terms" must be a list of words written with their capitals.') : [];
      if (match === undefined && terms.length === 0) {
        problem(item, `Rule "${id.value}" needs "match" (headline or sentence) or "terms".`);
        return undefined;
      }
      return { ...common, kind, terms, ...(match ? { match } : {}), ...(scope ? { scope } : {}) };
    }
    case 'pattern': {
      const p = asString(value('pattern'));
      if (!p) {
        problem(value('pattern') ?? item, has('pattern') ? '"pattern" must be a regular expression in quotes.' : `Rule "${id.value}" needs a "pattern".`);
        return undefined;
      }
      if (!checkRegex(p.value, value('pattern'), problem, ignoreCase === true)) return undefined;
      const replacement = has('replacement') ? asString(value('replacement'))?.value : undefined;
      if (has('replacement') && replacement === undefined) problem(value('replacement'), '"replacement" must be text.');
      return { ...common, kind, pattern: p.value, ...withCase, ...(replacement !== undefined ? { replacement } : {}) };
    }
  }
}

const RISK_MESSAGES: Readonly<Record<RegexRisk, string>> = {
  nestedQuantifier:
    'This pattern repeats a group that itself repeats (like "(a+)+"): on some text it can take so long the editor freezes. Rewrite it without the nested repetition.',
  repeatedAlternation:
    'This pattern repeats a group of alternatives (like "(a|b)*"): on some text it can take so long the editor freezes. Use a character class such as [ab]* or list the alternatives without repeating them.',
};

function checkRegex(source: string, node: YNode, problem: Report, ignoreCase = false): boolean {
  try {
    new RegExp(source, ignoreCase ? 'ui' : 'u');
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
    problem(node, `This regular expression does not compile: ${detail}`);
    return false;
  }
  const risk = regexRisk(source);
  if (risk) {
    problem(node, RISK_MESSAGES[risk]);
    return false;
  }
  return true;
}

function bool(node: YNode, problem: Report, key: string): boolean | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  problem(node, `"${key}" must be true or false.`);
  return undefined;
}

/**
 * A list of non-blank texts (or one text, when `allowSingle`); each item that
 * is not one is reported, and `accept` may refuse others with its own report.
 */
function stringList(node: YNode, problem: Report, message: string, allowSingle = false, accept?: (value: string, item: YNode) => boolean): string[] {
  if (allowSingle) {
    const single = asString(node);
    if (single) return [single.value];
  }
  if (!isSeq(node)) {
    problem(node, message);
    return [];
  }
  const out: string[] = [];
  for (const item of seqItems(node)) {
    const s = asString(item);
    if (!s || s.value.trim() === '') problem(item, message);
    else if (!accept || accept(s.value, item)) out.push(s.value);
  }
  return out;
}

function localizedText(node: YNode, problem: Report, key: string): LocalizedText | undefined {
  const s = asString(node);
  if (s) return s.value;
  if (isMap(node)) {
    const out: { en?: string; fr?: string } = {};
    for (const e of mapEntries(node)) {
      const t = asString(e.value)?.value;
      if ((e.key === 'en' || e.key === 'fr') && t !== undefined) out[e.key] = t;
      else problem(e.keyNode, `"${key}" per language takes "en" and "fr", each a piece of text.`);
    }
    if (out.en !== undefined || out.fr !== undefined) return out;
    return undefined;
  }
  problem(node, `"${key}" must be text, or { en: …, fr: … }.`);
  return undefined;
}
