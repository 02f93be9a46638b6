// Which parts of a Markdown file are prose. We mask the rest rather than
// extract the prose, so every rule works on a string the same length as the
// file and offsets need no mapping (remark's text values decode entities and
// escapes, which breaks 1:1 offsets; see shared/docs/libraries.md).
//
// Whole lines (front matter, fenced code, HTML blocks, link definitions,
// block markers) become spaces; masked runs inside a line become U+E000, a
// private-use character that is neither a letter nor a space, so hiding
// `code` in "run `npm ci` now" creates neither a word nor a double space.

export const INLINE_MASK = '\uE000';

interface MaskRange {
  start: number;
  end: number;
}

/** Every URL has one of these, and no letter outside ASCII folds to one of them. */
const URL_HINT = /http|www\./i;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+[^\s<>()\].,;:!?'"’»]/giu;
/** An address ("desk@example.org"), a handle ("@ReutersAfrica") or a hashtag ("#Senegal"): identifiers, not words of a sentence. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TAG = /(?<![\p{L}\p{N}\p{M}_&#@/.\\])[#@][\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*/gu;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gi;
const CHAR_REF = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const EMPHASIS = /\*{1,3}|~~|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])/gu;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK_TARGET = /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
const REF_LINK = /\]\[[^\]\n]*\]/g;
const LINK_OPEN = /(?<!\\)\[(?=[^\]\n]*\](?:\(|\[))/g;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*\S.*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_MARKER = /^( {0,3}(?:>\s?)*)(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s))?/;
const HEADING_CLOSE = /\s#+\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const HTML_BLOCK = /^ {0,3}<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>|$)|!--)/;

export function maskMarkdown(text: string, frontMatterEnd: number): string {
  const ranges: MaskRange[] = [];
  if (frontMatterEnd > 0) ranges.push({ start: 0, end: frontMatterEnd });

  // Comments may span lines; find them first so their insides are not parsed.
  for (const m of text.matchAll(HTML_COMMENT)) {
    if ((m.index ?? 0) >= frontMatterEnd) ranges.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }

  const lineRe = /\r\n|\r|\n/g;
  let lineStart = frontMatterEnd;
  let fence: { char: string; length: number } | undefined;
  lineRe.lastIndex = frontMatterEnd;
  for (;;) {
    const m = lineRe.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (fence) {
      ranges.push({ start: lineStart, end: lineEnd });
      const close = FENCE.exec(line);
      if (close && close[1]?.[0] === fence.char && (close[1]?.length ?? 0) >= fence.length && line.trim() === close[1]) fence = undefined;
    } else {
      const open = FENCE.exec(line);
      if (open && open[1]) {
        fence = { char: open[1][0] ?? '`', length: open[1].length };
        ranges.push({ start: lineStart, end: lineEnd });
      } else if (LINK_DEFINITION.test(line) || THEMATIC_BREAK.test(line) || HTML_BLOCK.test(line) && !/[\p{L}]\s+[\p{L}]/u.test(line.replace(/<[^>]*>/g, ''))) {
        ranges.push({ start: lineStart, end: lineEnd });
      } else {
        maskInline(line, lineStart, ranges);
      }
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return applyMask(text, ranges);
}

function maskInline(line: string, offset: number, ranges: MaskRange[]): void {
  const add = (start: number, end: number): void => {
    if (end > start) ranges.push({ start: offset + start, end: offset + end });
  };
  const marker = BLOCK_MARKER.exec(line);
  if (marker) add(0, marker[0].length);
  if (/^ {0,3}#/.test(line)) {
    const close = HEADING_CLOSE.exec(line);
    if (close) add(close.index, line.length);
  }
  // Code spans first: nothing inside them is markup.
  const codeSpans: MaskRange[] = [];
  if (line.includes('`')) {
    const tick = /`+/g;
    for (let m = tick.exec(line); m; m = tick.exec(line)) {
      const run = m[0];
      const close = line.indexOf(run, m.index + run.length);
      if (close < 0) continue;
      // A longer run is not a closing one; keep it simple and accept the first equal run.
      codeSpans.push({ start: m.index, end: close + run.length });
      tick.lastIndex = close + run.length;
    }
  }
  for (const c of codeSpans) add(c.start, c.end);
  const outsideCode = (i: number): boolean => !codeSpans.some((c) => i >= c.start && i < c.end);
  // Each pattern runs only on lines holding a character it cannot match
  // without: most lines of prose have no markup at all.
  const hasAngle = line.includes('<');
  const hasClose = line.includes(']');
  if (line.includes('![')) maskMatches(IMAGE, line, outsideCode, add);
  if (hasAngle) maskMatches(AUTOLINK, line, outsideCode, add);
  if (hasAngle) maskMatches(HTML_TAG, line, outsideCode, add);
  if (hasClose && line.includes('](')) maskMatches(LINK_TARGET, line, outsideCode, add);
  if (hasClose && line.includes('][')) maskMatches(REF_LINK, line, outsideCode, add);
  maskIdentifiers(line, outsideCode, add);
  if (line.includes('&')) maskMatches(CHAR_REF, line, outsideCode, add);
  if (hasClose && line.includes('[')) maskMatches(LINK_OPEN, line, outsideCode, add, 1);
  if (line.includes('\\')) maskMatches(ESCAPE, line, outsideCode, add, 1);
  if (line.includes('*') || line.includes('~') || line.includes('_')) maskMatches(EMPHASIS, line, outsideCode, add, 1);
}

/** URLs, e-mail addresses, handles and hashtags in `line`. */
function maskIdentifiers(line: string, outside: (i: number) => boolean, add: (start: number, end: number) => void): void {
  if (URL_HINT.test(line)) maskMatches(URL, line, outside, add);
  const at = line.includes('@');
  if (at) maskMatches(EMAIL, line, outside, add);
  if (at || line.includes('#')) maskMatches(TAG, line, outside, add);
}

/** Plain text has no markup, but its addresses, handles and hashtags are not prose either. */
export function maskPlainText(text: string): string {
  const ranges: MaskRange[] = [];
  maskIdentifiers(text, () => true, (start, end) => ranges.push({ start, end }));
  return applyMask(text, ranges);
}

/** What `line.matchAll(re)` finds outside code spans, each at least `minLength` long; `re` is global and left reset. */
function maskMatches(re: RegExp, line: string, outsideCode: (i: number) => boolean, add: (start: number, end: number) => void, minLength = 0): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const i = m.index;
    if (outsideCode(i)) add(i, i + Math.max(minLength, m[0].length));
    if (m[0].length === 0) re.lastIndex = i + (re.unicode && (line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  }
}

function applyMask(text: string, ranges: MaskRange[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    parts.push(text.slice(at, start));
    parts.push(maskRun(text, start, r.end));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function maskRun(text: string, start: number, end: number): string {
  // A run that fills its lines is block markup: spaces. Otherwise it sits
  // inside a sentence: the inline mask.
  const before = start === 0 ? '\n' : text[start - 1];
  const after = end >= text.length ? '\n' : text[end];
  const wholeLines = (before === '\n' || before === '\r') && (after === '\n' || after === '\r');
  const atLineStart = before === '\n' || before === '\r' || /^[ \t]*$/.test(lineBefore(text, start));
  const fill = wholeLines || atLineStart ? ' ' : INLINE_MASK;
  return text.slice(start, end).replace(/[^\r\n]/g, fill);
}

function lineBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return text.slice(i, offset);
}
