import type { Node } from 'yaml';
import type { Finding, Lang, SeverityOverride } from '../types';
import { asString, configProblem, isMap, isScalar, isSeq, mapEntries, parseYamlSource, seqItems, spanOf, type YNode } from './yamlSource';

// `.copydesk.yaml`, found by walking up from each article like .editorconfig.
// Paths inside are relative to the file that names them.

export const CONFIG_FILE_NAMES = ['.copydesk.yaml', '.copydesk.yml'] as const;

export interface PathRef {
  /** As written, relative to the config file, or "builtin:name". */
  value: string;
  start: number;
  end: number;
}

export interface TranslationSettings {
  source: Lang | undefined;
  /** Pair files with no metadata by their content. */
  contentPairing: boolean;
  /** Share of fingerprints two versions must have in common (0–1). */
  threshold: number;
  /** Explicit groups of files (relative paths) that are versions of one article. */
  groups: PathRef[][];
}

export interface ConfigFile {
  path: string;
  entities: PathRef[];
  styleGuides: PathRef[];
  languages: Lang[] | undefined;
  translations: TranslationSettings;
  rules: Record<string, SeverityOverride>;
  /** Whether built-in defaults apply in addition to the files named here. */
  builtins: boolean;
  problems: Finding[];
}

export const DEFAULT_TRANSLATIONS: TranslationSettings = { source: undefined, contentPairing: true, threshold: 0.45, groups: [] };

const SEVERITIES = new Set<SeverityOverride>(['error', 'warning', 'info', 'hint', 'off']);
const TOP_KEYS = ['entities', 'styleGuides', 'languages', 'translations', 'rules', 'builtins'] as const;
const TRANSLATION_KEYS = ['source', 'contentPairing', 'threshold', 'groups'] as const;

export function defaultConfig(path: string): ConfigFile {
  return { path, entities: [], styleGuides: [], languages: undefined, translations: { ...DEFAULT_TRANSLATIONS }, rules: {}, builtins: true, problems: [] };
}

export function parseConfigFile(path: string, text: string): ConfigFile {
  const src = parseYamlSource(path, text);
  const config = defaultConfig(path);
  config.problems.push(...src.problems);
  const problem = (node: Node | YNode, message: string): void => {
    const s = spanOf(node, Math.max(1, text.length));
    config.problems.push(configProblem(path, s.start, s.end, message));
  };
  const root = src.doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return config; // an empty file is a valid config
  if (!isMap(root)) {
    problem(root, 'A Copydesk configuration is a mapping of settings, such as "entities: [entities.yaml]".');
    return config;
  }
  for (const { key, keyNode, value } of mapEntries(root)) {
    switch (key) {
      case 'entities':
        config.entities = pathList(value, key, problem);
        break;
      case 'styleGuides':
        config.styleGuides = pathList(value, key, problem);
        break;
      case 'languages': {
        const list = pathList(value, key, problem);
        config.languages = list.map((l) => l.value.toLowerCase());
        for (const l of list) if (!/^[a-z]{2,3}$/i.test(l.value)) problem(nodeAt(value, l), `"${l.value}" is not a language code; use two letters such as "en" or "fr".`);
        break;
      }
      case 'builtins':
        if (isScalar(value) && typeof value.value === 'boolean') config.builtins = value.value;
        else problem(value, '"builtins" is true or false.');
        break;
      case 'translations':
        readTranslations(value, config, problem);
        break;
      case 'rules':
        readRules(value, config, problem);
        break;
      default:
        problem(keyNode, unknownKey(key, TOP_KEYS));
    }
  }
  return config;
}

type Report = (node: Node | YNode, message: string) => void;

function nodeAt(list: YNode, ref: PathRef): YNode {
  return seqItems(list).find((n) => n.range?.[0] === ref.start) ?? list;
}

function pathList(node: YNode, key: string, problem: Report): PathRef[] {
  const items = isSeq(node) ? seqItems(node) : node !== null && node !== undefined ? [node] : [];
  const out: PathRef[] = [];
  for (const item of items) {
    const s = asString(item);
    if (s && s.value.trim()) out.push(s);
    else problem(item, `Each entry of "${key}" is a file path in quotes or plain, such as "entities.yaml".`);
  }
  return out;
}

function readTranslations(node: YNode, config: ConfigFile, problem: Report): void {
  if (!isMap(node)) {
    problem(node, '"translations" is a mapping, such as "translations: { source: fr }".');
    return;
  }
  for (const { key, keyNode, value } of mapEntries(node)) {
    switch (key) {
      case 'source': {
        const s = asString(value);
        if (s && /^[a-z]{2,3}$/i.test(s.value)) config.translations.source = s.value.toLowerCase();
        else problem(value, '"source" is the language code of the version that wins, such as "fr".');
        break;
      }
      case 'contentPairing':
        if (isScalar(value) && typeof value.value === 'boolean') config.translations.contentPairing = value.value;
        else problem(value, '"contentPairing" is true or false.');
        break;
      case 'threshold':
        if (isScalar(value) && typeof value.value === 'number' && value.value > 0 && value.value <= 1) config.translations.threshold = value.value;
        else problem(value, '"threshold" is a number between 0 and 1, such as 0.45.');
        break;
      case 'groups':
        for (const group of seqItems(value)) {
          const files = pathList(group, 'groups', problem);
          if (files.length < 2) problem(group, 'A group lists at least two files that are versions of one article.');
          else config.translations.groups.push(files);
        }
        if (!isSeq(value)) problem(value, '"groups" is a list of lists of files, such as "- [story-en.md, story-fr.md]".');
        break;
      default:
        problem(keyNode, unknownKey(key, TRANSLATION_KEYS));
    }
  }
}

function readRules(node: YNode, config: ConfigFile, problem: Report): void {
  if (!isMap(node)) {
    problem(node, '"rules" maps rule ids to a severity, such as "typography.fr-nbsp: warning".');
    return;
  }
  for (const { key, value } of mapEntries(node)) {
    const s = isScalar(value) ? (value.value === false ? 'off' : String(value.value)) : undefined;
    if (s !== undefined && SEVERITIES.has(s as SeverityOverride)) config.rules[key] = s as SeverityOverride;
    else problem(value, `The severity of "${key}" is one of error, warning, info, hint or off.`);
  }
}

function unknownKey(key: string, known: readonly string[]): string {
  const close = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return close
    ? `Unknown setting "${key}". Did you mean "${close}"?`
    : `Unknown setting "${key}". Known settings here: ${known.join(', ')}.`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
