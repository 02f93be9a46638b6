import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { watchDiagnostics } from './diagnosticsWatch';

// A minimal LSP client over stdio for the real bundled server. Tests wait on
// messages (with deadlines), never on timers.

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Resolves when a publishDiagnostics for `uri` satisfies `ok`. */
  waitForDiagnostics(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  exited: Promise<number | null>;
}

export function startServer(settings: Record<string, unknown> = {}, env: Record<string, string> = {}): TestClient {
  const child = spawn(process.execPath, [...(process.env['COPYDESK_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  if (!child.stdout || !child.stdin) throw new Error('the server has no stdio');
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const watch = watchDiagnostics(connection);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('copydesk/status', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    connection,
    child,
    diagnostics: watch.latest,
    exited,
    waitForDiagnostics: (uri, ok, timeoutMs = 20000) => watch.waitFor(uri, ok, timeoutMs, () => ''),
  };
}

export function uri(path: string): string {
  return pathToFileURL(path).href;
}
