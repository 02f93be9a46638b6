import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Rule pages ship with the extension (docs/rules/<id>.md, generated from the
// rule definitions), so the link on a diagnostic opens offline. The bundles
// live in dist/, one level below.

export function ruleDocPath(ruleId: string): string {
  const id = ruleId.replace(/[^a-z0-9._-]/gi, '_');
  return join(__dirname, '..', 'docs', 'rules', `${id}.md`);
}

const known = new Map<string, string | undefined>();

/** A file URL to the rule's page, or undefined for rules without one (a house style's own rules). */
export function ruleDocUri(ruleId: string): string | undefined {
  if (!known.has(ruleId)) {
    const path = ruleDocPath(ruleId);
    known.set(ruleId, existsSync(path) ? pathToFileURL(path).href : undefined);
  }
  return known.get(ruleId);
}
