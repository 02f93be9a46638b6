import { builtinEntities } from '../entities/builtinEntities';
import { EntityIndex } from '../entities/entityIndex';
import { loadEntityList, mergeEntityLists } from '../entities/entityList';
import type { Entity } from '../entities/entityTypes';
import { foldKey } from '../entities/fold';
import { joinPath, type FileSystem } from '../fileSystem';
import type { DocumentRule } from '../rules/rule';
import { builtinStyleGuide, BUILTIN_STYLE_NAMES, type BuiltinStyleName } from '../style/builtinStyles';
import { compileStyleGuide, loadStyleGuide } from '../style/styleGuide';
import type { Finding } from '../types';
import { configProblem } from './yamlSource';
import type { ConfigFile, PathRef } from './configFile';

// A configuration file with everything it names loaded: the entity lists
// merged into one index, the style guides compiled into rules. Every problem
// found on the way is a Finding in the file where it is, so the editor can
// show it in the Problems panel and the CLI can print it.

export interface ResolvedConfig {
  file: ConfigFile;
  /** The folder paths in the config are relative to. */
  dir: string;
  entities: EntityIndex;
  styleRules: DocumentRule[];
  problems: Finding[];
  /** Every file read to build this, so a watcher knows when to rebuild. */
  sources: string[];
}

export function resolveConfig(fs: FileSystem, file: ConfigFile, dir: string, confine = false): ResolvedConfig {
  const problems: Finding[] = [...file.problems];
  const sources = [file.path];

  const lists: Array<{ entities: Entity[]; problems: Finding[] }> = [];
  const outside = (ref: PathRef, path: string): boolean => {
    if (!confine || path === dir || path.startsWith(`${dir}/`)) return false;
    problems.push(configProblem(file.path, ref.start, ref.end, `"${ref.value}" is outside this workspace folder; in an untrusted workspace Copydesk only reads files beside its configuration.`));
    return true;
  };
  for (const ref of file.entities) {
    const path = joinPath(dir, ref.value);
    if (outside(ref, path)) continue;
    sources.push(path);
    const read = fs.readText(path);
    if (!read.ok) {
      problems.push(configProblem(file.path, ref.start, ref.end, `Copydesk cannot read the entity list "${ref.value}": ${read.message} Check the path; it is relative to this file.`));
      continue;
    }
    lists.push(loadEntityList(path, read.text));
  }
  const merged = mergeEntityLists(lists);
  problems.push(...merged.problems);
  const entities = file.builtins ? [...merged.entities, ...builtinsNotShadowed(merged.entities)] : merged.entities;

  const styleRules: DocumentRule[] = [];
  const guides = file.styleGuides.length > 0 || !file.builtins ? file.styleGuides : BUILTIN_STYLE_NAMES.map((n) => ({ value: `builtin:${n}`, start: 0, end: 0 }));
  for (const ref of guides) {
    if (ref.value.startsWith('builtin:')) {
      const name = ref.value.slice('builtin:'.length);
      if ((BUILTIN_STYLE_NAMES as readonly string[]).includes(name)) styleRules.push(...compileStyleGuide(builtinStyleGuide(name as BuiltinStyleName)));
      else problems.push(configProblem(file.path, ref.start, ref.end, `There is no built-in style "${name}". Built-in styles: ${BUILTIN_STYLE_NAMES.map((n) => `builtin:${n}`).join(', ')}.`));
      continue;
    }
    const path = joinPath(dir, ref.value);
    if (outside(ref, path)) continue;
    sources.push(path);
    const read = fs.readText(path);
    if (!read.ok) {
      problems.push(configProblem(file.path, ref.start, ref.end, `Copydesk cannot read the style guide "${ref.value}": ${read.message} Check the path; it is relative to this file.`));
      continue;
    }
    const loaded = loadStyleGuide(path, read.text);
    problems.push(...loaded.problems);
    styleRules.push(...compileStyleGuide(loaded.guide));
  }

  return { file, dir, entities: EntityIndex.build(entities), styleRules, problems, sources };
}

/** The built-in list fills gaps; the newsroom's own entries always win. */
function builtinsNotShadowed(own: readonly Entity[]): Entity[] {
  const ids = new Set(own.map((e) => e.id));
  const forms = new Set<string>();
  for (const e of own) for (const f of allForms(e)) forms.add(foldKey(f));
  return builtinEntities().filter((e) => !ids.has(e.id) && !allForms(e).some((f) => forms.has(foldKey(f))));
}

function allForms(e: Entity): string[] {
  return [e.name, ...Object.values(e.names), ...e.aliases, ...Object.values(e.aliasesByLang).flat()];
}
