// Finding and sharing a place: the overview, "not found", the language
// switch that keeps the reader's place, deep links, and draft previews.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, appTookOver, NL_PAGE, EN_PAGE, NL_STATIC, EN_STATIC, dist, BUNDLE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('the overview lists the Dutch themes with their years, and links to the English overview', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/');
  await page.locator('h1', { hasText: 'Resultaten per thema' }).waitFor();
  assert.equal(await page.locator('h2').first().innerText(), 'Opvang in de regio en migratiesamenwerking');
  assert.equal(await page.locator('.overview-theme').getByRole('link', { name: /^2019\s*: Opvang in de regio en migratiesamenwerking$/ }).count(), 1,
    'its one year, as a link named with the theme');
  // The theme's whole title is a link too, to its newest year.
  await page.getByRole('link', { name: 'Opvang in de regio en migratiesamenwerking', exact: true }).click();
  await page.locator('h1', { hasText: 'Opvang in de regio en migratiesamenwerking' }).waitFor();
  // The build has pre-rendered pages, so the overview links to the static one.
  assert.equal(new URL(page.url()).pathname, NL_STATIC, 'the URL names the theme page');
  await page.goto(server.url + '/');
  await page.locator('.language-switch').getByRole('link', { name: 'English' }).click();
  await page.locator('h1', { hasText: 'Results by theme' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: 'Prospects for refugees and migration cooperation', exact: true }).click();
  await page.locator('h1', { hasText: 'Prospects for refugees and migration cooperation' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, query] of [
  ['an unknown theme', '/?theme=bestaat-niet&year=2019&lang=nl'],
  ['an unknown year', '/?theme=opvang-in-de-regio-en-migratiesamenwerking&year=1999&lang=nl'],
  ['a malformed year', '/?theme=opvang-in-de-regio-en-migratiesamenwerking&year=20x9'],
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
  await page.waitForFunction(() => document.activeElement?.id === 'heroverwogen-migratieplannen');
  const english = page.locator('.language-switch').getByRole('link', { name: 'English' });
  assert.equal(await english.getAttribute('hreflang'), 'en');
  assert.equal(await english.getAttribute('lang'), 'en');
  assert.equal(await english.getAttribute('href'), `${EN_STATIC.slice(1)}#heroverwogen-migratieplannen`);
  await english.click();
  await page.locator('h1', { hasText: 'Prospects for refugees' }).waitFor();
  // A pre-rendered page: the browser shows it at the fragment; then the app takes over.
  await page.waitForFunction(appTookOver);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.waitForFunction(() => document.activeElement?.id === 'heroverwogen-migratieplannen');
  assert.equal(await page.locator('#migratiesamenwerking .area-toggle').getAttribute('aria-expanded'), 'true');
  assert.match(await page.locator('#migratiesamenwerking .area-toggle').innerText(), /Close result area/);
  // And back to Dutch, at the same place.
  await page.locator('.language-switch').getByRole('link', { name: 'Nederlands' }).click();
  await page.locator('h1', { hasText: 'Opvang in de regio' }).waitFor();
  await page.waitForFunction(appTookOver);
  await page.waitForFunction(() => document.activeElement?.id === 'heroverwogen-migratieplannen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening and closing an area rewrites the fragment without history entries; back and forward work', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  const length = () => page.evaluate(() => history.length);
  const start = await length();
  const toggle = page.locator('#opvang-in-de-regio .area-toggle');
  await toggle.click();
  assert.equal(new URL(page.url()).hash, '#opvang-in-de-regio');
  await toggle.click();
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await length(), start, 'no history entries from toggling');
  // A highlight link is a real navigation: back and forward follow it.
  await page.locator('.highlight-tile a').nth(3).click();
  await page.waitForFunction(() => document.activeElement?.id === 'heroverwogen-migratieplannen');
  assert.equal(await length(), start + 1);
  const area = page.locator('#migratiesamenwerking .area-toggle');
  await area.click();
  assert.equal(await area.getAttribute('aria-expanded'), 'false');
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '');
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#heroverwogen-migratieplannen' || location.hash === '');
  await page.goto(server.url + NL_PAGE + '#heroverwogen-migratieplannen');
  await page.waitForFunction(() => document.activeElement?.id === 'heroverwogen-migratieplannen');
  assert.equal(await area.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [kind, id] of [['a result area', 'migratiesamenwerking'], ['an indicator', 'getrainde-functionarissen'], ['a chart', 'chart-later-meting-opgegeven-plannen'], ['a featured project', null]]) {
  test(`a link to ${kind} opens its area, scrolls there and moves focus`, async () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(dist, BUNDLE), 'utf8'));
    const target = id ?? bundle.featured.projects[0].id;
    const { page, context, problems } = await newPage(browser, { width: 1280, height: 700 });
    await page.goto(server.url + NL_PAGE + '#' + target);
    await page.locator('#' + target).waitFor({ state: 'visible' });
    await page.waitForFunction((t) => document.activeElement?.id === t || document.activeElement?.closest(`#${t}`), target);
    const box = await page.locator('#' + target).boundingBox();
    assert.ok(box.y < 700 && box.y + box.height > 0, 'the target is in view');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('?area= opens an area on load', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url + NL_PAGE + '&area=opvang-in-de-regio');
  await page.locator('#opvang-in-de-regio-panel').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#migratiesamenwerking .area-toggle').getAttribute('aria-expanded'), 'false');
  await context.close();
});

test('an editor previews a same-origin draft; other origins are refused', async () => {
  const draft = JSON.parse(fs.readFileSync(path.join(dist, BUNDLE), 'utf8'));
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
