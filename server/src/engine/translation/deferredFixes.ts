import type { Finding, Fix, OffsetEdit } from '../types';

/**
 * Rules that read one version alone, and the translation rules that see the
 * same words with the other version beside them. Where both speak about one
 * span, the second knows more: "mardi 10 septembre" is a Tuesday slip only
 * if the day is right, and the English "Tuesday, September 9" says it is the
 * day that is wrong.
 */
const DEFERS_TO: Readonly<Record<string, readonly string[]>> = {
  'date.weekday': ['translation.date', 'translation.weekday'],
};

/**
 * The findings of one file, where a finding whose span a translation
 * finding covers keeps its fixes but prefers none of them: the translation
 * rule's fix, chosen with both versions in view, is the one `--fix` and the
 * editor's "fix all" apply. A weekday that does not fit a date the other
 * version states otherwise keeps no fix at all: the date is what to mend.
 * Findings are copied, never changed: they may be cached.
 */
export function deferToTranslation(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !superseded(f, findings)).map((f) => {
    const agreed = agreedWithCalendar(f, findings);
    if (agreed) return agreed;
    const over = DEFERS_TO[f.rule];
    if (!over || f.fixes.length === 0) return f;
    const cover = findings.find((t) => over.includes(t.rule) && t.path === f.path && t.start <= f.start && f.end <= t.end && t.fixes.length > 0);
    if (!cover) return f;
    // The other version states another date: the date is the suspect, and a weekday made to fit it would be a
    // second slip. The translation rule's fix, the other version's date, is the one offered.
    if (cover.rule === 'translation.date') return { ...f, fixes: [] };
    return { ...f, fixes: f.fixes.map((x) => ({ ...x, preferred: false })) };
  });
}

/**
 * A translation finding whose fix in this file writes what date.weekday's
 * fix writes on the same words: the other version and the calendar (with a
 * year date.weekday is sure of) agree, so that fix is preferred ("Wednesday,
 * Aug. 1" in 2024, the French « jeudi 1er août »: "Thursday" either way).
 */
function agreedWithCalendar(f: Finding, findings: readonly Finding[]): Finding | undefined {
  if (f.rule !== 'translation.weekday' || f.fixes.some((x) => x.preferred)) return undefined;
  const calendar = findings.filter((c) => c.rule === 'date.weekday' && c.path === f.path);
  const same = (x: Fix): boolean => x.edits.length === 1 && calendar.some((c) => c.fixes.some((y) => sameEdits(x.edits, y.edits)));
  const k = f.fixes.findIndex(same);
  if (k < 0) return undefined;
  return { ...f, fixes: f.fixes.map((x, i) => ({ ...x, preferred: i === k })) };
}

/**
 * A translation finding that a rule knowing more has made on the same words:
 * entity.title, which has the entity list's titles and their dates, says
 * what translation.title would say of "General Assimi Goïta" and gives the
 * fix; translation.person, which names the person the other version has in
 * that place, says more than translation.entity's "not in the same paragraph";
 * translation.name, which points at the one word misspelt, says more than
 * translation.person on the whole name.
 */
const SUPERSEDED_BY: Readonly<Record<string, readonly string[]>> = {
  'translation.title': ['entity.title'],
  'translation.entity': ['translation.person'],
  'translation.person': ['translation.name'],
};

function superseded(f: Finding, findings: readonly Finding[]): boolean {
  const by = SUPERSEDED_BY[f.rule];
  return by !== undefined && findings.some((o) => by.includes(o.rule) && o.path === f.path && o.start < f.end && f.start < o.end);
}

/**
 * Two findings that mirror each other across versions (each points at the
 * other's words) and each prefer a fix: applied together they swap the two
 * versions' words, and one of them ends up wrong ("Friday" copied into the
 * French by the source language while the calendar puts "Thursday" into the
 * English). Neither is preferred then: the editor chooses. Takes and returns
 * the findings of every version checked together; findings are copied,
 * never changed.
 */
export function uncrossPreferred(byFile: ReadonlyArray<readonly Finding[]>): Finding[][] {
  const all = byFile.flat();
  const key = (path: string, start: number, end: number): string => `${path}\u0000${start}\u0000${end}`;
  const preferring = new Map<string, Finding[]>();
  for (const f of all) {
    if (!f.fixes.some((x) => x.preferred)) continue;
    const k = `${f.rule}\u0000${key(f.path, f.start, f.end)}`;
    preferring.set(k, [...(preferring.get(k) ?? []), f]);
  }
  const crossed = new Set<Finding>();
  for (const f of all) {
    if (!f.fixes.some((x) => x.preferred)) continue;
    for (const r of f.related) {
      if (r.path === f.path) continue;
      const mirrors = (preferring.get(`${f.rule}\u0000${key(r.path, r.start, r.end)}`) ?? []).filter((g) => g.related.some((q) => q.path === f.path && q.start === f.start && q.end === f.end));
      if (mirrors.length === 0) continue;
      crossed.add(f);
      for (const g of mirrors) crossed.add(g);
    }
  }
  const uncrossed = byFile.map((findings) => findings.map((f) => (crossed.has(f) ? { ...f, fixes: f.fixes.map((x) => ({ ...x, preferred: false })) } : f)));
  const at = new Map<string, Finding[]>();
  for (const g of uncrossed.flat()) {
    const k = `${g.rule}\u0000${key(g.path, g.start, g.end)}`;
    at.set(k, [...(at.get(k) ?? []), g]);
  }
  return uncrossed.map((findings) => findings.map((f) => mirrorFirst(f, f.related.filter((r) => r.path !== f.path).flatMap((r) => at.get(`${f.rule}\u0000${key(r.path, r.start, r.end)}`) ?? []))));
}

/**
 * A finding whose mirror in the other version (`mirrors`: the same rule's
 * findings at the spans it points at) prefers a fix: that version is the one
 * to mend (the calendar or the source language says so), and the fix that
 * mends it from here comes first, not the one that would copy its slip into
 * this version ("samedi 13 janvier" is right, "Saturday, Jan. 14" is not).
 */
function mirrorFirst(f: Finding, mirrors: readonly Finding[]): Finding {
  if (f.fixes.length < 2 || f.fixes.some((x) => x.preferred)) return f;
  const preferredThere = mirrors.flatMap((g) => g.fixes.filter((x) => x.preferred && x.edits.every((e) => e.path === g.path)));
  const k = f.fixes.findIndex((x) => preferredThere.some((y) => sameEdits(x.edits, y.edits)));
  const first = f.fixes[k];
  return k <= 0 || first === undefined ? f : { ...f, fixes: [first, ...f.fixes.filter((_, i) => i !== k)] };
}

function sameEdits(p: readonly OffsetEdit[], q: readonly OffsetEdit[]): boolean {
  return p.length === q.length && p.every((e, i) => e.path === q[i]?.path && e.start === q[i]?.start && e.end === q[i]?.end && e.newText === q[i]?.newText);
}
