import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// A file is written to a temporary file beside it, flushed, given the
// original's permissions (a new file gets the default ones), then renamed
// over it: a crash at any moment leaves either the old file or the new one,
// never half of each. Fixed articles and compiled entity lists go this way.

/** `content`: text, written as UTF-8, or bytes in pieces written one after the other. */
export function writeFileAtomic(path: string, content: string | readonly Uint8Array[]): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined; // a new file
  }
  const tmp = join(dirname(path), `.${basename(path)}.copydesk-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w', mode ?? 0o666);
  try {
    if (typeof content === 'string') writeSync(fd, content, null, 'utf8');
    else for (const piece of content) for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, path);
}
