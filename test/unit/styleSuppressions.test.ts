import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSuppressed, parseSuppressions } from '../../server/src/engine/style/suppressions';
import type { Finding } from '../../server/src/engine/types';

function finding(rule: string, start: number): Finding {
  return { rule, severity: 'warning', message: '', path: 'a.md', start, end: start + 1, related: [], fixes: [] };
}

test('disable … enable covers the text between, for the listed rules or all', () => {
  const text = 'A\n<!-- copydesk-disable typography.fr-nbsp, style -->\nB : c\n<!-- copydesk-enable -->\nD : e\n';
  const s = parseSuppressions(text, 'markdown');
  assert.equal(s.length, 1);
  assert.deepEqual(s[0]?.rules, ['typography.fr-nbsp', 'style']);
  const inside = text.indexOf('B :') + 2;
  const outside = text.indexOf('D :') + 2;
  assert.equal(isSuppressed(finding('typography.fr-nbsp', inside), s), true);
  assert.equal(isSuppressed(finding('style.percent', inside), s), true, 'a family name covers its rules');
  assert.equal(isSuppressed(finding('typography.drop-cap', inside), s), false);
  assert.equal(isSuppressed(finding('typography.fr-nbsp', outside), s), false);
  assert.equal(isSuppressed(finding('styles.x', inside), s), false, 'a family is matched whole');
});

test('a bare disable runs to the end of the text and covers every rule', () => {
  const text = 'A\n<!-- copydesk-disable -->\nB\n';
  const s = parseSuppressions(text, 'markdown');
  assert.deepEqual(s, [{ start: text.indexOf('-->') + 3, end: text.length, rules: [] }]);
  assert.equal(isSuppressed(finding('anything.at-all', text.indexOf('B')), s), true);
  assert.equal(isSuppressed(finding('anything.at-all', 0), s), false);
});

test('enable with ids ends only those rules', () => {
  const text = '<!-- copydesk-disable a.x b.y -->\n1\n<!-- copydesk-enable a.x -->\n2\n';
  const s = parseSuppressions(text, 'markdown');
  const one = text.indexOf('1');
  const two = text.indexOf('2');
  assert.equal(isSuppressed(finding('a.x', one), s), true);
  assert.equal(isSuppressed(finding('a.x', two), s), false);
  assert.equal(isSuppressed(finding('b.y', two), s), true);
});

test('disable-next-line and disable-line, with CRLF', () => {
  const text = 'first\r\n<!-- copydesk-disable-next-line typography.double-space -->\r\nnext  line\r\nafter  line <!-- copydesk-disable-line -->\r\nlast  line\r\n';
  const s = parseSuppressions(text, 'markdown');
  assert.equal(isSuppressed(finding('typography.double-space', text.indexOf('next  line') + 4), s), true);
  assert.equal(isSuppressed(finding('typography.dash', text.indexOf('next  line') + 4), s), false);
  assert.equal(isSuppressed(finding('typography.double-space', text.indexOf('after') + 5), s), true);
  assert.equal(isSuppressed(finding('typography.double-space', text.indexOf('last') + 4), s), false);
  // The next line does not run past its line break.
  const next = s[0];
  assert.equal(text.slice(next?.start ?? 0, next?.end ?? 0), 'next  line');
});

test('plain text has no comments; unrelated comments are ignored', () => {
  assert.deepEqual(parseSuppressions('<!-- copydesk-disable -->\nB', 'plaintext'), []);
  assert.deepEqual(parseSuppressions('<!-- a comment -->\n<!-- copydesk-disabled -->\nB', 'markdown'), []);
  assert.deepEqual(parseSuppressions('<!-- copydesk-disable-next-line -->', 'markdown'), []);
});
