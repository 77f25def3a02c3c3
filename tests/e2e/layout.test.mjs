// The page as people use it (issue 17, items 2, 7 and 9), on the made-up
// fixture site: on a phone the result areas are close to the top; the
// highlights have one place, as tiles or as a chart (a switch of radio
// buttons, which works on the pre-rendered page before the app and is
// kept by it); a breadcrumb and a footer lead onward; on a wide screen the
// tiles share one row, their figures line up, and text keeps a readable
// measure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, withWasmHeldBack, NL_STATIC, EN_STATIC, NL_PAGE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const LANGS = [
  { lang: 'nl', path: NL_STATIC, other: EN_STATIC, words: { crumbs: 'Kruimelpad', overview: 'Resultaten per thema', footer: 'Verder op deze site', other: 'English', tiles: 'Als tegels', chart: 'Als grafiek', view: 'Weergave: Uitgelichte resultaten', skip: 'Direct naar de resultaatgebieden' } },
  { lang: 'en', path: EN_STATIC, other: NL_STATIC, words: { crumbs: 'Breadcrumb', overview: 'Results by theme', footer: 'More on this site', other: 'Nederlands', tiles: 'As tiles', chart: 'As a chart', view: 'View: Highlighted results', skip: 'Straight to the result areas' } },
];

async function open(width, address, height = 800) {
  const opened = await newPage(browser, { width, height });
  await opened.page.goto(server.url + address);
  await opened.page.waitForFunction(appTookOver, null, { timeout: 30000 });
  return opened;
}

