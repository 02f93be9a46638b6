import type { JsonReport } from './jsonReport';

// For a person at a terminal: one block per file, positions 1-based as
// editors show them, the rule id last so it can be looked up or disabled.

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' } as const;

export function formatStylish(report: JsonReport, color: boolean, locale: 'en' | 'fr'): string {
  const c = (k: keyof typeof COLORS, s: string): string => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    const paired = file.translations.length > 0 ? c('dim', locale === 'fr' ? `  (${file.language ?? '?'}, versions : ${file.translations.join(', ')})` : `  (${file.language ?? '?'}, paired with ${file.translations.join(', ')})`) : file.language ? c('dim', `  (${file.language})`) : '';
    lines.push(c('bold', file.path) + paired);
    for (const d of file.diagnostics) {
      counts[d.severity]++;
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${c('dim', pos)}${c(d.severity, d.severity.padEnd(8))}${d.message}  ${c('dim', d.rule)}`);
      for (const r of d.related) lines.push(`  ${' '.repeat(16)}${c('dim', `↳ ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}  ${r.message}`)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) lines.push(locale === 'fr' ? `Aucun problème dans ${report.files.length} fichier(s).` : `No problems in ${report.files.length} file(s).`);
  else {
    const summary = locale === 'fr'
      ? `${total} problème(s) : ${counts.error} erreur(s), ${counts.warning} avertissement(s), ${counts.info + counts.hint} remarque(s)`
      : `${total} problem(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info + counts.hint} note(s)`;
    lines.push(c(counts.error > 0 ? 'error' : 'warning', summary));
  }
  return lines.join('\n') + '\n';
}
