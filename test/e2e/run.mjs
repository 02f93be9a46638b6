// End-to-end test: the packaged copydesk.vsix in a real VS Code workbench
// (code-server) driven in Debian's Chromium. Run: node --test test/e2e/run.mjs
// Needs scripts/e2e-setup.sh (once) and `npm run package` (copydesk.vsix).
// It fails, never skips, when a tool is missing or does not start.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { buildSuite } from '../vscode/buildSuite.mjs';
import { chromium } from 'playwright-core';
import { installExtension, locateTools, startCodeServer, stopCodeServer } from './codeServer.mjs';
import { MOD, locateText, problemRows, quickOpen, waitFor } from './workbench.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = path.join(repo, 'test-results', 'e2e');
const vsix = path.resolve(process.env.COPYDESK_VSIX || path.join(repo, 'copydesk.vsix'));
const example = path.resolve(process.env.COPYDESK_E2E_EXAMPLE || path.join(repo, 'examples', 'sahel-summit'));
const ENGLISH = '000_7b97fe734857067e.txt';
const FRENCH = '001_6c847b0968dc0a27.txt';
const logFile = path.join(results, 'run.log');

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
writeFileSync(logFile, '');

function log(text) {
  appendFileSync(logFile, typeof text === 'string' ? text : text.toString());
}

function step(message) {
  const line = `[e2e ${new Date().toISOString().slice(11, 19)}] ${message}\n`;
  log(line);
  if (process.env.COPYDESK_E2E_VERBOSE) process.stderr.write(line);
}

/**
 * Starts code-server with the packaged extension installed and opens the
 * sample workspace in Chromium. `payload` adds VS Code's extension-test URL
 * parameters; close() ends everything it started.
 */
