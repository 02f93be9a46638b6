import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { LineIndex } from '../engine/textPositions';

// Incremental sync with the engine's own reading of positions. The stock
// TextDocument keeps line offsets incrementally and miscounts when an edit
// puts "\r" and "\n" next to each other (two line breaks for it, one for
// LSP), after which later edits land one character off. Articles are small:
// recomputing line starts per change is cheap, and always right.

function apply(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  const index = new LineIndex(text);
  const start = index.offsetAt(change.range.start);
  const end = Math.max(start, index.offsetAt(change.range.end));
  return text.slice(0, start) + change.text + text.slice(end);
}

export const articleDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
  update: (document, changes, version) => {
    let text = document.getText();
    for (const change of changes) text = apply(text, change);
    return TextDocument.create(document.uri, document.languageId, version, text);
  },
};
