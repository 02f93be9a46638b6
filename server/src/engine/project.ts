import { articleKindOf, parseArticle } from './article';
import { CONFIG_FILE_NAMES, defaultConfig, parseConfigFile } from './config/configFile';
import { resolveConfig, type ResolvedConfig } from './config/resolvedConfig';
import { articleDateOf } from './articleDate';
import type { SnapshotStore } from './entities/entitySnapshot';
import { basename, dirname, joinPath, normalizePath, type FileSystem } from './fileSystem';
import { say } from './messages';
import { DOCUMENT_RULES, TRANSLATION_RULES } from './rules/registry';
import type { DocumentContext, DocumentRule } from './rules/rule';
import { isSuppressed } from './style/suppressions';
import { stripBom } from './textPositions';
import type { VersionHistory } from './translation/history';
import { deferToTranslation, uncrossPreferred } from './translation/deferredFixes';
import { groupVersions, isLanguageFolder, languageInName, type PairingCandidate, type VersionGroup } from './translation/pairing';
import type { Article, Finding, Lang, Locale, RawFinding, Severity, SeverityOverride } from './types';

// The engine's front door: files in, findings out. It reads through an
// injected FileSystem, so the CLI, the language server and the tests drive
// the very same code. It caches what depends only on a file's content.

export interface ProjectOptions {
  locale: Locale;
  /** The clock, for titles in time and implied years. */
  today: () => Date;
  /** `--config FILE`: one configuration for every file. */
  configPath?: string;
  /** Severity overrides from the editor's settings; they win over the config file. */
  ruleOverrides?: Readonly<Record<string, SeverityOverride>>;
  /** The source language from the editor's settings, when the config names none. */
  sourceLang?: Lang;
  /** Larger files are not checked (a notice says so). */
  maxFileSize?: number;
  /** The repository's history, for translation.stale. */
  history?: VersionHistory;
  /**
   * Refuse configuration paths that leave the configuration's folder (an
   * untrusted workspace must not make the editor read files elsewhere).
   */
  confineConfigPaths?: boolean;
  /** Compiled entity lists kept between runs (none: every list is parsed). */
  snapshots?: SnapshotStore;
  /** When given, each rule's time in milliseconds is added here, by rule id (`COPYDESK_TIMING=1`). */
  ruleTimes?: Map<string, number>;
}

export interface FileReport {
  path: string;
  language: Lang | undefined;
  /** The other versions of the same article. */
  translations: string[];
  findings: Finding[];
}

export const ARTICLE_EXTENSIONS = /\.(md|markdown|mdx|txt|article)$/i;
const SKIPPED_NAMES = /^(readme|changelog|license|licence|contributing)(\.|$)/i;
const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;
/** More folders than this beside a file's are a folder per story, not per language. */
const MAX_SIBLING_FOLDERS = 8;

export class Project {
  private readonly configs = new Map<string, ResolvedConfig>();
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly configDirOf = new Map<string, string | undefined>();
  private readonly articles = new Map<string, { text: string; article: Article }>();
  /** Folder listings, read once per check: pairing asks for the same folder once per article in it. */
  private listings = new Map<string, string[]>();
  private siblings = new Map<string, string[]>();
  /** Article files below a configuration's folder, for translationKey lookups. */
  private readonly scopeFiles = new Map<string, string[]>();
  /**
   * Findings of the per-document rules, per (immutable) article: after a
   * keystroke in one version, the others are checked again for what they
   * share, but their own text has not changed. Valid for one configuration
   * and one day (rules read "today" for implied years).
   */
  private readonly documentFindings = new WeakMap<Article, { config: ResolvedConfig; day: string; findings: Finding[] }>();

  constructor(
    private readonly fs: FileSystem,
    private readonly options: ProjectOptions,
  ) {}

