// Bundles the mocha suite into one CommonJS file the extension host can load.
import path from 'node:path';
import { build } from 'esbuild';

export async function buildSuite(repo: string): Promise<string> {
  const outfile = path.join(repo, 'out', 'vscode-test', 'suite', 'index.js');
  await build({
    entryPoints: [path.join(repo, 'test', 'vscode', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The host provides vscode; mocha loads its reporters dynamically, so it
    // is resolved from node_modules at run time.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}
