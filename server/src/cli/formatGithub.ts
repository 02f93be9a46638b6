import type { JsonReport } from './jsonReport';

// GitHub workflow commands: annotations on the pull request's lines.

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: JsonReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.rule)}`,
      ].join(',');
      out.push(`::${LEVEL[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
