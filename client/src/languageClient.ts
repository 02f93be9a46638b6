// Builds the LanguageClient that talks to the bundled Copydesk server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type Message,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const CLIENT_ID = 'copydesk';

// Articles saved on disk and drafts not yet saved; never virtual documents
// (git diffs, output panes), which would produce duplicate findings.
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'file', language: 'copydesk-article' },
  { scheme: 'untitled', language: 'copydesk-article' },
];

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The client appends --stdio itself for TransportKind.stdio, which is the
  // same way the CLI and the protocol tests start the server.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  // Wraps the library's default handler (which restarts a crashed server a few
  // times) so that an editor sees one plain message, not one per crash.
  // The default handler can only be made once the client exists (below).
  const library: { fallback?: ErrorHandler } = {};
  let toldUser = false;
  const errorHandler: ErrorHandler = {
    error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
      return library.fallback ? library.fallback.error(error, message, count) : { action: ErrorAction.Continue };
    },
    async closed(): Promise<CloseHandlerResult> {
      const result = library.fallback ? await library.fallback.closed() : { action: CloseAction.DoNotRestart };
      if (!toldUser) {
        toldUser = true;
        const restarting = result.action === CloseAction.Restart;
        const text = restarting
          ? vscode.l10n.t('The Copydesk checker stopped unexpectedly and is being restarted.')
          : vscode.l10n.t('The Copydesk checker stopped. Run "Copydesk: Restart Checker" to start it again.');
        // Not awaited on purpose: the client waits for this handler before restarting.
        void vscode.window.showWarningMessage(text);
      }
      return { ...result, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    errorHandler,
    synchronize: {
      // The server re-reads settings and house-style files when they change.
      configurationSection: 'copydesk',
      // Configuration, entity lists and style guides, and articles whose other version is not open.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}'),
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,mdx,txt,article}'),
      ],
    },
    // In an untrusted workspace the server refuses configuration paths that leave the workspace.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    diagnosticCollectionName: 'copydesk',
  };

  const client = new LanguageClient(CLIENT_ID, 'Copydesk', serverOptions, clientOptions);
  library.fallback = client.createDefaultErrorHandler();
  return client;
}
