import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

// The latest diagnostics per document, and promises that resolve when a
// published set satisfies a test: shared by the protocol client and the
// fuzzing harness, so both wait on messages with deadlines, never on timers.

export interface DiagnosticsWatch {
  latest: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first publication for `uri` (the current one included) that satisfies `ok`. */
  waitFor(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number, context: () => string): Promise<PublishDiagnosticsParams>;
}

export function watchDiagnostics(connection: ProtocolConnection): DiagnosticsWatch {
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<{ uri: string; ok: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.ok(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  return {
    latest,
    waitFor(uri, ok, timeoutMs, context) {
      const current = latest.get(uri);
      if (current && ok(current)) return Promise.resolve(current);
      return new Promise((resolve, reject) => {
        const done = (p: PublishDiagnosticsParams): void => {
          clearTimeout(timer);
          resolve(p);
        };
        const timer = setTimeout(() => {
          const i = waiters.findIndex((w) => w.resolve === done);
          if (i >= 0) waiters.splice(i, 1);
          const last = latest.get(uri);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: version ${String(last?.version)}, ${JSON.stringify(last?.diagnostics.map((d) => d.code))}${context()})`));
        }, timeoutMs);
        waiters.push({ uri, ok, resolve: done });
      });
    },
  };
}
