// Pre-rendered pages (make build, src/prerender/): readable before any
// script runs and usable without script at all (its controls are the
// page's own HTML: <details>, radio buttons), taken over by the app
// without a visible change, left in place when the data cannot be loaded,
// and linked from the overview and the language switch. On the made-up
// fixture site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  start, newPage, axeViolations, appTookOver, layout, isOpen, BUNDLE, NL_STATIC, EN_STATIC, NL_PAGE,
} from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const TITLE = 'Verzonnen thema';


/** Holds the bundle's response until `release()` is called. */
async function holdBundle(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**${BUNDLE}`, async (route) => { await gate; await route.continue(); });
  return () => release();
}

// Its text, sentence by sentence: text.test.mjs. Issue 32: every control
// that changes what the page shows works with script off.
test('without script, each area opens and closes, a chart shows its table and back, the highlights their chart, and a link into a closed area opens it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const response = await page.goto(server.url + NL_STATIC);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').innerText(), TITLE);
  assert.match(await page.title(), new RegExp(TITLE));
  // Each area: closed, opens by its summary, closes again.
  const areas = page.locator('.result-area');
  assert.equal(await areas.count(), 2);
  for (const area of await areas.all()) {
    const summary = area.locator('summary.area-toggle');
    assert.equal(await isOpen(area), false);
    assert.ok(!(await area.locator('.area-panel').isVisible()), 'closed at first');
    const said = async () => (await summary.locator('.when-closed').isVisible() ? 'closed' : '')
      + (await summary.locator('.when-open').isVisible() ? 'open' : '');
    assert.equal(await said(), 'closed', 'it says "Resultaatgebied openen"');
    await summary.click();
    assert.ok(await isOpen(area));
    assert.ok(await area.locator('.area-panel').isVisible(), 'opens');
    assert.equal(await said(), 'open', 'it says "Resultaatgebied sluiten"');
    await summary.click();
    assert.ok(!(await area.locator('.area-panel').isVisible()), 'and closes');
  }
  // A chart: its table, and back to the drawing.
  await areas.first().locator('summary.area-toggle').click();
  const figure = page.locator('#chart-waterpunten');
  await figure.getByRole('radio', { name: 'Tabel' }).check();
  assert.ok(await figure.locator('table.chart-table').isVisible(), 'the table');
  assert.ok(!(await figure.locator('.chart-drawing').isVisible()));
  assert.equal(await figure.locator('table.chart-table tbody tr').count(), 3, 'its rows: the earlier period, now, the target');
  await figure.getByRole('radio', { name: 'Grafiek' }).check();
  assert.ok(await figure.locator('.chart-drawing').isVisible(), 'the drawing again');
  assert.ok(!(await figure.locator('table.chart-table').isVisible()));
  // The highlights: as their chart, and back to the tiles.
  const highlights = page.locator('.highlights');
  await highlights.getByRole('radio', { name: 'Als grafiek' }).check();
  assert.ok(await highlights.locator('.highlights-chart').isVisible());
  assert.ok(!(await highlights.locator('.highlight-tiles').isVisible()));
  await highlights.getByRole('radio', { name: 'Als tegels' }).check();
  assert.ok(await highlights.locator('.highlight-tiles').isVisible());
  // The app's controls are left out, not kept in place.
  for (const cls of ['.print-button', '.chart-links', '.area-controls', '.embed-control']) {
    assert.ok(await page.locator(cls).count() > 0, `${cls} is in the static page`);
    assert.equal(await page.locator(`${cls}:visible`).count(), 0, `every ${cls} is left out without script`);
    assert.equal(await page.locator(cls).first().evaluate((el) => getComputedStyle(el).display), 'none', `${cls} takes no place`);
  }
  const visibleDrawings = await page.locator('.chart-drawing svg:visible').count();
  assert.equal(visibleDrawings, await page.locator('.chart-drawing:visible').count(), 'one visible drawing per chart');
  // A link into a closed area (a highlight tile), on a fresh page: the
  // area opens and the indicator is in view, with its text.
  await page.goto(server.url + NL_STATIC);
  assert.equal(await isOpen(page.locator('#gebied-scholen')), false);
  await page.locator('.highlight-tiles a[href="#leerlingen"]').click();
  await page.waitForFunction(() => document.querySelector('#gebied-scholen details').open);
  const indicator = page.locator('#leerlingen');
  assert.ok(await indicator.isVisible());
  assert.ok(await indicator.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), 'in view');
  assert.match(await indicator.innerText(), /Verzonnen: leerlingen met lesmateriaal/);
  // And an address with the indicator as its fragment, opened anew.
  const fresh = await context.newPage();
  await fresh.goto(`${server.url}${NL_STATIC}#leraren`);
  await fresh.waitForFunction(() => document.querySelector('#gebied-scholen details').open);
  assert.ok(await fresh.locator('#leraren').isVisible());
  await context.close();

  // axe needs script, so this one runs the page with the app's files
  // blocked and the no-script stylesheet added: the same view.
  const { page: blocked, context: blockedContext } = await newPage(browser, { width: 412, height: 823 });
  await blocked.route(/\.(js|wasm)$/, (route) => route.abort());
  await blocked.goto(server.url + NL_STATIC);
  await blocked.addStyleTag({ url: `${server.url}/no-script.css` });
  await blocked.locator('summary.area-toggle').first().click();
  assert.ok(await blocked.locator('.area-panel').first().isVisible());
  assert.deepEqual(await axeViolations(blocked), [], 'axe on the page as shown without script');
  await blockedContext.close();
});

