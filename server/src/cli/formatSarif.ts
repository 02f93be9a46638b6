import type { JsonReport } from './jsonReport';
import type { Range } from '../engine/types';

// SARIF 2.1.0 for code scanning. Regions are 1-based; columns count UTF-16
// code units, SARIF's default `columnKind`, which is what LSP counts too.

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export interface RuleInfo {
  id: string;
  description: string;
  helpUri: string;
}

function region(r: Range): Record<string, number> {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(report: JsonReport, version: string, rules: readonly RuleInfo[]): string {
  const used = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
  const driverRules = rules.filter((r) => used.has(r.id));
  for (const id of used) if (!driverRules.some((r) => r.id === id)) driverRules.push({ id, description: id, helpUri: '' });
  const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule) ?? 0,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.path) }, region: region(d.range) } }],
      ...(d.related.length > 0
        ? { relatedLocations: d.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(r.range) } })) }
        : {}),
      ...(d.fixes.length > 0
        ? {
            fixes: d.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [...new Set(x.edits.map((e) => e.path))].map((p) => ({
                artifactLocation: { uri: uri(p) },
                replacements: x.edits.filter((e) => e.path === p).map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
              })),
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: driverRules.map((r) => ({ id: r.id, shortDescription: { text: r.description }, ...(r.helpUri ? { helpUri: r.helpUri } : {}) })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
