import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

// Copydesk's cache folder, for compiled entity lists and the CLI's compiled
// code: the user's, never the workspace's.

/** `COPYDESK_CACHE_DIR`, else `$XDG_CACHE_HOME/copydesk`, else `~/.cache/copydesk`; undefined when there is no home folder to put it in. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const own = env['COPYDESK_CACHE_DIR'];
  if (own) return own;
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && isAbsolute(xdg)) return join(xdg, 'copydesk');
  try {
    const home = homedir();
    return home ? join(home, '.cache', 'copydesk') : undefined;
  } catch {
    return undefined;
  }
}
