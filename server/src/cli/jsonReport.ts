import type { FileReport } from '../engine/project';
import { LineIndex } from '../engine/textPositions';
import type { Finding, Range, Severity } from '../engine/types';

// The JSON every machine format starts from: findings with LSP ranges
// (0-based line, UTF-16 character), paths as the user named them.

export interface JsonEdit {
  path: string;
  range: Range;
  newText: string;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: Array<{ path: string; range: Range; message: string }>;
  fixes: Array<{ title: string; preferred: boolean; edits: JsonEdit[] }>;
}

export interface JsonFile {
  path: string;
  language: string | undefined;
  translations: string[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export function toJsonReport(reports: readonly FileReport[], textOf: (path: string) => string | undefined, display: (path: string) => string): JsonReport {
  const indexes = new Map<string, LineIndex>();
  const index = (path: string): LineIndex => {
    let i = indexes.get(path);
    if (!i) {
      i = new LineIndex(textOf(path) ?? '');
      indexes.set(path, i);
    }
    return i;
  };
  const range = (path: string, start: number, end: number): Range => index(path).rangeOf(start, end);
  const diagnostic = (f: Finding): JsonDiagnostic => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: range(f.path, f.start, f.end),
    related: f.related.map((r) => ({ path: display(r.path), range: range(r.path, r.start, r.end), message: r.message })),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      preferred: x.preferred,
      edits: x.edits.map((e) => ({ path: display(e.path), range: range(e.path, e.start, e.end), newText: e.newText })),
    })),
  });
  return {
    version: 1,
    files: reports.map((r) => ({
      path: display(r.path),
      language: r.language,
      translations: r.translations.map(display),
      diagnostics: r.findings.map(diagnostic),
    })),
  };
}
