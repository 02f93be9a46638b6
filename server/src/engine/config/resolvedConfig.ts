import { builtinEntities } from '../entities/builtinEntities';
import { EntityIndex } from '../entities/entityIndex';
import { decodeSnapshot, encodeSnapshot, type SnapshotStore } from '../entities/entitySnapshot';
import { loadEntityList, mergeEntityLists } from '../entities/entityList';
import { joinPath, type FileSystem } from '../fileSystem';
import type { DocumentRule } from '../rules/rule';
import { stripBom } from '../textPositions';
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
  /**
   * The text of each list and style guide as it was read: findings point into
   * them by offset (an entity's definition), so a report places them with the
   * text they were computed from, without reading the file again.
   */
  texts: ReadonlyMap<string, string>;
}

export function resolveConfig(fs: FileSystem, file: ConfigFile, dir: string, confine = false, snapshots?: SnapshotStore): ResolvedConfig {
  const problems: Finding[] = [...file.problems];
  const sources = [file.path];
  const texts = new Map<string, string>();

  /** The text of a file the configuration names, or undefined with a problem said where it is named. */
  const readNamed = (ref: PathRef, what: string): { path: string; text: string } | undefined => {
    const path = joinPath(dir, ref.value);
    if (confine && path !== dir && !path.startsWith(`${dir}/`)) {
      problems.push(configProblem(file.path, ref.start, ref.end, `"${ref.value}" is outside this workspace folder; in an untrusted workspace Copydesk only reads files beside its configuration.`));
      return undefined;
    }
    sources.push(path);
    const read = fs.readText(path);
    if (read.ok) {
      // Without its BOM: parsed and reported alike, positions match what an editor shows.
      const text = stripBom(read.text).text;
      texts.set(path, text);
      return { path, text };
    }
    problems.push(configProblem(file.path, ref.start, ref.end, `Copydesk cannot read the ${what} "${ref.value}": ${read.message} Check the path; it is relative to this file.`));
    return undefined;
  };

  const listFiles = file.entities.map((ref) => readNamed(ref, 'entity list')).filter((r) => r !== undefined);
  const entities = entityIndexFor(listFiles, file.builtins, problems, snapshots);

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

  return { file, dir, entities, styleRules, problems, sources, texts };
}

// Below this much list text, parsing is a matter of milliseconds: no snapshot.
const SNAPSHOT_FROM_BYTES = 128 * 1024;

/**
 * The index of the named lists: read back from a snapshot of the very same
 * list text when the store has one, else loaded from the YAML (and stored,
 * when the lists have no mistakes: a list with mistakes must be read again
 * each time, so that its problems are reported).
 */
function entityIndexFor(
  listFiles: ReadonlyArray<{ path: string; text: string }>,
  builtins: boolean,
  problems: Finding[],
  snapshots: SnapshotStore | undefined,
): EntityIndex {
  const store = snapshots && listFiles.reduce((n, f) => n + f.text.length, 0) >= SNAPSHOT_FROM_BYTES ? snapshots : undefined;
  const variant = `builtins=${String(builtins)}`;
  const stored = store?.read(listFiles, variant);
  const fromSnapshot = stored && decodeSnapshot(stored);
  if (fromSnapshot) return fromSnapshot;
  const lists = listFiles.map((r) => loadEntityList(r.path, r.text));
  // The built-in list fills gaps; the newsroom's own entries always win.
  const merged = mergeEntityLists(lists, builtins ? { fallback: builtinEntities() } : {});
  problems.push(...merged.problems);
  const index = EntityIndex.build(merged.entities, merged.indexed);
  if (store && merged.problems.length === 0) store.write(listFiles, variant, () => encodeSnapshot(index));
  return index;
}