  /** Forget what was read from `path` (or everything); call it when a file changes. */
  invalidate(path?: string): void {
    // A path we have not read is a file created (or a folder changed): the lists of files are stale.
    if (path === undefined || !this.articles.has(path)) this.scopeFiles.clear();
    if (path === undefined || CONFIG_FILE_NAMES.some((n) => path.endsWith(`/${n}`)) || [...this.configs.values()].some((c) => c.sources.includes(path))) {
      this.configs.clear();
      this.configDirOf.clear();
    }
    if (path === undefined) this.articles.clear();
    else this.articles.delete(path);
  }

  /** Expands folders into the article files below them, in a stable order. */
  expand(paths: readonly string[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = (dir: string, depth: number): void => {
      if (depth > 32) return;
      for (const e of this.fs.listDir(dir)) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const p = joinPath(dir, e.name);
        if (e.isDirectory) walk(p, depth + 1);
        else if (e.isFile && ARTICLE_EXTENSIONS.test(e.name) && !SKIPPED_NAMES.test(e.name) && !seen.has(p)) {
          seen.add(p);
          out.push(p);
        }
      }
    };
    for (const raw of paths) {
      const p = normalizePath(raw);
      if (this.fs.isFile(p)) {
        if (!seen.has(p)) {
          seen.add(p);
          out.push(p);
        }
      } else walk(p, 0);
    }
    return out;
  }

  /** The configuration that governs a file: the nearest .copydesk.yaml above it, or the defaults. */
  configFor(path: string): ResolvedConfig {
    const configPath = this.options.configPath ? normalizePath(this.options.configPath) : this.findConfigFile(dirname(path));
    const key = configPath ?? '<defaults>';
    let config = this.configs.get(key);
    if (!config) {
      if (configPath) {
        const read = this.fs.readText(configPath);
        // Parsed without its BOM, as an editor shows it: positions then match.
        const file = read.ok ? parseConfigFile(configPath, stripBom(read.text).text) : defaultConfig(configPath);
        if (!read.ok) file.problems.push({ rule: 'config.invalid', severity: 'error', message: `Copydesk cannot read its configuration: ${read.message}`, path: configPath, start: 0, end: 0, related: [], fixes: [] });
        config = resolveConfig(this.fs, file, dirname(configPath), this.options.confineConfigPaths === true, this.options.snapshots);
      } else {
        config = resolveConfig(this.fs, defaultConfig('<defaults>'), dirname(path));
      }
      // While a configuration has mistakes, the last good one stays in force
      // (an editor mid-way through typing a list keeps its checks); the
      // mistakes are still reported.
      const good = this.lastGood.get(key);
      if (config.problems.length === 0) this.lastGood.set(key, config);
      else if (good) {
        // The good entries and the new problems point into different texts:
        // none is kept, and a report reads the files as they are now.
        config = { ...good, problems: config.problems, sources: [...new Set([...good.sources, ...config.sources])], texts: new Map() };
      }
      this.configs.set(key, config);
    }
    return config;
  }

  private findConfigFile(dir: string): string | undefined {
    if (this.configDirOf.has(dir)) return this.configDirOf.get(dir);
    let found: string | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = joinPath(dir, name);
      if (this.fs.isFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent !== dir ? this.findConfigFile(parent) : undefined;
    }
    this.configDirOf.set(dir, found);
    return found;
  }

