import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { VersionHistory } from '../engine/translation/history';

// The repository's history through the `git` command, read-only, with every
// setting that could make git run a program of the repository's choosing
// switched off (fsmonitor, hooks, pager, external diff, textconv): nothing in
// a workspace may run code. No git, not a repository, or a repository git
// refuses (another owner): the answer is "unknown" and the rule stays silent.

const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'diff.external=', '--no-pager'];
const ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', [...SAFE, ...args], { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** `git cat-file --batch` with `input`: the raw bytes, or undefined. */
function gitBatch(cwd: string, input: string): Buffer | undefined {
  try {
    return execFileSync('git', [...SAFE, 'cat-file', '--batch'], { cwd, env: ENV, input, stdio: ['pipe', 'pipe', 'ignore'], timeout: 30000, maxBuffer: 512 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

// Paths per `git log` when asking about many files at once: command lines stay short on every system.
const PATHS_PER_LOG = 200;

export class GitHistory implements VersionHistory {
  private readonly known = new Map<string, string | null>();
  private readonly roots = new Map<string, string | null>();
  /** Files git tracks, per repository: an untracked version has no last commit, and asking costs a process. */
  private readonly tracked = new Map<string, Set<string>>();

  /** Forget what was read: a commit may have happened since. */
  invalidate(): void {
    this.known.clear();
    this.tracked.clear();
  }

  counterpartAtLastCommit(version: string, counterpart: string): string | undefined {
    const key = `${version}\u0000${counterpart}`;
    if (!this.known.has(key)) this.known.set(key, this.lookup(version, counterpart) ?? null);
    return this.known.get(key) ?? undefined;
  }

  private root(dir: string): string | undefined {
    if (!this.roots.has(dir)) this.roots.set(dir, findRoot(dir) ?? null);
    return this.roots.get(dir) ?? undefined;
  }

  /**
   * Reads every pair at once: one `git log` (per 200 files) for the versions'
   * last commits, one `git cat-file --batch` for the counterparts' texts at
   * those commits. The same answers as one question at a time, with a few
   * processes instead of two per pair.
   */
  prepare(pairs: ReadonlyArray<readonly [string, string]>): void {
    const wanted = pairs.filter(([v, c]) => !this.known.has(`${v}\u0000${c}`));
    // One pair (the editor's usual question) is cheaper asked directly.
    if (wanted.length < 3) return;
    const byRoot = new Map<string, Array<{ version: string; counterpart: string; v: string; c: string }>>();
    for (const [version, counterpart] of wanted) {
      const key = `${version}\u0000${counterpart}`;
      const root = this.root(dirname(version));
      const tracked = root && this.root(dirname(counterpart)) === root ? this.trackedIn(root) : undefined;
      const v = root && relativePath(root, version);
      const c = root && relativePath(root, counterpart);
      if (!root || !tracked || !v || !c || !tracked.has(v) || !tracked.has(c)) {
        this.known.set(key, null);
        continue;
      }
      // cat-file reads one name a line: a name with a line break in it is asked alone.
      if (/[\r\n]/.test(c)) continue;
      const list = byRoot.get(root) ?? [];
      list.push({ version, counterpart, v, c });
      byRoot.set(root, list);
    }
    for (const [root, list] of byRoot) {
      const commits = lastCommits(root, [...new Set(list.map((x) => x.v))]);
      const asks = list.filter((x) => commits.get(x.v));
      const texts = asks.length > 0 ? blobs(root, asks.map((x) => `${commits.get(x.v) ?? ''}:${x.c}`)) : [];
      for (const x of list) this.known.set(`${x.version}\u0000${x.counterpart}`, null);
      asks.forEach((x, k) => this.known.set(`${x.version}\u0000${x.counterpart}`, texts[k] ?? null));
    }
  }

  private trackedIn(root: string): Set<string> {
    let tracked = this.tracked.get(root);
    if (!tracked) {
      tracked = new Set((git(root, ['ls-files', '-z']) ?? '').split('\u0000').filter(Boolean));
      this.tracked.set(root, tracked);
    }
    return tracked;
  }

  private lookup(version: string, counterpart: string): string | undefined {
    const root = this.root(dirname(version));
    if (!root || this.root(dirname(counterpart)) !== root) return undefined;
    const tracked = this.trackedIn(root);
    const v = relativePath(root, version);
    const c = relativePath(root, counterpart);
    if (!tracked.has(v) || !tracked.has(c)) return undefined;
    const commit = git(root, ['log', '-1', '--first-parent', '--format=%H', '--', v])?.trim();
    if (!commit || !COMMIT.test(commit)) return undefined;
    return git(root, ['show', `${commit}:${c}`]);
  }
}

const COMMIT = /^[0-9a-f]{40,64}$/;

/**
 * The working tree `dir` is in: the nearest folder above it holding `.git`
 * (a folder, or a file in a worktree or submodule). Looked up on disk rather
 * than asked of `git rev-parse`: a folder outside any repository, the usual
 * case in CI, then costs no process at all, and the root stays in the same
 * terms as the paths (rev-parse resolves symbolic links). When git is pointed
 * elsewhere by GIT_DIR or GIT_WORK_TREE, git is asked. A `.git` that git
 * refuses (damaged, another owner) lists no files: the rule stays silent.
 */
function findRoot(dir: string): string | undefined {
  if (process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined) return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** As git names it: relative to the repository's root, with "/". */
function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * The last commit on the main line (first parents, as a merge landed it)
 * that changed each path: the first time git's log, newest first, names it.
 * A path whose history has no such commit is absent.
 */
function lastCommits(root: string, paths: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const chunk = paths.slice(i, i + PATHS_PER_LOG);
    // "-z": each commit is its hash and a NUL, then the names it changed, each with a NUL.
    const out = git(root, ['log', '--first-parent', '--no-renames', '--name-only', '-z', '--format=%x01%H', '--', ...chunk]);
    if (out === undefined) continue;
    let commit = '';
    for (const field of out.split('\u0000')) {
      const name = field.replace(/^\n/, '');
      if (name.startsWith('\u0001')) {
        commit = name.slice(1);
        continue;
      }
      if (name && COMMIT.test(commit) && !found.has(name)) found.set(name, commit);
    }
  }
  return found;
}

/** The contents of `commit:path` objects, in order (undefined for a missing one). */
function blobs(root: string, objects: readonly string[]): Array<string | undefined> {
  const out = gitBatch(root, `${objects.join('\n')}\n`);
  if (!out) return objects.map(() => undefined);
  const texts: Array<string | undefined> = [];
  let at = 0;
  for (let k = 0; k < objects.length; k++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    // "<oid> blob <size>" then the bytes and a newline; "<name> missing" (or "ambiguous") alone.
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      texts.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    texts.push(m[1] === 'blob' ? out.toString('utf8', at, at + size) : undefined);
    at += size + 1;
  }
  while (texts.length < objects.length) texts.push(undefined);
  return texts;
}
