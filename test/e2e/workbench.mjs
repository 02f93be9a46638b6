// Page helpers for driving the VS Code workbench in Chromium. Every wait is on
// a DOM signal with a deadline; nothing sleeps a fixed time.

export const MOD = 'Control';

/** Opens a file by name (its tab if already open, else Quick Open) and waits for its editor. */
export async function quickOpen(page, fileName) {
  const tab = page.locator(`.tab[aria-label*="${fileName}"]`).first();
  if (await tab.isVisible().catch(() => false)) {
    await tab.click();
  } else {
    const input = page.locator('.quick-input-widget input');
    await waitFor('the Quick Open box', async () => {
      await page.keyboard.press(`${MOD}+P`);
      return input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    }, 30_000, 0);
    await input.fill(fileName);
    // Wait for the list to be filtered, not the list of recent files shown first.
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.click();
  }
  await page.locator(`.tab.active[aria-label*="${fileName}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * Screen coordinates of the first occurrence of `needle` in the visible
 * editor's rendered lines. Monaco renders spaces as no-break spaces, so the
 * text is compared with those turned back into spaces.
 */
export async function locateText(page, needle) {
  return page.evaluate((wanted) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\u00a0/g, ' ');
      const index = text.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top, width: box.width, height: box.height };
    }
    return null;
  }, needle);
}

/** Polls `probe` until it returns a truthy value or the deadline passes. */
export async function waitFor(description, probe, timeoutMs = 30_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Text of the rows the Problems panel currently renders (file rows and marker rows, in order). */
export async function problemRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .map((row) => ({
        top: Number.parseFloat(row.style.top || '0'),
        label: row.getAttribute('aria-label') ?? '',
        text: (row.textContent ?? '').replace(/\u00a0/g, ' '),
      }))
      .sort((a, b) => a.top - b.top),
  );
}
