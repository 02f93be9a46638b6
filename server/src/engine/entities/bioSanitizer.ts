// Bios come from entity lists anyone can commit: whatever they contain is
// shown as Markdown in a hover, so it is reduced to text, emphasis and web
// links. No HTML (it could carry scripts or tracking pixels), no `command:`
// or other non-web links (a click would run an editor command), no images
// (a remote image is a request to someone else's server on every hover).

const WEB_LINK = /^(?:https?:\/\/|mailto:)/i;

/** Bio Markdown made safe to render: HTML, images and non-web links removed, their text kept. */
export function sanitizeBioMarkdown(markdown: string): string {
  let s = markdown.replace(/\r\n?/g, '\n');
  // HTML comments and tags (including autolinks like <command:x>); keep what they enclose.
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  s = s.replace(/<\/?[A-Za-z][^<>]*>/g, '');
  s = s.replace(/<[a-z][a-z0-9+.-]*:[^<>\s]*>/gi, '');
  // Images, inline or by reference: the alt text stays.
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  // Reference definitions: keep only web targets.
  s = s.replace(/^ {0,3}\[[^\]]+\]:\s*(\S+).*$/gm, (line, target: string) => (WEB_LINK.test(target.replace(/^<|>$/g, '')) ? line : ''));
  // Inline links: keep web targets, turn others into their text.
  s = s.replace(/\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (whole, text: string, target: string) => (WEB_LINK.test(target) ? whole : text));
  // Anything left that still looks like a script or command URL is neutralised.
  s = s.replace(/\b(command|javascript|vbscript|data|file|vscode(?:-insiders)?):/gi, '$1&#58;');
  // Stray angle brackets and ampersands are shown, not interpreted.
  s = s.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return s.trim();
}

/** Text shown literally inside Markdown (names, aliases): every Markdown character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
