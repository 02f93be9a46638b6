// The language status item ("{}" in the status bar) for articles: the
// article's language, the versions it is paired with, and how many findings
// Copydesk has. Fed by the server's copydesk/status notification.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CounterpartsRequest, StatusNotification, type StatusParams } from '../../server/src/server/protocol';
import { languageName } from './languageNames';

/** Above this, a check is slow enough for an editor to notice the delay. */
export const SLOW_CHECK_MS = 1000;

export const ARTICLE_SELECTOR: vscode.DocumentFilter[] = [
  { language: 'markdown' },
  { language: 'plaintext' },
  { language: 'copydesk-article' },
];

interface Shown {
  status: StatusParams;
  /** Language names of the other versions, by URI, once the server told them. */
  counterparts: Map<string, string>;
}

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, Shown>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.languages.createLanguageStatusItem('copydesk.status', ARTICLE_SELECTOR);
    this.item.name = 'Copydesk';
    this.disposables.push(
      this.item,
      client.onNotification(StatusNotification.type, (status) => this.received(status)),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
      client.onDidChangeState(() => this.render()),
    );
    this.render();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private received(status: StatusParams): void {
    const key = normalize(status.uri);
    const previous = this.byUri.get(key);
    const counterparts = previous?.counterparts ?? new Map<string, string>();
    this.byUri.set(key, { status, counterparts });
    this.render();
    // The notification gives the other versions' URIs only; ask once for their languages.
    const missing = status.translations.some((uri) => !counterparts.has(normalize(uri)));
    if (missing && this.client.isRunning()) {
      this.client
        .sendRequest(CounterpartsRequest.type, { uri: status.uri, position: { line: 0, character: 0 } })
        .then((found) => {
          for (const c of found) counterparts.set(normalize(c.uri), c.language);
          this.render();
        }, () => undefined);
    }
  }

  private render(): void {
    const item = this.item;
    const document = vscode.window.activeTextEditor?.document;
    const shown = document ? this.byUri.get(document.uri.toString()) : undefined;
    // Shows the editor-title button only on articles that have another version.
    void vscode.commands.executeCommand('setContext', 'copydesk.hasOtherVersion', (shown?.status.translations.length ?? 0) > 0);
    item.command = undefined;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.busy = false;
    if (!this.client.isRunning()) {
      item.text = 'Copydesk';
      item.detail = vscode.l10n.t('checker not running');
      item.command = { title: vscode.l10n.t('Restart'), command: 'copydesk.restartServer' };
      return;
    }
    if (!shown) {
      item.text = 'Copydesk';
      item.detail = vscode.l10n.t('checking…');
      item.busy = true;
      return;
    }
    const { status, counterparts } = shown;
    item.text = languageName(status.language) || vscode.l10n.t('Language unknown');
    const findings = status.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', status.findings);
    const others = status.translations.map((uri) => nameOf(uri, counterparts));
    const parts = [findings];
    if (others.length > 0) parts.unshift(vscode.l10n.t('paired with {0}', others.join(', ')));
    else parts.unshift(vscode.l10n.t('no other version found'));
    if (status.elapsedMs > SLOW_CHECK_MS) {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      parts.push(vscode.l10n.t('checking is slow ({0} s)', (status.elapsedMs / 1000).toFixed(1)));
    }
    item.detail = parts.join(' · ');
    if (others.length > 0) {
      const title = others.length === 1 ? vscode.l10n.t('Open the {0} version', others[0] ?? '') : vscode.l10n.t('Open another version');
      item.command = { title, command: 'copydesk.openCounterpart', arguments: [vscode.Uri.parse(status.uri)] };
    }
  }
}

function nameOf(uri: string, counterparts: ReadonlyMap<string, string>): string {
  const language = counterparts.get(normalize(uri));
  return language ? languageName(language) : path.posix.basename(vscode.Uri.parse(uri).path);
}

/** The server and VS Code may escape the same URI differently ("%3A" vs ":"). */
export function normalize(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}
