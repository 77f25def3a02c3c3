// Finding and sharing a place: the overview, "not found", the language
// switch that keeps the reader's place, deep links, and draft previews.
// On the made-up fixture site (tests/fixtures/site/: "Verzonnen thema",
// 2019 in Dutch and English, 2020 in Dutch only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, appTookOver, isOpen, NL_PAGE, NL_STATIC, EN_STATIC, site, THEME, BUNDLE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

/** The fixture's Dutch bundle, as the site serves it. */
const bundle = () => JSON.parse(fs.readFileSync(path.join(site, BUNDLE), 'utf8'));
/** The fourth highlight's indicator, in the second area. */
const INDICATOR = 'leerlingen';
const AREA = 'gebied-scholen';
const NL_2020 = `/nl/2020/${THEME}/`;
/** Two frames: the toggle events a takeover or a link caused are handled. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the overview lists the Dutch themes with their years, and links to the English overview', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/');
  await page.locator('h1', { hasText: 'Resultaten per thema' }).waitFor();
  assert.equal(await page.locator('h2').first().innerText(), 'Verzonnen thema');
  const years = page.locator('.overview-theme');
  for (const year of [2020, 2019]) {
    assert.equal(await years.getByRole('link', { name: new RegExp(`^${year}\\s*: Verzonnen thema$`) }).count(), 1,
      `its year ${year}, as a link named with the theme`);
  }
  // The theme's whole title is a link too, to its newest year.
  await page.getByRole('link', { name: 'Verzonnen thema', exact: true }).click();
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  // The build has pre-rendered pages, so the overview links to the static one.
  assert.equal(new URL(page.url()).pathname, NL_2020, 'the URL names the theme page of the newest year');
  await page.waitForFunction(appTookOver);
  assert.equal(await page.locator('.year-switch [aria-current="page"]').textContent(), '2020');
  await page.goto(server.url + '/');
  await page.locator('.language-switch').getByRole('link', { name: 'English' }).click();
  await page.locator('h1', { hasText: 'Results by theme' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  // The newest year is Dutch only: the theme's title leads there and says so.
  const title = page.getByRole('link', { name: 'Made-up theme', exact: true });
  assert.equal(new URL(await title.evaluate((a) => a.href)).pathname, NL_2020);
  assert.equal(await title.getAttribute('hreflang'), 'nl');
  await page.locator('.overview-theme').getByRole('link', { name: /^2019\s*: Made-up theme$/ }).click();
  await page.locator('h1', { hasText: 'Made-up theme' }).waitFor();
  assert.equal(new URL(page.url()).pathname, EN_STATIC);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, query] of [
  ['an unknown theme', '/?theme=bestaat-niet&year=2019&lang=nl'],
  ['an unknown year', `/?theme=${THEME}&year=1999&lang=nl`],
  ['a malformed year', `/?theme=${THEME}&year=20x9`],
]) {
  test(`${name} gives a clear "not found" with a link to the overview`, async () => {
    const { page, context } = await newPage(browser);
    await page.goto(server.url + query);
    await page.locator('h1', { hasText: 'Pagina niet gevonden' }).waitFor();
    assert.match(await page.title(), /Pagina niet gevonden/);
    await page.getByRole('link', { name: /overzicht van alle thema/ }).click();
    await page.locator('h1', { hasText: 'Resultaten per thema' }).waitFor();
    await context.close();
  });
}

test('the language switch keeps the reader at the same indicator, with hreflang and html lang', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  assert.equal(await page.locator('link[rel=alternate][hreflang=en]').count(), 1, 'alternate link in head');
  // Absolute, as search engines need: on a query address, under the
  // address the app was loaded from.
  assert.equal(await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href'), `${server.url}${EN_STATIC}`);
  await page.locator('.highlight-tile a').nth(3).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, INDICATOR);
  const english = page.locator('.language-switch').getByRole('link', { name: 'English' });
  assert.equal(await english.getAttribute('hreflang'), 'en');
  assert.equal(await english.getAttribute('lang'), 'en');
  assert.equal(await english.getAttribute('href'), `${EN_STATIC.slice(1)}#${INDICATOR}`);
  await english.click();
  await page.locator('h1', { hasText: 'Made-up theme' }).waitFor();
  // A pre-rendered page: the browser shows it at the fragment; then the app takes over.
  await page.waitForFunction(appTookOver);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.waitForFunction((id) => document.activeElement?.id === id, INDICATOR);
  await settled(page);
  assert.equal(new URL(page.url()).hash, `#${INDICATOR}`, 'the address still names the indicator');
  assert.equal(await isOpen(page.locator(`#${AREA}`)), true, 'its area is open');
  assert.match(await page.locator(`#${AREA} summary.area-toggle`).innerText(), /Close result area/);
  // And back to Dutch, at the same place.
  await page.locator('.language-switch').getByRole('link', { name: 'Nederlands' }).click();
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  await page.waitForFunction(appTookOver);
  await page.waitForFunction((id) => document.activeElement?.id === id, INDICATOR);
  assert.equal(new URL(page.url()).pathname, NL_STATIC);
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening and closing an area rewrites the fragment without history entries; back and forward work', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  const length = () => page.evaluate(() => history.length);
  const hash = (h) => page.waitForFunction((h) => location.hash === h, h);
  const start = await length();
  const toggle = page.locator('#gebied-water summary.area-toggle');
  await toggle.click();
  await hash('#gebied-water');
  await toggle.click();
  await hash('');
  assert.equal(await length(), start, 'no history entries from toggling');
  // A highlight link is a real navigation: back and forward follow it.
  await page.locator('.highlight-tile a').nth(3).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, INDICATOR);
  assert.equal(await length(), start + 1);
  const area = page.locator(`#${AREA}`);
  await area.locator('summary.area-toggle').click();
  assert.equal(await isOpen(area), false);
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '');
  await page.goForward();
  await page.waitForFunction((id) => location.hash === `#${id}` || location.hash === '', INDICATOR);
  await page.goto(server.url + NL_PAGE + '#' + INDICATOR);
  await page.waitForFunction((id) => document.activeElement?.id === id, INDICATOR);
  assert.equal(await isOpen(area), true);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [kind, id] of [['a result area', AREA], ['an indicator', 'leraren'], ['a chart', 'chart-sanitair-per-regio'], ['a featured project', null]]) {
  for (const [where, address] of [['query address', NL_PAGE], ['pre-rendered page', NL_STATIC]]) {
    test(`a link to ${kind} opens its area, scrolls there and moves focus (${where})`, async () => {
      const target = id ?? bundle().featured.projects[0].id;
      const { page, context, problems } = await newPage(browser, { width: 1280, height: 700 });
      await page.goto(server.url + address + '#' + target);
      await page.waitForFunction(appTookOver);
      await page.locator('#' + target).waitFor({ state: 'visible' });
      await page.waitForFunction((t) => document.activeElement?.id === t || document.activeElement?.closest(`#${t}`), target);
      const box = await page.locator('#' + target).boundingBox();
      assert.ok(box.y < 700 && box.y + box.height > 0, 'the target is in view');
      if (id && id !== AREA) {
        const area = page.locator('.result-area', { has: page.locator('#' + target) });
        assert.equal(await isOpen(area), true, 'its area is open');
      }
      // The link is kept: the address still names what it led to (for
      // the language switch, a copied address, a reload).
      await settled(page);
      assert.equal(new URL(page.url()).hash, `#${target}`, 'the address keeps the link');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('?area= opens an area on load', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url + NL_PAGE + '&area=gebied-water');
  await page.locator('#gebied-water .area-panel').waitFor({ state: 'visible' });
  assert.equal(await isOpen(page.locator('#gebied-water')), true);
  assert.equal(await isOpen(page.locator(`#${AREA}`)), false);
  await context.close();
});

test('an editor previews a same-origin draft; other origins are refused', async () => {
  const draft = bundle();
  draft.theme.title = 'Conceptversie van de themapagina';
  server.fault('/drafts/concept.json', { status: 200, type: 'application/json', body: JSON.stringify(draft) });
  const { page, context } = await newPage(browser);
  await page.goto(server.url + '/?draft=drafts/concept.json');
  await page.locator('h1', { hasText: 'Conceptversie van de themapagina' }).waitFor();
  assert.match(await page.getByRole('note').innerText(), /niet gepubliceerd/);
  for (const bad of ['https://example.org/x.json', '//example.org/x.json', 'javascript:alert(1)', 'data:application/json,{}']) {
    await page.goto(server.url + '/?draft=' + encodeURIComponent(bad));
    await page.locator('h1', { hasText: 'Pagina niet gevonden' }).waitFor();
  }
  server.fault('/drafts/concept.json', null);
  await context.close();
});

test('the site title leads back to the overview, in the page\'s language', async () => {
  const { page, context, problems } = await newPage(browser);
  for (const [address, overview] of [[NL_STATIC, 'Resultaten per thema'], [EN_STATIC, 'Results by theme']]) {
    await page.goto(server.url + address);
    await page.waitForFunction(appTookOver);
    await page.locator('.site-header').getByRole('link').click();
    await page.locator('h1', { hasText: overview }).waitFor();
    assert.equal(await page.locator('.site-header a').count(), 0, 'on the overview the title is no link to itself');
  }
  assert.deepEqual(problems, []);
  await context.close();
});
