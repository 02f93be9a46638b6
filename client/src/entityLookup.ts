// "Look Up a Name": searches the entity lists that apply to the active
// article (names, aliases, other languages) and shows the chosen entry's card.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntityLookupRequest, type EntityLookupResult } from '../../server/src/server/protocol';
import { runningClient, type ClientHolder } from './serverReady';

interface EntityItem extends vscode.QuickPickItem {
  entity: EntityLookupResult;
}

const TYPING_PAUSE_MS = 150;

export async function lookupEntity(holder: ClientHolder): Promise<void> {
  const client = await runningClient(holder);
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  const uri = editor?.document.uri.scheme === 'file' ? editor.document.uri.toString() : undefined;
  const chosen = await pickEntity(client, uri, editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '');
  if (!chosen) return;
  await showCard(chosen, editor);
}

function pickEntity(client: LanguageClient, uri: string | undefined, initial: string): Promise<EntityLookupResult | undefined> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<EntityItem>();
    quickPick.title = vscode.l10n.t('Copydesk: Look Up a Name');
    quickPick.placeholder = vscode.l10n.t('Type a name, an alias or a spelling in another language');
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    quickPick.value = initial.trim().slice(0, 80);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    const search = (query: string): void => {
      const ticket = ++asked;
      quickPick.busy = true;
      client.sendRequest(EntityLookupRequest.type, { query, ...(uri ? { uri } : {}) }).then(
        (results) => {
          if (ticket !== asked) return;
          quickPick.busy = false;
          quickPick.items = results.map(toItem);
          if (results.length === 0) {
            quickPick.items = [];
            quickPick.placeholder = vscode.l10n.t('No name in the entity lists matches. Entity lists are named under "entities:" in .copydesk.yaml.');
          }
        },
        (error: unknown) => {
          if (ticket !== asked) return;
          quickPick.busy = false;
          client.outputChannel.appendLine(`Name lookup failed: ${error instanceof Error ? error.message : String(error)}`);
          quickPick.placeholder = vscode.l10n.t('Copydesk could not search the entity lists. See the Copydesk output for details.');
        },
      );
    };
    quickPick.onDidChangeValue((value) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => search(value), TYPING_PAUSE_MS);
    });
    let result: EntityLookupResult | undefined;
    quickPick.onDidAccept(() => {
      result = quickPick.selectedItems[0]?.entity;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      if (timer) clearTimeout(timer);
      quickPick.dispose();
      resolve(result);
    });
    quickPick.show();
    search(quickPick.value);
  });
}

function toItem(entity: EntityLookupResult): EntityItem {
  // The server matched aliases the picker cannot see: never hide its answers.
  return { label: entity.name, description: typeName(entity.type), detail: summary(entity.markdown), alwaysShow: true, entity };
}

function typeName(type: string): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organisation');
    case 'place':
      return vscode.l10n.t('place');
    default:
      return vscode.l10n.t('other');
  }
}

/** The card's first paragraph after the heading (titles or bio), as one line. */
function summary(markdown: string): string {
  const paragraphs = plainText(markdown).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paragraphs[1] ?? '';
}

/** The hover card's Markdown as plain text, for a message box that shows no formatting. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

async function showCard(entity: EntityLookupResult, editor: vscode.TextEditor | undefined): Promise<void> {
  const goTo = vscode.l10n.t('Go to Entry');
  const insert = vscode.l10n.t('Insert Name');
  const canInsert = editor !== undefined && ['markdown', 'plaintext', 'copydesk-article'].includes(editor.document.languageId);
  const buttons = [...(entity.location ? [goTo] : []), ...(canInsert ? [insert] : [])];
  const [heading = entity.name, ...rest] = plainText(entity.markdown).split('\n');
  const choice = await vscode.window.showInformationMessage(heading, { modal: true, detail: rest.join('\n').trim() }, ...buttons);
  if (choice === goTo && entity.location) {
    const { start, end } = entity.location.range;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entity.location.uri));
    await vscode.window.showTextDocument(document, {
      preview: false,
      selection: new vscode.Range(start.line, start.character, end.line, end.character),
    });
  } else if (choice === insert && editor) {
    const target = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await target.edit((edit) => edit.replace(target.selection, entity.name));
  }
}
