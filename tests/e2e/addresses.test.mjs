// The addresses handed to readers (issue 24, item 7): a copied link, the
// indicators CSV's "Pagina" column, a chart SVG's source line, and both
// embed snippets and the policy lines on the snippets page "Insluiten"
// leads to. They start at the site's public address when the build had
// SITE_URL, and at the address the page was read from when it had none (a
// build served anywhere then hands out addresses that work there). The
// link "Insluiten" is a plain link, there before the takeover, to the
// snippets page where the page is served; the other controls are the
// app's: before the takeover they are out of reach, and a page taken over
// late hands out the same addresses. And an address whose language tag is
// not the site's own (lang=en-GB, lang=EN) gives the English page's
// snippets. On the made-up fixture site (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { start, newPage, appTookOver, renderedCopy, holdWasm, THEME, NL_STATIC, EN_STATIC } from './harness.mjs';

const INDICATOR = 'leerlingen';
/** A chart with a source, so its SVG ends with the source line. */
const CHART = 'chart-sanitair-per-regio';
const SITE = 'https://resultaten.example/pad/';

let server, browser, siteServer;
before(async () => {
  ({ server, browser } = await start());
  siteServer = await serve(await renderedCopy('e2e-site-url', { env: { SITE_URL: SITE } }));
});
after(async () => { await browser?.close(); await server?.close(); await siteServer?.close(); });

/** The app's controls that hand out addresses, on the page as it is. */
const handing = (page) => [
  page.locator(`#${INDICATOR} > .copy-link button.copy-link-button`),
  page.locator(`#${CHART} button.chart-download-svg`),
  page.locator('.area-controls button.download-indicators'),
];
/** The link "Insluiten" of the chart. */
const embedLink = (page) => page.locator(`#${CHART} > p.embed-control > a.embed-link`);
/** The snippets page of `piece`, where the theme page at `origin` is served. */
const snippetsPage = (origin, piece, lang = 'nl') => `${origin}/?snippets=${piece}&theme=${THEME}&year=2019&lang=${lang}`;

/** On the snippets page: both snippets, as its "Kopiëren" buttons copy
 *  them (`words`: the page's words for them). */
async function copySnippets(page, words = { copy: 'Kopiëren', iframe: 'Als kader (iframe)', element: 'In een element van uw pagina' }) {
  await page.locator('#resultaten-snippet-element').waitFor();
  await page.waitForFunction(() => document.querySelector('#resultaten-snippet-element').value.length > 0);
  const copied = {};
  for (const [key, label] of [['iframe', words.iframe], ['element', words.element]]) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: `${words.copy}: ${label}`, exact: true }).click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0));
    copied[key] = await page.evaluate(() => navigator.clipboard.readText());
  }
  return copied;
}

/** What a reader is handed on the page at `origin`, once the app has taken
 *  over; `late`: the app is held back first, and the controls are checked
 *  to be out of reach until it runs. */
async function handedOut(origin, { late = false } = {}) {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const release = await holdWasm(page);
  await page.goto(`${origin}${NL_STATIC}`);
  if (late) {
    // Before the takeover the reader opens the areas (the page's own
    // <details>); the app's controls in them are in the page, holding
    // their place, hidden and not focusable.
    for (const toggle of await page.locator('summary.area-toggle').all()) await toggle.click();
    for (const control of handing(page)) {
      const state = await control.evaluate((el) => {
        el.focus();
        return { hidden: getComputedStyle(el).visibility === 'hidden', placed: el.getClientRects().length > 0, focused: document.activeElement === el };
      });
      assert.deepEqual(state, { hidden: true, placed: true, focused: false }, `${control}: before the takeover`);
    }
    // "Insluiten" is a plain link, shown and reachable, to the snippets
    // page where this page is served.
    const link = await embedLink(page).evaluate((a) => {
      a.focus();
      return { href: a.href, visible: a.checkVisibility({ visibilityProperty: true }), focused: document.activeElement === a };
    });
    assert.deepEqual(link, { href: snippetsPage(origin, CHART), visible: true, focused: true }, '"Insluiten" before the takeover');
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'still the static page');
  }
  release();
  await page.waitForFunction(appTookOver);
  const out = {};
  if (late) assert.deepEqual(await page.locator('details.area-details').evaluateAll((ds) => ds.map((d) => d.open)), [true, true], 'the areas the reader opened');
  else await page.getByRole('button', { name: 'Alles openen' }).click();
  const copy = page.locator(`#${INDICATOR} > .copy-link`);
  await copy.locator('button.copy-link-button').click();
  await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await copy.locator('.copy-link-status').elementHandle());
  out.link = await page.evaluate(() => navigator.clipboard.readText());
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle indicatoren downloaden (CSV)' }).click()]);
  out.csv = fs.readFileSync(await csv.path(), 'utf8').split('\r\n')[1].split(';').at(-1);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator(`#${CHART} button.chart-download-svg`).click()]);
  out.svg = [...fs.readFileSync(await svg.path(), 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].at(-1)[1];
  out.canonical = await page.evaluate(() => document.querySelector('link[rel=canonical]')?.href ?? null);
  // Last, as it leaves the page: "Insluiten", to the snippets page (where
  // the page is served), its snippets copied and its policy lines.
  assert.equal(await embedLink(page).evaluate((a) => a.href), snippetsPage(origin, CHART));
  await embedLink(page).click();
  Object.assign(out, await copySnippets(page));
  await page.locator('details.embed-policy > summary').click();
  out.policy = [await page.locator('pre.embed-policy-iframe').textContent(), await page.locator('pre.embed-policy-element').textContent()];
  out.problems = problems;
  await context.close();
  return out;
}

