import type { ArticleKind, Finding, RawFinding, Suppression } from '../types';

// Editors switch rules off where they know better, with HTML comments that
// Markdown hides from readers:
//
//   <!-- copydesk-disable -->                         every rule, until enabled again (or the end)
//   <!-- copydesk-disable typography.fr-nbsp style -->  these rules (a family name covers its rules)
//   <!-- copydesk-enable -->                          ends every open disable
//   <!-- copydesk-enable typography.fr-nbsp -->       ends these rules only
//   <!-- copydesk-disable-next-line [ids] -->         the line after the comment
//   <!-- copydesk-disable-line [ids] -->              the comment's own line
//
// Ids are separated by spaces or commas. Plain text has no comments, so
// nothing there is suppressed.

const COMMENT = /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

interface Open {
  rules: string[];
  start: number;
}

export function parseSuppressions(text: string, kind: ArticleKind): Suppression[] {
  if (kind !== 'markdown') return [];
  const out: Suppression[] = [];
  let open: Open[] = [];
  const close = (o: Open, end: number): void => {
    if (end > o.start) out.push({ start: o.start, end, rules: o.rules });
  };
  for (const m of text.matchAll(COMMENT)) {
    const at = m.index ?? 0;
    const after = at + m[0].length;
    const directive = m[1] ?? '';
    const rules = (m[2] ?? '').split(/[\s,]+/).filter((r) => r !== '');
    switch (directive) {
      case 'disable':
        open.push({ rules, start: after });
        break;
      case 'enable':
        if (rules.length === 0) {
          for (const o of open) close(o, at);
          open = [];
        } else {
          // A disable of everything cannot be narrowed ("all but X" has no
          // span form), so it stays until a bare enable.
          const still: Open[] = [];
          for (const o of open) {
            if (o.rules.length === 0) {
              still.push(o);
              continue;
            }
            const ending = o.rules.filter((r) => rules.includes(r));
            const staying = o.rules.filter((r) => !rules.includes(r));
            if (ending.length > 0) close({ rules: ending, start: o.start }, at);
            if (staying.length > 0) still.push({ rules: staying, start: o.start });
          }
          open = still;
        }
        break;
      case 'disable-line': {
        const line = lineAround(text, at);
        out.push({ start: line.start, end: line.end, rules });
        break;
      }
      case 'disable-next-line': {
        const here = lineAround(text, after);
        const nextStart = lineBreakEnd(text, here.end);
        if (nextStart !== undefined) {
          const next = lineAround(text, nextStart);
          out.push({ start: next.start, end: next.end, rules });
        }
        break;
      }
    }
  }
  for (const o of open) close(o, text.length);
  return out;
}

function lineAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** Offset after the line break at `at`, or undefined at the end of the text. */
function lineBreakEnd(text: string, at: number): number | undefined {
  if (at >= text.length) return undefined;
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

/** "typography" or "typography.*" covers "typography.fr-nbsp"; "*" covers all. */
function covers(id: string, rule: string): boolean {
  if (id === '*' || id === rule) return true;
  const family = id.endsWith('.*') ? id.slice(0, -2) : id;
  return rule.startsWith(`${family}.`);
}

export function isSuppressed(finding: Finding | RawFinding, suppressions: readonly Suppression[]): boolean {
  return suppressions.some(
    (s) => finding.start >= s.start && finding.start < Math.max(s.end, s.start + 1) && (s.rules.length === 0 || s.rules.some((id) => covers(id, finding.rule))),
  );
}
