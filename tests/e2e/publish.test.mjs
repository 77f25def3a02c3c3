// Publishing without a rebuild (issue 24, item 6): a bundle added to a
// built site's data/ and catalog, without running the build again. The
// build recorded the pages it rendered (each catalog entry's page), so
// the new one is linked at its query address, which works at once: the
// year switch and the overview never lead to a page that does not exist.
// The bundle is MADE UP for this test: the 2018 bundle of
// tests/fixtures/years/ (every figure there is invented), given this
// site's theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { start, newPage, appTookOver, renderedCopy, repo, NL_STATIC } from './harness.mjs';

const THEME = 'opvang-in-de-regio-en-migratiesamenwerking';
let server, browser, site;

before(async () => {
  ({ server, browser } = await start());
  // A built site (rendered as make build renders it), then the new bundle
  // copied in by hand, as an editor publishes it.
  site = await renderedCopy('e2e-publish');
  const made = JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/years/data/2018/nl/verzonnen-thema.json'), 'utf8'));
  made._comment = 'MADE-UP TEST DATA (tests/e2e/publish.test.mjs): the invented 2018 bundle of tests/fixtures/years/, under this theme.';
  made.theme.id = THEME;
  made.theme.title = 'Opvang in de regio (verzonnen 2018)';
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
  // The year switch: 2019 is its pre-rendered page, 2018 its query address.
  const years = page.getByRole('navigation', { name: 'Jaren van dit thema' });
  const link2018 = years.getByRole('link', { name: '2018' });
  assert.equal(new URL(await link2018.evaluate((a) => a.href)).search, `?theme=${THEME}&year=2018&lang=nl`);
  await link2018.click();
  await page.locator('h1', { hasText: 'Opvang in de regio (verzonnen 2018)' }).waitFor();
  assert.equal(await page.locator('.error-panel, .not-found').count(), 0);
  // The overview: the theme's newest year is the pre-rendered page, 2018
  // the query address.
  await page.goto(server.url + '/');
  await page.waitForFunction(appTookOver);
  const theme = page.locator('section.overview-theme');
  assert.equal(new URL(await theme.getByRole('link', { name: /^2019/ }).evaluate((a) => a.href)).pathname, NL_STATIC);
  await theme.getByRole('link', { name: /^2018/ }).click();
  await page.locator('h1', { hasText: 'Opvang in de regio (verzonnen 2018)' }).waitFor();
  // Every link of both pages leads somewhere.
  for (const address of [NL_STATIC, `/?theme=${THEME}&year=2018&lang=nl`, '/']) {
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
