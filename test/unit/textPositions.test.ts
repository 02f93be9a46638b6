import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, stripBom } from '../../server/src/engine/textPositions';

test('positions count UTF-16 code units per line, across LF, CRLF and lone CR', () => {
  const text = 'a😀b\r\nGoïta\rx\ny';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  // The emoji is two code units: "b" is at character 3.
  assert.deepEqual(idx.positionAt(3), { line: 0, character: 3 });
  assert.deepEqual(idx.positionAt(text.indexOf('G')), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf('x')), { line: 2, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf('y')), { line: 3, character: 0 });
  assert.equal(idx.offsetAt({ line: 1, character: 5 }), text.indexOf('\r', 5));
  // A character past the end of a line stops before its line break.
  assert.equal(idx.offsetAt({ line: 0, character: 99 }), 4);
});

test('combining marks are their own code units', () => {
  const text = 'Goi\u0308ta Traoré';
  const idx = new LineIndex(text);
  assert.deepEqual(idx.positionAt(text.indexOf('T')), { line: 0, character: 7 });
});

test('a BOM is removed and remembered, and positions do not count it', () => {
  const { text, hadBom } = stripBom('\uFEFFLe 22 décembre');
  assert.equal(hadBom, true);
  assert.equal(text.startsWith('Le'), true);
  assert.deepEqual(stripBom('abc'), { text: 'abc', hadBom: false });
});
