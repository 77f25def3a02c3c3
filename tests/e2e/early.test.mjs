// Controls that work from the first paint (issue 17, item 1): on a
// pre-rendered page the area toggles, "Alles openen" and the table switch
// respond before the app has taken over, and the app keeps what the reader
// set; so does what the browser's find-in-page opens. The test server
// holds the app's wasm back until the taps are done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, withWasmHeldBack, NL_STATIC, EN_STATIC, NL_PAGE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });


for (const [lang, address, labels] of [
  ['nl', NL_STATIC, { close: 'Resultaatgebied sluiten', table: 'Tabel', all: 'Alles sluiten' }],
  ['en', EN_STATIC, null],
]) {
  for (const width of [375, 1280]) {
    test(`a tap before the takeover works at once and is kept (${lang}, ${width}px)`, async () => {
      await withWasmHeldBack(server, async (wasm) => {
        const { page, context, problems } = await newPage(browser, { width, height: 800 });
        await page.goto(server.url + address, { waitUntil: 'domcontentloaded' });
        // The loader has asked for the app: the page is shown, and the app
        // cannot take over before the test lets it.
        await wasm.requested;
        assert.ok(await page.evaluate(() => !!document.querySelector('[data-resultaten-page]')), 'still the static page');
        // The second area: its toggle, then a chart inside it as a table.
        const area = page.locator('[data-resultaten-page] .result-area').nth(1);
        const id = await area.getAttribute('id');
        const toggle = area.locator('button.area-toggle');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'open at once');
        assert.ok(await area.locator('.area-panel').isVisible(), 'its panel shows at once');
        const figure = area.locator('figure.chart').first();
        const figureId = await figure.getAttribute('id');
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('button.chart-show-table').click();
        assert.ok(await figure.locator('table.chart-table').isVisible(), 'the table shows at once');
        assert.equal(await figure.locator('button.chart-show-table').getAttribute('aria-pressed'), 'true', 'pressed at once');
        if (labels) {
          assert.equal((await toggle.locator('.toggle-text').textContent()).trim(), labels.close);
          assert.equal((await figure.locator('.chart-switch-button[aria-pressed="true"]').textContent()).trim(), labels.table);
        }
        const scrolled = await page.evaluate(() => window.scrollY);
        assert.ok(await page.evaluate(() => !!document.querySelector('[data-resultaten-page]')), 'the taps came before the takeover');
        // The app takes over, with the reader's state.
        wasm.release();
        await page.waitForFunction(appTookOver, null, { timeout: 30000 });
        await page.waitForTimeout(300);
        const app = page.locator(`[id="${id}"]`);
        assert.equal(await app.locator('button.area-toggle').getAttribute('aria-expanded'), 'true', 'still open after the takeover');
        assert.ok(await app.locator('.area-panel').isVisible());
        const appFigure = page.locator(`[id="${figureId}"]`);
        assert.ok(await appFigure.locator('table.chart-table').isVisible(), 'still a table after the takeover');
        assert.ok(!(await appFigure.locator('.chart-drawing').isVisible()));
        assert.equal(await appFigure.locator('button.chart-show-table').getAttribute('aria-pressed'), 'true');
        assert.equal(new URL(page.url()).hash, `#${id}`, 'the open area is the fragment, as after any tap');
        assert.ok(Math.abs(await page.evaluate(() => window.scrollY) - scrolled) <= 2, 'the page did not move');
        // The takeover puts focus back on the switch in the frame it swaps
        // the pages; under load that frame can come after the checks above.
        const focusKept = await page.waitForFunction((fid) => document.activeElement?.closest('figure')?.id === fid, figureId, { timeout: 5000 })
          .then(() => true, () => false);
        assert.ok(focusKept, `focus stays on the switch (it is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    });
  }
}

test('"Alles openen" works before the takeover, and the app keeps every area open', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context } = await newPage(browser);
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const all = page.locator('[data-resultaten-page] button.open-all');
    await all.click();
    assert.equal(await all.getAttribute('aria-expanded'), 'true');
    assert.equal((await all.textContent()).trim(), 'Alles sluiten');
    assert.equal(await page.locator('[data-resultaten-page] button.area-toggle[aria-expanded="false"]').count(), 0);
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'before the takeover');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('button.area-toggle[aria-expanded="false"]').count(), 0, 'every area still open');
    assert.equal(await page.locator('button.open-all').getAttribute('aria-expanded'), 'true');
    await context.close();
  });
});

test('the app-only address shows the site header and a loading message from its first paint', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
    await page.goto(server.url + NL_PAGE, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    assert.ok(await page.locator('.site-header .site-name').isVisible(), 'the header');
    assert.match(await page.getByRole('status').first().textContent(), /De resultaten worden geladen/);
    wasm.release();
    await page.locator('h1', { hasText: 'Opvang in de regio en migratiesamenwerking' }).waitFor({ timeout: 30000 });
    assert.equal(await page.locator('#resultaten-boot').count(), 0, 'the boot screen gave way');
    assert.equal(await page.locator('.site-header').count(), 1, 'one header');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The browser's find-in-page (and a link with a text fragment) finds text
// in a closed area or in the hidden view of the highlights: on the
// pre-rendered page, the loader opens what the browser revealed and makes
// its control say so (public/loader.js, `beforematch`); the app keeps it.
test('find-in-page before the takeover opens the area it finds text in, and the app keeps it open', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    // A text fragment: the browser searches the page as find-in-page does,
    // hidden="until-found" panels included, and fires `beforematch`.
    const text = encodeURIComponent('Migranten die zijn ondersteund bij hun vrijwillige terugkeer');
    await page.goto(`${server.url}${NL_STATIC}#:~:text=${text}`, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const toggle = page.locator('[data-resultaten-page] #migratiesamenwerking .area-toggle');
    const panel = page.locator('[data-resultaten-page] #migratiesamenwerking-panel');
    await page.waitForFunction(() => !document.querySelector('[data-resultaten-page] #migratiesamenwerking-panel').hidden);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the toggle says open');
    assert.equal((await toggle.locator('.toggle-text').textContent()).trim(), 'Resultaatgebied sluiten');
    assert.ok(await panel.isVisible());
    // The other area stays closed.
    assert.equal(await page.locator('[data-resultaten-page] #opvang-in-de-regio .area-toggle').getAttribute('aria-expanded'), 'false');
    // The highlights' chart, hidden until found while the tiles show.
    const chart = page.locator('[data-resultaten-page] .highlights-chart');
    assert.equal(await chart.getAttribute('hidden'), 'until-found');
    // As the browser does when find-in-page matches inside it: shown, then
    // `beforematch` (which bubbles) on it. Headless Chromium has no find bar.
    await chart.evaluate((el) => { el.hidden = false; el.dispatchEvent(new Event('beforematch', { bubbles: true })); });
    assert.equal(await page.locator('[data-resultaten-page] button.highlights-show-chart').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('[data-resultaten-page] .highlight-tiles').getAttribute('hidden'), 'until-found', 'the tiles give way');
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'all before the takeover');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#migratiesamenwerking .area-toggle').getAttribute('aria-expanded'), 'true', 'still open after the takeover');
    assert.ok(await page.locator('#migratiesamenwerking-panel').isVisible());
    assert.equal(await page.locator('button.highlights-show-chart').getAttribute('aria-pressed'), 'true', 'still the chart');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
