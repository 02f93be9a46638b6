import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding } from '../types';

// Config files come from many hands: parse them with positions so every
// mistake can be reported where it is, and never throw.

export interface YamlSource {
  path: string;
  text: string;
  doc: Document.Parsed;
  problems: Finding[];
}

export function parseYamlSource(path: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Finding[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    problems.push(configProblem(path, start, Math.max(end, start + 1), yamlErrorMessage(e.code, e.message)));
  }
  return { path, text, doc, problems };
}

function yamlErrorMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0] ?? raw;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same mapping; keep one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `The YAML here does not parse (${first}). Check the indentation and the quotes on this line.`;
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation; use spaces.';
    default:
      return `The YAML here does not parse: ${first}`;
  }
}

export function configProblem(path: string, start: number, end: number, message: string, rule = 'config.invalid'): Finding {
  return { rule, severity: 'error', message, path, start, end, related: [], fixes: [] };
}

/** The source span of a node, or of the whole document when the node has none. */
export function spanOf(node: Node | null | undefined, fallbackEnd = 1): { start: number; end: number } {
  const range = node?.range;
  if (range) return { start: range[0], end: Math.max(range[1], range[0] + 1) };
  return { start: 0, end: fallbackEnd };
}

/** Walks a YAML node into plain JS while remembering where each value came from. */
export interface Located<T> {
  value: T;
  start: number;
  end: number;
}

export type YNode = Node | null | undefined;

export function asString(node: YNode): Located<string> | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const s = spanOf(node);
    return { value: String(node.value), ...s };
  }
  return undefined;
}

export function mapEntries(node: YNode): Array<{ key: string; keyNode: Node; value: YNode }> {
  if (!isMap(node)) return [];
  const out: Array<{ key: string; keyNode: Node; value: YNode }> = [];
  for (const pair of node.items) {
    const k = pair.key as Node;
    if (isScalar(k)) out.push({ key: String(k.value), keyNode: k, value: pair.value as YNode });
  }
  return out;
}

export function seqItems(node: YNode): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

export { isMap, isScalar, isSeq };
