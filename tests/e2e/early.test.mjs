// Controls from the first paint (issues 17, 32, 33): on a pre-rendered
// page an area's <details>, a chart's "Grafiek | Tabel" and the
// highlights' "Als tegels | Als grafiek" (radio buttons) are the page's
// own HTML, so a tap works at once, before the app; at the takeover the
// app keeps what the reader set, the focus and the reader's place, also
// when the reader scrolled on (with the wheel or by touch) after the tap.
// The app's own controls keep their place, unseen, until then. On the
// made-up fixture site; the test server holds the app's wasm back until
// the test lets it go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, withWasmHeldBack, isOpen, NL_STATIC, EN_STATIC, NL_PAGE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const onStatic = '[data-resultaten-page]';
/** Where an element is on the screen, and the page's scroll position. */
const where = (page, selector) => page.evaluate((s) => {
  const el = document.querySelector(s);
  return { top: Math.round(el.getBoundingClientRect().top), scrollY: Math.round(scrollY) };
}, selector);

for (const [lang, address, words] of [
  ['nl', NL_STATIC, { close: 'Resultaatgebied sluiten', table: 'Tabel', chart: 'Als grafiek' }],
  ['en', EN_STATIC, { close: 'Close result area', table: 'Table', chart: 'As a chart' }],
]) {
  for (const width of [375, 1280]) {
    test(`a tap before the takeover works at once and is kept, with nothing moving (${lang}, ${width}px)`, async () => {
      await withWasmHeldBack(server, async (wasm) => {
        const { page, context, problems } = await newPage(browser, { width, height: 800 });
        await page.goto(server.url + address, { waitUntil: 'domcontentloaded' });
        // The loader has asked for the app: the page is shown, and the app
        // cannot take over before the test lets it.
        await wasm.requested;
        // The highlights as their chart.
        await page.locator(`${onStatic} .highlights`).getByRole('radio', { name: words.chart }).check();
        assert.ok(await page.locator(`${onStatic} .highlights-chart`).isVisible(), 'the chart shows at once');
        assert.ok(!(await page.locator(`${onStatic} .highlight-tiles`).isVisible()), 'the tiles give way');
        // The second area, then a chart inside it as its table.
        const area = page.locator(`${onStatic} .result-area`).nth(1);
        const id = await area.getAttribute('id');
        await area.locator('summary.area-toggle').click();
        assert.ok(await isOpen(area), 'open at once');
        assert.equal((await area.locator('summary.area-toggle .when-open').textContent()).trim(), words.close);
        assert.ok(await area.locator('.area-panel').isVisible(), 'its panel shows at once');
        const first = page.locator(`${onStatic} .result-area`).first();
        await first.locator('summary.area-toggle').click();
        const figure = first.locator('figure.chart').first();
        const figureId = await figure.getAttribute('id');
        await figure.scrollIntoViewIfNeeded();
        const table = figure.getByRole('radio', { name: words.table });
        await table.check();
        assert.ok(await figure.locator('table.chart-table').isVisible(), 'the table shows at once');
        assert.ok(!(await figure.locator('.chart-drawing').isVisible()));
        const before = await where(page, `${onStatic} [id="${figureId}"]`);
        assert.ok(await page.locator(onStatic).count(), 'the taps came before the takeover');
        // The app takes over, with the reader's state.
        wasm.release();
        await page.waitForFunction(appTookOver, null, { timeout: 30000 });
        await page.waitForTimeout(300);
        assert.ok(await isOpen(page.locator(`[id="${id}"]`)), 'still open after the takeover');
        assert.ok(await page.locator(`[id="${id}"] .area-panel`).isVisible());
        const appFigure = page.locator(`[id="${figureId}"]`);
        assert.ok(await appFigure.locator('table.chart-table').isVisible(), 'still a table after the takeover');
        assert.ok(await appFigure.getByRole('radio', { name: words.table }).isChecked());
        assert.ok(await page.locator('.highlights-chart').isVisible(), 'still the highlights chart');
        assert.ok(await page.locator('.highlights').getByRole('radio', { name: words.chart }).isChecked());
        const after = await where(page, `[id="${figureId}"]`);
        assert.ok(Math.abs(after.top - before.top) <= 2, `the figure stays where it was on the screen: ${before.top} -> ${after.top}`);
        // Focus back on the switch, without scrolling.
        const focusKept = await page.waitForFunction((fid) => document.activeElement?.closest('figure')?.id === fid, figureId, { timeout: 5000 })
          .then(() => true, () => false);
        assert.ok(focusKept, `focus stays on the switch (it is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    });
  }
}

/** Scrolls the page down by `by` px as a reader does: with the mouse
 *  wheel, or by a finger on a touch screen. */
async function scrollOn(page, how, by) {
  if (how === 'wheel') {
    for (let left = by; left > 0; left -= 500) await page.mouse.wheel(0, Math.min(500, left));
  } else {
    // Swipes up, 600 px each, as touch events through the DevTools
    // protocol (the browser scrolls the page for them, as for a finger).
    const cdp = await page.context().newCDPSession(page);
    for (let left = by; left > 0; left -= 600) {
      const moves = [700, 550, 400, 250, 100].map((y) => ['touchMove', y]);
      for (const [type, y] of [['touchStart', 700], ...moves, ['wait'], ['touchMove', 100], ['touchEnd', 100]]) {
        // The finger rests before it lifts, so the page does not fling on.
        if (type === 'wait') await page.waitForTimeout(150);
        else await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 150, y }] });
      }
    }
  }
  // Until the page has come to rest (a swipe flings on a little).
  await page.waitForFunction(() => new Promise((r) => {
    const y = scrollY;
    setTimeout(() => r(scrollY === y), 200);
  }), null, { polling: 50 });
}

// Issue 33: a reader taps "Als grafiek" (or opens an area) before the app
// arrives, then scrolls on. Before, the takeover gave focus back to the
// control and the browser scrolled to it (scrollY 6000 -> 0), and the
// highlights grew when their chart was drawn for the exact width, which
// moved what the reader was looking at.
for (const how of ['wheel', 'touch']) {
  for (const width of [375, 1280]) {
    test(`a tap, then scrolling on (${how}), keeps the reader's place at the takeover (${width}px)`, async () => {
      await withWasmHeldBack(server, async (wasm) => {
        const { page, context, problems } = await newPage(browser, { width, height: 800, touch: how === 'touch' });
        await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
        await wasm.requested;
        // The highlights as their chart, then the first area open: the
        // page gets long enough to read on.
        const radio = page.locator(`${onStatic} input.highlights-show-chart`);
        if (how === 'touch') await radio.tap();
        else await radio.check();
        assert.ok(await radio.isChecked());
        const area = page.locator(`${onStatic} .result-area`).first();
        const summary = area.locator('summary.area-toggle');
        if (how === 'touch') await summary.tap();
        else await summary.click();
        assert.ok(await isOpen(area));
        const start = await page.evaluate(() => scrollY);
        await scrollOn(page, how, 2500);
        // What the reader looks at: the element at the top quarter of the
        // screen, named by the nearest id around it and the children
        // down from there, so that the app's own element is found again.
        const read = await page.evaluate(() => {
          let at = document.elementFromPoint(innerWidth / 2, innerHeight / 4);
          const top = Math.round(at.getBoundingClientRect().top);
          const path = [];
          while (!at.id) {
            path.unshift([...at.parentElement.children].indexOf(at));
            at = at.parentElement;
          }
          return { id: at.id, path, top, scrollY: Math.round(scrollY) };
        });
        assert.ok(read.scrollY > start + 1500, `the reader scrolled on: ${start} -> ${read.scrollY}`);
        wasm.release();
        await page.waitForFunction(appTookOver, null, { timeout: 30000 });
        await page.waitForTimeout(300);
        const now = await page.evaluate(({ id, path }) => ({
          top: Math.round(path.reduce((el, i) => el.children[i], document.getElementById(id)).getBoundingClientRect().top),
          scrollY: Math.round(scrollY),
          focus: document.activeElement?.matches('summary.area-toggle, input.highlights-show-chart'),
        }), read);
        assert.ok(Math.abs(now.top - read.top) <= 2, `what the reader looked at (in #${read.id}) stays where it was: ${read.top} -> ${now.top} (scrollY ${read.scrollY} -> ${now.scrollY})`);
        assert.ok(now.scrollY > start + 1500, `no jump back to the control: scrollY ${now.scrollY}`);
        assert.ok(now.focus, 'focus is back on the control the reader used');
        assert.ok(await page.locator('input.highlights-show-chart').isChecked(), 'the chart is kept');
        assert.ok(await isOpen(page.locator('.result-area').first()), 'the area is kept open');
        assert.deepEqual(problems, []);
        await context.close();
      });
    });
  }
}

// Issue 33's second case: the highlights switched to their chart before
// the app, then an area's toggle tapped: the highlights' chart is drawn
// again for the exact width at the takeover (taller at 375 px), and the
// toggle just tapped must stay where the reader has it on the screen.
for (const width of [375, 1280]) {
  test(`the highlights switched, then a toggle tapped: the toggle stays where it is at the takeover (${width}px)`, async () => {
    await withWasmHeldBack(server, async (wasm) => {
      const { page, context, problems } = await newPage(browser, { width, height: 800 });
      await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
      await wasm.requested;
      await page.locator(`${onStatic} input.highlights-show-chart`).check();
      const summary = page.locator(`${onStatic} #gebied-water summary.area-toggle`);
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      const before = await summary.evaluate((s) => Math.round(s.getBoundingClientRect().top));
      wasm.release();
      await page.waitForFunction(appTookOver, null, { timeout: 30000 });
      await page.waitForTimeout(300);
      const after = await page.locator('#gebied-water summary.area-toggle').evaluate((s) => ({
        top: Math.round(s.getBoundingClientRect().top),
        focused: document.activeElement === s,
      }));
      assert.ok(Math.abs(after.top - before) <= 2, `the toggle stays on the screen: ${before} -> ${after.top}`);
      assert.ok(after.focused, 'and keeps focus');
      assert.ok(await isOpen(page.locator('#gebied-water')));
      assert.ok(await page.locator('input.highlights-show-chart').isChecked());
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

test('the app\'s own controls keep their place, unseen, until the app has taken over, and work after it', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const all = page.locator(`${onStatic} button.open-all`);
    assert.equal(await all.count(), 1, 'there, in its place');
    assert.ok(!(await all.isVisible()), 'but not seen');
    // Where it is in the page (not on the screen, which Tab may scroll).
    const place = (button) => button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return { y: r.top + scrollY, height: r.height };
    });
    const box = await place(all);
    assert.ok(box.height > 0, 'its place is kept');
    // Not reachable with the keyboard: Tab never lands on one.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      assert.ok(!(await page.evaluate(() => !!document.activeElement?.closest('.needs-app'))), 'Tab skips the app\'s controls');
    }
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    const appAll = page.locator('button.open-all');
    assert.equal(await appAll.textContent(), 'Alles openen');
    assert.ok(await appAll.isVisible(), 'shown once the app runs');
    const moved = await place(appAll);
    assert.ok(Math.abs(moved.y - box.y) <= 1, `in the place it had: ${box.y} -> ${moved.y}`);
    await appAll.click();
    assert.equal(await page.locator('details.area-details:not([open])').count(), 0, 'every area open');
    assert.equal(await appAll.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('the app-only address shows the site header and a loading message from its first paint', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
    await page.goto(server.url + NL_PAGE, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    assert.ok(await page.locator('#resultaten-boot .site-header .site-name').isVisible(), 'the header');
    assert.match(await page.getByRole('status').first().textContent(), /De resultaten worden geladen/);
    wasm.release();
    await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor({ timeout: 30000 });
    assert.equal(await page.locator('#resultaten-boot').count(), 0, 'the boot screen gave way');
    assert.equal(await page.locator('.site-header').count(), 1, 'one header');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The browser's find-in-page (and a link with a text fragment) finds text
// in a closed area: the platform opens its <details>, before the app; the
// app keeps it open.
test('find-in-page before the takeover opens the area it finds text in, and the app keeps it open', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    const text = encodeURIComponent('Verzonnen uitleg: deze testindicator telt leerlingen');
    await page.goto(`${server.url}${NL_STATIC}#:~:text=${text}`, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const area = page.locator(`${onStatic} #gebied-scholen`);
    await page.waitForFunction(() => document.querySelector('[data-resultaten-page] #gebied-scholen details').open);
    assert.ok(await area.locator('.area-panel').isVisible());
    assert.equal(await isOpen(page.locator(`${onStatic} #gebied-water`)), false, 'the other area stays closed');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    await page.waitForTimeout(300);
    assert.ok(await isOpen(page.locator('#gebied-scholen')), 'still open after the takeover');
    assert.ok(await page.locator('#gebied-scholen .area-panel').isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });
});
