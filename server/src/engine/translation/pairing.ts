import type { EntityIndex } from '../entities/entityIndex';
import { basename, dirname, joinPath } from '../fileSystem';
import type { TranslationSettings } from '../config/configFile';
import type { Article } from '../types';
import { articleFingerprints, overlap } from './fingerprints';

// Which files are versions of one article. Explicit signs first, in this
// order: front matter (Hugo's translationKey, or translationOf: path), file
// names (story.en.md / story.fr.md), parallel folders (en/story.md /
// fr/story.md), groups listed in .copydesk.yaml. Files with none of these
// are paired by content: same folder, different languages, and a strong
// overlap of language-independent marks.

export interface PairingCandidate {
  article: Article;
  /** The folder of the .copydesk.yaml that governs the file (or the file's folder). */
  scope: string;
  settings: TranslationSettings;
  entities: EntityIndex | undefined;
  /** Named on its own by the user (a file on the command line), not found in a folder. */
  named?: boolean;
}

export type PairingReason = 'frontMatter' | 'fileName' | 'folder' | 'config' | 'content';

export interface VersionGroup {
  paths: string[];
  reason: PairingReason;
}

const MIN_SHARED_MARKS = 3;
/**
 * With this many figures (years aside) on each side, versions share this
 * share of them, or this share of all their marks. Measured: translations
 * share 0.83–1 of their figures clean and 0.67–1 with two mistyped, and
 * 0.79–0.98 of their marks; two stories on one subject in one folder share
 * 0.35–0.61 of their figures and 0.35–0.75 of their marks.
 */
const MIN_FIGURES = 4;
const MIN_SHARED_FIGURES = 0.7;
const CLOSE_MARKS = 0.78;
/**
 * Or the two shares add up to this: a translation whose times or number
 * words are written otherwise shares 0.67–0.69 of its figures and 0.73–0.74
 * of its marks (1.41–1.42); the second stories above, 0.96–1.18.
 */
const MIN_SHARES_TOGETHER = 1.3;
const LONE_SHARED_FIGURES = 0.55;
const LONE_MIN_MARKS = 0.5;
const YEAR_MARK = /^#(?:19|20)\d\d$/u;

const LANG_IN_NAME = /^(.*?)[._-]([a-z]{2})(?:[-_][A-Z]{2})?(\.[A-Za-z0-9]+)$/;
const LANG_CODE_FOLDER = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;
/** Folders newsrooms name after a language, in English or in French. */
const LANGUAGE_NAMES = new Set([
  'english', 'anglais', 'french', 'francais', 'français', 'spanish', 'espagnol', 'german', 'allemand',
  'portuguese', 'portugais', 'italian', 'italien', 'dutch', 'néerlandais', 'neerlandais', 'arabic', 'arabe',
]);

/** Whether a file's name carries a language code (story.fr.md, story_en.txt), which pairs it by name. */
export function languageInName(name: string): boolean {
  return LANG_IN_NAME.test(name);
}

/**
 * A folder that names a language: "fr", "FR", "fr-FR", "en_us", "english",
 * « Français ». Which language a file is in, its text says (a folder called
 * "IT" may be the IT desk's); that two files in sibling folders like these
 * with one name are versions of one story, the folders say.
 */
export function isLanguageFolder(name: string): boolean {
  return LANG_CODE_FOLDER.test(name) || LANGUAGE_NAMES.has(name.normalize('NFC').toLowerCase());
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  readonly reason = new Map<string, PairingReason>();

  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p) ?? p;
    this.parent.set(x, p);
    return p;
  }

  union(a: string, b: string, reason: PairingReason): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    if (!this.reason.has(ra)) this.reason.set(ra, this.reason.get(rb) ?? reason);
  }
}

