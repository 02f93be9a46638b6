import { ALL_RULES } from '../server/src/engine/rules/registry';
import type { RuleMeta } from '../server/src/engine/rules/rule';
import { BUILTIN_STYLE_NAMES, builtinStyleGuide } from '../server/src/engine/style/builtinStyles';
import { compileStyleGuide } from '../server/src/engine/style/styleGuide';

// The rule pages under docs/rules/ are generated from the rule definitions
// and their examples, so the link on a diagnostic never drifts from the
// rule. `npm run docs` writes them; a unit test fails when they are stale.

export function documentedRules(): RuleMeta[] {
  const builtinStyle = BUILTIN_STYLE_NAMES.flatMap((n) => compileStyleGuide(builtinStyleGuide(n)));
  return [...ALL_RULES, ...builtinStyle].sort((a, b) => a.id.localeCompare(b.id));
}

export function rulePage(rule: RuleMeta): string {
  const lines = [`# \`${rule.id}\``, '', rule.description.en, '', `*${rule.description.fr}*`, '', `Default severity: **${rule.defaultSeverity}**. Change it or switch the rule off in \`.copydesk.yaml\`:`, '', '```yaml', 'rules:', `  ${rule.id}: off   # or error, warning, info, hint`, '```', ''];
  if (rule.examples && rule.examples.length > 0) {
    lines.push('## Examples', '');
    for (const e of rule.examples) {
      if (e.bad) lines.push(`- Flagged (${e.lang}): ${quoteBlock(e.bad)}`);
      if (e.good) lines.push(`- Left alone (${e.lang}): ${quoteBlock(e.good)}`);
    }
    lines.push('');
  }
  lines.push('Disable it for one passage of a Markdown article:', '', '```markdown', `<!-- copydesk-disable ${rule.id} -->`, '…', '<!-- copydesk-enable -->', '```', '');
  return lines.join('\n');
}

export function indexPage(rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.defaultSeverity} | ${r.description.en} |`);
  return ['# Copydesk rules', '', '| rule | default | what it checks |', '|---|---|---|', ...rows, ''].join('\n');
}

function quoteBlock(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}
