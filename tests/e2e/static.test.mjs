// Pre-rendered pages (make build, scripts/prerender/): readable before any
// script runs and without script at all, taken over by the app without a
// visible change, left in place when the data cannot be loaded, and linked
// from the overview and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  start, newPage, normalise, seedProblems, axeViolations, appTookOver, layout, BUNDLE, NL_STATIC, EN_STATIC, NL_PAGE,
} from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const TITLE = 'Opvang in de regio en migratiesamenwerking';


/** Holds the bundle's response until `release()` is called. */
async function holdBundle(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**${BUNDLE}`, async (route) => { await gate; await route.continue(); });
  return () => release();
}

test('without script, the static page shows every sentence of the seed, every area open', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const response = await page.goto(server.url + NL_STATIC);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').innerText(), TITLE);
  assert.match(await page.title(), new RegExp(TITLE));
  const text = normalise(await page.locator('body').innerText());
  const { missing, outOfOrder } = seedProblems(text);
  // The seed's button label: without script every area is open and the
  // button does nothing, so its label is hidden (as in print).
  assert.deepEqual(missing.filter((f) => f !== 'Resultaatgebied openen'), [],
    'sentences of the seed missing from the static page');
  assert.deepEqual(outOfOrder, [], 'sentences out of the seed order');
  // Every area's panel shows, charts with their tables, and no control
  // that needs the app.
  for (const panel of await page.locator('.area-panel').all()) assert.ok(await panel.isVisible());
  assert.ok(await page.locator('.chart-table').first().isVisible(), 'chart tables are shown');
  for (const cls of ['.print-button', '.chart-switch', '.chart-links', '.area-controls', '.embed-control']) {
    assert.ok(await page.locator(cls).count() > 0, `${cls} is in the static page`);
    assert.equal(await page.locator(`${cls}:visible`).count(), 0, `every ${cls} is hidden without script`);
  }
  const visibleDrawings = await page.locator('.chart-drawing svg:not(.chart-placeholder):visible').count();
  assert.equal(visibleDrawings, await page.locator('.chart-drawing').count(), 'one visible drawing per chart');
  await context.close();

  // axe needs script, so this one runs the page with the app's files
  // blocked and the no-script stylesheet added: the same view.
  const { page: blocked, context: blockedContext } = await newPage(browser, { width: 412, height: 823 });
  await blocked.route(/\.(js|wasm)$/, (route) => route.abort());
  await blocked.goto(server.url + NL_STATIC);
  await blocked.addStyleTag({ url: `${server.url}/no-script.css` });
  assert.ok(await blocked.locator('.area-panel').first().isVisible());
  assert.deepEqual(await axeViolations(blocked), [], 'axe on the page as shown without script');
  await blockedContext.close();
});

test('without script, the overview\'s notice links to the static pages', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  const links = page.locator('.noscript a');
  assert.equal(await links.count(), 2);
  assert.equal(await links.first().getAttribute('href'), NL_STATIC.slice(1));
  await links.nth(1).click();
  assert.equal(new URL(page.url()).pathname, EN_STATIC);
  assert.equal(await page.locator('h1').innerText(), 'Prospects for refugees and migration cooperation');
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

    // It is the app now: an area opens.
    const toggle = page.locator('button.area-toggle').first();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
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

test('when the data cannot be loaded, the static page stays and shows everything', async () => {
  const { page, context, problems } = await newPage(browser);
  server.fault(BUNDLE, { status: 500 });
  try {
    await page.goto(server.url + NL_STATIC);
    await page.locator('link#resultaten-no-script').waitFor({ state: 'attached' });
    await page.locator('[data-resultaten-page] .area-panel').first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('[data-resultaten-page] h1').innerText(), TITLE);
    for (const panel of await page.locator('[data-resultaten-page] .area-panel').all()) {
      assert.ok(await panel.isVisible(), 'areas are open, as without script');
    }
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
  const link = page.locator('.overview a', { hasText: TITLE });
  assert.equal(await link.getAttribute('href'), NL_STATIC.slice(1));
  await link.click();
  await page.waitForFunction(appTookOver);
  assert.equal(new URL(page.url()).pathname, NL_STATIC);

  // Open the second area: the address names it, and the switch keeps it.
  const toggle = page.locator('button.area-toggle').nth(1);
  await toggle.click();
  const area = await page.locator('.result-area').nth(1).getAttribute('id');
  assert.equal(new URL(page.url()).hash, `#${area}`);
  const english = page.locator('.language-link');
  assert.equal(await english.getAttribute('href'), `../../../${EN_STATIC.slice(1)}#${area}`);
  await english.click();
  await page.waitForFunction(appTookOver);
  const url = new URL(page.url());
  assert.equal(url.pathname + url.hash, `${EN_STATIC}#${area}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator(`#${area} button.area-toggle`).getAttribute('aria-expanded'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a static page gives its own and its other language\'s address absolutely, before and after the takeover', async () => {
  // Search engines (and Lighthouse's SEO audit) need absolute hreflang
  // addresses. The build writes them under SITE_URL; the app keeps them.
  const heads = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(server.url + NL_STATIC);
    if (javaScriptEnabled) await page.waitForFunction(appTookOver);
    heads.push(await page.evaluate(() => ({
      canonical: [...document.querySelectorAll('link[rel=canonical]')].map((l) => l.getAttribute('href')),
      alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')]
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
    })));
    await context.close();
  }
  const [before, after] = heads;
  assert.equal(before.canonical.length, 1, 'one canonical address');
  const canonical = before.canonical[0];
  assert.match(canonical, /^https?:\/\/[^/]+\//, 'absolute');
  assert.ok(canonical.endsWith(NL_STATIC), canonical);
  const site = canonical.slice(0, -NL_STATIC.length + 1);
  assert.deepEqual(before.alternates, [`en ${site}${EN_STATIC.slice(1)}`]);
  assert.deepEqual(after, before, 'the app keeps the addresses the build wrote');
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
  assert.match(s.description[0], /^De aandacht voor de omstandigheden van vluchtelingen en migranten blijft groot/);
  assert.ok(s.description[0].length <= 160, s.description[0]);
  assert.equal(s.og['og:title'], TITLE);
  assert.equal(s.og['og:type'], 'article');
  assert.equal(s.og['og:description'], s.description[0]);
  assert.equal(s.og['og:url'], s.canonical[0]);
  // The query address names the pre-rendered one as canonical.
  assert.equal(q.canonical.length, 1);
  assert.ok(q.canonical[0].endsWith(NL_STATIC), q.canonical[0]);
  assert.equal(q.og['og:url'], q.canonical[0]);
  assert.deepEqual(q.description, s.description);
});
