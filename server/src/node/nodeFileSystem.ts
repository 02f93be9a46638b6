import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { DirEntry, FileSystem, ReadResult } from '../engine/fileSystem';

// The engine's FileSystem on the real disk. It decides what a readable
// article is: bytes that decode as UTF-8 and contain no NUL. Anything else
// gets a plain message and, for bad UTF-8, where the first bad byte is.

const BINARY_PROBE = 8192;

export class NodeFileSystem implements FileSystem {
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  readText(path: string): ReadResult {
    let bytes: Buffer;
    try {
      const st = statSync(path);
      if (!st.isFile()) return { ok: false, reason: 'missing', message: `${path} is not a file.` };
      if (st.size > this.maxBytes) {
        return { ok: false, reason: 'tooLarge', message: `This file is too large to check (${Math.round(st.size / 1e6)} MB).` };
      }
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: false, reason: 'missing', message: `${path} does not exist.` };
      return { ok: false, reason: 'unreadable', message: `Copydesk cannot read this file (${code ?? 'error'}).` };
    }
    return decodeArticleBytes(bytes);
  }

  /** The text as best it decodes (bad bytes become U+FFFD), to place a message about a file that cannot be read strictly. */
  readLenient(path: string): string | undefined {
    try {
      return new TextDecoder('utf-8').decode(readFileSync(path));
    } catch {
      return undefined;
    }
  }

  isFile(path: string): boolean {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  }

  listDir(path: string): DirEntry[] {
    try {
      return readdirSync(path, { withFileTypes: true })
        .map((d) => {
          // A link to a file is read; a link to a folder is not followed, so a loop cannot trap the walk.
          if (d.isSymbolicLink()) {
            let isFile = false;
            try {
              isFile = statSync(`${path}/${d.name}`).isFile();
            } catch {
              isFile = false;
            }
            return { name: d.name, isDirectory: false, isFile };
          }
          return { name: d.name, isDirectory: d.isDirectory(), isFile: d.isFile() };
        })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return [];
    }
  }
}

export function decodeArticleBytes(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { ok: false, reason: 'binary', message: 'This looks like a binary file, not an article; Copydesk skipped it.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // Positions are counted without the BOM, as editors count them.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[lines.length - 1]?.length ?? 0) + 1;
    return {
      ok: false,
      reason: 'invalidUtf8',
      message: `This file is not valid UTF-8 (first bad byte at line ${line}, column ${column}). Save it as UTF-8 and check again.`,
      offset: before.length,
    };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}
