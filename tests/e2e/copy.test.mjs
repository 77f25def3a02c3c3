// "Link kopiëren" (issue 17, item 6): every indicator and chart copies its
// deep link with the Clipboard API and says so politely; where the browser
// refuses, the address is shown selected. Also before the takeover. And
// the one place for a refused clipboard: "Link kopiëren" and "Insluiten"'s
// "Kopiëren" both fall back to a selected text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, withWasmHeldBack, NL_STATIC, NL_PAGE, showHighlightsChart } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const DEEP = /\/nl\/2019\/opvang-in-de-regio-en-migratiesamenwerking\/#/;

for (const [where, address] of [['pre-rendered page', NL_STATIC], ['query address', NL_PAGE]]) {
  test(`copy link puts the deep link on the clipboard (${where})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url + address);
    await page.waitForFunction(appTookOver);
    await page.getByRole('button', { name: 'Alles openen' }).click();
    const indicator = page.locator('article.indicator').first();
    const id = await indicator.getAttribute('id');
    const title = (await indicator.locator('.indicator-title').textContent()).trim();
    const button = indicator.getByRole('button', { name: /^Link kopiëren/ });
    assert.ok((await button.evaluate((b) => b.textContent.replace(/\s+/g, ' '))).includes(title), 'named with what it links to');
    await button.click();
    const status = indicator.locator('.copy-link-status');
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
  assert.equal(await field.getAttribute('aria-label'), 'Adres van de link');
  const selected = (cls) => page.evaluate((c) => {
    const el = document.activeElement;
    return el.classList.contains(c) && el.value.length > 0 && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  }, cls);
  assert.ok(await selected('copy-link-address'), 'the address is focused and selected');
  assert.match(await figure.locator('.copy-link-status').textContent(), /Kopieer het met Ctrl\+C/);
  // "Insluiten", "Kopiëren": the snippet, focused and selected.
  const control = page.locator('#migratiesamenwerking > details.embed-control');
  await control.getByText('Insluiten').click();
  const code = control.getByLabel('In een element van uw pagina');
  await page.waitForFunction((el) => el.value.length > 0, await code.elementHandle());
  assert.match(await code.inputValue(), /data-only="migratiesamenwerking"/);
  await control.getByRole('button', { name: /^Kopiëren ?: In een element van uw pagina$/ }).click();
  await page.waitForFunction((el) => /Kopieer hem met Ctrl\+C/.test(el.textContent), await control.locator('.embed-copy-status').last().elementHandle());
  assert.ok(await selected('embed-code'), 'the snippet is focused and selected');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.kind), 'element', 'the snippet of the button');
  assert.deepEqual(problems, []);
  await context.close();
});

test('copy link works before the app has taken over', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    assert.ok(await page.evaluate(() => !!document.querySelector('[data-resultaten-page]')), 'still the static page');
    await showHighlightsChart(page);
    const figure = page.locator('[data-resultaten-page] #chart-highlights');
    await figure.locator('button.copy-link-button').click();
    await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await figure.locator('.copy-link-status').elementHandle());
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), DEEP);
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'still before the takeover');
    await context.close();
  });
});