export function groupVersions(candidates: readonly PairingCandidate[]): VersionGroup[] {
  const uf = new UnionFind();
  const byPath = new Map(candidates.map((c) => [c.article.path, c]));
  const linkAll = (keyOf: (c: PairingCandidate) => string | undefined, reason: PairingReason): void => {
    const first = new Map<string, string>();
    for (const c of candidates) {
      const key = keyOf(c);
      if (key === undefined) continue;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, c.article.path);
      else if (byPath.get(seen)?.article.language !== c.article.language) uf.union(seen, c.article.path, reason);
    }
  };

  linkAll((c) => {
    const key = c.article.frontMatter?.data['translationKey'];
    return typeof key === 'string' || typeof key === 'number' ? `${c.scope}\u0000${String(key)}` : undefined;
  }, 'frontMatter');
  for (const c of candidates) {
    const of = c.article.frontMatter?.data['translationOf'];
    if (typeof of === 'string') {
      const target = joinPath(dirname(c.article.path), of);
      if (byPath.has(target)) uf.union(target, c.article.path, 'frontMatter');
    }
  }
  linkAll((c) => {
    const m = LANG_IN_NAME.exec(basename(c.article.path));
    return m ? `${dirname(c.article.path)}/${m[1] ?? ''}${m[3] ?? ''}` : undefined;
  }, 'fileName');
  linkAll((c) => {
    const dir = dirname(c.article.path);
    const folder = basename(dir);
    return isLanguageFolder(folder) ? `${dirname(dir)}/*/${basename(c.article.path)}` : undefined;
  }, 'folder');
  for (const c of candidates) {
    for (const group of c.settings.groups) {
      const paths = group.map((g) => joinPath(c.scope, g.value)).filter((p) => byPath.has(p));
      for (let i = 1; i < paths.length; i++) uf.union(paths[0] ?? '', paths[i] ?? '', 'config');
    }
  }

  pairByContent(candidates, uf);

  const groups = new Map<string, string[]>();
  for (const c of candidates) {
    const root = uf.find(c.article.path);
    const list = groups.get(root) ?? [];
    list.push(c.article.path);
    groups.set(root, list);
  }
  return [...groups.entries()]
    .filter(([, paths]) => paths.length > 1)
    .map(([root, paths]) => ({ paths: paths.sort(), reason: uf.reason.get(root) ?? 'content' }));
}

/**
 * Greedy matching on fingerprint overlap, best pairs first; a file joins a
 * group only when the group has no version in its language yet.
 */
function pairByContent(candidates: readonly PairingCandidate[], uf: UnionFind): void {
  const groupSize = new Map<string, number>();
  for (const c of candidates) {
    const root = uf.find(c.article.path);
    groupSize.set(root, (groupSize.get(root) ?? 0) + 1);
  }
  const hasExplicitSign = (c: PairingCandidate): boolean => {
    const fm = c.article.frontMatter?.data;
    return (groupSize.get(uf.find(c.article.path)) ?? 0) > 1 || fm?.['translationKey'] !== undefined || fm?.['translationOf'] !== undefined;
  };
  const loose = candidates.filter((c) => c.settings.contentPairing && c.article.paragraphs.length > 0 && !hasExplicitSign(c));
  if (loose.length < 2) return;
  const prints = new Map(loose.map((c) => [c.article.path, articleFingerprints(c.article, c.entities)]));
  // Articles alone in their folder, two of them: see contentScore.
  const inFolder = new Map<string, number>();
  for (const c of loose) inFolder.set(dirname(c.article.path), (inFolder.get(dirname(c.article.path)) ?? 0) + 1);
  const lone = (c: PairingCandidate): boolean => inFolder.get(dirname(c.article.path)) === 2;
  const scored: Array<{ a: PairingCandidate; b: PairingCandidate; score: number }> = [];
  for (let i = 0; i < loose.length; i++) {
    for (let j = i + 1; j < loose.length; j++) {
      const a = loose[i];
      const b = loose[j];
      if (!a || !b) continue;
      if (a.article.language === b.article.language) continue;
      if (!sameSurroundings(a, b)) continue;
      const score = contentScore(a.article, b.article, prints.get(a.article.path), prints.get(b.article.path), lone(a) && lone(b));
      if (score >= Math.max(a.settings.threshold, b.settings.threshold)) scored.push({ a, b, score });
    }
  }
  scored.sort((x, y) => y.score - x.score || x.a.article.path.localeCompare(y.a.article.path));
  const languagesOf = new Map<string, Set<string>>();
  const langs = (root: string): Set<string> => {
    let s = languagesOf.get(root);
    if (!s) {
      s = new Set(loose.filter((c) => uf.find(c.article.path) === root).map((c) => c.article.language));
      languagesOf.set(root, s);
    }
    return s;
  };
  for (const { a, b } of scored) {
    const ra = uf.find(a.article.path);
    const rb = uf.find(b.article.path);
    if (ra === rb) continue;
    const la = langs(ra);
    const lb = langs(rb);
    if ([...lb].some((l) => la.has(l))) continue;
    uf.union(ra, rb, 'content');
    const merged = new Set([...la, ...lb]);
    languagesOf.set(uf.find(ra), merged);
  }
}

