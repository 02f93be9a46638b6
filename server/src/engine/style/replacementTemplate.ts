// Replacements in style guides use String.replace's syntax ($1, $<name>, $&,
// $$), expanded from a match we already have, so lookarounds around the
// match keep working (re-running the pattern on the matched text alone
// would not see them).

export function expandReplacement(
  template: string,
  whole: string,
  groups: ReadonlyArray<string | undefined>,
  named: Readonly<Record<string, string | undefined>> | undefined,
): string {
  return template.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (written, token: string, name: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return whole;
    if (name !== undefined) return named?.[name] ?? '';
    const n = Number(token);
    return n > 0 && n <= groups.length ? (groups[n - 1] ?? '') : written;
  });
}
