// "Open Other Version": the translation (or original) of the article beside
// it, scrolled to the paragraph that matches the one under the cursor.
import * as vscode from 'vscode';
import { CounterpartsRequest, type Counterpart } from '../../server/src/server/protocol';
import { languageName } from './languageNames';
import { runningClient, type ClientHolder } from './serverReady';

/** `target` is given by the status item's link; the palette uses the active editor. */
export async function openCounterpart(holder: ClientHolder, target?: unknown): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : active?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first, then run this command to open its other version.'));
    return;
  }
  const client = await runningClient(holder);
  if (!client) return;
  const position = active && active.document.uri.toString() === uri.toString() ? active.selection.active : new vscode.Position(0, 0);
  let found: Counterpart[];
  try {
    found = await client.sendRequest(CounterpartsRequest.type, { uri: uri.toString(), position: { line: position.line, character: position.character } });
  } catch (error) {
    client.outputChannel.appendLine(`Finding the other versions failed: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not find the other versions of this article. See the Copydesk output for details.'));
    return;
  }
  const chosen = found.length <= 1 ? found[0] : await pick(found);
  if (found.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Copydesk found no other version of this article. Versions are paired by their front matter (translationKey), by file names such as story.en.md and story.fr.md, or by their content.',
      ),
    );
    return;
  }
  if (!chosen) return;
  const range = new vscode.Range(chosen.range.start.line, chosen.range.start.character, chosen.range.end.line, chosen.range.end.character);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chosen.uri));
  // Reuses a split that already shows that version rather than opening a third.
  const shown = vscode.window.visibleTextEditors.find((e) => e !== active && e.document.uri.toString() === document.uri.toString());
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
    preview: false,
    selection: new vscode.Range(range.start, range.start),
  });
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
}

async function pick(found: Counterpart[]): Promise<Counterpart | undefined> {
  const items = found.map((counterpart) => ({
    label: languageName(counterpart.language) || vscode.l10n.t('Language unknown'),
    description: vscode.workspace.asRelativePath(vscode.Uri.parse(counterpart.uri)),
    counterpart,
  }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which version do you want to open?') });
  return chosen?.counterpart;
}
