// Entry point of the VS Code extension: starts the Copydesk language server
// and registers the commands. All the checking happens in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { StatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Copydesk');
  context.subscriptions.push(outputChannel);

  const created = createLanguageClient(context, outputChannel);
  client = created;
  // Stops the server when the extension host disposes the context.
  context.subscriptions.push({ dispose: () => void created.stop().catch(() => undefined) });
  // Registered before the server starts: commands that need it wait for it or say why not.
  registerCommands(context, { current: () => created }, outputChannel);
  context.subscriptions.push(new StatusItem(created));
  // For the recovery test only (see test/vscode): make the server die.
  if (process.env['COPYDESK_TEST_HOOKS'] === '1') {
    context.subscriptions.push(vscode.commands.registerCommand('copydesk.testCrashServer', () => void created.sendRequest('copydesk/testCrash').catch(() => undefined)));
  }
  // Trust changes what the server may read: start it again with the new answer.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void created.restart().catch(() => undefined)));

  try {
    await created.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    outputChannel.appendLine(`The checker did not start: ${detail}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not start its checker. See the Copydesk output for details.'));
  }
}

export function deactivate(): Thenable<void> | undefined {
  const running = client;
  client = undefined;
  return running?.stop();
}
