// Whether a word starts a sentence: there its capital says nothing about
// whether it is a name. Several rules ask ("The Nigreia delegation" is a
// slip, "Theresa May may" is a name then a verb, "Takku Wallu Sénégal" is
// inside another name), and they must agree.

/** A sentence starts at `at`: the text's or a line's start, or after . ! ? : … and spaces, quotes or brackets. */
export function startsSentence(prose: string, at: number): boolean {
  const window = prose.slice(Math.max(0, at - 8), at);
  const trimmed = window.replace(/[\s«"“‘([]+$/u, '');
  if (trimmed.length === 0 || window.slice(trimmed.length).includes('\n')) return true;
  return /[.!?:…]$/u.test(trimmed);
}
