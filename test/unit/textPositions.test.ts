import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex, stripBom } from '../../server/src/engine/textPositions';

// One seed, so a run is the same on every machine; COPYDESK_PROPERTY_SEED tries others.
fc.configureGlobal({ seed: Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 20261122) });

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

test('property: every offset lands on the line and character that splitting the text gives, with and without carriage returns', () => {
  const piece = fc.constantFrom('a', 'é', 'e\u0301', '😀', ' ', '\n', '\r\n', '\r', '\n\n');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const idx = new LineIndex(text);
      const lines = text.split(/\r\n|\r|\n/);
      assert.equal(idx.lineCount, lines.length);
      let offset = 0;
      lines.forEach((line, n) => {
        for (let c = 0; c <= line.length; c++) assert.deepEqual(idx.positionAt(offset + c), { line: n, character: c });
        offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
      });
    }),
    { numRuns: 2000 },
  );
});
