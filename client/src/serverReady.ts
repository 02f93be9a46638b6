// Commands that need the checker wait for it to start, or say why they
// cannot run, instead of failing silently while the server is starting.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export interface ClientHolder {
  current(): LanguageClient;
}

const START_WAIT_MS = 30_000;

/** The running client, after waiting for a start in progress; undefined (and the user told why) otherwise. */
export async function runningClient(holder: ClientHolder): Promise<LanguageClient | undefined> {
  const client = holder.current();
  if (client.state === State.Starting) {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Waiting for the Copydesk checker to start…') },
      () => untilSettled(client),
    );
  }
  if (client.isRunning()) return client;
  const restart = vscode.l10n.t('Restart Checker');
  const choice = await vscode.window.showWarningMessage(
    client.state === State.Starting
      ? vscode.l10n.t('The Copydesk checker is still starting. Try again in a moment.')
      : vscode.l10n.t('The Copydesk checker is not running, so this command cannot run.'),
    restart,
  );
  if (choice === restart) await vscode.commands.executeCommand('copydesk.restartServer');
  return undefined;
}

function untilSettled(client: LanguageClient): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const timer = setTimeout(done, START_WAIT_MS);
    const subscription = client.onDidChangeState((event) => {
      if (event.newState !== State.Starting) done();
    });
    if (client.state !== State.Starting) done();
  });
}
