import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { documentedRules, rulePage } from '../../scripts/ruleDocs';

test('every built-in rule has an up-to-date documentation page (npm run docs regenerates them)', () => {
  const dir = join(__dirname, '..', '..', 'docs', 'rules');
  for (const rule of documentedRules()) {
    let page = '';
    try {
      page = readFileSync(join(dir, `${rule.id}.md`), 'utf8');
    } catch {
      assert.fail(`docs/rules/${rule.id}.md is missing: run npm run docs`);
    }
    assert.equal(page, rulePage(rule), `docs/rules/${rule.id}.md is stale: run npm run docs`);
  }
});

test('every built-in rule and built-in style rule has a description in both locales and an example', () => {
  for (const rule of documentedRules()) {
    assert.ok(rule.description.en && rule.description.fr, rule.id);
    if (rule.id.startsWith('style.')) assert.ok((rule.examples?.length ?? 0) > 0, `${rule.id} has no example`);
  }
});
