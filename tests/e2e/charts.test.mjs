// Charts people can check: each has a table with the same numbers, CSV and
// SVG downloads made in the browser, an accessible name with its numbers,
// and a drawing that follows its container's width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, newPage, normalise, NL_PAGE, showHighlightsChart } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

async function openPage(opts) {
  const p = await newPage(browser, opts);
  await p.page.goto(server.url + NL_PAGE);
  await p.page.locator('h1').waitFor();
  await p.page.getByRole('button', { name: 'Alles openen' }).click();
  return p;
}

/** The rows of a chart's table, as shown. */
const tableRows = (figure) => figure.locator('table.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
  label: tr.querySelector('th').textContent.trim(),
  shown: tr.querySelector('td.num').textContent.trim(),
  value: tr.querySelector('td.num data').getAttribute('value'),
})));

test('every chart has a table view with the numbers its accessible name reads out', async () => {
  const { page, context, problems } = await openPage();
  await showHighlightsChart(page);
  const figures = await page.locator('figure.chart').all();
  assert.ok(figures.length >= 5, `${figures.length} charts`);
  // Text of the page outside the charts: the numbers must come from it.
  const prose = normalise(await page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    main.querySelectorAll('figure.chart').forEach((f) => f.remove());
    return main.textContent;
  }));
  const notInProse = [];
  for (const figure of figures) {
    const drawing = figure.locator('.chart-drawing');
    const showChart = figure.locator('button.chart-show-chart');
    const toggle = figure.locator('button.chart-show-table');
    const table = figure.locator('table.chart-table');
    const title = (await figure.locator('.chart-title').textContent()).trim();
    assert.ok(await drawing.isVisible() && !(await table.isVisible()), `${title}: the chart shows first`);
    // "Grafiek | Tabel": a group named after the chart, the shown view pressed.
    const group = figure.getByRole('group', { name: `Weergave: ${title}` });
    assert.deepEqual(await group.getByRole('button').allInnerTexts(), ['Grafiek', 'Tabel']);
    assert.equal(await group.getByRole('button', { name: 'Grafiek', pressed: true }).count(), 1, `${title}: Grafiek pressed`);
    await toggle.click();
    assert.ok(await table.isVisible() && !(await drawing.isVisible()), `${title}: the table replaces the chart`);
    assert.deepEqual([await showChart.getAttribute('aria-pressed'), await toggle.getAttribute('aria-pressed')], ['false', 'true']);
    const rows = await tableRows(figure);
    assert.ok(rows.length > 0, `${title}: table rows`);
    const name = await drawing.getAttribute('aria-label');
    assert.ok(name.includes(title), `${title}: the accessible name starts from the title: ${name}`);
    for (const r of rows) {
      assert.ok(name.includes(r.shown), `${title}: accessible name lacks ${r.shown}: ${name}`);
      assert.ok(Number.isFinite(Number(r.value)), `${title}: <data value="${r.value}">`);
      assert.doesNotMatch(r.shown, /\d{4}/, `${title}: unformatted ${r.shown}`);
      // The number as the text writes it: "+19%" is "19%" in a sentence.
      const bare = r.shown.replace(/^[+\u2212-]/, '');
      if (!prose.includes(bare)) notInProse.push(`${title}: ${r.label} ${r.shown}`);
    }
    await showChart.click();
    assert.ok(await drawing.isVisible(), `${title}: back to the chart`);
    assert.equal(await showChart.getAttribute('aria-pressed'), 'true');
  }
  assert.deepEqual(notInProse, [], 'table figures that the page text does not state');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table switch works from the keyboard and keeps focus', async () => {
  const { page, context } = await openPage();
  const figure = page.locator('#chart-later-meting-opgegeven-plannen');
  const toggle = figure.locator('button.chart-show-table');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.ok(await figure.locator('table').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chart-show-table')), true);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const rows = await tableRows(figure);
  assert.deepEqual(rows.map((r) => r.shown), ['1.962', '2.974']);
  assert.deepEqual(rows.map((r) => r.value), ['1962', '2974']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  assert.ok(await figure.locator('.chart-drawing').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chart-show-chart')), true);
  await context.close();
});

test('a chart downloads as CSV for Dutch Excel and as SVG', async () => {
  const { page, context, problems } = await openPage();
  const figure = page.locator('#chart-later-meting-opgegeven-plannen');
  const [csv] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-csv').click()]);
  // Named after the chart's title, in the page's language.
  assert.equal(csv.suggestedFilename(), 'latere-meting-migratieplan-opgegeven-naar-aanleiding-van-de.csv');
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  assert.ok(lines[0].includes(';'), `header uses ';': ${lines[0]}`);
  const values = lines.slice(1).map((l) => l.split(';').at(-1));
  assert.deepEqual(values, ['1962', '2974']);
  assert.match(lines[1], /^"?Naar Europa/);

  const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-svg').click()]);
  assert.equal(svg.suggestedFilename(), 'latere-meting-migratieplan-opgegeven-naar-aanleiding-van-de.svg');
  const drawing = fs.readFileSync(await svg.path(), 'utf8');
  assert.match(drawing, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const texts = [...drawing.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
  for (const v of ['1.962', '2.974']) assert.ok(texts.includes(v), `SVG file shows ${v}: ${texts}`);
  // It says what it is and where it comes from, as visible text.
  assert.equal(texts[0], 'Latere meting: migratieplan opgegeven naar aanleiding van de campagne');
  assert.ok(texts.some((t) => t.startsWith('Bron: ')), `source: ${texts}`);
  assert.match(texts.at(-1), /\/nl\/2019\/opvang-in-de-regio-en-migratiesamenwerking\/#chart-later-meting-opgegeven-plannen$/);
  assert.doesNotMatch(drawing, /<script|style=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"download all indicators" gives one CSV row per indicator', async () => {
  const { page, context } = await openPage();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle indicatoren downloaden (CSV)' }).click()]);
  assert.equal(dl.suggestedFilename(), 'opvang-in-de-regio-en-migratiesamenwerking-2019-nl-indicatoren.csv');
  const text = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  const indicators = await page.locator('article.indicator').count();
  assert.equal(lines.length, indicators + 1, 'a header and one row per indicator');
  for (const v of ['240000', '36360', '20770']) assert.ok(lines.some((l) => l.split(';').includes(v)), `value ${v}`);
  assert.ok(lines.some((l) => l.includes('Op schema')), 'status in words');
  // Every row says where it comes from.
  assert.deepEqual(lines[0].split(';').slice(-2), ['Bron', 'Pagina']);
  const address = lines[1].split(';').at(-1);
  assert.match(address, /^https?:\/\/.+\/nl\/2019\/opvang-in-de-regio-en-migratiesamenwerking\/$/, 'the published page');
  for (const l of lines.slice(1)) {
    assert.ok(l.endsWith(`;Resultatenrapportage ontwikkelingssamenwerking 2019: Opvang in de regio en migratiesamenwerking;${address}`), l);
  }
  await context.close();
});

test('charts redraw for their container when the window narrows', async () => {
  const { page, context, problems } = await openPage({ width: 1280, height: 900 });
  const drawnWidth = () => page.evaluate(() => document.querySelector('#chart-later-meting-opgegeven-plannen svg').viewBox.baseVal.width);
  await page.locator('#chart-later-meting-opgegeven-plannen').scrollIntoViewIfNeeded();
  await page.locator('#chart-later-meting-opgegeven-plannen svg:not(.chart-placeholder)').waitFor();
  const wide = await drawnWidth();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.locator('#chart-later-meting-opgegeven-plannen').scrollIntoViewIfNeeded();
  await page.waitForFunction((w) => document.querySelector('#chart-later-meting-opgegeven-plannen svg').viewBox.baseVal.width < w, wide);
  const narrow = await drawnWidth();
  assert.ok(narrow < wide, `redrawn at ${narrow} (was ${wide})`);
  const fits = await page.evaluate(() => [...document.querySelectorAll('.chart-drawing svg')].every((svg) => {
    const box = svg.getBoundingClientRect();
    return box.right <= document.documentElement.clientWidth;
  }));
  assert.ok(fits, 'every chart fits the narrow window');
  assert.deepEqual(problems, []);
  await context.close();
});

test('charts in a closed area are drawn when it opens and they come near the screen, not before', async () => {
  const p = await newPage(browser, { width: 1280, height: 600 });
  const { page, context, problems } = p;
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  const drawn = (id) => page.locator(`#${id}-panel .chart-drawing svg:not(.chart-placeholder)`).count();
  assert.equal(await drawn('migratiesamenwerking'), 0, 'nothing drawn while closed');
  assert.ok(await page.locator('#chart-highlights svg:not(.chart-placeholder)').count() === 1, 'charts outside areas are drawn at once');
  await page.locator('#migratiesamenwerking .area-toggle').click();
  const figures = page.locator('#migratiesamenwerking-panel figure.chart');
  const total = await figures.count();
  assert.ok(total >= 2, `${total} charts in the area`);
  await figures.first().scrollIntoViewIfNeeded();
  await figures.first().locator('svg:not(.chart-placeholder)').waitFor();
  // The last chart is more than a screen below the screen: it waits until
  // the reader gets near, its place already held by an empty SVG.
  const below = await figures.last().evaluate((f) => f.getBoundingClientRect().top - 2 * window.innerHeight);
  assert.ok(below > 0, `the last chart is more than a screen further down (${below} px)`);
  assert.equal(await figures.last().locator('svg:not(.chart-placeholder)').count(), 0, 'a chart far below the screen waits');
  assert.equal(await figures.last().locator('svg.chart-placeholder').count(), 1, 'its place is held');
  for (const f of await figures.all()) {
    await f.scrollIntoViewIfNeeded();
    await f.locator('.chart-drawing svg:not(.chart-placeholder)').waitFor();
  }
  assert.equal(await drawn('migratiesamenwerking'), total, 'every chart drawn once near the screen');
  assert.equal(await drawn('opvang-in-de-regio'), 0, 'the other area still waits');
  assert.deepEqual(problems, []);
  await context.close();
});
