// Bundles the mocha suite into one CommonJS file the extension host can load.
// Shared by the @vscode/test-electron runner (runTest.ts) and the code-server
// harness (test/e2e/run.mjs); plain JavaScript so both can import it.
import path from 'node:path';
import { build } from 'esbuild';

/** @param {string} repo @returns {Promise<string>} the bundled suite's path */
export async function buildSuite(repo) {
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
