import { builtinEntities } from '../entities/builtinEntities';
import { EntityIndex } from '../entities/entityIndex';
import { loadEntityList, mergeEntityLists } from '../entities/entityList';
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

  /** The text of a file the configuration names, or undefined with a problem said where it is named. */
  const readNamed = (ref: PathRef, what: string): { path: string; text: string } | undefined => {
    const path = joinPath(dir, ref.value);
    if (confine && path !== dir && !path.startsWith(`${dir}/`)) {
      problems.push(configProblem(file.path, ref.start, ref.end, `"${ref.value}" is outside this workspace folder; in an untrusted workspace Copydesk only reads files beside its configuration.`));
      return undefined;
    }
    sources.push(path);
    const read = fs.readText(path);
    if (read.ok) return { path, text: read.text };
    problems.push(configProblem(file.path, ref.start, ref.end, `Copydesk cannot read the ${what} "${ref.value}": ${read.message} Check the path; it is relative to this file.`));
    return undefined;
  };

  const lists = file.entities.map((ref) => readNamed(ref, 'entity list')).filter((r) => r !== undefined).map((r) => loadEntityList(r.path, r.text));
  // The built-in list fills gaps; the newsroom's own entries always win.
  const merged = mergeEntityLists(lists, file.builtins ? { fallback: builtinEntities() } : {});
  problems.push(...merged.problems);

  const styleRules: DocumentRule[] = [];
  const guides = file.styleGuides.length > 0 || !file.builtins ? file.styleGuides : BUILTIN_STYLE_NAMES.map((n) => ({ value: `builtin:${n}`, start: 0, end: 0 }));
  for (const ref of guides) {
    if (ref.value.startsWith('builtin:')) {
      const name = ref.value.slice('builtin:'.length);
      if ((BUILTIN_STYLE_NAMES as readonly string[]).includes(name)) styleRules.push(...compileStyleGuide(builtinStyleGuide(name as BuiltinStyleName)));
      else problems.push(configProblem(file.path, ref.start, ref.end, `There is no built-in style "${name}". Built-in styles: ${BUILTIN_STYLE_NAMES.map((n) => `builtin:${n}`).join(', ')}.`));
      continue;
    }
    const read = readNamed(ref, 'style guide');
    if (!read) continue;
    const loaded = loadStyleGuide(read.path, read.text);
    problems.push(...loaded.problems);
    styleRules.push(...compileStyleGuide(loaded.guide));
  }

  return { file, dir, entities: EntityIndex.build(merged.entities, merged.indexed), styleRules, problems, sources };
}
