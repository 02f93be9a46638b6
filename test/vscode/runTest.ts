// Runs test/vscode/suite in a downloaded VS Code (Electron) with the
// extension from this repository. Needs network access to download VS Code
// and a built dist/ (npm run build). Usage: npm run test:vscode
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './buildSuite.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<number> {
  if (!existsSync(path.join(repo, 'dist', 'server.js')) || !existsSync(path.join(repo, 'dist', 'client.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    return 1;
  }
  const extensionTestsPath = await buildSuite(repo);
  const temp = mkdtempSync(path.join(tmpdir(), 'copydesk-vscode-'));
  const workspace = path.join(temp, 'sahel-summit');
  // A copy, so that nothing the tests do touches the repository's example.
  cpSync(path.join(repo, 'examples', 'sahel-summit'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      extensionTestsEnv: { COPYDESK_TEST_HOOKS: '1' },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(temp, 'user-data')],
    });
    return 0;
  } catch (error) {
    console.error(`VS Code extension tests failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