/** `canonical`: the canonical address the page names, where it names one
 *  (with SITE_URL only: search engines require it absolute, issue 33). */
function assertUnder(out, app, { canonical = true } = {}) {
  const page = `${app}nl/2019/${THEME}/`;
  assert.equal(out.link, `${page}#${INDICATOR}`, 'copied link');
  assert.ok(out.iframe.includes(` src="${page}embed/${CHART}/"`), out.iframe);
  assert.ok(out.iframe.includes(`<script src="${app}embed/resize.js"></script>`), out.iframe);
  assert.ok(out.element.includes(`<a href="${page}#${CHART}">`), out.element);
  assert.ok(out.element.includes(`<script type="module" src="${app}embed/mount.js"></script>`), out.element);
  assert.equal(out.csv, page, 'the CSV\'s page column');
  assert.equal(out.svg, `${page}#${CHART}`, 'the SVG\'s source line');
  assert.equal(out.canonical, canonical ? page : null, 'the canonical address, or none without SITE_URL');
  // The host's policy lines name the site's origin.
  const { origin } = new URL(app);
  assert.deepEqual(out.policy, [
    `frame-src ${origin};\nscript-src ${origin};`,
    `script-src ${origin} 'wasm-unsafe-eval';\nstyle-src ${origin};\nconnect-src ${origin};`,
  ]);
  assert.deepEqual(out.problems, [], 'console errors, CSP violations or failed requests, on the theme page and the snippets page');
}

test('without SITE_URL, the addresses handed to readers are the ones the page was read from', async () => {
  const app = `${server.url}/`;
  assertUnder(await handedOut(server.url, { late: true }), app, { canonical: false });
  assertUnder(await handedOut(server.url), app, { canonical: false });
});

test('with SITE_URL, they are under it, also when the app took over late', async () => {
  assertUnder(await handedOut(siteServer.url, { late: true }), SITE);
  assertUnder(await handedOut(siteServer.url), SITE);
  // Search engines get the same, absolute, without script.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteServer.url}${NL_STATIC}`);
  const head = await page.evaluate(() => ({
    canonical: document.querySelector('link[rel=canonical]').getAttribute('href'),
    og: document.querySelector('meta[property="og:url"]').content,
    alternate: document.querySelector('link[rel=alternate][hreflang=en]').getAttribute('href'),
  }));
  assert.deepEqual(head, { canonical: `${SITE}nl/2019/${THEME}/`, og: `${SITE}nl/2019/${THEME}/`, alternate: `${SITE}en/2019/${THEME}/` });
  await context.close();
});

for (const tag of ['en-GB', 'EN']) {
  test(`lang=${tag} gives the English page's snippets`, async () => {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/?theme=${THEME}&year=2019&lang=${tag}`);
    await page.locator('h1', { hasText: 'Made-up theme' }).waitFor();
    assert.equal(await page.locator('.resultaten').getAttribute('data-lang'), 'en');
    await page.getByRole('button', { name: 'Open all' }).click();
    // "Embed" leads to the English snippets page, with the page's own tag.
    assert.equal(await embedLink(page).evaluate((a) => a.href), snippetsPage(server.url, CHART, 'en'));
    await embedLink(page).click();
    await page.getByRole('heading', { level: 1, name: 'Embed: Made-up: sanitation by region' }).waitFor();
    const { iframe, element } = await copySnippets(page, { copy: 'Copy', iframe: 'As a frame (iframe)', element: 'In an element of your page' });
    assert.ok(iframe.includes(` src="${server.url}${EN_STATIC}embed/${CHART}/"`), iframe);
    assert.ok(iframe.includes(' title="Made-up: sanitation by region"'), iframe);
    assert.ok(element.includes('data-lang="en"'), element);
    assert.ok(element.includes(`<a href="${server.url}${EN_STATIC}#${CHART}">`), element);
    // The snippet's frame is there, in English.
    const frame = await (await browser.newContext()).newPage();
    const response = await frame.goto(`${server.url}${EN_STATIC}embed/${CHART}/`);
    assert.equal(response.status(), 200);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
    await frame.context().close();
    assert.deepEqual(problems, []);
    await context.close();
  });
}
