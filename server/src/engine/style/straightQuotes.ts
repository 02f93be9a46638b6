import type { ProseParagraph } from './proseText';

// Straight double quotes do not say which end they are. French copy wants
// « … », so the quotes rule pairs them; the double-space rule asks the same
// pairing which spaces the quotes fix will consume, so the two never edit
// the same characters.

export interface QuotePair {
  open: number;
  close: number;
}

const BEFORE_OPENING = /[\s([{«“‘—–\-/]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}»”’…\-—–]/u;

/** Pairs of straight quotes in a paragraph, or none when their roles are not clear (odd count, inches…). */
export function straightQuotePairs(p: ProseParagraph): QuotePair[] {
  const at: number[] = [];
  for (let i = p.text.indexOf('"'); i >= 0; i = p.text.indexOf('"', i + 1)) at.push(i);
  if (at.length === 0 || at.length % 2 === 1) return [];
  const pairs: QuotePair[] = [];
  for (let k = 0; k < at.length; k += 2) {
    const open = at[k] ?? 0;
    const close = at[k + 1] ?? 0;
    const beforeOpen = p.text[open - 1];
    const afterClose = p.text[close + 1];
    if (beforeOpen !== undefined && !BEFORE_OPENING.test(beforeOpen)) return [];
    if (afterClose !== undefined && !AFTER_CLOSING.test(afterClose)) return [];
    if (p.text.slice(open + 1, close).trim() === '') return [];
    pairs.push({ open: p.start + open, close: p.start + close });
  }
  return pairs;
}