test('without script, the pre-rendered overview lists every theme, its title and years as links, in both languages', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(server.url + '/');
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await page.locator('h1').innerText(), 'Resultaten per thema');
  assert.match(await page.title(), /^Resultaten per thema \| /);
  // Each theme's whole title leads to its newest year; each year to its own.
  const title = page.getByRole('link', { name: TITLE, exact: true });
  assert.equal(await title.getAttribute('href'), 'nl/2020/verzonnen-thema/');
  assert.equal(await page.getByRole('link', { name: /^2019\b/ }).getAttribute('href'), NL_STATIC.slice(1));
  
  // The boot screen is for addresses with a query only.
  assert.equal(await page.locator('#resultaten-boot').isVisible(), false);
  await page.getByRole('link', { name: 'English', exact: true }).first().click();
  assert.equal(new URL(page.url()).pathname, '/en/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: /^2019\b/ }).click();
  assert.equal(new URL(page.url()).pathname, EN_STATIC);
  assert.equal(await page.locator('h1').innerText(), 'Made-up theme');
  await context.close();
});

test('the app takes the pre-rendered overview over, and an address with a query shows its own page from the first paint', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/');
  await page.waitForFunction(appTookOver);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('.overview h1').innerText(), 'Resultaten per thema');
  // index.html serves the app's query addresses too: the overview it holds
  // never shows there (public/boot.js hides it before the first paint).
  // What the first frames show (a frame is only drawn once the render-
  // blocking stylesheets are there).
  await page.addInitScript(() => {
    window.framesShowed = [];
    const look = () => {
      const overview = document.querySelector('[data-resultaten-page]');
      const boot = document.getElementById('resultaten-boot');
      window.framesShowed.push(`${overview?.checkVisibility() ? 'overview' : '-'} ${boot?.checkVisibility() ? 'boot' : '-'}`);
      if (window.framesShowed.length < 5) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1', { hasText: TITLE }).waitFor();
  const frames = await page.evaluate(() => window.framesShowed);
  assert.ok(frames.length > 0 && frames.every((f) => !f.startsWith('overview')), `the overview never showed: ${frames}`);
  assert.equal(await page.locator('[data-resultaten-page]').count(), 0, 'and it is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px the app takes over the static page without moving anything`, async () => {
    const { page, context, problems } = await newPage(browser, viewport);
    const release = await holdBundle(page);
    await page.goto(server.url + NL_STATIC);
    // The static page is there before the app has its data.
    assert.equal(await page.locator('h1').first().innerText(), TITLE);
    await page.waitForFunction(() => document.querySelector('.resultaten-offstage'));
    const y = 1200;
    await page.evaluate((top) => window.scrollTo(0, top), y);
    const before = await layout(page);
    assert.ok(before.length > 100, `measured ${before.length} elements`);

    release();
    await page.waitForFunction(appTookOver);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => window.scrollY), y, 'scroll position kept');
    const after = await layout(page);
    const moved = before.filter((b, i) => b !== after[i]).map((b) => `${b}  →  ${after[before.indexOf(b)]}`);
    assert.equal(after.length, before.length, 'the same elements');
    assert.deepEqual(moved.slice(0, 10), [], 'elements that moved or changed size when the app took over');
    assert.equal(await page.locator('[id="main"]').count(), 1, 'one page, no duplicate ids');

    // It is the app now: an area opens, and the address names it.
    await page.locator('summary.area-toggle').first().click();
    assert.ok(await isOpen(page.locator('.result-area').first()));
    assert.equal(new URL(page.url()).hash, '#gebied-water');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('focus stays on the same control when the app takes over', async () => {
  const { page, context, problems } = await newPage(browser);
  const release = await holdBundle(page);
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(() => document.querySelector('.resultaten-offstage'));
  // A control without an id (found again by position) and one with an id.
  await page.locator('[data-resultaten-page] .language-link').focus();
  release();
  await page.waitForFunction(appTookOver);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'language-link');
  assert.equal(await page.evaluate(() => document.activeElement?.isConnected), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the data cannot be loaded, the static page stays, usable, without the app\'s controls', async () => {
  const { page, context, problems } = await newPage(browser);
  server.fault(BUNDLE, { status: 500 });
  try {
    await page.goto(server.url + NL_STATIC);
    await page.locator('link#resultaten-no-script').waitFor({ state: 'attached' });
    assert.equal(await page.locator('[data-resultaten-page] h1').innerText(), TITLE);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-resultaten-page] .area-controls')).display === 'none');
    // Its own controls still work, as without script.
    const area = page.locator('[data-resultaten-page] .result-area').first();
    await area.locator('summary.area-toggle').click();
    assert.ok(await area.locator('.area-panel').isVisible(), 'an area opens');
    assert.equal(await page.locator('.error-panel:visible').count(), 0, 'no error hides the page');
    assert.deepEqual(problems.filter((p) => !p.includes('500')), []);
  } finally {
    server.fault(BUNDLE, null);
  }
  await context.close();
});

test('the overview and the language switch link to the static pages', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/');
  const link = page.getByRole('link', { name: /^2019\b/ });
  // Before the takeover or after it: the same address.
  assert.equal(new URL(await link.getAttribute('href'), page.url()).pathname, NL_STATIC);
  await link.click();
  await page.waitForFunction(appTookOver);
  assert.equal(new URL(page.url()).pathname, NL_STATIC);

  // Open the second area: the address names it, and the switch keeps it.
  await page.locator('summary.area-toggle').nth(1).click();
  const area = await page.locator('.result-area').nth(1).getAttribute('id');
  assert.equal(new URL(page.url()).hash, `#${area}`);
  const english = page.locator('.language-link');
  assert.equal(await english.getAttribute('href'), `../../../${EN_STATIC.slice(1)}#${area}`);
  await english.click();
  await page.waitForFunction(appTookOver);
  const url = new URL(page.url());
  assert.equal(url.pathname + url.hash, `${EN_STATIC}#${area}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.ok(await isOpen(page.locator(`#${area}`)), 'the area open in English too');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without SITE_URL a static page names no canonical or other-language address, before and after the takeover', async () => {
  // Search engines require them absolute, and only SITE_URL says where the
  // site is published (issue 33); with SITE_URL, addresses.test.mjs: both
  // absolute under it.
  const heads = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(server.url + NL_STATIC);
    if (javaScriptEnabled) await page.waitForFunction(appTookOver);
    heads.push(await page.evaluate(() => ({
      canonical: [...document.querySelectorAll('link[rel=canonical]')].map((l) => l.getAttribute('href')),
      alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.getAttribute('href')),
    })));
    await context.close();
  }
  const [before, after] = heads;
  assert.deepEqual(before, { canonical: [], alternates: [] }, 'none, rather than relative ones');
  assert.deepEqual(after, before, 'the app adds none to a pre-rendered page');
});

