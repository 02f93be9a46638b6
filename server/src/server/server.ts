import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocale } from '../engine/messages';
import { ARTICLE_EXTENSIONS, Project, type FileReport } from '../engine/project';
import { LineIndex } from '../engine/textPositions';
import type { Article, Finding, Locale, OffsetEdit, SeverityOverride } from '../engine/types';
import { GitHistory } from '../node/gitHistory';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { ruleDocUri } from '../node/ruleDocs';
import { DiskSnapshotStore } from '../node/snapshotCache';
import { completeName, entityAt, semanticTokens, TOKEN_TYPES } from './editorKnowledge';
import { articleDocuments } from './documentSync';
import { hoverAt } from './hover';
import { OverlayFileSystem } from './overlayFileSystem';
import { CheckWorkspaceRequest, CounterpartsRequest, EntityLookupRequest, ReloadConfigurationRequest, StatusNotification, type CopydeskSettings, type EntityLookupResult } from './protocol';
import { entityHoverMarkdown } from '../engine/entities/hoverCard';
import { foldKey } from '../engine/entities/fold';
import { addAlias } from '../engine/entities/entityListEdit';
import { alignParagraphs } from '../engine/translation/alignment';

// The language server is a thin adapter: LSP in, the engine's Project in the
// middle, LSP out. It owns scheduling (debounce, cancellation of stale runs),
// the choice between pull and push diagnostics, and position conversion.

