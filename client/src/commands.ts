// The commands Copydesk adds to the Command Palette (category "Copydesk").
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, ReloadConfigurationRequest } from '../../server/src/server/protocol';
import { openCounterpart } from './counterparts';
import { lookupEntity } from './entityLookup';
import { runningClient, type ClientHolder } from './serverReady';

export type { ClientHolder } from './serverReady';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

// JSON-RPC "method not found": a server that predates one of Copydesk's own requests.
const METHOD_NOT_FOUND = -32601;

const ARTICLE_LANGUAGES = ['markdown', 'plaintext', 'copydesk-article'];

export function registerCommands(context: vscode.ExtensionContext, holder: ClientHolder, outputChannel: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', () => restartServer(holder, outputChannel)),
    vscode.commands.registerCommand('copydesk.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('copydesk.fixAll', () => fixAll(holder)),
    vscode.commands.registerCommand('copydesk.checkWorkspace', () => checkWorkspace(holder, outputChannel)),
    vscode.commands.registerCommand('copydesk.openCounterpart', (target?: unknown) => openCounterpart(holder, target)),
    vscode.commands.registerCommand('copydesk.lookupEntity', () => lookupEntity(holder)),
    vscode.commands.registerCommand('copydesk.reloadConfiguration', () => reloadConfiguration(holder, outputChannel)),
    vscode.commands.registerCommand('copydesk.createConfiguration', () => createConfiguration()),
  );
}

async function restartServer(holder: ClientHolder, outputChannel: vscode.OutputChannel): Promise<void> {
  const client = holder.current();
  try {
    if (client.needsStart()) {
      await client.start();
    } else {
      await client.restart();
    }
    outputChannel.appendLine('Checker restarted.');
  } catch (error) {
    outputChannel.appendLine(`Restart failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not restart its checker. See the Copydesk output for details.'));
  }
}

// Applies every automatic fix the server offers for the active article.
async function fixAll(holder: ClientHolder): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !ARTICLE_LANGUAGES.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to fix it.'));
    return;
  }
  // Before the checker is up, "nothing to fix" would be a wrong answer.
  if (!(await runningClient(holder))) return;
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  // The last argument asks VS Code to resolve lazily computed edits.
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value, 1,
  );
  const fixes = (actions ?? []).filter(isCodeAction).filter((a) => a.kind !== undefined && FIX_ALL_KIND.contains(a.kind));
  let applied = 0;
  for (const action of fixes) {
    if (action.edit && (await vscode.workspace.applyEdit(action.edit))) {
      applied += 1;
    }
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      applied += 1;
    }
  }
  if (applied === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Copydesk found nothing it can fix automatically in this article.'));
  }
}

function isCodeAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  return !('command' in item && typeof item.command === 'string');
}

async function checkWorkspace(holder: ClientHolder, outputChannel: vscode.OutputChannel): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of articles to check them all.'));
    return;
  }
  const client = await runningClient(holder);
  if (!client) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Copydesk: checking all articles…') },
      () => client.sendRequest(CheckWorkspaceRequest.type, { folders }),
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(vscode.l10n.t('Copydesk checked {0} articles: {1} findings.', result.files, result.findings));
  } catch (error) {
    if (error instanceof ResponseError && error.code === METHOD_NOT_FOUND) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('This version of the Copydesk checker cannot check the whole workspace yet. Open an article to check it.'),
      );
      return;
    }
    outputChannel.appendLine(`Workspace check failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not check the workspace. See the Copydesk output for details.'));
  }
}

async function reloadConfiguration(holder: ClientHolder, outputChannel: vscode.OutputChannel): Promise<void> {
  const client = await runningClient(holder);
  if (!client) return;
  try {
    await client.sendRequest(ReloadConfigurationRequest.type, undefined);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copydesk reloaded .copydesk.yaml, the entity lists and the style guides.'), 5_000);
  } catch (error) {
    outputChannel.appendLine(`Reloading the configuration failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not reload its configuration. See the Copydesk output for details.'));
  }
}

const STARTER_CONFIGURATION = `# Copydesk configuration. Paths are relative to this file.
# Entity lists: people, organisations and places with their spellings and titles.
entities: []
# Style guides: the built-in newsroom styles, then your own (e.g. house-style.yaml).
styleGuides: [builtin:en-newsroom, builtin:fr-newsroom]
translations:
  # The language of the original version: its dates and numbers win in fixes.
  source: en
# Change how a check is reported: error, warning, info, hint or off.
rules: {}
`;

/** Opens the folder's .copydesk.yaml, creating a commented starter file when there is none. */
async function createConfiguration(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the folder that holds your articles first.'));
    return;
  }
  for (const name of ['.copydesk.yaml', '.copydesk.yml']) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(existing)) {
      await vscode.window.showTextDocument(existing);
      return;
    }
  }
  const target = vscode.Uri.joinPath(folder.uri, '.copydesk.yaml');
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(STARTER_CONFIGURATION));
  await vscode.window.showTextDocument(target);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
