// The theme page as a visitor gets it, on the made-up fixture site: charts
// with names and Dutch numbers, each drawing only its own figures, tiles
// that lead to their indicator, chart text readable on a phone, and its
// data fetched once (the shipped page's text: text.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, openAllAreas, drawEveryChart, isOpen, NL_PAGE, NL_STATIC, BUNDLE, appTookOver, showHighlightsChart } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('charts are SVG with an accessible name and Dutch numbers', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  await openAllAreas(page);
  await showHighlightsChart(page);
  const charts = page.locator('figure.chart');
  const n = await charts.count();
  assert.equal(n, 4, `the fixture's four charts with both areas open, found ${n}`);
  for (let i = 0; i < n; i++) {
    // Charts in an area are drawn as they come near the screen.
    await charts.nth(i).scrollIntoViewIfNeeded();
    const drawing = charts.nth(i).locator('.chart-drawing');
    await drawing.locator('svg:not(.chart-placeholder)').first().waitFor();
    assert.equal(await drawing.getAttribute('role'), 'img');
    const name = await drawing.getAttribute('aria-label');
    assert.ok(name && name.length > 10, `chart ${i} has an accessible name`);
    const labels = await drawing.locator('svg text').allTextContents();
    assert.ok(labels.length > 0, `chart ${i} has text labels`);
    for (const l of labels.map((s) => s.trim())) {
      assert.doesNotMatch(l, /^\d{4,}$/, `unformatted number ${l} in chart ${i}`);
    }
  }
  // A chart of one indicator's figure draws that figure's points only, in
  // its order: not the indicator's own value (31.000).
  const numbers = async (id) => (await page.locator(`#${id} svg text`).allTextContents()).map((s) => s.trim()).filter((t) => /^\d/.test(t));
  assert.deepEqual(await numbers('chart-sanitair-per-regio'), ['12.000', '19.000']);
  // An area's chart of its indicators sets like beside like: the two that
  // count people, not the water points (1.250), which count another kind of
  // thing (issue 25); an area with one such indicator has no such chart.
  assert.deepEqual(await numbers('chart-gebied-water-indicators'), ['54.000', '31.000']);
  assert.match(await page.locator('#chart-gebied-water-indicators .chart-drawing').getAttribute('aria-label'), /\(personen\)/);
  assert.equal(await page.locator('#chart-gebied-scholen-indicators').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a highlight tile opens the area and moves focus to its indicator', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  const tile = page.locator('.highlight-tile a').nth(3);
  assert.equal(await tile.getAttribute('href'), '#leerlingen');
  const area = page.locator('#gebied-scholen');
  assert.equal(await isOpen(area), false);
  await tile.click();
  const target = page.locator('#leerlingen');
  await target.waitFor({ state: 'visible' });
  assert.equal(await isOpen(area), true);
  assert.equal(await isOpen(page.locator('#gebied-water')), false, 'only its own area opens');
  await page.waitForFunction(() => document.activeElement?.id === 'leerlingen');
  // Close the area and follow the same tile again: the URL already names
  // the indicator, so no hashchange fires, yet the area must open again.
  await area.locator('summary.area-toggle').click();
  assert.equal(await isOpen(area), false);
  await tile.click();
  await target.waitFor({ state: 'visible' });
  assert.equal(await isOpen(area), true);
  await page.waitForFunction(() => document.activeElement?.id === 'leerlingen');
  // A link into an area works when the page is opened with it, too.
  const fresh = await context.newPage();
  await fresh.goto(server.url + NL_PAGE + '#leraren');
  await fresh.locator('#leraren').waitFor({ state: 'visible' });
  await fresh.waitForFunction(() => document.activeElement?.id === 'leraren');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone-sized screen, chart text is drawn for the screen', async () => {
  const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  await openAllAreas(page);
  await drawEveryChart(page);
  // Chart text is drawn for the screen, not shrunk to an unreadable size.
  const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.chart-drawing svg')].map((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const size = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size'))));
    return size * scale;
  })));
  assert.ok(smallest >= 12, `chart text is ${smallest.toFixed(1)}px on a phone`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the catalog and the bundle are fetched once each, preloaded while the wasm loads', async () => {
  for (const address of [NL_STATIC, NL_PAGE]) {
    const { page, context, problems } = await newPage(browser);
    const before = server.requests.length;
    // Network events in order: without the preload, the app would only ask
    // for the bundle after it has started and read the catalog.
    const events = [];
    page.on('request', (r) => events.push(`start ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => events.push(`done ${new URL(r.url()).pathname}`));
    await page.goto(server.url + address);
    await page.waitForFunction(appTookOver);
    await page.locator('.result-area').first().waitFor();
    const data = server.requests.slice(before).filter((p) => p.startsWith('/data/'));
    assert.deepEqual(data.sort(), [BUNDLE, '/data/index.json'], address);
    // The pre-rendered page names its bundle (data-bundle), so the loader
    // fetches it with the catalog; the query address has only the catalog
    // to go by.
    if (address === NL_STATIC) {
      const bundleStart = events.indexOf(`start ${BUNDLE}`);
      const catalogDone = events.indexOf('done /data/index.json');
      assert.ok(bundleStart >= 0 && bundleStart < catalogDone, `bundle and catalog requested together: ${events.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
