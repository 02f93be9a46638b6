import { charClass, isLetterOrMark, UPPER } from '../letterClass';
import type { Span } from '../types';

// The sentences of a paragraph, for comparing versions sentence by sentence.
// A sentence ends at . ! ? or … (and the closing quotes or brackets after
// it) where the next one opens with a capital or a figure. Abbreviations
// ("Mr.", « M. », "Gen.", "Jan."), initials ("J. K. Rowling") and dotted
// acronyms ("U.S. forces") end none. A split missed joins two sentences: a
// version then counts one fewer, which the check that uses this reads as
// nothing left out, never as something left out. Intl.Segmenter splits after
// "Dec." and « M. » (shared/docs/libraries.md) and slows down on long text;
// what is needed here is narrow.

/** Words after which a period ends no sentence, as written (without the period): "Gen." but "the general." */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    'Mr Mrs Ms Dr Prof St Mt Ft Gen Lt Col Maj Capt Cpt Sgt Cmdr Adm Gov Sen Rep Rev Hon Pres Insp Supt Det Cpl Pte Pvt',
    'Jr Sr No Nos Vol Fig Art Inc Ltd Co Corp Bros Dept Univ Assn',
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
    'M MM Mme Mmes Mlle Mlles Me Mgr Pr Ste Cie Av Bd Janv Févr Avr Juil Déc',
    'etc al approx vs av bd env éd chap cf ex ca',
  ]
    .join(' ')
    .split(' '),
);

// The end of a sentence, the closing marks after it, and the space before the next.
const END = /[.!?…]+(?:[\s\u00a0\u202f]*[»”"’')\]])*[\s\u00a0\u202f]+(?=[«“"‘'([]?[\s\u00a0\u202f]*[\p{Lu}\d])/gu;

/** The sentences of `span` in `text`, each without the space around it. */
export function sentencesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  END.lastIndex = span.start;
  // Searched in place with lastIndex, bounded by the span: no copy of the paragraph.
  for (let m = END.exec(text); m !== null && m.index < span.end; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > span.end) break;
    if (m[0].startsWith('.') && !endsSentence(text, start, m.index)) continue;
    out.push(trimmed(text, start, m.index + m[0].trimEnd().length));
    start = stop;
  }
  if (start < span.end) out.push(trimmed(text, start, span.end));
  return out.filter((s) => s.end > s.start);
}

/** Whether a period at `at` ends a sentence: not after an abbreviation, an initial or a dotted acronym. */
function endsSentence(text: string, from: number, at: number): boolean {
  // The word before it, read backwards: letters, marks and dots.
  let k = at;
  while (k > from && (isLetterOrMark(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2e)) k--;
  const word = text.slice(k, at);
  if (word === '') return true;
  // "U.S." and "a.m." carry dots of their own.
  if (word.includes('.')) return false;
  // An initial: "J. K. Rowling".
  if (word.length === 1 && (charClass(word.charCodeAt(0)) & UPPER) !== 0) return false;
  return !ABBREVIATIONS.has(word);
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x202f;
