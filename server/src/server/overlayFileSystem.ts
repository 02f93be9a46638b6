import type { DirEntry, FileSystem, ReadResult } from '../engine/fileSystem';

// What the editor shows wins over what is on disk: an open document is read
// from the editor's buffer, everything else from the disk.

export class OverlayFileSystem implements FileSystem {
  private readonly open = new Map<string, string>();

  constructor(private readonly disk: FileSystem & { readLenient(path: string): string | undefined }) {}

  readLenient(path: string): string | undefined {
    return this.open.get(path) ?? this.disk.readLenient(path);
  }

  setOpen(path: string, text: string): void {
    this.open.set(path, text);
  }

  close(path: string): void {
    this.open.delete(path);
  }

  readText(path: string): ReadResult {
    const text = this.open.get(path);
    return text !== undefined ? { ok: true, text } : this.disk.readText(path);
  }

  isFile(path: string): boolean {
    return this.open.has(path) || this.disk.isFile(path);
  }

  listDir(path: string): DirEntry[] {
    const entries = this.disk.listDir(path);
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of this.open.keys()) {
      if (!p.startsWith(prefix)) continue;
      const name = p.slice(prefix.length);
      if (!name.includes('/') && !entries.some((e) => e.name === name)) entries.push({ name, isDirectory: false, isFile: true });
    }
    return entries;
  }
}
