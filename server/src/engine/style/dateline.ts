// An agency dateline at the start of a paragraph: a place, in capitals or not (with either apostrophe: N’DJAMENA,
// L’AQUILA; but an elided article and capitals right before a dash are a sentence: « L’AES - créée en 2023 »), then
// a date or an agency in brackets ("NIAMEY (Reuters)", "BAMAKO, 3 mars
// (AFP)", the place's country in brackets too: « CHORZOW (Pologne), 25 août
// (AFP) »), then its dash. Two rules read it: typography.dash leaves the
// agency's own dash alone, typography.drop-cap looks for the split word
// after it.

const CAPITALS = "(?!(?:[LDJS]|QU)['’][\\p{Lu}\\p{M}.-]*(?:[ \\u00A0]+[—–-]|\\s*$))\\p{Lu}[\\p{Lu}\\p{M}'’ .-]{2,}(?: \\([^()\\n]{1,45}\\))?(?:,[^()\\n—–]{0,60})?(?: \\([^()\\n]{1,40}\\))?";
// A place in small letters ("Stockholm, Oct 10, 2024 (AFP) -", « Jakarta, 25
// octobre 2019 - ») reads like a sentence until its date: only with a date
// that ends in its agency or its year is it a dateline.
const SMALL = "\\p{Lu}[\\p{L}\\p{M}'’ .-]{2,40}(?: \\([^()\\n]{1,45}\\))?,(?=[^()\\n—–]{0,60}\\d)[^()\\n—–]{0,60}(?: \\([^()\\n]{1,40}\\)|[ \\u00A0](?:1[89]|20)\\d\\d)";
const HEAD = `(?:${CAPITALS}|${SMALL})`;

/** The whole of `text` is a dateline's head, the part before its dash. */
export const DATELINE_HEAD = new RegExp(`^\\s*${HEAD}\\s*$`, 'u');

/** A dateline with its dash and the spaces around it, at the start of `text`. */
export const DATELINE = new RegExp(`^${HEAD}[ \\u00A0]+[—–-][ \\u00A0]+`, 'u');
