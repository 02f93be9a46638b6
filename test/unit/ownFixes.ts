import { applyEdits } from '../../server/src/engine/applyEdits';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';

/**
 * Checks `files` (under /w) and gives, for each file, the line `line` (0-based) as each fix of `rule`'s findings
 * there that edits only that file would leave it: what an editor sees after choosing the fix.
 */
export function ownFixLines(files: Record<string, string>, rule: string, line: number): Record<string, string[]> {
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const out: Record<string, string[]> = {};
  for (const r of reports) {
    out[r.path] = r.findings
      .filter((f) => f.rule === rule)
      .flatMap((f) => f.fixes.filter((x) => x.edits.every((e) => e.path === r.path)))
      .map((x) => applyEdits(files[r.path] ?? '', x.edits).text.split('\n')[line] ?? '');
  }
  return out;
}
