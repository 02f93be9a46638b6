// `npm run try`: the packaged extension in a real VS Code (code-server) on
// 127.0.0.1, with a copy of the sample workspace, to try it in a browser.
// Builds copydesk.vsix, installs the e2e tools if missing, installs the vsix
// into a fresh extensions dir and prints the address. Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, locateTools, startCodeServer, stopCodeServer } from '../test/e2e/codeServer.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.COPYDESK_E2E_CACHE || path.join(homedir(), '.cache', 'copydesk-e2e');
const home = path.join(cache, 'try');
const vsix = path.join(repo, 'copydesk.vsix');
const quiet = () => undefined;

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'package']);
run('bash', [path.join(repo, 'scripts', 'e2e-setup.sh')]);
const tools = locateTools();

// Fresh each time: the extension as packaged now, and the sample untouched.
rmSync(home, { recursive: true, force: true });
const dirs = { userData: path.join(home, 'user-data'), extensions: path.join(home, 'extensions') };
const workspace = path.join(home, 'sahel-summit');
mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
cpSync(path.join(repo, 'examples', 'sahel-summit'), workspace, { recursive: true });
writeFileSync(
  path.join(dirs.userData, 'User', 'settings.json'),
  JSON.stringify({ 'editor.wordWrap': 'on', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.startupEditor': 'none' }, null, 2),
);

console.log(`Installing ${path.relative(repo, vsix)} into ${dirs.extensions}`);
await installExtension(tools, dirs, vsix, quiet);
const server = startCodeServer(tools, dirs, (text) => {
  if (process.env.COPYDESK_TRY_VERBOSE) process.stderr.write(text);
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping code-server…');
  await stopCodeServer(server.child);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
server.child.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server stopped by itself (code ${code}, signal ${signal}). Run again with COPYDESK_TRY_VERBOSE=1 to see its log.`);
  process.exit(1);
});

const { url } = await server.ready.catch(async (error) => {
  console.error(error instanceof Error ? error.message : String(error));
  await stopCodeServer(server.child);
  process.exit(1);
});
console.log(`\nCopydesk is running in VS Code at:\n\n  ${url}?folder=${encodeURIComponent(workspace)}\n`);
console.log('Open that address in a browser on this machine (no password). Ctrl-C stops it.');
