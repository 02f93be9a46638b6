import { isMap, isSeq, parseDocument, YAMLSeq, type YAMLMap } from 'yaml';

// "Add as alias of …": the editor keeps a spelling the list did not know.
// The list is edited through yaml's document model, which keeps comments
// and layout, and only when the entry and its aliases have a shape we can
// extend safely; otherwise no edit is offered.

export function addAlias(listText: string, entityId: string, alias: string): string | undefined {
  const doc = parseDocument(listText);
  if (doc.errors.length > 0) return undefined;
  const list = doc.get('entities', true);
  if (!isSeq(list)) return undefined;
  const entry = list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entityId);
  if (!entry) return undefined;
  const aliases = entry.get('aliases', true);
  if (aliases === undefined) {
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.add(alias);
    entry.set('aliases', seq);
  } else if (isSeq(aliases)) {
    if (aliases.items.some((a) => String((a as { value?: unknown }).value ?? a) === alias)) return undefined;
    aliases.add(alias);
  } else if (isMap(aliases)) {
    const common = aliases.get('default', true) ?? aliases.get('*', true) ?? aliases.get('all', true);
    if (isSeq(common)) common.add(alias);
    else {
      const seq = new YAMLSeq();
      seq.flow = true;
      seq.add(alias);
      aliases.set('default', seq);
    }
  } else return undefined;
  return doc.toString();
}
