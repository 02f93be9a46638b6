import { readFileSync } from 'node:fs';
import { parseArticle } from '../../server/src/engine/article';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import { builtinEntities } from '../../server/src/engine/entities/builtinEntities';
import { entitySpelling } from '../../server/src/engine/rules/entitySpelling';
import { entityTitle } from '../../server/src/engine/rules/entityTitle';
const idx = EntityIndex.build(builtinEntities());
for (const [f, lang] of [['000_7b97fe734857067e.txt','en'],['001_6c847b0968dc0a27.txt','fr']] as const) {
  const text = readFileSync('/work/shared/seeds/'+f,'utf8');
  const article = parseArticle({ path: f, text, lang });
  for (const locale of ['en','fr'] as const) {
  const ctx = { article, entities: idx, locale, articleDate: undefined, today: new Date('2026-01-10') };
  for (const r of [entitySpelling, entityTitle]) for (const x of r.check(ctx)) console.log(lang, x.rule, JSON.stringify(text.slice(x.start,x.end)), x.message, x.fixes.map(f=>JSON.stringify(f.edits[0]?.newText)+(f.preferred?'*':'')).join());
  }
}
