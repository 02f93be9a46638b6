// Mocha entry point loaded by the VS Code extension host (through
// @vscode/test-electron, or the code-server payload in test/e2e).
import Mocha from 'mocha';
import { registerExtensionTests } from './extension.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // The suite is bundled into this file, so it registers itself on the root
  // suite instead of being loaded from disk with mocha.addFile().
  registerExtensionTests(mocha.suite);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} Copydesk extension test(s) failed.`));
      else resolve();
    });
  });
}
