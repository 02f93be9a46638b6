import assert from 'node:assert/strict';
import { tempDir } from '../tempDir';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { entitiesYaml, makeEntities } from '../../bench/corpus';
import { SERVER, startServer, uri, type TestClient } from './lspClient';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sahel-summit');
const EN = '000_7b97fe734857067e.txt';
const FR = '001_6c847b0968dc0a27.txt';

function workspace(): string {
  const dir = tempDir('copydesk-lsp-');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

const hasDate = (diags: Diagnostic[]): boolean => diags.some((d) => d.code === 'translation.date');

/** A server on a fresh copy of the sample workspace: initialized, then shut down cleanly (exit code 0) whatever the body does. */
async function withServer(capabilities: object, locale: string, body: (client: TestClient, dir: string, init: { capabilities: Record<string, unknown> }) => Promise<void>, settings?: Record<string, unknown>): Promise<void> {
  const dir = workspace();
  const client = startServer(settings);
  try {
    const init = (await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(dir), capabilities, locale })) as { capabilities: Record<string, unknown> };
    await client.connection.sendNotification('initialized', {});
    await body(client, dir, init);
  } finally {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
  }
  assert.equal(await client.exited, 0);
}

test('the bundled server exists (run npm run build first)', () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing`);
});

test('a client that cannot pull receives pushed diagnostics, hovers, fixes and edits, then the server exits cleanly', () =>
  withServer({ workspace: { configuration: true } }, 'en', async (client, dir, init) => {
    const { connection } = client;
    assert.ok(init.capabilities['hoverProvider']);
    const enUri = uri(join(dir, EN));
    const frUri = uri(join(dir, FR));
    const enText = readFileSync(join(dir, EN), 'utf8');
    const frText = readFileSync(join(dir, FR), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: enUri, languageId: 'plaintext', version: 1, text: enText } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: frUri, languageId: 'plaintext', version: 1, text: frText } });

    const en = await client.waitForDiagnostics(enUri, (p) => hasDate(p.diagnostics));
    const fr = await client.waitForDiagnostics(frUri, (p) => hasDate(p.diagnostics));
    const enDate = en.diagnostics.find((d) => d.code === 'translation.date')!;
    const frDate = fr.diagnostics.find((d) => d.code === 'translation.date')!;
    assert.deepEqual(enDate.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 21 } });
    assert.equal(enDate.source, 'copydesk');
    assert.equal(enDate.relatedInformation?.[0]?.location.uri, frUri);
    assert.ok(enDate.codeDescription?.href.endsWith('translation.date.md'));
    assert.match(frDate.message, /English version/);

    // Hover on a leader's name shows the entity card.
    const line = enText.split('\n')[2]!;
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: enUri }, position: { line: 2, character: line.indexOf('Goïta') + 2 } })) as Hover | null;
    assert.ok(hover, 'no hover on Assimi Goïta');
    assert.match(JSON.stringify(hover.contents), /Mali/);

    // The quick fix on the English date rewrites it in English.
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: enUri }, range: enDate.range, context: { diagnostics: [enDate] } })) as CodeAction[];
    const fix = actions.find((a) => a.title.includes('December 22, 2025'));
    assert.ok(fix, `no date fix among ${actions.map((a) => a.title).join(' | ')}`);
    const change = fix.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1, 'the fix is a versioned edit');
    assert.equal(change.edits[0]?.newText, 'December 22, 2025');

    // Asked right after a file change cleared the findings, before the re-check ran: the fix is still offered.
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, 'entities.yaml')), type: 2 }] });
    const again = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: enUri }, range: enDate.range, context: { diagnostics: [enDate] } })) as CodeAction[];
    assert.ok(again.some((a) => a.title.includes('December 22, 2025')), `no date fix right after a file change among ${again.map((a) => a.title).join(' | ')}`);

    // The editor applies it; the disagreement disappears from both files.
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: enUri, version: 2 }, contentChanges: [{ range: change.edits[0]!.range, text: 'December 22, 2025' }] });
    await client.waitForDiagnostics(enUri, (p) => p.version === 2 && !hasDate(p.diagnostics));
    await client.waitForDiagnostics(frUri, (p) => !hasDate(p.diagnostics));
  }, { enable: true, rules: {}, translations: { source: '' } }));

test('a pulling client gets diagnostics by asking for them', () =>
  withServer({ textDocument: { diagnostic: { dynamicRegistration: false } } }, 'fr', async (client, dir, init) => {
    const { connection } = client;
    assert.ok(init.capabilities['diagnosticProvider'], 'the server offers pull diagnostics');
    const enUri = uri(join(dir, EN));
    const frUri = uri(join(dir, FR));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: enUri, languageId: 'plaintext', version: 1, text: readFileSync(join(dir, EN), 'utf8') } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: frUri, languageId: 'plaintext', version: 1, text: readFileSync(join(dir, FR), 'utf8') } });
    const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: frUri } })) as { items: Diagnostic[] };
    const date = report.items.find((d) => d.code === 'translation.date');
    assert.ok(date, 'translation.date pulled for the French file');
    // The client's locale is French: messages speak French.
    assert.match(date.message, /version anglaise/);
    assert.equal(client.diagnostics.size, 0, 'nothing pushed for articles to a pulling client');
  }));

test('names are coloured, lead to their entry in the entity list, and complete after two letters', () =>
  withServer({}, 'en', async (client, dir) => {
    const { connection } = client;
    const enUri = uri(join(dir, EN));
    const text = readFileSync(join(dir, EN), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: enUri, languageId: 'plaintext', version: 1, text } });
    await client.waitForDiagnostics(enUri, (p) => hasDate(p.diagnostics));

    const tokens = (await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: enUri } })) as { data: number[] };
    assert.ok(tokens.data.length >= 5 * 5, 'several names and dates are tokens');
    assert.equal(tokens.data.length % 5, 0);

    const line = text.split('\n')[2]!;
    const position = { line: 2, character: line.indexOf('Traoré') + 1 };
    const def = (await connection.sendRequest('textDocument/definition', { textDocument: { uri: enUri }, position })) as { uri: string; range: { start: { line: number } } } | null;
    assert.ok(def, 'definition of Ibrahim Traoré');
    assert.ok(def.uri.endsWith('/entities.yaml'));
    const entities = readFileSync(join(dir, 'entities.yaml'), 'utf8').split('\n');
    assert.match(entities.slice(def.range.start.line, def.range.start.line + 4).join('\n'), /ibrahim-traore|Ibrahim Traoré/);

    // Type "Ass" at the end of the text: "Assimi Goïta" is offered.
    const lines = text.split('\n');
    const last = lines.length - 1;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: enUri, version: 2 }, contentChanges: [{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: 'Ass' }] });
    const items = (await connection.sendRequest('textDocument/completion', { textDocument: { uri: enUri }, position: { line: last, character: 3 } })) as Array<{ label: string }>;
    assert.ok(items.some((i) => i.label === 'Assimi Goïta'), JSON.stringify(items.map((i) => i.label)));
  }));

test('a near miss the editor wants to keep can be added to the entity list as an alias', () =>
  withServer({}, 'en', async (client, dir) => {
    const { connection } = client;
    const docUri = uri(join(dir, 'note.en.txt'));
    const text = 'Niger Leader\nA short standfirst about the leader of Niger and his plans.\nGeneral Abdourahamane Tianni met officials in Niamey on Tuesday to discuss the alliance.\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitForDiagnostics(docUri, (p) => p.diagnostics.some((d) => d.code === 'entity.spelling'));
    const d = published.diagnostics.find((x) => x.code === 'entity.spelling')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: docUri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === 'Change to "Tiani"'), actions.map((a) => a.title).join(' | '));
    const alias = actions.find((a) => a.title.startsWith('Add "Tianni" as an alias of Abdourahamane Tiani'));
    assert.ok(alias, actions.map((a) => a.title).join(' | '));
    const change = alias.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.ok(change.textDocument.uri.endsWith('/entities.yaml'));
    assert.match(change.edits[0]!.newText, /aliases: \[ Tiani, Tchiani, Abdourahamane Tchiani, Tianni \]/);

    // The list changes on disk after the server placed something in it (a
    // definition) and before the editor hears of it: the edit, which replaces
    // the whole list, must still span the whole list as it is now.
    const namePosition = { line: 2, character: text.split('\n')[2]!.indexOf('Niamey') + 1 };
    assert.ok(await connection.sendRequest('textDocument/definition', { textDocument: { uri: docUri }, position: namePosition }), 'definition of Niamey');
    const listPath = join(dir, 'entities.yaml');
    const longer = `# A comment added by someone else\n# and another line\n${readFileSync(listPath, 'utf8')}`;
    writeFileSync(listPath, longer);
    const again = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: docUri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const edit = (again.find((a) => a.title.startsWith('Add "Tianni"'))?.edit?.documentChanges?.[0] as TextDocumentEdit).edits[0]!;
    const lines = longer.split('\n');
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } });
    assert.ok(edit.newText.startsWith('# A comment added by someone else'));
  }));