async function openWorkbench({ name, payload, exposeFunctions = {} }) {
  const tools = locateTools();
  assert.ok(existsSync(vsix), `No ${vsix}. Build it first with \`npm run package\`.`);
  assert.ok(existsSync(path.join(example, ENGLISH)) && existsSync(path.join(example, FRENCH)), `The sample workspace ${example} lacks the seed articles.`);
  const started = Date.now();
  const temp = mkdtempSync(path.join(tmpdir(), `copydesk-e2e-${name}-`));
  const dirs = { userData: path.join(temp, 'user-data'), extensions: path.join(temp, 'extensions') };
  const workspace = path.join(temp, 'sahel-summit');
  // A copy, so that applying a fix never edits the repository's example.
  cpSync(example, workspace, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  const session = { temp, dirs, workspace, started, server: undefined, browser: undefined, page: undefined };
  session.close = async () => {
    if (session.page) await session.page.screenshot({ path: path.join(results, `${name}-99-last.png`) }).catch(() => undefined);
    await session.browser?.close().catch(() => undefined);
    await stopCodeServer(session.server?.child);
    copyOutputLogs(dirs.userData, name);
    if (!process.env.COPYDESK_E2E_KEEP) rmSync(temp, { recursive: true, force: true });
    else step(`kept ${temp}`);
  };
  try {
    step(`[${name}] installing ${vsix}`);
    await installExtension(tools, dirs, vsix, log);
    session.installed = readdirSync(dirs.extensions).find((entry) => entry.startsWith('copydesk.copydesk-'));
    assert.ok(session.installed, `the vsix did not install into ${dirs.extensions}`);
    step(`[${name}] starting code-server`);
    session.server = startCodeServer(tools, dirs, log);
    const { url, port } = await session.server.ready;
    step(`[${name}] code-server at ${url}`);

    session.browser = await chromium.launch({
      executablePath: tools.chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    session.page = page;
    page.on('console', (message) => {
      if (message.type() === 'error') log(`[browser console] ${message.text()}\n`);
    });
    page.on('pageerror', (error) => log(`[page error] ${error.message}\n`));
    for (const [fn, impl] of Object.entries(exposeFunctions)) await page.exposeFunction(fn, impl);

    let query = `?folder=${encodeURIComponent(workspace)}`;
    if (payload) {
      // A built workbench honours the extension-test payload only with the
      // smoke-test driver on; code-server has no flag for it, so turn it on in
      // the page's configuration before the workbench script reads it.
      await page.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          const meta = document.getElementById('vscode-workbench-web-configuration');
          const raw = meta?.getAttribute('data-settings');
          if (!meta || !raw) return;
          observer.disconnect();
          const settings = JSON.parse(raw);
          settings.developmentOptions = { ...(settings.developmentOptions ?? {}), enableSmokeTestDriver: true };
          meta.setAttribute('data-settings', JSON.stringify(settings));
        }).observe(document, { childList: true, subtree: true });
      });
      const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
      const pairs = payload({ remote, installed: path.join(dirs.extensions, session.installed) });
      query += `&payload=${encodeURIComponent(JSON.stringify([...pairs, ['skipWelcome', 'true']]))}`;
    }
    await page.goto(`${url}${query}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    step(`[${name}] workbench up after ${Date.now() - started} ms`);
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  // Paragraphs are single long lines: wrap them so every word is on screen.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};


test('Copydesk in VS Code (code-server + Chromium)', { timeout: 6 * 60_000 }, async (t) => {
  const session = await openWorkbench({ name: 'ui' });
  const { page, workspace, started } = session;
  try {
    // The explorer shows the folder once the workbench has restored.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ENGLISH }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.screenshot({ path: path.join(results, '01-workbench.png') });

    await quickOpen(page, ENGLISH);
    step('English article open');

    await t.test('the date that disagrees with the French version is underlined', async () => {
      await shoot(page, '02-squiggle', async () => {
        const squiggles = page.locator('.view-overlays [class*="squiggly-"]');
        await squiggles.first().waitFor({ state: 'visible', timeout: 90_000 });
        const date = await waitFor('the date in the editor', () => locateText(page, 'December 22'), 10_000);
        // One of the underlines sits on the date itself.
        await waitFor('an underline on "December 22, 2024"', async () => {
          const boxes = await squiggles.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON()));
          return boxes.some((box) => box.top <= date.y && box.bottom >= date.y - date.height && box.left <= date.x && box.right >= date.left);
        }, 30_000);
      });
    });

    await t.test('the Problems panel lists translation.date for both versions', async () => {
      await shoot(page, '03-problems', async () => {
        await quickOpen(page, FRENCH);
        await page.keyboard.press(`${MOD}+Shift+M`);
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15_000 });
        const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        await filter.waitFor({ state: 'visible', timeout: 10_000 });
        await filter.fill('translation.date');
        const rows = await waitFor('translation.date entries for both files', async () => {
          const found = await problemRows(page);
          const all = found.map((row) => `${row.label} ${row.text}`).join('\n');
          return all.includes(ENGLISH) && all.includes(FRENCH) && (all.match(/translation\.date/g) ?? []).length >= 2 ? found : null;
        }, 90_000);
        log(`[problems] ${JSON.stringify(rows, null, 1)}\n`);
      });
    });

    await t.test('hovering "Assimi Goïta" shows his card', async () => {
      await shoot(page, '04-hover', async () => {
        await quickOpen(page, ENGLISH);
        const name = await waitFor('"Assimi" on screen', () => locateText(page, 'Assimi'), 10_000);
        const hover = page.locator('.monaco-hover:visible', { hasText: 'Mali' });
        await waitFor('the hover card', async () => {
          // Moving off and back on restarts the hover delay if a first attempt was too early.
          await page.mouse.move(name.x, name.y - 40);
          await page.mouse.move(name.left + 2, name.y);
          await page.mouse.move(name.x, name.y);
          return hover.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        }, 45_000, 0);
        const text = await hover.first().innerText();
        log(`[hover] ${text}\n`);
        assert.match(text, /Goïta/);
        assert.match(text, /Mali/);
      });
    });

    let fixTitle = '';
    await t.test('the quick-fix menu on the date offers the correction', async () => {
      await shoot(page, '05-quick-fix', async () => {
        await page.keyboard.press('Escape');
        const date = await waitFor('the date', () => locateText(page, 'December 22'), 10_000);
        await page.mouse.click(date.x, date.y);
        const menu = page.locator('.action-widget');
        await waitFor('the quick-fix menu', async () => {
          await page.keyboard.press(`${MOD}+.`);
          return menu.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        }, 30_000, 0);
        const fix = menu.locator('.monaco-list-row', { hasText: /Change to/ }).first();
        await fix.waitFor({ state: 'visible', timeout: 30_000 });
        fixTitle = (await fix.innerText()).trim();
        log(`[quick fix] ${fixTitle}\n`);
        assert.match(fixTitle, /December 22, 202[45]/);
      });
    });

    await t.test('choosing the fix changes the text', async () => {
      const replacement = /["“«]\s*([^"”»]+?)\s*["”»]/.exec(fixTitle)?.[1];
      assert.ok(replacement, `no quoted replacement in the fix title ${JSON.stringify(fixTitle)}`);
      const before = readFileSync(path.join(workspace, ENGLISH), 'utf8');
      await shoot(page, '06-fixed', async () => {
        await page.locator('.action-widget .monaco-list-row', { hasText: /Change to/ }).first().click();
        await waitFor(`"${replacement}" in the editor`, () => locateText(page, replacement), 15_000);
        await page.keyboard.press(`${MOD}+S`);
        const after = await waitFor('the saved file to change', () => {
          const text = readFileSync(path.join(workspace, ENGLISH), 'utf8');
          return text !== before ? text : null;
        }, 15_000);
        assert.ok(after.includes(replacement), `the saved article lacks ${replacement}`);
        assert.equal(after.length - before.length, replacement.length - 'December 22, 2024'.length, 'only the date changed');
      });
      // The README's screenshot is refreshed on request, so a test run leaves the clone clean.
      if (process.env.COPYDESK_UPDATE_SCREENSHOT === '1') cpSync(path.join(results, '05-quick-fix.png'), path.join(repo, 'docs', 'screenshot.png'));
    });
    await t.test('the language status item shows the language and opens the French version', async () => {
      await shoot(page, '07-language-status', async () => {
        await page.keyboard.press('Escape');
        await quickOpen(page, ENGLISH);
        const entry = page.locator('[id="status.languageStatus"]').first();
        await entry.waitFor({ state: 'visible', timeout: 30_000 });
        // The hover lists every language status item; ours says what the article is paired with.
        const card = page.locator('.hover-language-status:visible, .monaco-hover:visible', { hasText: 'paired with' });
        const text = await waitFor('"English" and the paired version in the language status', async () => {
          await page.keyboard.press('Escape');
          await entry.click();
          const shown = await card.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => card.first().innerText(), () => '');
          return /English/.test(shown) && /paired with/.test(shown) ? shown : null;
        }, 60_000, 500);
        log(`[language status] ${text}\n`);
        await page.screenshot({ path: path.join(results, '07-language-status-hover.png') });
        assert.match(text, /\d+ findings?/);
        await card.first().locator('a', { hasText: /Open the/ }).first().click();
        // The French tab is already open in the first group: wait for it to be active in a second one.
        await waitFor('the French version active beside the English one', async () => {
          const groups = await page.locator('.editor-group-container').count();
          const active = await page.locator(`.editor-group-container .tab.active[aria-label*="${FRENCH}"]`).count();
          return groups >= 2 && active >= 1;
        }, 30_000);
      });
    });

    step(`done after ${Date.now() - started} ms`);
  } finally {
    await session.close();
  }
});

test('the VS Code mocha suite (test/vscode) passes inside code-server', { timeout: 5 * 60_000 }, async () => {
  // Bundled inside the repository so that `mocha` resolves from node_modules.
  const suite = await buildSuite(repo);
  const suiteLog = path.join(results, 'vscode-suite.log');
  writeFileSync(suiteLog, '');
  let finish;
  const exitCode = new Promise((resolve) => {
    finish = resolve;
  });
  const session = await openWorkbench({
    name: 'suite',
    // The extension as installed from the vsix, loaded as the one under test.
    payload: ({ remote, installed }) => [
      ['extensionDevelopmentPath', remote(installed)],
      ['extensionTestsPath', remote(suite)],
    ],
    exposeFunctions: {
      codeAutomationLog: (_level, args) => appendFileSync(suiteLog, `${format(...(Array.isArray(args) ? args : [args]))}\n`),
      codeAutomationExit: (code) => finish(code),
    },
  });
  try {
    const code = await Promise.race([exitCode, new Promise((resolve) => setTimeout(() => resolve('timeout'), 3 * 60_000).unref())]);
    const output = readFileSync(suiteLog, 'utf8');
    const summary = output.split('\n').filter((line) => /✔|✗|passing|failing|Error|\d+\) /.test(line)).join('\n');
    assert.equal(code, 0, `the suite exited with ${code}:\n${summary || output.slice(-4000)}`);
    assert.match(output, /passing/);
  } finally {
    await session.close();
  }
});

/** Runs a check and saves what the page showed, also when the check failed. */
async function shoot(page, name, check) {
  try {
    await check();
    await page.screenshot({ path: path.join(results, `${name}.png`) });
  } catch (error) {
    await page.screenshot({ path: path.join(results, `${name}-FAILED.png`) }).catch(() => undefined);
    throw error;
  }
}

/** Copies the "Copydesk" output channel and extension host logs next to the screenshots. */
function copyOutputLogs(userData, name) {
  const logs = path.join(userData, 'logs');
  if (!existsSync(logs)) return;
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/Copydesk|exthost|remoteagent/i.test(entry)) cpSync(full, path.join(results, `${name}-log-${entry}`));
    }
  };
  walk(logs);
}
