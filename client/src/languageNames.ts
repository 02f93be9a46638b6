// Names of languages as their readers write them ("English", "Français"), for
// the status item and pickers. Editors know languages by name, not by code.

/** "fr" → "Français"; unknown or empty codes come back as written (upper-cased). */
export function languageName(code: string): string {
  const tag = code.trim();
  if (!tag) return '';
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase()) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // Not a valid BCP 47 tag: show it as it is.
  }
  return tag.toUpperCase();
}
