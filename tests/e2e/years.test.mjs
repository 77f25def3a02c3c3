// A theme across the years (issue 14), on the MADE-UP catalog and bundles of
// tests/fixtures/years/ (every figure there is invented). They are served
// only here: from a copy of the build whose data/ is the fixtures', never
// from public/data. The copy has no pre-rendered pages, so its links are
// the app's query addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { dist, repo, newPage, axeViolations, normalise } from './harness.mjs';

const site = path.join(repo, 'target', 'e2e-years');
const THEME = (year, lang = 'nl') => `/?theme=verzonnen-thema&year=${year}&lang=${lang}`;
let server, browser;

before(async () => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  for (const f of fs.readdirSync(dist)) {
    const from = path.join(dist, f);
    if (fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(site, f));
  }
  // The app's build without its pre-rendered pages (its shell, app.html,
  // as index.html; a catalog that records no rendered pages): theme links
  // become query addresses.
  fs.copyFileSync(path.join(dist, 'app.html'), path.join(site, 'index.html'));
  fs.cpSync(path.join(repo, 'tests', 'fixtures', 'years', 'data'), path.join(site, 'data'), { recursive: true });
  server = await serve(site);
  browser = await chromium.launch(chromiumLaunchOptions());
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(address, { width = 1280 } = {}) {
  const { page, context, problems } = await newPage(browser, { width, height: 900 });
  await page.goto(server.url + address);
  await page.locator('h1').first().waitFor();
  return { page, context, problems };
}

test('the overview lists each theme with its years, newest first, and says which year has one language', async () => {
  const { page, context, problems } = await open('/');
  const theme = page.locator('section.overview-theme', { has: page.getByRole('heading', { name: 'Verzonnen thema' }) });
  const years = await theme.locator('li').evaluateAll((items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(years, [
    '2020: Verzonnen thema',
    '2019: Verzonnen thema (alleen in het Nederlands)',
    '2018: Verzonnen thema (alleen in het Nederlands)',
  ]);
  await theme.getByRole('link', { name: /^2019/ }).click();
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  assert.match(page.url(), /year=2019&lang=nl/);
  // In English: the Dutch-only years link to the Dutch pages and say so.
  await page.goto(server.url + '/?lang=en');
  const en = page.locator('section.overview-theme');
  await en.first().waitFor();
  assert.equal(normalise(await en.getByRole('heading').textContent()), 'Made-up theme');
  const link2019 = en.getByRole('link', { name: /^2019/ });
  assert.equal(await link2019.getAttribute('hreflang'), 'nl');
  assert.match(normalise(await en.locator('li').nth(1).textContent()), /\(only in Dutch\)$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the year switch keeps the fragment where the other year has it, and lands at the top where not', async () => {
  const { page, context } = await open(THEME(2019) + '#gebied-werk');
  await page.waitForFunction(() => document.activeElement?.id === 'gebied-werk');
  // The reader, sent to the area, reads a moment without scrolling before
  // choosing another year (the page takes the place read 150 ms after a
  // scroll has come to rest: the scroll to the link's target is not the
  // reader's).
  await page.waitForTimeout(300);
  const nav = page.getByRole('navigation', { name: 'Jaren van dit thema' });
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), '2019');
  await nav.getByRole('link', { name: '2020' }).click();
  await page.waitForFunction(() => document.querySelector('.year-switch [aria-current="page"]')?.textContent === '2020');
  assert.equal(new URL(page.url()).hash, '#gebied-werk');
  await page.waitForFunction(() => document.querySelector('#gebied-werk details.area-details')?.open === true);
  // "alleen-2019" is only in 2019: 2018 opens at the top, with no error.
  await page.goto(server.url + THEME(2019) + '#alleen-2019');
  await page.waitForFunction(() => document.querySelector('#gebied-onderwijs details.area-details')?.open === true);
  await page.getByRole('navigation', { name: 'Jaren van dit thema' }).getByRole('link', { name: '2018' }).click();
  await page.waitForFunction(() => document.querySelector('.year-switch [aria-current="page"]')?.textContent === '2018');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.equal(await page.locator('.error-panel, .not-found').count(), 0);
  await context.close();
});

/** Opens the first area and its indicator's "Over de jaren". */
async function overTheYears(page, indicator = 'toegang-onderwijs', area = 'gebied-onderwijs') {
  const details = page.locator(`#${area} details.area-details`);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary.area-toggle').click();
  assert.equal(await details.evaluate((d) => d.open), true);
  const button = page.locator(`#${indicator} button.over-years-toggle`);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  return page.locator(`#${indicator}-years-panel`);
}

test('"Over de jaren" fetches the other years only when opened, and draws the chart and table with every year', async () => {
  const before = server.requests.length;
  const { page, context, problems } = await open(THEME(2020));
  const fetched = () => server.requests.slice(before).filter((p) => /\/data\/20(18|19)\//.test(p));
  assert.deepEqual(fetched(), [], 'no other year fetched before the control is opened');
  const panel = await overTheYears(page);
  const figure = panel.locator('figure.chart');
  await figure.waitFor();
  assert.deepEqual(fetched().sort(), ['/data/2018/nl/verzonnen-thema.json', '/data/2019/nl/verzonnen-thema.json']);
  assert.equal(await figure.getAttribute('id'), 'chart-toegang-onderwijs-years');
  await figure.getByRole('radio', { name: 'Tabel' }).check();
  const rows = await figure.locator('table.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.deepEqual(rows, [['2018', '1.000'], ['2019', '1.500'], ['2020', '2.100']]);
  const labels = (await figure.locator('svg text').allTextContents()).map((t) => t.trim());
  for (const v of ['1.000', '1.500', '2.100']) assert.ok(labels.includes(v), `${v} in ${labels}`);
  // The second indicator's series changes its unit in 2019: said, not drawn.
  const other = await overTheYears(page, 'getrainde-medewerkers', 'gebied-werk');
  await other.locator('.over-years-note').first().waitFor();
  assert.match(await other.textContent(), /2019 telt iets anders en staat daarom niet op dezelfde as\./);
  assert.equal(await other.locator('figure.chart').count(), 0);
  // Opened again, nothing is fetched again: each bundle is kept for the page.
  const count = fetched().length;
  await page.locator('#toegang-onderwijs button.over-years-toggle').click();
  await page.locator('#toegang-onderwijs button.over-years-toggle').click();
  await figure.waitFor();
  assert.equal(fetched().length, count);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a year whose bundle answers 500 shows "niet beschikbaar" and a retry; the rest of the page stays', async () => {
  server.fault('/data/2018/nl/verzonnen-thema.json', { status: 500 });
  const { page, context } = await open(THEME(2020));
  const panel = await overTheYears(page);
  const figure = panel.locator('figure.chart');
  await figure.waitFor();
  assert.match(await panel.textContent(), /De gegevens van 2018 konden niet worden geladen/);
  await figure.getByRole('radio', { name: 'Tabel' }).check();
  const rows = await figure.locator('table.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.deepEqual(rows, [['2018', 'niet beschikbaar'], ['2019', '1.500'], ['2020', '2.100']]);
  const labels = (await figure.locator('svg text').allTextContents()).map((t) => t.trim());
  assert.ok(!labels.includes('2018'), 'the failed year is not drawn');
  assert.equal(await page.locator('h1').textContent(), 'Verzonnen thema', 'the page stays');
  // The retry loads the year once the server answers.
  server.fault('/data/2018/nl/verzonnen-thema.json', null);
  await panel.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.waitForFunction(() => !document.querySelector('#toegang-onderwijs-years-panel')?.textContent.includes('niet beschikbaar'));
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('over-years-toggle')), 'focus back on the control');
  const after = await panel.locator('table.chart-table tbody tr').first().textContent();
  assert.match(after, /2018\s*1\.000/);
  await context.close();
});

for (const width of [1280, 320]) {
  test(`axe finds nothing with "Over de jaren" open (${width}px)`, async () => {
    const { page, context } = await open(THEME(2020), { width });
    const panel = await overTheYears(page);
    await panel.locator('figure.chart').waitFor();
    await overTheYears(page, 'getrainde-medewerkers', 'gebied-werk');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