/**
 * Where two files may be versions of one story, when only their texts say
 * so: one folder, one configuration's scope, files of one name in sibling
 * folders (source/story.md, target/story.md), or two files the user named
 * on the command line.
 */
function sameSurroundings(a: PairingCandidate, b: PairingCandidate): boolean {
  const pa = a.article.path;
  const pb = b.article.path;
  if (dirname(pa) === dirname(pb) || a.scope === b.scope) return true;
  if (basename(pa) === basename(pb) && dirname(dirname(pa)) === dirname(dirname(pb))) return true;
  return a.named === true && b.named === true;
}

/**
 * Two runs of digits one typing slip apart: one digit changed, or two
 * neighbours swapped (255 / 225, 42 / 24), three digits at least; or one
 * digit added or dropped (400 / 4000), four digits in the longer. `short`:
 * two digits are enough for a digit changed (26 / 28).
 */
function oneTypeApart(a: string, b: string, short = false): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) === 1) {
    const [s, l] = a.length < b.length ? [a, b] : [b, a];
    if (l.length < 4) return false;
    for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
    return false;
  }
  if (a.length !== b.length || a.length < (short ? 2 : 3)) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [i = 0, j = 0] = diff;
  return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

function contentScore(a: Article, b: Article, fa: ReadonlySet<string> | undefined, fb: ReadonlySet<string> | undefined, alone = false): number {
  const marks = overlap(fa ?? new Set(), fb ?? new Set());
  const smaller = Math.min(fa?.size ?? 0, fb?.size ?? 0);
  // Two texts that share one or two marks ("Markdown", a year) prove
  // nothing, however small they are: versions of one story share many.
  if (Math.round(marks * smaller) < MIN_SHARED_MARKS) return 0;
  // Translations state the same figures; two stories on one subject (two
  // marathons, two ECOWAS summits) share names and a few round numbers only.
  const figures = (f: ReadonlySet<string> | undefined): string[] => [...(f ?? [])].filter((x) => x.startsWith('#') && !YEAR_MARK.test(x));
  const figuresA = figures(fa);
  const figuresB = figures(fb);
  // A version with a figure or two mistyped still shares most of its marks, so
  // only texts that share neither their figures nor most of their marks are turned down.
  if (Math.min(figuresA.length, figuresB.length) >= MIN_FIGURES && marks < CLOSE_MARKS) {
    // A figure mistyped in one version (255 / 225) still says the two are one story.
    // Alone in their folder and sharing most of their marks, a day mistyped (26 / 28) counts too.
    const short = alone && marks >= LONE_MIN_MARKS;
    const mistyped = (x: string, ys: readonly string[]): boolean => ys.some((y) => oneTypeApart(x.slice(1), y.slice(1), short));
    const shared = figuresA.filter((x) => fb?.has(x) || mistyped(x, figuresB.filter((y) => !fa?.has(y)))).length / Math.min(figuresA.length, figuresB.length);
    // Just under both bars, the two shares together still tell a translation from a second story.
    // Two articles alone in their folder, one per language, are far more often two versions than two
    // stories on one subject: a lower bar lets a short story with three slips stay paired (0.6 of its
    // figures, 0.68 of its marks), not the second ECOWAS piece (0.5, 0.68) or marathon (0.61, 0.35).
    const bar = alone && marks >= LONE_MIN_MARKS ? LONE_SHARED_FIGURES : MIN_SHARED_FIGURES;
    if (shared < bar && shared + marks < MIN_SHARES_TOGETHER) return 0;
  }
  const na = a.paragraphs.length;
  const nb = b.paragraphs.length;
  const shape = Math.min(na, nb) / Math.max(na, nb, 1);
  // Few marks make any overlap a coin toss: ask for at least a handful.
  const enough = smaller >= 4 ? 1 : 0.5;
  return (0.8 * marks + 0.2 * shape) * enough;
}
