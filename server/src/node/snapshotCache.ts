import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_FORMAT, type SnapshotStore } from '../engine/entities/entitySnapshot';
import { writeFileAtomic } from './atomicWrite';

// Compiled entity lists on disk, in the user's cache folder (never in the
// workspace: a newsroom's repository gets no stray files, and nothing a
// workspace holds is read as a snapshot). A file's name is the SHA-256 of
// everything the index depends on — this build of Copydesk, the lists'
// paths and bytes — so a changed list or a new version simply misses.
// A cache that cannot be read or written is no cache: the list is parsed.

declare const COPYDESK_BUILD_ID: string;
/** Set by esbuild for each build; from sources (tests), snapshots are kept per process unless a test names its own id. */
const BUILD_ID = typeof COPYDESK_BUILD_ID === 'string' ? COPYDESK_BUILD_ID : `dev-${process.pid}-${Date.now()}`;

/** How many snapshots are kept: each newsroom has a list or two, and a 100,000-name one takes ~20 MB. */
const KEEP = 8;

export interface DiskSnapshotOptions {
  /** Of this build (default: the one esbuild stamped). */
  buildId?: string;
  /**
   * Write a snapshot this long after the list was loaded, if no other load
   * came meanwhile: in the editor, a list being typed in is loaded at every
   * pause, and only the version that stays is worth keeping. 0: at once;
   * 'flush': when `flush()` is called (the CLI, once its report is out).
   */
  deferMs?: number | 'flush';
  /** Asked just before writing, with the lists' paths: false skips the write (the editor: a list open for editing). */
  shouldWrite?: (paths: readonly string[]) => boolean;
}

export class DiskSnapshotStore implements SnapshotStore {
  private readonly buildId: string;
  /** Writes waiting, per set of list paths: a later load of the same lists replaces the earlier. */
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly queued: Array<() => void> = [];

  constructor(
    private readonly dir: string,
    private readonly options: DiskSnapshotOptions = {},
  ) {
    this.buildId = options.buildId ?? BUILD_ID;
  }

  read(sources: ReadonlyArray<{ path: string; text: string }>, variant: string): Uint8Array | undefined {
    try {
      return readFileSync(this.fileFor(sources, variant));
    } catch {
      return undefined;
    }
  }

  write(sources: ReadonlyArray<{ path: string; text: string }>, variant: string, encode: () => Uint8Array[] | undefined): void {
    const deferMs = this.options.deferMs ?? 0;
    if (deferMs === 'flush') {
      this.queued.push(() => this.writeNow(sources, variant, encode));
      return;
    }
    if (deferMs <= 0) return this.writeNow(sources, variant, encode);
    const which = `${variant}\u0000${sources.map((s) => s.path).join('\u0000')}`;
    clearTimeout(this.pending.get(which));
    const timer = setTimeout(() => {
      this.pending.delete(which);
      this.writeNow(sources, variant, encode);
    }, deferMs);
    // A pending snapshot does not keep the process alive.
    timer.unref();
    this.pending.set(which, timer);
  }

  /** Writes what waits for it (deferMs: 'flush'). */
  flush(): void {
    const queued = this.queued.splice(0);
    for (const w of queued) w();
  }

  private writeNow(sources: ReadonlyArray<{ path: string; text: string }>, variant: string, encode: () => Uint8Array[] | undefined): void {
    if (this.options.shouldWrite && !this.options.shouldWrite(sources.map((s) => s.path))) return;
    const pieces = encode();
    if (!pieces) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      // A reader sees the whole snapshot or none (and refuses a snapshot that does not add up).
      writeFileAtomic(this.fileFor(sources, variant), pieces);
      this.prune();
    } catch {
      // A cache that cannot be written is no cache.
    }
  }

  private fileFor(sources: ReadonlyArray<{ path: string; text: string }>, variant: string): string {
    const h = createHash('sha256');
    h.update(`copydesk-snapshot\u0000${SNAPSHOT_FORMAT}\u0000${this.buildId}\u0000${variant}\u0000${sources.length}\u0000`);
    for (const s of sources) {
      h.update(`${s.path}\u0000${s.text.length}\u0000`);
      h.update(s.text);
    }
    return join(this.dir, `${h.digest('hex')}.snap`);
  }

  /** Keeps the newest few snapshots (and clears temporary files a killed run left). */
  private prune(): void {
    const files = readdirSync(this.dir)
      .filter((n) => n.endsWith('.snap') || n.endsWith('.tmp'))
      .map((n) => {
        try {
          return { path: join(this.dir, n), time: statSync(join(this.dir, n)).mtimeMs, tmp: n.endsWith('.tmp') };
        } catch {
          return undefined;
        }
      })
      .filter((f) => f !== undefined)
      .sort((a, b) => b.time - a.time);
    const stale = Date.now() - 10 * 60 * 1000;
    files.forEach((f, i) => {
      if (f.tmp ? f.time < stale : i >= KEEP) {
        try {
          unlinkSync(f.path);
        } catch {
          // another run removed it
        }
      }
    });
  }
}