for (const { lang, path, other, words } of LANGS) {
  test(`on a phone the introduction starts within 1,200 px (${lang}, 375 × 800)`, async () => {
    const { page, context, problems } = await open(375, path);
    const top = await page.evaluate(() => document.getElementById('inleiding').getBoundingClientRect().top + scrollY);
    assert.ok(top <= 1200, `the introduction starts at ${Math.round(top)} px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [375, 1280]) {
    test(`the highlights: tiles or chart in one place, and a link straight to the areas (${lang}, ${width}px)`, async () => {
      const { page, context, problems } = await open(width, path);
      const section = page.locator('section.highlights');
      const group = section.getByRole('group', { name: words.view, exact: true });
      const tilesRadio = group.getByRole('radio', { name: words.tiles });
      const chartRadio = group.getByRole('radio', { name: words.chart });
      const tiles = section.locator('.highlight-tiles');
      const figure = section.locator('figure.chart');
      assert.deepEqual([await tilesRadio.isChecked(), await chartRadio.isChecked()], [true, false]);
      assert.ok(await tiles.isVisible() && !(await figure.isVisible()), 'the tiles show, the chart is not a second block');
      const place = await tiles.evaluate((t) => Math.round(t.getBoundingClientRect().top + scrollY));
      // A tap on the label the reader sees.
      await chartRadio.click();
      assert.deepEqual([await tilesRadio.isChecked(), await chartRadio.isChecked()], [false, true]);
      assert.ok(await figure.isVisible() && !(await tiles.isVisible()), 'the chart takes the tiles\' place');
      assert.equal(await figure.evaluate((f) => Math.round(f.getBoundingClientRect().top + scrollY)), place, 'in the same place');
      // Its own table view still works inside.
      await figure.locator('input.chart-show-table').check();
      assert.ok(await figure.locator('table.chart-table').isVisible());
      await tilesRadio.check();
      assert.ok(await tiles.isVisible() && !(await figure.isVisible()));
      // Straight to the areas.
      await section.getByRole('link', { name: words.skip }).click();
      await page.waitForFunction(() => Math.abs(document.getElementById('resultaatgebieden').getBoundingClientRect().top) < 4);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`breadcrumb and footer lead onward (${lang}, ${width}px)`, async () => {
      const { page, context, problems } = await open(width, path);
      const crumbs = page.getByRole('navigation', { name: words.crumbs });
      const overview = crumbs.getByRole('link', { name: words.overview, exact: true });
      assert.ok(await overview.isVisible());
      // The overview in the page's language, pre-rendered: / and /en/.
      assert.equal(new URL(await overview.evaluate((a) => a.href)).pathname, lang === 'nl' ? '/' : '/en/');
      const items = await crumbs.locator('li').allTextContents();
      assert.equal(items[1].trim(), '2019');
      assert.equal(await crumbs.locator('[aria-current="page"]').textContent(), await page.locator('h1').textContent());
      const footer = page.getByRole('contentinfo').getByRole('navigation', { name: words.footer });
      assert.ok(await footer.getByRole('link', { name: words.overview, exact: true }).isVisible());
      const otherLink = footer.getByRole('link', { name: words.other, exact: true });
      assert.equal(new URL(await otherLink.evaluate((a) => a.href)).pathname, other, 'the same page in the other language');
      assert.equal(await otherLink.getAttribute('hreflang'), lang === 'nl' ? 'en' : 'nl');
      await overview.click();
      await page.getByRole('heading', { level: 1, name: words.overview }).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

// The app-only address: the app shows the chart the link names.
test('a link to the highlights\' chart shows it (app-only address)', async () => {
  const { page, context, problems } = await open(375, `${NL_PAGE}#chart-highlights`);
  const figure = page.locator('#chart-highlights');
  await page.waitForFunction(() => document.activeElement?.id === 'chart-highlights');
  assert.ok(await figure.isVisible());
  assert.equal(await page.locator('input.highlights-show-chart').isChecked(), true);
  assert.ok(!(await page.locator('.highlight-tiles').isVisible()), 'the tiles give way');
  assert.ok(await figure.evaluate((f) => { const r = f.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), 'in view');
  assert.deepEqual(problems, []);
  await context.close();
});

// The pre-rendered page: its own HTML chooses the tiles (a stylesheet
// cannot choose by the address's fragment, and the loader handles no
// control), and its switch says so; once the app runs it shows the chart
// the link names, in view, with focus.
test('a link to the highlights\' chart shows it (pre-rendered page, once the app runs)', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
    await page.goto(`${server.url}${NL_STATIC}#chart-highlights`, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const before = page.locator('[data-resultaten-page]');
    const shown = await before.evaluate((root) => ({
      tilesChecked: root.querySelector('input.highlights-show-tiles').checked,
      tiles: root.querySelector('.highlight-tiles').checkVisibility(),
      chart: root.querySelector('#chart-highlights').checkVisibility(),
    }));
    assert.deepEqual(shown, { tilesChecked: true, tiles: true, chart: false }, 'before the app: the switch says what shows');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    // The app's deep link gives the chart focus; at most a few seconds.
    await page.waitForFunction(() => document.activeElement?.id === 'chart-highlights', null, { timeout: 5000 }).catch(() => {});
    const taken = await page.evaluate(() => {
      const figure = document.querySelector('#chart-highlights');
      const r = figure.getBoundingClientRect();
      return {
        chartChecked: document.querySelector('input.highlights-show-chart').checked,
        chart: figure.checkVisibility(),
        tiles: document.querySelector('.highlight-tiles').checkVisibility(),
        inView: r.top < innerHeight && r.bottom > 0,
        focus: document.activeElement?.id || document.activeElement?.tagName,
      };
    });
    assert.deepEqual(taken, { chartChecked: true, chart: true, tiles: false, inView: true, focus: 'chart-highlights' }, 'once the app runs: the chart chosen, shown in the tiles\' place, in view, with focus');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('before the takeover, the highlights switch works and the app keeps the reader\'s choice', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    await page.locator('[data-resultaten-page] input.highlights-show-chart').click();
    assert.equal(await page.locator('[data-resultaten-page] input.highlights-show-chart').isChecked(), true);
    assert.ok(await page.locator('[data-resultaten-page] #chart-highlights').isVisible(), 'at once, on the static page');
    assert.ok(!(await page.locator('[data-resultaten-page] .highlight-tiles').isVisible()), 'in the tiles\' place');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    await page.waitForTimeout(200);
    assert.equal(await page.locator('input.highlights-show-chart').isChecked(), true);
    assert.ok(await page.locator('#chart-highlights').isVisible(), 'still the chart after the takeover');
    assert.ok(!(await page.locator('.highlight-tiles').isVisible()));
    // The app follows the switch from here on.
    await page.locator('input.highlights-show-tiles').check();
    assert.ok(await page.locator('.highlight-tiles').isVisible() && !(await page.locator('#chart-highlights').isVisible()));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('on a wide screen: the tiles share one row, figures line up, tiles look like links, text keeps its measure, the status is a label', async () => {
  const { page, context, problems } = await open(1280, NL_STATIC, 900);
  const tiles = await page.locator('.highlight-tile').evaluateAll((ts) => ts.map((t) => {
    const r = t.getBoundingClientRect();
    const f = t.querySelector('.highlight-figure').getBoundingClientRect();
    return { top: Math.round(r.top), height: Math.round(r.height), figure: Math.round(f.top), underline: getComputedStyle(t.querySelector('.highlight-text')).textDecorationLine };
  }));
  assert.equal(tiles.length, 4, 'the fixture\'s four highlights');
  assert.equal(new Set(tiles.map((t) => t.top)).size, 1, `one row: ${tiles.map((t) => t.top)}`);
  assert.equal(new Set(tiles.map((t) => t.figure)).size, 1, `figures line up: ${tiles.map((t) => t.figure)}`);
  assert.ok(tiles.every((t) => t.underline.includes('underline')), 'the tile text is underlined without hover');
  // About 70 characters a line: the introduction's first paragraph, its
  // characters over its lines.
  const perLine = await page.evaluate(() => {
    const p = document.querySelector('.text-section p');
    const lines = p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight);
    return p.textContent.length / Math.round(lines);
  });
  assert.ok(perLine >= 60 && perLine <= 85, `${Math.round(perLine)} characters a line`);
  await page.locator('button.open-all').click();
  const border = await page.locator('.status').first().evaluate((s) => getComputedStyle(s).borderTopStyle);
  assert.equal(border, 'none', 'no box around the status');
  assert.deepEqual(problems, []);
  await context.close();
});
