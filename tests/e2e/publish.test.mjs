// Publishing without a rebuild (issue 24, item 6): a bundle added to a
// built site's data/ and catalog, without running the build again. The
// build recorded the pages it rendered (each catalog entry's page), so
// the new one is linked at its query address, which works at once: the
// year switch and the overview never lead to a page that does not exist.
// On the made-up fixture site (tests/fixtures/site/: 2019 and 2020
// pre-rendered); the bundle added is MADE UP too: the 2018 bundle of
// tests/fixtures/years/ (every figure there is invented), of the same
// made-up theme, with a title of its own to recognise it by.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { start, newPage, appTookOver, renderedCopy, repo, THEME, NL_STATIC } from './harness.mjs';

const TITLE_2018 = 'Verzonnen thema (verzonnen 2018)';
const NL_2020 = `/nl/2020/${THEME}/`;
let server, browser, site;

before(async () => {
  ({ server, browser } = await start());
  // A built site (rendered as make build renders it), then the new bundle
  // copied in by hand, as an editor publishes it.
  site = await renderedCopy('e2e-publish');
  const made = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/years/data/2018/nl/verzonnen-thema.json'), 'utf8'));
  made._comment = 'MADE-UP TEST DATA (tests/e2e/publish.test.mjs): the invented 2018 bundle of tests/fixtures/years/, under this theme.';
  assert.equal(made.theme.id, THEME);
  made.theme.title = TITLE_2018;
  fs.mkdirSync(path.join(site, 'data/2018/nl'), { recursive: true });
  fs.writeFileSync(path.join(site, `data/2018/nl/${THEME}.json`), JSON.stringify(made));
  const catalogFile = path.join(site, 'data/index.json');
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8'));
  catalog.bundles.push({ theme: THEME, year: 2018, language: 'nl', title: made.theme.title, path: `2018/nl/${THEME}.json` });
  fs.writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
  await server.close();
  server = await serve(site);
});
after(async () => { await browser?.close(); await server?.close(); });

test('a bundle added without a rebuild is linked at its query address, from the year switch and the overview', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  // The year switch: 2020 is its pre-rendered page, 2018 its query address.
  const years = page.getByRole('navigation', { name: 'Jaren van dit thema' });
  assert.deepEqual(await years.getByRole('link').allTextContents(), ['2020', '2019', '2018']);
  assert.equal(new URL(await years.getByRole('link', { name: '2020' }).evaluate((a) => a.href)).pathname, NL_2020);
  const link2018 = years.getByRole('link', { name: '2018' });
  assert.equal(new URL(await link2018.evaluate((a) => a.href)).search, `?theme=${THEME}&year=2018&lang=nl`);
  await link2018.click();
  await page.locator('h1', { hasText: TITLE_2018 }).waitFor();
  assert.equal(await page.locator('.error-panel, .not-found').count(), 0);
  // The overview: the years the build rendered are their pre-rendered
  // pages, 2018 the query address.
  await page.goto(server.url + '/');
  await page.waitForFunction(appTookOver);
  const theme = page.locator('section.overview-theme');
  assert.equal(new URL(await theme.getByRole('link', { name: /^2020/ }).evaluate((a) => a.href)).pathname, NL_2020);
  assert.equal(new URL(await theme.getByRole('link', { name: /^2019/ }).evaluate((a) => a.href)).pathname, NL_STATIC);
  await theme.getByRole('link', { name: /^2018/ }).click();
  await page.locator('h1', { hasText: TITLE_2018 }).waitFor();
  assert.equal(new URL(page.url()).search, `?theme=${THEME}&year=2018&lang=nl`);
  // Every link of both pages leads somewhere.
  for (const address of [NL_STATIC, NL_2020, `/?theme=${THEME}&year=2018&lang=nl`, '/']) {
    await page.goto(server.url + address);
    await page.waitForFunction(appTookOver);
    await page.locator('h1').first().waitFor();
    const links = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href]')]
      .map((a) => a.href.split('#')[0]).filter((h) => h.startsWith(location.origin)))]);
    for (const link of links) {
      const response = await page.request.get(link);
      assert.equal(response.status(), 200, `${address} links to ${link}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
