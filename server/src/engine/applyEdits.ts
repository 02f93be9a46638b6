import type { Finding, OffsetEdit } from './types';

// Applying fixes must never lose text: edits are applied from the end, an
// edit that overlaps one already taken is dropped (the next pass re-checks
// and offers it again), and identical edits offered by two findings count once.

export function applyEdits(text: string, edits: readonly OffsetEdit[]): { text: string; applied: number } {
  const sorted = dedupe(edits).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let applied = 0;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) continue;
    if (e.end > floor || (e.end === floor && e.start === e.end && applied > 0)) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
    applied++;
  }
  return { text: out, applied };
}

function dedupe(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.path}\u0000${e.start}\u0000${e.end}\u0000${e.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The preferred fixes of these findings, as edits grouped by file. */
export function preferredEdits(findings: readonly Finding[], rulePrefix?: string): Map<string, OffsetEdit[]> {
  const byPath = new Map<string, OffsetEdit[]>();
  for (const f of findings) {
    if (rulePrefix && !f.rule.startsWith(rulePrefix)) continue;
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    for (const e of fix.edits) {
      const list = byPath.get(e.path) ?? [];
      list.push(e);
      byPath.set(e.path, list);
    }
  }
  return byPath;
}
