import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { applyEdits, preferredEdits } from '../engine/applyEdits';
import { entityListYaml, importCsv, importWikidata } from '../engine/entities/entityImport';
import { toLocale } from '../engine/messages';
import { Project, type FileReport } from '../engine/project';
import { ALL_RULES } from '../engine/rules/registry';
import type { Finding, Locale } from '../engine/types';
import { writeFileAtomic } from '../node/atomicWrite';
import { GitHistory } from '../node/gitHistory';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { ruleDocUri } from '../node/ruleDocs';
import { defaultCacheDir } from '../node/cacheDir';
import { DiskSnapshotStore } from '../node/snapshotCache';
import { formatGithub } from './formatGithub';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { toJsonReport } from './jsonReport';

// `copydesk check [PATH…]`: the engine on the disk, for pre-publish checks
// and CI. Exit 0: no error-severity finding; 1: at least one; 2: usage or
// configuration error.

declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  today: () => Date;
}

function usage(locale: Locale): string {
  return locale === 'fr'
    ? `Usage : copydesk check [CHEMIN…] [options]
        copydesk import-entities FICHIER [--from csv|wikidata] [--languages en,fr] [-o entities.yaml]

Vérifie les articles (.md, .txt) et leurs traductions. CHEMIN : fichiers ou dossiers (par défaut « . »).

Options :
  --format stylish|json|sarif|github   format de sortie (stylish par défaut)
  --fix                                applique les corrections préférées
  --config FICHIER                     utilise ce fichier de configuration
  --locale en|fr                       langue des messages
  --no-color                           sans couleurs
  --hints                              signale aussi les suggestions (questions de goût)
  --no-cache                           sans cache : relit les grandes listes d’entités, recompile le programme
  -h, --help    -v, --version
`
    : `Usage: copydesk check [PATH…] [options]
       copydesk import-entities FILE [--from csv|wikidata] [--languages en,fr] [-o entities.yaml]

Checks articles (.md, .txt) and their translations. PATH: files or folders (default ".").

Options:
  --format stylish|json|sarif|github   output format (default: stylish)
  --fix                                apply each finding's preferred fix
  --config FILE                        use this configuration file
  --locale en|fr                       language of the messages
  --no-color                           no colours
  --hints                              also report hints (matters of taste, off by default)
  --no-cache                           use no cache: parse large entity lists again, compile the CLI afresh
  -h, --help    -v, --version
`;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed;
  const envLocale = toLocale(io.env['COPYDESK_LOCALE'] ?? io.env['LC_ALL'] ?? io.env['LC_MESSAGES'] ?? io.env['LANG']);
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        'no-color': { type: 'boolean' },
        hints: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        from: { type: 'string' },
        languages: { type: 'string' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`copydesk: ${e instanceof Error ? e.message : String(e)}\n\n${usage(envLocale)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale: Locale = values.locale ? toLocale(values.locale) : envLocale;
  if (values.help) {
    io.stdout(usage(locale));
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'import-entities') return importEntities(rest, values, io, locale);
  if (command !== undefined && command !== 'check') {
    io.stderr(`copydesk: unknown command "${command}". ${locale === 'fr' ? 'Essayez' : 'Try'} "copydesk check".\n\n${usage(locale)}`);
    return 2;
  }
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`copydesk: --format must be one of ${FORMATS.join(', ')}.\n`);
    return 2;
  }
  const paths = (rest.length > 0 ? rest : ['.']).map((p) => toEnginePath(resolve(io.cwd, p)));
  const fs = new NodeFileSystem();
  for (const p of paths) {
    if (!existsSync(p)) {
      io.stderr(`copydesk: ${relative(io.cwd, p) || p}: ${locale === 'fr' ? 'fichier ou dossier introuvable' : 'no such file or folder'}.\n`);
      return 2;
    }
  }
  const configPath = values.config ? toEnginePath(resolve(io.cwd, values.config)) : undefined;
  if (configPath && !fs.isFile(configPath)) {
    io.stderr(`copydesk: --config ${values.config}: ${locale === 'fr' ? 'fichier introuvable' : 'no such file'}.\n`);
    return 2;
  }
  // Large entity lists are compiled once and kept in the user's cache folder;
  // a new snapshot is written once the report is out, so a first run shows its findings no later for it.
  const cacheDir = values['no-cache'] ? undefined : defaultCacheDir(io.env);
  const snapshots = cacheDir ? new DiskSnapshotStore(cacheDir, { deferMs: 'flush' }) : undefined;
  // COPYDESK_TIMING=1 prints the costliest rules to stderr (as ESLint's TIMING=1 does).
  const ruleTimes = io.env['COPYDESK_TIMING'] ? new Map<string, number>() : undefined;
  const project = new Project(fs, {
    locale,
    today: io.today,
    history: new GitHistory(),
    ...(configPath ? { configPath } : {}),
    ...(snapshots ? { snapshots } : {}),
    ...(ruleTimes ? { ruleTimes } : {}),
  });
  // Paths are printed the way they were named: relative to the working folder,
  // or absolute when the user gave absolute paths.
  const absolute = rest.length > 0 && rest.every((p) => isAbsolute(p));
  // Every finding names its file: each path is made relative once, not once per finding.
  const shown = new Map<string, string>();
  const display = (p: string): string => {
    let d = shown.get(p);
    if (d === undefined) shown.set(p, (d = absolute ? p : relative(io.cwd, p).split(sep).join('/') || p));
    return d;
  };
  // Positions in the report need each file's text: articles were read by the
  // check; other files (an entity list a fix edits) are read, never parsed as articles.
  const textOf = (p: string): string | undefined => {
    const known = project.textRead(p);
    if (known !== undefined) return known;
    const r = fs.readText(p);
    return r.ok ? r.text.replace(/^\uFEFF/, '') : fs.readLenient(p);
  };

  const configProblems = project.configProblems(paths);
  if (configProblems.length > 0) {
    const reports = groupByFile(configProblems);
    emit(format, reports, io, textOf, display, locale, values);
    io.stderr(locale === 'fr' ? 'copydesk : la configuration contient des erreurs ; corrigez-les puis relancez.\n' : 'copydesk: the configuration has errors; fix them and run again.\n');
    return 2;
  }

  const showProgress = io.isTty && format === 'stylish';
  // Hints are matters of taste (straight or curly apostrophes): the editor
  // shows them faintly and leaves them out of its Problems panel; so does the CLI.
  const visible = (rs: FileReport[]): FileReport[] => (values.hints ? rs : rs.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity !== 'hint') })));
  let reports = visible(project.check(paths));
  if (showProgress && reports.length > 20) io.stderr(`\r${reports.length} files checked\n`);

  if (values.fix) {
    const fixed = applyFixes(project, fs, reports);
    if (fixed.length > 0) {
      for (const p of fixed) project.invalidate(p);
      reports = visible(project.check(paths));
      io.stderr(locale === 'fr' ? `${fixed.length} fichier(s) corrigé(s).\n` : `Fixed ${fixed.length} file(s).\n`);
    }
  }
  emit(format, reports, io, textOf, display, locale, values);
  if (ruleTimes) io.stderr(timingTable(ruleTimes));
  const code = reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  if (snapshots) {
    // What the check made is garbage now: let the snapshot's bytes reuse its memory.
    reports = [];
    project.invalidate();
    snapshots.flush();
  }
  return code;
}

/** The rules that took longest, costliest first, with their share of all rules' time. */
export function timingTable(times: ReadonlyMap<string, number>, rows = 15): string {
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const width = Math.max(4, ...top.map(([id]) => id.length));
  const line = (id: string, ms: string, share: string): string => `${id.padEnd(width)} | ${ms.padStart(9)} | ${share.padStart(6)}\n`;
  const pct = (ms: number): string => (total > 0 ? `${((100 * ms) / total).toFixed(1)}%` : '-');
  return line('Rule', 'Time (ms)', 'Share') + top.map(([id, ms]) => line(id, ms.toFixed(1), pct(ms))).join('') + line('all rules', total.toFixed(1), '100%');
}

function emit(
  format: Format,
  reports: readonly FileReport[],
  io: CliIo,
  textOf: (p: string) => string | undefined,
  display: (p: string) => string,
  locale: Locale,
  values: { 'no-color'?: boolean | undefined; color?: boolean | undefined },
): void {
  const json = toJsonReport(reports, textOf, display);
  switch (format) {
    case 'json':
      io.stdout(JSON.stringify(json, null, 2) + '\n');
      break;
    case 'sarif':
      io.stdout(formatSarif(json, VERSION, ALL_RULES.map((r) => ({ id: r.id, description: r.description[locale], helpUri: ruleDocUri(r.id) ?? '' }))));
      break;
    case 'github':
      io.stdout(formatGithub(json));
      break;
    default: {
      const color = values.color ?? (!values['no-color'] && io.isTty && io.env['NO_COLOR'] === undefined);
      io.stdout(formatStylish(json, color, locale));
    }
  }
}

function groupByFile(findings: readonly Finding[]): FileReport[] {
  const byPath = new Map<string, FileReport>();
  for (const f of findings) {
    const r = byPath.get(f.path) ?? { path: f.path, language: undefined, translations: [], findings: [] };
    r.findings.push(f);
    byPath.set(f.path, r);
  }
  return [...byPath.values()];
}

/** Writes each file's preferred fixes atomically, keeping its BOM and line endings. */
function applyFixes(project: Project, fs: NodeFileSystem, reports: readonly FileReport[]): string[] {
  const edits = preferredEdits(reports.flatMap((r) => r.findings));
  const written: string[] = [];
  for (const [path, list] of edits) {
    const a = project.article(path);
    if ('rule' in a) continue;
    const { text, applied } = applyEdits(a.text, list);
    if (applied === 0 || text === a.text) continue;
    const raw = fs.readText(path);
    if (!raw.ok || raw.text.replace(/^\uFEFF/, '') !== a.text) continue; // changed on disk meanwhile: leave it
    writeFileAtomic(path, (a.hadBom ? '\uFEFF' : '') + text);
    written.push(path);
  }
  return written;
}

function toEnginePath(p: string): string {
  return p.split(sep).join('/');
}


/** `copydesk import-entities FILE`: a CSV or a Wikidata JSON export, as an entity list in YAML. */
function importEntities(args: readonly string[], values: { from?: string | undefined; languages?: string | undefined; output?: string | undefined }, io: CliIo, locale: Locale): number {
  const [file] = args;
  if (!file) {
    io.stderr(usage(locale));
    return 2;
  }
  const path = toEnginePath(resolve(io.cwd, file));
  const read = new NodeFileSystem().readText(path);
  if (!read.ok) {
    io.stderr(`copydesk: ${file}: ${read.message}\n`);
    return 2;
  }
  const from = values.from ?? (/\.csv$/i.test(file) ? 'csv' : 'wikidata');
  if (from !== 'csv' && from !== 'wikidata') {
    io.stderr('copydesk: --from must be csv or wikidata.\n');
    return 2;
  }
  const languages = (values.languages ?? 'en,fr').split(',').map((l) => l.trim()).filter(Boolean);
  const result = from === 'csv' ? importCsv(read.text) : importWikidata(read.text, languages);
  for (const p of result.problems) io.stderr(`copydesk: ${file}: ${p}\n`);
  if (result.entities.length === 0) {
    io.stderr(`copydesk: ${file}: no entity found.\n`);
    return 2;
  }
  const yamlText = entityListYaml(result, file);
  if (values.output) writeFileSync(resolve(io.cwd, values.output), yamlText);
  else io.stdout(yamlText);
  io.stderr(locale === 'fr' ? `${result.entities.length} entité(s) importée(s).\n` : `Imported ${result.entities.length} entit${result.entities.length === 1 ? 'y' : 'ies'}.\n`);
  return 0;
}
