// Charts people can check, on the made-up fixture site: each has a table
// with the bundle's numbers, which its accessible name reads out too, a
// "Grafiek | Tabel" switch of radio buttons, CSV and SVG downloads made in
// the browser, and a drawing that follows its container's width and is
// drawn when its area opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, newPage, NL_PAGE, NL_STATIC, THEME, showHighlightsChart, changedBundle } from './harness.mjs';

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

/** The fixture's charts (tests/fixtures/site/data/2019/nl), in the page's
 *  order, with their tables' rows: label, as shown, and <data value>. */
const CHARTS = {
  'chart-highlights': [['Schoon water', 'Meer dan 54.000', '54000'], ['Sanitair', 'Ruim 31.000', '31000'], ['Waterpunten', '1.250', '1250'], ['Lesmateriaal', '8.600', '8600']],
  // The area's indicators of one unit (personen), not its water points.
  'chart-gebied-water-indicators': [['Verzonnen: mensen met schoon water', '54.000', '54000'], ['Verzonnen: mensen met sanitair', '31.000', '31000']],
  // The previous value, this one, and the target.
  'chart-waterpunten': [['vorige verzonnen periode', '800', '800'], ['verzonnen periode', '1.250', '1250'], ['Doel', '1.500', '1500']],
  'chart-sanitair-per-regio': [['Noord', '12.000', '12000'], ['Zuid', '19.000', '19000']],
};

test('every chart has a table view with the bundle\'s numbers, which its accessible name reads out', async () => {
  const { page, context, problems } = await openPage();
  await showHighlightsChart(page);
  const figures = await page.locator('figure.chart').all();
  assert.deepEqual(await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.id)), Object.keys(CHARTS), 'the fixture\'s charts');
  for (const figure of figures) {
    const id = await figure.getAttribute('id');
    const drawing = figure.locator('.chart-drawing');
    const showChart = figure.locator('input.chart-show-chart');
    const toggle = figure.locator('input.chart-show-table');
    const table = figure.locator('table.chart-table');
    const title = (await figure.locator('.chart-title').textContent()).trim();
    assert.ok(await drawing.isVisible() && !(await table.isVisible()), `${title}: the chart shows first`);
    // "Grafiek | Tabel": a group named after the chart, the shown view checked.
    const group = figure.getByRole('group', { name: `Weergave: ${title}` });
    const radios = group.getByRole('radio');
    assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.labels[0].textContent.trim())), ['Grafiek', 'Tabel']);
    assert.equal(await group.getByRole('radio', { name: 'Grafiek', checked: true }).count(), 1, `${title}: Grafiek checked`);
    await toggle.check();
    assert.ok(await table.isVisible() && !(await drawing.isVisible()), `${title}: the table replaces the chart`);
    assert.deepEqual([await showChart.isChecked(), await toggle.isChecked()], [false, true]);
    const rows = await tableRows(figure);
    assert.deepEqual(rows.map((r) => [r.label, r.shown, r.value]), CHARTS[id], `${title}: the table's rows`);
    const name = await drawing.getAttribute('aria-label');
    assert.ok(name.startsWith(title), `${title}: the accessible name starts from the title: ${name}`);
    for (const r of rows) {
      assert.ok(name.includes(r.shown), `${title}: accessible name lacks ${r.shown}: ${name}`);
      assert.doesNotMatch(r.shown, /\d{4}/, `${title}: unformatted ${r.shown}`);
    }
    await showChart.check();
    assert.ok(await drawing.isVisible() && !(await table.isVisible()), `${title}: back to the chart`);
    assert.deepEqual([await showChart.isChecked(), await toggle.isChecked()], [true, false]);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table switch works from the keyboard and keeps focus', async () => {
  const { page, context } = await openPage();
  const figure = page.locator('#chart-sanitair-per-regio');
  const showChart = figure.locator('input.chart-show-chart');
  const toggle = figure.locator('input.chart-show-table');
  await showChart.focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await figure.locator('table').isVisible());
  assert.ok(!(await figure.locator('.chart-drawing').isVisible()));
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chart-show-table')), true);
  assert.equal(await toggle.isChecked(), true);
  const rows = await tableRows(figure);
  assert.deepEqual(rows.map((r) => r.shown), ['12.000', '19.000']);
  assert.deepEqual(rows.map((r) => r.value), ['12000', '19000']);
  // Back to the chart: Shift+Tab leaves the group (one tab stop), so
  // the arrow key it is, or Space on the other side.
  await page.keyboard.press('ArrowLeft');
  assert.ok(await figure.locator('.chart-drawing').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chart-show-chart')), true);
  await toggle.focus();
  await page.keyboard.press('Space');
  assert.ok(await figure.locator('table').isVisible(), 'Space chooses the table');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chart-show-table')), true);
  await context.close();
});

