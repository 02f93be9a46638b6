// What the engine may ask of the outside world. The CLI reads the disk; the
// language server reads open documents first and the disk second; tests pass
// a map. The engine itself never imports `fs`.

export type ReadFailure = 'missing' | 'binary' | 'tooLarge' | 'invalidUtf8' | 'unreadable';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: ReadFailure; message: string; /** Where the problem is, when known (offset into the decoded text so far). */ offset?: number };

export interface DirEntry {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
}

export interface FileSystem {
  readText(path: string): ReadResult;
  isFile(path: string): boolean;
  /** Entries of a folder; symbolic links to folders are not followed (loops). */
  listDir(path: string): DirEntry[];
}

/** Paths are absolute and use "/" inside the engine; these helpers keep that true. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i <= 0) return i === 0 ? '/' : '.';
  return path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/')) return normalizePath(rel);
  return normalizePath(`${dir}/${rel}`);
}

export function normalizePath(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill('..'), ...b.slice(i)].join('/') || '.';
}

/** An in-memory file system, for tests and for the server's unsaved documents. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(normalizePath(p), t);
  }

  set(path: string, text: string): void {
    this.files.set(normalizePath(path), text);
  }

  delete(path: string): void {
    this.files.delete(normalizePath(path));
  }

  readText(path: string): ReadResult {
    const t = this.files.get(normalizePath(path));
    return t === undefined ? { ok: false, reason: 'missing', message: `${path} does not exist.` } : { ok: true, text: t };
  }

  isFile(path: string): boolean {
    return this.files.has(normalizePath(path));
  }

  listDir(path: string): DirEntry[] {
    const dir = normalizePath(path);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const seen = new Map<string, DirEntry>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!seen.has(name)) seen.set(name, { name, isDirectory: slash >= 0, isFile: slash < 0 });
    }
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
