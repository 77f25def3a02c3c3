// "Link kopiëren" (issue 17, item 6): every indicator and chart copies its
// deep link with the Clipboard API and says so politely; where the browser
// refuses, the address is shown selected. It is the app's control: on the
// pre-rendered page before the takeover it keeps its place, hidden and out
// of reach, and works once the app has taken over. And the one place for
// a refused clipboard: "Link kopiëren" on the theme page and "Kopiëren" on
// the snippets page "Insluiten" leads to both fall back to a selected
// text. On the made-up fixture site (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, withWasmHeldBack, THEME, NL_STATIC, NL_PAGE, showHighlightsChart } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const DEEP = new RegExp(`/nl/2019/${THEME}/#`);

for (const [where, address] of [['pre-rendered page', NL_STATIC], ['query address', NL_PAGE]]) {
  test(`copy link puts the deep link on the clipboard (${where})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url + address);
    await page.waitForFunction(appTookOver);
    await page.getByRole('button', { name: 'Alles openen' }).click();
    const indicator = page.locator('article.indicator').first();
    const id = await indicator.getAttribute('id');
    assert.equal(id, 'waterpunten');
    const title = (await indicator.locator('.indicator-title').textContent()).trim();
    // Named with what it links to, exactly.
    const control = indicator.locator('> .copy-link');
    const button = control.getByRole('button', { name: `Link kopiëren: ${title}`, exact: true });
    assert.equal(await button.count(), 1, 'named "Link kopiëren: <title>"');
    await button.click();
    const status = control.locator('.copy-link-status');
    await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await status.elementHandle());
    assert.equal(await status.getAttribute('role'), 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, DEEP);
    assert.ok(copied.endsWith(`#${id}`), copied);
    // A chart's link leads to the chart.
    const figure = page.locator('figure.chart:visible').first();
    await figure.locator('button.copy-link-button').click();
    await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await figure.locator('.copy-link-status').elementHandle());
    assert.ok((await page.evaluate(() => navigator.clipboard.readText())).endsWith(`#${await figure.getAttribute('id')}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('where the clipboard is refused, the address or the snippet is shown selected, with how to copy it', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  // "Link kopiëren": the address in a field, focused and selected.
  await showHighlightsChart(page);
  const figure = page.locator('#chart-highlights');
  await figure.locator('button.copy-link-button').click();
  const field = figure.locator('input.copy-link-address');
  await field.waitFor();
  assert.ok((await field.inputValue()).endsWith(`#${await figure.getAttribute('id')}`));
  assert.match(await field.inputValue(), DEEP);
  assert.equal(await field.getAttribute('aria-label'), 'Adres van de link');
  const selected = (cls) => page.evaluate((c) => {
    const el = document.activeElement;
    return el.classList.contains(c) && el.value.length > 0 && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  }, cls);
  assert.ok(await selected('copy-link-address'), 'the address is focused and selected');
  assert.match(await figure.locator('.copy-link-status').textContent(), /Kopieer het met Ctrl\+C/);
  // "Insluiten" leads to the snippets page; its "Kopiëren": the snippet,
  // focused and selected.
  await page.getByRole('link', { name: 'Insluiten: Verzonnen gebied scholen', exact: true }).click();
  const code = page.getByLabel('In een element van uw pagina', { exact: true });
  await code.waitFor();
  await page.waitForFunction((el) => el.value.length > 0, await code.elementHandle());
  assert.match(await code.inputValue(), /data-only="gebied-scholen"/);
  await page.getByRole('button', { name: 'Kopiëren: In een element van uw pagina', exact: true }).click();
  const status = page.locator('.embed-snippet', { has: code }).locator('.embed-copy-status');
  await page.waitForFunction((el) => /Kopieer hem met Ctrl\+C/.test(el.textContent), await status.elementHandle());
  assert.equal(await status.textContent(), 'Kopiëren lukte niet: de code staat geselecteerd. Kopieer hem met Ctrl+C (Cmd+C op een Mac).');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.ok(await selected('embed-code'), 'the snippet is focused and selected');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'resultaten-snippet-element', 'the snippet of the button');
  assert.deepEqual(problems, []);
  await context.close();
});

test('before the takeover "Link kopiëren" keeps its place, hidden and out of reach; after it, it copies', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    assert.ok(await page.evaluate(() => !!document.querySelector('[data-resultaten-page]')), 'still the static page');
    // The highlights' chart, by the page's own radio button.
    await showHighlightsChart(page);
    const button = page.locator('#chart-highlights button.copy-link-button');
    assert.equal(await button.count(), 1, 'in the static page');
    const early = await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      b.focus();
      return { visibility: getComputedStyle(b).visibility, width: r.width, height: r.height, x: r.x, y: r.y + scrollY, focused: document.activeElement === b };
    });
    assert.equal(early.visibility, 'hidden', 'hidden before the takeover');
    assert.ok(early.width > 0 && early.height > 0, 'its place is kept');
    assert.equal(early.focused, false, 'not focusable');
    assert.equal(await button.isVisible(), false);
    // Tab from the switch before it never lands on it.
    await page.locator('#chart-highlights input.chart-show-chart').focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.matches('.needs-app, .needs-app *')), false, 'Tab skips the app\'s controls');
    }
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'still before the takeover');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    // The app's own, at the same place, and it works.
    const taken = page.locator('#chart-highlights button.copy-link-button');
    const late = await taken.evaluate((b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y + scrollY }; });
    assert.deepEqual(late, { x: early.x, y: early.y }, 'the same place after the takeover');
    assert.ok(await taken.isVisible());
    await taken.click();
    await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await page.locator('#chart-highlights .copy-link-status').elementHandle());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, DEEP);
    assert.ok(copied.endsWith('#chart-highlights'), copied);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
