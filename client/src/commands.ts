// The commands Copydesk adds to the Command Palette (category "Copydesk").
import * as vscode from 'vscode';
import { ResponseError, type LanguageClient } from 'vscode-languageclient/node';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

// JSON-RPC "method not found": the server predates copydesk/checkWorkspace.
const METHOD_NOT_FOUND = -32601;

export interface ClientHolder {
  current(): LanguageClient;
}

export function registerCommands(
  context: vscode.ExtensionContext,
  holder: ClientHolder,
  outputChannel: vscode.OutputChannel,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', () => restartServer(holder, outputChannel)),
    vscode.commands.registerCommand('copydesk.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand('copydesk.fixAll', () => fixAll()),
    vscode.commands.registerCommand('copydesk.checkWorkspace', () => checkWorkspace(holder, outputChannel)),
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
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to fix it.'));
    return;
  }
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
  const client = holder.current();
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Copydesk: checking all articles…') },
      () => client.sendRequest('copydesk/checkWorkspace', {}),
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
