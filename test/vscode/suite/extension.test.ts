// What an editor sees in VS Code, checked through the vscode API on the
// sample workspace examples/sahel-summit (opened as the test workspace).
import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const ENGLISH = '000_7b97fe734857067e.txt';
const FRENCH = '001_6c847b0968dc0a27.txt';
const EXTENSION_ID = 'copydesk.copydesk';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the sample workspace open as a folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Resolves with the diagnostics of `uri` once `accept` likes them, or rejects at the deadline. */
function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 45_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}: ${d.message}`);
      reject(new Error(`no matching diagnostics on ${uri.fsPath} within ${timeoutMs} ms; saw ${JSON.stringify(seen)}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

const hasDateFinding = (diagnostics: readonly vscode.Diagnostic[]): boolean =>
  diagnostics.some((d) => codeOf(d) === 'translation.date' && d.source === 'copydesk');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function registerExtensionTests(root: Mocha.Suite): void {
  const suite = Mocha.Suite.create(root, 'Copydesk in VS Code');
  const englishUri = (): vscode.Uri => workspaceFile(ENGLISH);
  const frenchUri = (): vscode.Uri => workspaceFile(FRENCH);

  suite.beforeAll('activate and open both versions', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    await extension.activate();
    for (const uri of [frenchUri(), englishUri()]) {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
    }
  });

  suite.addTest(
    new Mocha.Test('registers its commands', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of [
        'copydesk.restartServer',
        'copydesk.showOutput',
        'copydesk.fixAll',
        'copydesk.checkWorkspace',
        'copydesk.openCounterpart',
        'copydesk.lookupEntity',
        'copydesk.reloadConfiguration',
        'copydesk.createConfiguration',
      ]) {
        assert.ok(commands.includes(id), `${id} is not registered`);
      }
    }),
  );

  suite.addTest(
    new Mocha.Test('flags the date that differs between the English and French versions', async () => {
      const english = await waitForDiagnostics(englishUri(), hasDateFinding);
      const french = await waitForDiagnostics(frenchUri(), hasDateFinding);
      const englishText = (await vscode.workspace.openTextDocument(englishUri())).getText(
        english.find((d) => codeOf(d) === 'translation.date')?.range,
      );
      assert.match(englishText, /December 22, 2024/);
      assert.ok(french.length > 0);
    }),
  );

  suite.addTest(
    new Mocha.Test('hovering "Assimi Goïta" shows his card', async () => {
      const document = await vscode.workspace.openTextDocument(englishUri());
      const offset = document.getText().indexOf('Assimi Goïta');
      assert.ok(offset >= 0, 'the name is in the English article');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider', document.uri, document.positionAt(offset + 3),
      );
      const text = hoverText(hovers ?? []);
      assert.match(text, /Mali/, `hover text: ${text}`);
    }),
  );

  suite.addTest(
    new Mocha.Test('offers a quick fix for the date', async () => {
      const diagnostics = await waitForDiagnostics(englishUri(), hasDateFinding);
      const date = diagnostics.find((d) => codeOf(d) === 'translation.date');
      assert.ok(date);
      // The editor asks again whenever the diagnostics or the cursor change; one CI run saw an empty first answer
      // (its cause is not found yet), so the test asks again too, for up to ten seconds, as the editor would.
      let actions: Array<vscode.CodeAction | vscode.Command> = [];
      let fix: vscode.CodeAction | undefined;
      for (const deadline = Date.now() + 10_000; fix === undefined && Date.now() < deadline; ) {
        actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
          'vscode.executeCodeActionProvider', englishUri(), date.range, vscode.CodeActionKind.QuickFix.value, 1,
        )) ?? [];
        fix = actions.find((action): action is vscode.CodeAction => 'edit' in action && /December 22, 202[45]/.test(action.title));
        if (fix === undefined) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const titles = actions.map((action) => action.title);
      assert.ok(fix, `quick fixes offered: ${JSON.stringify(titles)}`);
      assert.ok(fix.edit && fix.edit.size > 0, 'the fix carries an edit');
    }),
  );

  suite.addTest(
    new Mocha.Test('opens the French version beside, at the paragraph aligned with the cursor', async () => {
      await waitForDiagnostics(englishUri(), hasDateFinding);
      const english = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(englishUri()), vscode.ViewColumn.One);
      // The cursor in the third paragraph (the one with the date).
      english.selection = new vscode.Selection(2, 10, 2, 10);
      await vscode.commands.executeCommand('copydesk.openCounterpart');
      const french = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === frenchUri().toString());
      assert.ok(french, 'the French version is visible');
      assert.notEqual(french.viewColumn, english.viewColumn, 'it opened beside the English one');
      assert.equal(french.selection.active.line, 2, 'the cursor is on the aligned paragraph');
      assert.match(french.document.lineAt(2).text, /décembre/);
    }),
  );

  suite.addTest(
    new Mocha.Test('reloads its configuration on request', async () => {
      await vscode.commands.executeCommand('copydesk.reloadConfiguration');
      await waitForDiagnostics(englishUri(), hasDateFinding);
    }),
  );

  suite.addTest(
    new Mocha.Test('contributes the article language and semantic token types for names and dates', async () => {
      assert.ok((await vscode.languages.getLanguages()).includes('copydesk-article'));
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
        'vscode.provideDocumentSemanticTokensLegend', englishUri(),
      );
      assert.ok(legend, 'a semantic tokens legend');
      for (const type of ['person', 'organization', 'place', 'date']) assert.ok(legend.tokenTypes.includes(type), `legend has ${type}`);
    }),
  );

  suite.addTest(
    new Mocha.Test('after the checker crashes, it is restarted and keeps checking what the editor types', async () => {
      await waitForDiagnostics(englishUri(), hasDateFinding);
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('copydesk.testCrashServer'), 'COPYDESK_TEST_HOOKS=1 must be set for this test');
      await vscode.commands.executeCommand('copydesk.testCrashServer');
      // Edit after the crash: only a restarted server can see the date fixed.
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(englishUri()), vscode.ViewColumn.One);
      const text = editor.document.getText();
      const at = text.indexOf('December 22, 2024');
      assert.ok(at >= 0);
      const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'December 22, 2024'.length));
      assert.ok(await editor.edit((b) => b.replace(range, 'December 22, 2025')));
      await waitForDiagnostics(englishUri(), (d) => !hasDateFinding(d) && d.some((x) => x.source === 'copydesk'), 60_000);
      // Put the text back for any later test.
      const back = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'December 22, 2025'.length));
      assert.ok(await editor.edit((b) => b.replace(back, 'December 22, 2024')));
      await waitForDiagnostics(englishUri(), hasDateFinding, 60_000);
    }),
  );
}
