import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentedRules, indexPage, rulePage } from './ruleDocs';

const dir = join(__dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
const rules = documentedRules();
for (const r of rules) writeFileSync(join(dir, `${r.id}.md`), rulePage(r));
writeFileSync(join(dir, 'README.md'), indexPage(rules));
process.stdout.write(`wrote ${rules.length} rule pages to docs/rules/\n`);