  /**
   * The text of an article, entity list or style guide this project has
   * already read, without reading it again (reporters turn offsets into lines
   * with it after a check; a 100,000-name list is 7 MB).
   */
  textRead(path: string): string | undefined {
    const article = this.articles.get(path)?.article.text;
    if (article !== undefined) return article;
    for (const config of this.configs.values()) {
      const text = config.texts.get(path);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** The parsed article, or a finding that says why the file cannot be checked. */
  article(path: string): Article | Finding {
    const read = this.fs.readText(path);
    if (!read.ok) {
      return { rule: 'file.unreadable', severity: 'warning', message: read.message, path, start: read.offset ?? 0, end: read.offset ?? 0, related: [], fixes: [] };
    }
    const max = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (read.text.length > max) {
      return {
        rule: 'file.tooLarge',
        severity: 'info',
        message: say(this.options.locale, {
          en: `This file is too large to check (${Math.round(read.text.length / 1048576)} MB; the limit is ${Math.round(max / 1048576)} MB).`,
          fr: `Ce fichier est trop volumineux pour être vérifié (${Math.round(read.text.length / 1048576)} Mo ; la limite est de ${Math.round(max / 1048576)} Mo).`,
        }),
        path, start: 0, end: 0, related: [], fixes: [],
      };
    }
    const cached = this.articles.get(path);
    if (cached && cached.text === read.text) return cached.article;
    const config = this.configFor(path);
    const languages = config.file.languages;
    const article = parseArticle({ path, text: read.text, kind: articleKindOf(path), ...(languages ? { languages } : {}) });
    this.articles.set(path, { text: read.text, article });
    return article;
  }

  /** Checks files (folders are expanded) and returns one report per file, in order. */
  check(paths: readonly string[], isCancelled: () => boolean = () => false): FileReport[] {
    this.listings = new Map();
    this.siblings = new Map();
    const files = this.expand(paths);
    const reports = new Map<string, FileReport>();
    const loaded = new Map<string, Article>();
    for (const path of files) {
      const a = this.article(path);
      if ('rule' in a) reports.set(path, { path, language: undefined, translations: [], findings: [a] });
      else {
        loaded.set(path, a);
        reports.set(path, { path, language: a.language, translations: [], findings: [] });
      }
    }
    if (isCancelled()) return [];

    // Files named one by one may be paired by their texts wherever they are.
    const named = new Set(paths.map(normalizePath).filter((p) => loaded.has(p)));
    const groups = this.versionGroups([...loaded.values()], named);
    const contexts = new Map<string, DocumentContext>();
    const contextOf = (a: Article): DocumentContext => {
      let ctx = contexts.get(a.path);
      if (!ctx) {
        const config = this.configFor(a.path);
        ctx = { article: a, entities: config.entities, locale: this.options.locale, articleDate: articleDateOf(a), today: this.options.today() };
        contexts.set(a.path, ctx);
      }
      return ctx;
    };

    const severityOf = this.severities();
    for (const [path, article] of loaded) {
      if (isCancelled()) return [];
      const report = reports.get(path);
      if (!report) continue;
      const config = this.configFor(path);
      const day = this.options.today().toDateString();
      const known = this.documentFindings.get(article);
      if (known && known.config === config && known.day === day) {
        for (const f of known.findings) report.findings.push(f);
        continue;
      }
      const ctx = contextOf(article);
      const rules: DocumentRule[] = [...DOCUMENT_RULES, ...config.styleRules];
      const findings: Finding[] = [];
      for (const rule of rules) {
        const severity = severityOf(rule, config);
        if (severity === 'off') continue;
        for (const f of this.runTimed(() => rule.check(ctx), rule.id, severity, article)) findings.push(f);
      }
      this.documentFindings.set(article, { config, day, findings });
      for (const f of findings) report.findings.push(f);
    }

    const history = this.options.history;
    if (history?.prepare) {
      // Every pair translation.stale will ask about, told to the history at once.
      const stale = TRANSLATION_RULES.find((r) => r.id === 'translation.stale');
      const pairs: Array<[string, string]> = [];
      for (const group of groups) {
        if (!group.paths.some((p) => reports.has(p)) || !stale || severityOf(stale, this.configFor(group.paths[0] ?? '')) === 'off') continue;
        // (v, v) too: a version's own text at its last commit tells which paragraphs it changed since.
        for (const v of group.paths) for (const c of group.paths) pairs.push([v, c]);
      }
      if (pairs.length > 0) history.prepare(pairs);
    }

    for (const group of groups) {
      if (isCancelled()) return [];
      const members = group.paths.map((p) => loaded.get(p) ?? this.loadCounterpart(p)).filter((a): a is Article => a !== undefined);
      for (const m of members) {
        const report = reports.get(m.path);
        if (report) report.translations = members.filter((o) => o.path !== m.path).map((o) => o.path);
      }
      if (!members.some((m) => reports.has(m.path))) continue;
      const first = members[0];
      if (!first) continue;
      const config = this.configFor(first.path);
      const tctx = {
        versions: members.map(contextOf),
        sourceLang: config.file.translations.source ?? this.options.sourceLang,
        locale: this.options.locale,
        ...(this.options.history ? { history: this.options.history } : {}),
      };
      for (const rule of TRANSLATION_RULES) {
        const severity = severityOf(rule, config);
        if (severity === 'off') continue;
        // Findings land in the report of the version they are about (suppressions are applied below).
        for (const f of this.runTimed(() => rule.check(tctx), rule.id, severity, first)) reports.get(f.path)?.findings.push(f);
      }
    }

    for (const report of reports.values()) {
      const article = loaded.get(report.path);
      if (article) report.findings = report.findings.filter((f) => f.path !== report.path || !isSuppressed(f, article.suppressions));
      report.findings = deferToTranslation(report.findings);
    }
    // Each version's findings are final only beside the other versions': fixes that would swap two versions' words are no one's choice.
    const all = [...reports.values()];
    const uncrossed = uncrossPreferred(all.map((r) => r.findings));
    all.forEach((report, k) => {
      report.findings = uncrossed[k] ?? report.findings;
      report.findings.sort((x, y) => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule));
    });
    return files.map((f) => reports.get(f)).filter((r): r is FileReport => r !== undefined);
  }

  /** Configuration problems of every configuration the checked files use. */
  configProblems(paths: readonly string[]): Finding[] {
    const seen = new Set<ResolvedConfig>();
    for (const p of this.expand(paths)) seen.add(this.configFor(p));
    if (seen.size === 0 && this.options.configPath) seen.add(this.configFor(joinPath(dirname(this.options.configPath), 'x.md')));
    return [...seen].flatMap((c) => c.problems);
  }

  private loadCounterpart(path: string): Article | undefined {
    const a = this.article(path);
    return 'rule' in a ? undefined : a;
  }

  /** Groups the given articles with their versions, looking beside them on disk for counterparts. */
  versionGroups(articles: readonly Article[], named: ReadonlySet<string> = new Set()): VersionGroup[] {
    const candidates = new Map<string, Article>();
    for (const a of articles) candidates.set(a.path, a);
    const consider = (p: string): void => {
      if (candidates.has(p)) return;
      const c = this.loadCounterpart(p);
      if (c) candidates.set(p, c);
    };
    // The articles beside each one, once per folder: a folder of 900 articles
    // would otherwise be walked 900 times.
    for (const dir of new Set(articles.map((a) => dirname(a.path)))) for (const p of this.articlesInFolder(dir)) consider(p);
    for (const a of articles) for (const p of this.counterpartCandidates(a)) consider(p);
    const pairing: PairingCandidate[] = [...candidates.values()].map((article) => {
      const config = this.configFor(article.path);
      const scope = config.file.path === '<defaults>' ? dirname(article.path) : config.dir;
      return { article, scope, settings: config.file.translations, entities: config.entities, named: named.has(article.path) };
    });
    return groupVersions(pairing);
  }

  /** Where else this article's versions may be, beyond its own folder (which versionGroups reads once per folder). */
  private counterpartCandidates(a: Article): string[] {
    const out = new Set<string>();
    const dir = dirname(a.path);
    const folder = basename(dir);
    // Sibling folders: en/ and fr/, or any two (source/, target/) when the
    // file's name says no language. A file of the same name there is a
    // candidate; whether it is a version, pairing decides (by its folder's
    // name, or by its text).
    if (isLanguageFolder(folder) || !languageInName(basename(a.path))) {
      for (const sibling of this.siblingFolders(dir)) {
        if (sibling === folder || (isLanguageFolder(folder) && !isLanguageFolder(sibling))) continue;
        const p = joinPath(joinPath(dirname(dir), sibling), basename(a.path));
        if (this.fs.isFile(p)) out.add(p);
      }
    }
    const config = this.configFor(a.path);
    for (const group of config.file.translations.groups) {
      const paths = group.map((g) => joinPath(config.dir, g.value));
      if (paths.includes(a.path)) for (const p of paths) if (this.fs.isFile(p)) out.add(p);
    }
    const of = a.frontMatter?.data['translationOf'];
    if (typeof of === 'string') out.add(joinPath(dir, of));
    if (a.frontMatter?.data['translationKey'] !== undefined && config.file.path !== '<defaults>') {
      let files = this.scopeFiles.get(config.dir);
      if (!files) {
        files = this.expand([config.dir]).filter((p) => /\.(md|markdown|mdx)$/i.test(p)).slice(0, 5000);
        this.scopeFiles.set(config.dir, files);
      }
      for (const p of files) out.add(p);
    }
    out.delete(a.path);
    return [...out];
  }

  /**
   * The folders beside `dir` (its parent's other subfolders), read once per
   * parent; none when there are many (a folder per story, a year of them):
   * parallel versions sit in a handful of folders.
   */
  private siblingFolders(dir: string): string[] {
    const parent = dirname(dir);
    let found = this.siblings.get(parent);
    if (!found) {
      const dirs = parent === dir ? [] : this.fs.listDir(parent).filter((e) => e.isDirectory && !e.name.startsWith('.') && e.name !== 'node_modules');
      found = dirs.length <= MAX_SIBLING_FOLDERS ? dirs.map((e) => e.name) : [];
      this.siblings.set(parent, found);
    }
    return found;
  }

  private articlesInFolder(dir: string): string[] {
    let found = this.listings.get(dir);
    if (!found) {
      found = this.fs.listDir(dir).filter((e) => e.isFile && ARTICLE_EXTENSIONS.test(e.name) && !SKIPPED_NAMES.test(e.name)).map((e) => joinPath(dir, e.name));
      this.listings.set(dir, found);
    }
    return found;
  }

  /**
   * severityOf for one check, remembered per configuration and rule: it is
   * asked for every rule of every file, and a configuration's rules are the
   * same objects for all its files.
   */
  private severities(): (rule: { id: string; defaultSeverity: Severity }, config: ResolvedConfig) => SeverityOverride {
    const known = new Map<ResolvedConfig, Map<object, SeverityOverride>>();
    return (rule, config) => {
      let byRule = known.get(config);
      if (!byRule) {
        byRule = new Map();
        known.set(config, byRule);
      }
      let severity = byRule.get(rule);
      if (severity === undefined) {
        severity = this.severityOf(rule.id, rule.defaultSeverity, config);
        byRule.set(rule, severity);
      }
      return severity;
    };
  }

  private runTimed(check: () => RawFinding[], id: string, severity: Severity, article: Article): Finding[] {
    const times = this.options.ruleTimes;
    if (!times) return runRule(check, id, severity, article);
    const start = performance.now();
    const findings = runRule(check, id, severity, article);
    times.set(id, (times.get(id) ?? 0) + performance.now() - start);
    return findings;
  }

  private severityOf(id: string, fallback: Severity, config: ResolvedConfig): SeverityOverride {
    const family = `${id.split('.')[0] ?? id}.*`;
    const fromSettings = this.options.ruleOverrides?.[id] ?? this.options.ruleOverrides?.[family];
    return fromSettings ?? config.file.rules[id] ?? config.file.rules[family] ?? fallback;
  }
}

/** A rule that throws must not take the others down: its failure becomes a finding. */
function runRule(check: () => RawFinding[], id: string, severity: Severity, article: Article): Finding[] {
  try {
    return check().map((f) => ({ ...f, severity }));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [{ rule: 'copydesk.internal', severity: 'info', message: `Rule ${id} failed on this file: ${message}`, path: article.path, start: 0, end: 0, related: [], fixes: [] }];
  }
}
