// A word or name found whole in a text: not inside another word ("Mali" in
// "Somalia", "Seoul" in "Seoulites").

/** `s` with the characters regular expressions give a meaning escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether `text` writes `word` whole, no letter or mark right before or after it. */
export function writesWhole(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'u').test(text);
}