test('a chart downloads as CSV for Dutch Excel and as SVG', async () => {
  const { page, context, problems } = await openPage();
  const figure = page.locator('#chart-sanitair-per-regio');
  const [csv] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-csv').click()]);
  // Named after the chart's title, in the page's language.
  assert.equal(csv.suggestedFilename(), 'verzonnen-sanitair-per-regio.csv');
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  assert.deepEqual(lines, ['Omschrijving;Waarde (personen)', 'Noord;12000', 'Zuid;19000']);

  const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-svg').click()]);
  assert.equal(svg.suggestedFilename(), 'verzonnen-sanitair-per-regio.svg');
  const drawing = fs.readFileSync(await svg.path(), 'utf8');
  assert.match(drawing, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const texts = [...drawing.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
  for (const v of ['12.000', '19.000']) assert.ok(texts.includes(v), `SVG file shows ${v}: ${texts}`);
  // It says what it is and where it comes from, as visible text.
  assert.equal(texts[0], 'Verzonnen: sanitair per regio');
  assert.ok(texts.includes('Bron: Verzonnen bron.'), `source: ${texts}`);
  assert.equal(texts.at(-1), new URL(`${NL_STATIC}#chart-sanitair-per-regio`, server.url).href);
  assert.doesNotMatch(drawing, /<script|style=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"download all indicators" gives one CSV row per indicator', async () => {
  const { page, context } = await openPage();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle indicatoren downloaden (CSV)' }).click()]);
  assert.equal(dl.suggestedFilename(), `${THEME}-2019-nl-indicatoren.csv`);
  const text = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  const indicators = await page.locator('article.indicator').count();
  assert.equal(indicators, 5);
  assert.equal(lines.length, indicators + 1, 'a header and one row per indicator');
  const cells = lines.map((l) => l.split(';'));
  const column = (name) => cells.slice(1).map((c) => c[cells[0].indexOf(name)]);
  assert.deepEqual(column('Indicator (id)'), ['waterpunten', 'mensen-met-water', 'mensen-met-sanitair', 'leerlingen', 'leraren']);
  assert.deepEqual(column('Waarde'), ['1250', '54000', '31000', '8600', ''], 'values as plain numbers; none where the bundle has none');
  assert.deepEqual(column('Status'), ['Op schema', 'Deels op schema', 'Niet op schema', 'Op schema', 'Geen gegevens'], 'status in words');
  assert.deepEqual([column('Vorige waarde')[0], column('Doel')[0]], ['800', '1500'], 'the previous value and the target');
  // Every row says where it comes from.
  assert.deepEqual(cells[0].slice(-2), ['Bron', 'Pagina']);
  const address = new URL(NL_STATIC, server.url).href;
  for (const l of lines.slice(1)) {
    assert.ok(l.endsWith(`;Resultatenrapportage ontwikkelingssamenwerking 2019: Verzonnen thema;${address}`), l);
  }
  await context.close();
});

test('charts redraw for their container when the window narrows', async () => {
  const { page, context, problems } = await openPage({ width: 1280, height: 900 });
  const drawnWidth = () => page.evaluate(() => document.querySelector('#chart-sanitair-per-regio svg').viewBox.baseVal.width);
  await page.locator('#chart-sanitair-per-regio').scrollIntoViewIfNeeded();
  await page.locator('#chart-sanitair-per-regio svg:not(.chart-placeholder)').waitFor();
  const wide = await drawnWidth();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.locator('#chart-sanitair-per-regio').scrollIntoViewIfNeeded();
  await page.waitForFunction((w) => document.querySelector('#chart-sanitair-per-regio svg').viewBox.baseVal.width < w, wide);
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
  // The other area gets a chart of its own (made up here; the fixture's
  // has none), so that one area's opening can be seen not to draw it.
  await changedBundle(page, (b) => {
    b.result_areas[1].indicators[0].figures = [{
      id: 'leerlingen-per-klas', kind: 'bars', title: 'Verzonnen: leerlingen per klas', unit: 'leerlingen', measure: 'count',
      source: 'Verzonnen bron', period: null, points: [{ label: 'Klas 1', value: 4100 }, { label: 'Klas 2', value: 4500 }],
    }];
  });
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  const drawn = (id) => page.locator(`#${id}-panel .chart-drawing svg:not(.chart-placeholder)`).count();
  assert.equal(await drawn('gebied-water'), 0, 'nothing drawn while closed');
  assert.ok(await page.locator('#chart-highlights svg:not(.chart-placeholder)').count() >= 1, 'charts outside areas are drawn at once');
  await page.locator('#gebied-water summary.area-toggle').click();
  const figures = page.locator('#gebied-water-panel figure.chart');
  const total = await figures.count();
  assert.equal(total, 3, 'the fixture\'s three charts in the area');
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
  assert.equal(await drawn('gebied-water'), total, 'every chart drawn once near the screen');
  // The other area's chart is on the page (built for find-in-page), its
  // place held, not drawn.
  assert.equal(await page.locator('#gebied-scholen-panel figure.chart').count(), 1, 'the other area\'s chart is built');
  assert.equal(await page.locator('#gebied-scholen-panel svg.chart-placeholder').count(), 1, 'its place is held');
  assert.equal(await drawn('gebied-scholen'), 0, 'the other area still waits');
  await page.locator('#gebied-scholen summary.area-toggle').click();
  await page.locator('#chart-leerlingen-per-klas').scrollIntoViewIfNeeded();
  await page.locator('#chart-leerlingen-per-klas .chart-drawing svg:not(.chart-placeholder)').waitFor();
  assert.equal(await drawn('gebied-scholen'), 1, 'and is drawn once opened');
  assert.deepEqual(problems, []);
  await context.close();
});