test('search and sharing: a description from the bundle, Open Graph tags, and one canonical address for both addresses of a page', async () => {
  const heads = {};
  for (const [name, address, javaScriptEnabled] of [['static', NL_STATIC, false], ['query', NL_PAGE, true]]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(server.url + address);
    if (javaScriptEnabled) await page.locator('h1', { hasText: TITLE }).waitFor();
    heads[name] = await page.evaluate(() => ({
      description: [...document.querySelectorAll('meta[name=description]')].map((m) => m.content),
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content])),
      canonical: [...document.querySelectorAll('link[rel=canonical]')].map((l) => l.href),
    }));
    await context.close();
  }
  const { static: s, query: q } = heads;
  // The static HTML, as a crawler or a link preview reads it without script.
  assert.equal(s.description.length, 1);
  assert.match(s.description[0], /^Dit is verzonnen tekst over de inleiding/);
  assert.ok(s.description[0].length <= 160, s.description[0]);
  assert.equal(s.og['og:title'], TITLE);
  assert.equal(s.og['og:type'], 'article');
  assert.equal(s.og['og:description'], s.description[0]);
  // Open Graph's address must be absolute: without SITE_URL the build
  // cannot know it; the app writes it.
  assert.equal(s.og['og:url'], undefined);
  // The query address names the pre-rendered one as canonical, and
  // carries no description or preview of another page: index.html, which
  // serves it, is the overview's (link previews and search engines read
  // the static page, which has them).
  // (The app writes it absolute, from the address it was read from.)
  assert.deepEqual(s.canonical, [], 'no relative canonical without SITE_URL');
  assert.deepEqual(q.canonical, [server.url + NL_STATIC]);
  assert.deepEqual(q.description, []);
  assert.deepEqual(q.og, {});
});
