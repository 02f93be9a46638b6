import { execFileSync } from 'node:child_process';
import { dirname, relative } from 'node:path';
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
    if (!this.roots.has(dir)) this.roots.set(dir, git(dir, ['rev-parse', '--show-toplevel'])?.trim() || null);
    return this.roots.get(dir) ?? undefined;
  }

  private lookup(version: string, counterpart: string): string | undefined {
    const root = this.root(dirname(version));
    if (!root || this.root(dirname(counterpart)) !== root) return undefined;
    let tracked = this.tracked.get(root);
    if (!tracked) {
      tracked = new Set((git(root, ['ls-files', '-z']) ?? '').split('\u0000').filter(Boolean));
      this.tracked.set(root, tracked);
    }
    if (!tracked.has(relative(root, version)) || !tracked.has(relative(root, counterpart))) return undefined;
    const commit = git(root, ['log', '-1', '--format=%H', '--', relative(root, version)])?.trim();
    if (!commit || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
    return git(root, ['show', `${commit}:${relative(root, counterpart)}`]);
  }
}