test('a large entity list: the server keeps its compiled snapshot, and a new server checks the same from it', async () => {
  const dir = tempDir('copydesk-lsp-snapshot-');
  const cache = join(dir, 'cache');
  const ws = join(dir, 'ws');
  cpSync(SAMPLE, ws, { recursive: true });
  // The sample list plus 3,000 generated people: past the size from which a snapshot is kept.
  writeFileSync(join(ws, 'entities.yaml'), `${readFileSync(join(SAMPLE, 'entities.yaml'), 'utf8')}${entitiesYaml(makeEntities(3000)).replace(/^[^\n]*\nentities:\n/, '')}`);
  const enUri = uri(join(ws, EN));
  const enText = readFileSync(join(ws, EN), 'utf8');
  const session = async (): Promise<Diagnostic[]> => {
    const client = startServer({ enable: true, rules: {}, translations: { source: '' } }, { COPYDESK_CACHE_DIR: cache });
    try {
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(ws), capabilities: {}, locale: 'en' });
      await client.connection.sendNotification('initialized', {});
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: enUri, languageId: 'plaintext', version: 1, text: enText } });
      const found = await client.waitForDiagnostics(enUri, (p) => p.diagnostics.some((d) => String(d.code).startsWith('entity.')));
      // The snapshot is written a few seconds after the list loaded.
      const deadline = Date.now() + 20000;
      while (!snapshots(cache).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      return found.diagnostics;
    } finally {
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
      assert.equal(await client.exited, 0);
    }
  };
  const first = await session();
  assert.equal(snapshots(cache).length, 1, 'one snapshot in the cache folder');
  const second = await session();
  assert.deepEqual(second, first);
  assert.equal(snapshots(cache).length, 1);
});

function snapshots(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.snap')) : [];
}
