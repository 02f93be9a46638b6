import { join } from 'node:path';

// Rule pages ship with the extension (docs/rules/<id>.md), so the link on a
// diagnostic opens offline. The bundles live in dist/, one level below.

export function ruleDocPath(ruleId: string): string {
  const id = ruleId.replace(/[^a-z0-9._-]/gi, '_');
  return join(__dirname, '..', 'docs', 'rules', `${id}.md`);
}