// A check that takes less than a frame runs as soon as the editor's
// notifications for one change are in (multi-cursor edits, a paste split in
// several notifications arrive within a millisecond or two of each other).
// A slower one waits for a pause in typing, as long as it takes, at most
// MAX_DEBOUNCE_MS: running it at every keystroke would fall behind the typist.
const MIN_DEBOUNCE_MS = 2;
const INSTANT_CHECK_MS = 16;
const MAX_DEBOUNCE_MS = 150;
const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ServerOptions {
  today?: () => Date;
  /** Where compiled entity lists are kept between sessions (none: lists are parsed each time). */
  snapshotDir?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(articleDocuments);
  const fs = new OverlayFileSystem(new NodeFileSystem());
  let locale: Locale = 'en';
  let pullDiagnostics = false;
  let canAskConfiguration = false;
  let trusted = false;
  let settings: CopydeskSettings = { enable: true, rules: {}, translations: { source: '' } };
  const history = new GitHistory();
  // Written a few seconds after a list loads, and not while the list is open
  // in the editor: a list being edited is loaded at every pause in typing.
  const snapshots = options.snapshotDir
    ? new DiskSnapshotStore(options.snapshotDir, { deferMs: 3000, shouldWrite: (paths) => !paths.some((p) => documents.all().some((d) => pathOf(d.uri) === p)) })
    : undefined;
  let project = makeProject();
  const results = new Map<string, FileReport>();
  const timers = new Map<string, NodeJS.Timeout>();
  const generation = new Map<string, number>();
  const pushedConfigProblems = new Set<string>();
  let lastCheckMs = MAX_DEBOUNCE_MS;

  function makeProject(): Project {
    const ruleOverrides: Record<string, SeverityOverride> = { ...settings.rules };
    return new Project(fs, {
      locale,
      history,
      today: options.today ?? (() => new Date()),
      ruleOverrides,
      ...(settings.translations.source ? { sourceLang: settings.translations.source } : {}),
      // Only a client that says the workspace is trusted lets configuration paths leave its folder.
      confineConfigPaths: !trusted,
      ...(snapshots ? { snapshots } : {}),
    });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = toLocale(params.locale);
    const init = params.initializationOptions as { trusted?: unknown } | undefined;
    trusted = init?.trusted === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    project = makeProject();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.copydesk'] },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: true },
      },
      serverInfo: { name: 'copydesk' },
    };
  });

  connection.onInitialized(() => {
    void refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (canAskConfiguration) {
      try {
        const value: unknown = await connection.workspace.getConfiguration('copydesk');
        settings = readSettings(value);
      } catch {
        // A client that cannot answer keeps the defaults.
      }
    }
    project = makeProject();
    results.clear();
    revalidateAll();
  }

  connection.onDidChangeConfiguration(() => {
    void refreshSettings();
  });

  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  const uriOf = (path: string): string => documents.all().find((d) => pathOf(d.uri) === path)?.uri ?? pathToFileURL(path).href;
  const isArticle = (path: string): boolean => ARTICLE_EXTENSIONS.test(path);

  /** A file changed (in the editor or on disk): what was read or worked out from it is stale. */
  function forget(path: string): void {
    project.invalidate(path);
    lineIndexes.delete(path);
  }

  documents.onDidOpen((e) => {
    const path = pathOf(e.document.uri);
    if (!path) return;
    fs.setOpen(path, e.document.getText());
    forget(path);
    schedule(path, 0);
  });
  documents.onDidChangeContent((e) => {
    const path = pathOf(e.document.uri);
    if (!path) return;
    fs.setOpen(path, e.document.getText());
    forget(path);
    schedule(path, lastCheckMs < INSTANT_CHECK_MS ? MIN_DEBOUNCE_MS : Math.min(MAX_DEBOUNCE_MS, lastCheckMs));
  });
  documents.onDidClose((e) => {
    const path = pathOf(e.document.uri);
    if (!path) return;
    fs.close(path);
    forget(path);
    results.delete(path);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  documents.onDidSave(() => history.invalidate());

  connection.onDidChangeWatchedFiles((e) => {
    history.invalidate();
    for (const change of e.changes) {
      const path = pathOf(change.uri);
      if (path) forget(path);
    }
    results.clear();
    revalidateAll();
  });

  function revalidateAll(): void {
    for (const d of documents.all()) {
      const path = pathOf(d.uri);
      if (path && isArticle(path)) schedule(path, 0);
    }
  }

  /** Per-document debounce; a newer change makes the running generation stale. */
  function schedule(path: string, delay: number): void {
    const g = (generation.get(path) ?? 0) + 1;
    generation.set(path, g);
    const old = timers.get(path);
    if (old) clearTimeout(old);
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        validate(path, g);
      }, delay),
    );
  }

  function validate(path: string, g: number): void {
    if (!settings.enable || !isArticle(path)) return;
    const started = Date.now();
    const stale = (): boolean => generation.get(path) !== g;
    const isOpen = (p: string): boolean => documents.all().some((d) => pathOf(d.uri) === p);
    // The other versions' findings depend on this one: the open ones are
    // checked in the same run (their own rules come from the project's
    // cache when their text has not changed; the comparison runs once).
    const knownCounterparts = (results.get(path)?.translations ?? []).filter(isOpen);
    let reports: FileReport[];
    try {
      reports = project.check([path, ...knownCounterparts], stale);
    } catch (e) {
      connection.console.error(`Copydesk could not check ${path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return;
    }
    lastCheckMs = Date.now() - started;
    if (stale() || reports.length === 0) return;
    const report = reports.find((r) => r.path === path);
    if (!report) return;
    for (const r of reports) results.set(r.path, r);
    publishConfigProblems(path);
    const counterparts = report.translations.filter(isOpen);
    // Versions this run did not know about yet (the first check, a new pairing).
    for (const other of counterparts.filter((p) => !knownCounterparts.includes(p))) {
      try {
        const [r] = project.check([other]);
        if (r) results.set(other, r);
      } catch (e) {
        connection.console.error(`Copydesk could not check ${other}: ${String(e)}`);
      }
    }
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const p of new Set([path, ...knownCounterparts, ...counterparts])) publish(p);
    void connection.sendNotification(StatusNotification.type, {
      uri: uriOf(path),
      language: report.language ?? '',
      translations: report.translations.map((p) => uriOf(p)),
      findings: report.findings.length,
      elapsedMs: Date.now() - started,
    });
  }

  function publishConfigProblems(path: string): void {
    const problems = project.configProblems([path]);
    const byFile = new Map<string, Finding[]>();
    for (const f of problems) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
    for (const p of pushedConfigProblems) if (!byFile.has(p)) byFile.set(p, []);
    for (const [file, list] of byFile) {
      if (!file.startsWith('/')) continue;
      if (list.length > 0) pushedConfigProblems.add(file);
      else pushedConfigProblems.delete(file);
      void connection.sendDiagnostics({ uri: uriOf(file), diagnostics: list.map((f) => toDiagnostic(f)) });
    }
  }

  function publish(path: string): void {
    const report = results.get(path);
    void connection.sendDiagnostics({ uri: uriOf(path), version: versionOf(path), diagnostics: report ? report.findings.map((f) => toDiagnostic(f)) : [] });
  }

  const versionOf = (path: string): number | undefined => documents.all().find((d) => pathOf(d.uri) === path)?.version;

  // Offsets become lines and characters in the text they were found in: an
  // article's, list's or style guide's text as the project read it; any other
  // file as last read, until the editor or the watcher says it changed. Reading and decoding a 7 MB list for every diagnostic made
  // each keystroke cost the better part of a second.
  const lineIndexes = new Map<string, { text: string; index: LineIndex }>();
  function rangeOf(path: string, start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
    const checked = project.textRead(path);
    let cached = lineIndexes.get(path);
    if (cached && checked !== undefined && cached.text !== checked) cached = undefined;
    if (!cached) {
      let text = checked;
      if (text === undefined) {
        const read = fs.readText(path);
        text = read.ok ? read.text.replace(/^\uFEFF/, '') : (fs.readLenient(path) ?? '');
      }
      cached = { text, index: new LineIndex(text) };
      lineIndexes.set(path, cached);
    }
    return cached.index.rangeOf(start, end);
  }

  function toDiagnostic(f: Finding): Diagnostic {
    const href = ruleDocUri(f.rule);
    return {
      range: rangeOf(f.path, f.start, f.end),
      severity: SEVERITY[f.severity],
      source: 'copydesk',
      code: f.rule,
      ...(href ? { codeDescription: { href } } : {}),
      message: f.message,
      relatedInformation: f.related.map((r) => ({ location: { uri: uriOf(r.path), range: rangeOf(r.path, r.start, r.end) }, message: r.message })),
      data: { rule: f.rule, start: f.start, end: f.end },
    };
  }

  /**
   * The findings of an article, checked now when asked before its run
   * finished (the first one, or the one after a settings or file change
   * cleared them): an answer, not an empty one.
   */
  function reportNow(path: string): FileReport | undefined {
    const report = results.get(path);
    if (report || !isArticle(path)) return report;
    const [r] = project.check([path]);
    if (r) results.set(path, r);
    return r;
  }

  connection.languages.diagnostics.on((params) => {
    const path = pathOf(params.textDocument.uri);
    const found = path ? reportNow(path) : undefined;
    return { kind: DocumentDiagnosticReportKind.Full, items: found ? found.findings.map((f) => toDiagnostic(f)) : [] };
  });

  /**
   * Edits as the editor wants them. `basis` gives, for a file read just now
   * to compute its edit (an entity list), the text the offsets are in: the
   * range must come from that very text, whatever was read before.
   */
  function editOf(edits: readonly OffsetEdit[], basis?: { path: string; text: string }): WorkspaceEdit {
    const byPath = new Map<string, OffsetEdit[]>();
    for (const e of edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
    const basisIndex = basis ? new LineIndex(basis.text) : undefined;
    const documentChanges: TextDocumentEdit[] = [...byPath].map(([path, list]) => ({
      // A versioned edit: the editor refuses it if the document changed since.
      textDocument: { uri: uriOf(path), version: versionOf(path) ?? null },
      edits: list.map((e) => ({ range: basisIndex && basis?.path === path ? basisIndex.rangeOf(e.start, e.end) : rangeOf(path, e.start, e.end), newText: e.newText })),
    }));
    return { documentChanges };
  }

  connection.onCodeAction((params) => {
    const path = pathOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    // A closed file has no findings to fix; an open one asked for between runs is checked now.
    const report = path && document ? reportNow(path) : undefined;
    if (!path || !report) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (!only || only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) {
      const fixAllOffered = new Set<string>();
      const disableOffered = new Set<string>();
      const start = document ? document.offsetAt(params.range.start) : 0;
      const end = document ? document.offsetAt(params.range.end) : 0;
      for (const f of report.findings) {
        if (f.end < start || f.start > end) continue;
        const diagnostic = toDiagnostic(f);
        for (const fix of f.fixes) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.preferred, diagnostics: [diagnostic], edit: editOf(fix.edits) });
        }
        const alias = addAliasAction(f);
        if (alias) actions.push({ ...alias, diagnostics: [diagnostic] });
        const sameRule = report.findings.filter((x) => x.rule === f.rule && x.fixes.some((y) => y.preferred));
        if (sameRule.length > 1 && !fixAllOffered.has(f.rule)) {
          fixAllOffered.add(f.rule);
          const edits = dropOverlaps(sameRule.flatMap((x) => x.fixes.find((y) => y.preferred)?.edits.filter((e) => e.path === path) ?? []));
          actions.push({ title: locale === 'fr' ? `Corriger tous les problèmes « ${f.rule} » du fichier` : `Fix all "${f.rule}" problems in this file`, kind: CodeActionKind.QuickFix, edit: editOf(edits) });
        }
        if (document && /\.(md|markdown|mdx)$/i.test(path) && !disableOffered.has(f.rule)) {
          disableOffered.add(f.rule);
          const line = document.positionAt(f.start).line;
          const indent = /^\s*/.exec(document.getText({ start: { line, character: 0 }, end: { line, character: 200 } }))?.[0] ?? '';
          actions.push({
            title: locale === 'fr' ? `Désactiver « ${f.rule} » pour cette ligne` : `Disable "${f.rule}" for this line`,
            kind: CodeActionKind.QuickFix,
            edit: { documentChanges: [{ textDocument: { uri: params.textDocument.uri, version: document.version }, edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- copydesk-disable-next-line ${f.rule} -->${document.getText().includes('\r\n') ? '\r\n' : '\n'}` }] }] },
          });
        }
      }
    }
    if (only?.some((k) => k === 'source.fixAll.copydesk' || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source)) {
      const edits = report.findings.flatMap((f) => f.fixes.find((x) => x.preferred)?.edits.filter((e) => e.path === path) ?? []);
      if (edits.length > 0) actions.push({ title: locale === 'fr' ? 'Copydesk : tout corriger' : 'Copydesk: fix all', kind: 'source.fixAll.copydesk', edit: editOf(dropOverlaps(edits)) });
    }
    return actions;
  });

  /** "Add as alias of …": keeps a spelling by writing it into the entity list. */
  function addAliasAction(f: Finding): CodeAction | undefined {
    const d = f.data;
    if (f.rule !== 'entity.spelling' || !d?.['entityId'] || !d['form'] || !d['listPath']) return undefined;
    const read = fs.readText(d['listPath']);
    if (!read.ok) return undefined;
    const text = read.text.replace(/^\uFEFF/, '');
    const updated = addAlias(text, d['entityId'], d['form']);
    if (updated === undefined) return undefined;
    return {
      title: locale === 'fr' ? `Ajouter « ${d['form']} » comme variante de ${d['entityName'] ?? d['entityId']}` : `Add "${d['form']}" as an alias of ${d['entityName'] ?? d['entityId']}`,
      kind: CodeActionKind.QuickFix,
      edit: editOf([{ path: d['listPath'], start: 0, end: text.length, newText: updated }], { path: d['listPath'], text }),
    };
  }

  connection.onHover((params) => {
    const path = pathOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!path || !document) return null;
    const article = project.article(path);
    if ('rule' in article) return null;
    const offset = document.offsetAt(params.position);
    const config = project.configFor(path);
    const hover = hoverAt(article, offset, config.entities, locale, (results.get(path)?.translations ?? []).map((p) => project.article(p)).filter((a): a is Article => !('rule' in a)));
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(path, hover.start, hover.end) };
  });

  /** The open article at a URI with its configuration, or undefined. */
  function openArticle(uri: string): { article: Article; document: TextDocument; path: string } | undefined {
    const path = pathOf(uri);
    const document = documents.get(uri);
    if (!path || !document || !isArticle(path)) return undefined;
    const article = project.article(path);
    return 'rule' in article ? undefined : { article, document, path };
  }

  connection.languages.semanticTokens.on((params) => {
    const open = openArticle(params.textDocument.uri);
    if (!open) return { data: [] };
    return { data: semanticTokens(open.article, project.configFor(open.path).entities) };
  });

  connection.onDefinition((params) => {
    const open = openArticle(params.textDocument.uri);
    if (!open) return null;
    const entity = entityAt(open.article, project.configFor(open.path).entities, open.document.offsetAt(params.position));
    if (!entity || !entity.source.path.startsWith('/')) return null;
    return { uri: uriOf(entity.source.path), range: rangeOf(entity.source.path, entity.source.start, entity.source.end) };
  });

  connection.onCompletion((params) => {
    const open = openArticle(params.textDocument.uri);
    if (!open) return [];
    const offset = open.document.offsetAt(params.position);
    return completeName(open.article, project.configFor(open.path).entities, offset).map((c) => ({
      label: c.label,
      detail: c.detail,
      kind: CompletionItemKind.Reference,
      textEdit: { range: { start: open.document.positionAt(c.start), end: params.position }, newText: c.label },
    }));
  });

  connection.onRequest(CounterpartsRequest.type, (params) => {
    const open = openArticle(params.uri);
    if (!open) return [];
    const offset = open.document.offsetAt(params.position);
    const here = open.article.paragraphs.find((p) => offset <= p.end) ?? open.article.paragraphs[open.article.paragraphs.length - 1];
    const report = results.get(open.path) ?? project.check([open.path])[0];
    const entities = project.configFor(open.path).entities;
    return (report?.translations ?? []).flatMap((path) => {
      const other = project.article(path);
      if ('rule' in other) return [];
      const pair = here ? alignParagraphs(open.article, other, entities).find((p) => p.a.index === here.index) : undefined;
      return [{ uri: uriOf(path), language: other.language, range: pair ? rangeOf(path, pair.b.start, pair.b.end) : rangeOf(path, 0, 0) }];
    });
  });

  connection.onRequest(EntityLookupRequest.type, (params) => {
    const path = params.uri ? pathOf(params.uri) : undefined;
    const config = project.configFor(path ?? `${process.cwd()}/untitled.md`);
    const article = path ? project.article(path) : undefined;
    const lang = article && !('rule' in article) ? article.language : locale;
    const q = foldKey(params.query.trim());
    const out: EntityLookupResult[] = [];
    for (const e of config.entities.all()) {
      const forms = [e.name, ...Object.values(e.names), ...e.aliases, ...Object.values(e.aliasesByLang).flat()];
      if (q && !forms.some((f) => foldKey(f).includes(q)) && !e.id.includes(q)) continue;
      out.push({
        id: e.id,
        name: e.names[lang] ?? e.name,
        type: e.type,
        markdown: entityHoverMarkdown(e, lang, locale, undefined),
        ...(e.source.path.startsWith('/') ? { location: { uri: uriOf(e.source.path), range: rangeOf(e.source.path, e.source.start, e.source.end) } } : {}),
      });
      if (out.length >= 200) break;
    }
    return out;
  });

  connection.onRequest(ReloadConfigurationRequest.type, () => {
    project.invalidate();
    lineIndexes.clear();
    results.clear();
    revalidateAll();
  });

  connection.onRequest(CheckWorkspaceRequest.type, (params) => {
    const roots = (params.folders ?? []).map((u) => pathOf(u)).filter((p): p is string => p !== undefined);
    const reports = project.check(roots);
    for (const r of reports) {
      results.set(r.path, r);
      if (!pullDiagnostics) publish(r.path);
    }
    return { files: reports.length, findings: reports.reduce((n, r) => n + r.findings.length, 0) };
  });

  // Tests of the client's recovery need a server that dies on demand; only
  // an environment set by those tests turns this on.
  if (process.env['COPYDESK_TEST_HOOKS'] === '1') {
    connection.onRequest('copydesk/testCrash', () => process.exit(3));
  }

  documents.listen(connection);
  connection.listen();
}

function dropOverlaps(edits: OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.start < end || out.some((o) => o.start === e.start && o.end === e.end)) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

function readSettings(value: unknown): CopydeskSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const rules: Record<string, SeverityOverride> = {};
  const rawRules = v['rules'];
  if (rawRules && typeof rawRules === 'object') {
    for (const [k, s] of Object.entries(rawRules as Record<string, unknown>)) {
      if (s === 'error' || s === 'warning' || s === 'info' || s === 'hint' || s === 'off') rules[k] = s;
      else if (s === 'information') rules[k] = 'info';
    }
  }
  const translations = v['translations'] && typeof v['translations'] === 'object' ? (v['translations'] as Record<string, unknown>) : {};
  const source = typeof translations['source'] === 'string' ? translations['source'] : '';
  return { enable: v['enable'] !== false, rules, translations: { source } };
}
