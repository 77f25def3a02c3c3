// One chart or one result area on its own (`only=<id>`, issue 15); the
// link "Insluiten" on the theme page and the snippets page it leads to
// (`?snippets=<piece>`, the editors' app: both snippets, "Kopiëren", what
// the reader sees without the script line, the host's policy lines, the
// way back); and those snippets, taken from that page as a web editor
// does (follow the link, copy), at work on host pages (tests/e2e/hosts/)
// under the strict policy. On the made-up fixture site
// (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import nodePath from 'node:path';
import { start, newPage, appTookOver, axeViolations, layout, withWasmHeldBack, site as siteDir, THEME, BUNDLE, NL_STATIC, EN_STATIC } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const only = (id, lang = 'nl') => `/?theme=${THEME}&year=2019&lang=${lang}&only=${id}&embed=1`;
/** An indicator's chart with a source, in the first area. */
const CHART = 'chart-sanitair-per-regio';

const CHART_TITLE = { nl: 'Verzonnen: sanitair per regio', en: 'Made-up: sanitation by region' };
const AREA = 'gebied-water';
const AREA_TITLE = { nl: 'Verzonnen gebied water', en: 'Made-up area water' };
const PAGE_TITLE = { nl: 'Verzonnen thema', en: 'Made-up theme' };

/** The words of "Insluiten" (src/i18n.rs: `embed`, `embed_page`, and
 *  EMBED_NL / EMBED_EN for its page). */
const EMBED = {
  nl: {
    link: 'Insluiten', page: 'Pagina insluiten', whole: 'Deze hele pagina insluiten', back: 'Terug naar',
    iframe: 'Als kader (iframe)', element: 'In een element van uw pagina', copy: 'Kopiëren', copied: 'Gekopieerd',
    technical: 'Voor de technisch beheerder van uw website', preview: 'Zo ziet het eruit', other: 'English',
  },
  en: {
    link: 'Embed', page: 'Embed this page', whole: 'Embed this whole page', back: 'Back to',
    iframe: 'As a frame (iframe)', element: 'In an element of your page', copy: 'Copy', copied: 'Copied',
    technical: 'For your website\'s technical team', preview: 'What it looks like', other: 'Nederlands',
  },
};

/** The link "Insluiten" of a piece named `name` (none: the whole page's). */
const embedLink = (page, name, lang = 'nl') => page.getByRole('link', {
  name: name ? `${EMBED[lang].link}: ${name}` : EMBED[lang].page, exact: true,
});
/** The snippets page of `piece` ('' the whole page), at the app's folder. */
const snippetsAddress = (piece, lang = 'nl', origin = server.url) => `${origin}/?snippets=${piece}&theme=${THEME}&year=2019&lang=${lang}`;

/** Follows a link "Insluiten", as a web editor does, to its snippets
 *  page, until both snippets are written. */
async function followEmbedLink(page, link) {
  await link.click();
  await page.waitForURL((u) => u.searchParams.has('snippets'));
  await page.locator('#resultaten-snippet-element').waitFor();
  await page.waitForFunction(() => ['iframe', 'element'].every((k) => document.querySelector(`#resultaten-snippet-${k}`).value.length > 0));
}

/** On the snippets page: copies the snippet `kind` ('iframe', 'element')
 *  with its "Kopiëren" and returns what the clipboard got. */
async function copySnippet(page, kind, lang = 'nl') {
  const w = EMBED[lang];
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const status = page.locator('.embed-snippet', { has: page.locator(`#resultaten-snippet-${kind}`) }).locator('.embed-copy-status');
  await page.getByRole('button', { name: `${w.copy}: ${w[kind]}`, exact: true }).click();
  await page.waitForFunction(([el, said]) => el.textContent === said, [await status.elementHandle(), w.copied]);
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0));
  return page.evaluate(() => navigator.clipboard.readText());
}
/** Every iframe snippet's: full width and no border where the host drops
 *  resize.js (issue 25), and no scrolling="no", so that its page stays
 *  reachable there. */
const FULL_WIDTH = ' width="100%" frameborder="0"';

/** The snippet's height attributes for a piece ('' for the whole page), from
 *  the heights the build measured (<site>/<page>/embed/heights.json). */
const heightsOf = (id, lang = 'nl') => JSON.parse(fs.readFileSync(nodePath.join(siteDir, lang, '2019', THEME, 'embed', 'heights.json'), 'utf8'))[id];
function measuredHeights(id, lang = 'nl') {
  const points = heightsOf(id, lang);
  assert.ok(points.length >= 2 && points.every(([w, h]) => w >= 280 && w <= 1280 && h > 100), `${id}: ${JSON.stringify(points)}`);
  return ` height="${points.find(([w]) => w === 300)[1]}" data-heights="${points.map(([w, h]) => `${w}:${h}`).join(' ')}"`;
}

test('a host page with one chart in an iframe: only the figure, auto height, table view, CSV, and a link to the whole page', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/__hosts/chart-iframe.html');
  const frame = page.frameLocator('iframe[data-resultaten-frame]');
  const figure = frame.locator(`#${CHART}`);
  // The frame holds a pre-rendered embed page: wait for the app's takeover.
  const inner = await (await page.locator('iframe[data-resultaten-frame]').elementHandle()).contentFrame();
  await inner.waitForFunction(appTookOver, null, { timeout: 30000 });
  await figure.locator('.chart-drawing svg:visible').first().waitFor();
  assert.equal(await frame.locator('figure.chart').count(), 1, 'one chart and nothing else');
  for (const part of ['.site-header', '.site-footer', '.theme-header', '.highlights', '.result-area', '.embed-control']) {
    assert.equal(await frame.locator(part).count(), 0, `no ${part}`);
  }
  assert.equal((await figure.locator('.chart-title').textContent()).trim(), 'Verzonnen: sanitair per regio');
  assert.equal((await figure.locator('.chart-source').textContent()).trim(), 'Bron: Verzonnen bron.');
  const iframe = page.locator('iframe[data-resultaten-frame]');
  const fits = async () => {
    const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 4, inner);
    return inner;
  };
  const drawn = await fits();
  assert.ok(drawn < 900, `a chart's height, not a page's: ${drawn}px`);
  assert.equal(await iframe.evaluate((f) => getComputedStyle(f).borderTopWidth), '0px', 'resize.js sets the frame borderless');
  await figure.getByRole('radio', { name: 'Tabel' }).check();
  assert.ok(await figure.locator('table.chart-table').isVisible());
  assert.equal(await figure.locator('.chart-drawing').isVisible(), false, 'the table instead of the chart');
  await fits();
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'verzonnen-sanitair-per-regio.csv');
  // The line to the whole page opens it in the top window.
  const link = frame.locator('.piece-source a');
  assert.equal(await link.getAttribute('target'), '_top');
  assert.match(await link.textContent(), /^Hele pagina: Verzonnen thema, Resultaten 2019$/);
  await link.click();
  await page.waitForURL((u) => u.pathname === NL_STATIC);
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host element with one result area: open, without its toggle; host styles stay on their side', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/__hosts/area-mount.html');
  const app = page.locator('[data-resultaten] .resultaten');
  const area = app.locator(`#${AREA}`);
  await area.locator('.indicator').first().waitFor();
  assert.equal(await app.locator('.result-area').count(), 1);
  assert.equal(await area.locator('.area-toggle, details.area-details').count(), 0, 'no toggle');
  assert.ok(await area.locator('.area-panel').isVisible(), 'the area is open');
  assert.ok(await area.locator('.indicator').count() >= 2);
  // The area's last chart, an indicator's, is far below the screen:
  // charts are drawn as they come near.
  assert.deepEqual(await area.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.id)),
    ['chart-gebied-water-indicators', 'chart-waterpunten', CHART]);
  await area.locator(`#${CHART}`).scrollIntoViewIfNeeded();
  await area.locator(`#${CHART} .chart-drawing svg:not(.chart-placeholder)`).waitFor();
  assert.equal(await page.title(), 'Hostpagina met één resultaatgebied', 'the host keeps its title');
  const look = await page.evaluate(() => ({
    hostTitle: getComputedStyle(document.querySelector('#host-title')).textTransform,
    hostText: getComputedStyle(document.querySelector('#host-text')).letterSpacing,
    areaTitle: getComputedStyle(document.querySelector('[data-resultaten] .result-area-heading')).textTransform,
    areaText: getComputedStyle(document.querySelector('[data-resultaten] .result-area-lead p')).letterSpacing,
  }));
  assert.deepEqual(look, { hostTitle: 'uppercase', hostText: '2px', areaTitle: 'none', areaText: 'normal' });
  // A host page links to the app's query address of the whole page.
  assert.equal(await app.locator('.piece-source a').evaluate((a) => a.href), `${server.url}/?theme=${THEME}&year=2019&lang=nl`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every chart of the page can be shown on its own', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  await page.locator('button.open-all').click();
  const ids = (await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.id))).filter((id) => !id.endsWith('-years'));
  assert.deepEqual(ids, ['chart-highlights', 'chart-gebied-water-indicators', 'chart-waterpunten', CHART], 'the fixture\'s charts');
  for (const id of ids) {
    await page.goto(server.url + only(id));
    const figure = page.locator(`figure.chart[id="${id}"]`);
    await figure.locator('.chart-drawing svg').waitFor();
    assert.equal(await page.locator('figure.chart').count(), 1, id);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown piece says so, with a link to the whole page', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url + only('chart-made-up-for-this-test'));
  await page.getByRole('heading', { name: 'Dit onderdeel staat niet op de pagina' }).waitFor();
  assert.match(await page.locator('.not-found').textContent(), /chart-made-up-for-this-test/);
  assert.ok(await page.locator('.piece-source a').isVisible());
  assert.equal(await page.locator('figure.chart, .result-area').count(), 0);
  await context.close();
});

for (const width of [320, 1280]) {
  test(`axe finds nothing on a piece on its own (${width}px)`, async () => {
    for (const [id, lang] of [[CHART, 'nl'], [AREA, 'nl'], [AREA, 'en']]) {
      const { page, context, problems } = await newPage(browser, { width, height: 800 });
      await page.goto(server.url + only(id, lang));
      await page.locator(`[id="${id}"]`).waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(await axeViolations(page), [], `${id} (${lang})`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('"Insluiten" leads to the snippets page; "Kopiëren" copies the exact snippet, and the copied snippet works on a page', async () => {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  // A plain link at the end of the area, named after it.
  const link = embedLink(page, AREA_TITLE.nl);
  assert.equal(await link.evaluate((a, area) => a.matches(`#${area} > p.embed-control > a.embed-link`), AREA), true);
  assert.equal(await link.textContent(), 'Insluiten');
  assert.equal(await link.evaluate((a) => a.href), snippetsAddress(AREA));
  // Every chart offers it too; print leaves it out.
  assert.ok(await page.locator('figure.chart > p.embed-control > a.embed-link').count() >= 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await link.isVisible(), false, 'not in print');
  await page.emulateMedia({ media: 'screen' });
  await followEmbedLink(page, link);
  await page.getByRole('heading', { level: 1, name: `Insluiten: ${AREA_TITLE.nl}`, exact: true }).waitFor();
  assert.match(await page.title(), new RegExp(`^Insluiten: ${AREA_TITLE.nl} \\| `));
  // The app's published address: without SITE_URL at build time, the
  // address the page was read from (with it, addresses.test.mjs).
  const app = `${server.url}/`;
  // The iframe points at the area's pre-rendered embed page, with the
  // heights the build measured for it.
  const expected = `<iframe data-resultaten-frame title="${AREA_TITLE.nl}" src="${app}nl/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA)}></iframe>\n`
    + `<script src="${app}embed/resize.js"></script>`;
  // Inside the element, a link to the area for a host where mount.js
  // cannot run.
  const element = `<div data-resultaten data-theme="${THEME}" data-year="2019" data-lang="nl" data-only="${AREA}">`
    + `<a href="${app}nl/2019/${THEME}/#${AREA}">${AREA_TITLE.nl}</a></div>\n`
    + `<script type="module" src="${app}embed/mount.js"></script>`;
  assert.equal(await page.getByLabel(EMBED.nl.iframe, { exact: true }).inputValue(), expected, 'the iframe snippet shown');
  assert.equal(await page.getByLabel(EMBED.nl.element, { exact: true }).inputValue(), element, 'the element snippet shown');
  assert.equal(await copySnippet(page, 'iframe'), expected, 'the iframe snippet copied');
  assert.equal(await copySnippet(page, 'element'), element, 'the element snippet copied');
  assert.deepEqual(problems, []);
  await context.close();

  // The copied snippet, pasted into a page of its own.
  const host = await newPage(browser);
  await host.page.goto(server.url + '/__hosts/host.css');
  await host.page.setContent(`<!DOCTYPE html><html lang="nl"><head><title>Geplakt</title></head><body><p>Host</p>${expected}</body></html>`);
  const frame = host.page.frameLocator('iframe[data-resultaten-frame]');
  await frame.locator(`#${AREA} .indicator`).first().waitFor();
  await host.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  await host.context.close();
});

test('at the app\'s own address, the snippets point at the folder the app is served from', async () => {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/?theme=${THEME}&year=2019&lang=nl`);
  await page.locator('h1', { hasText: PAGE_TITLE.nl }).waitFor();
  await followEmbedLink(page, embedLink(page, AREA_TITLE.nl));
  assert.equal(page.url(), snippetsAddress(AREA));
  assert.equal(await copySnippet(page, 'iframe'),
    `<iframe data-resultaten-frame title="${AREA_TITLE.nl}" src="${server.url}/nl/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA)}></iframe>\n`
    + `<script src="${server.url}/embed/resize.js"></script>`);
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 26: the snippets of the English page are English, and point at
// the English pages, with the heights measured for them.
test('"Embed" on the English page leads to the English snippets page; "Copy" copies the exact snippet', async () => {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url + EN_STATIC);
  await page.waitForFunction(appTookOver);
  const link = embedLink(page, AREA_TITLE.en, 'en');
  assert.equal(await link.textContent(), 'Embed');
  await followEmbedLink(page, link);
  assert.equal(page.url(), snippetsAddress(AREA, 'en'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { level: 1, name: `Embed: ${AREA_TITLE.en}`, exact: true }).waitFor();
  const app = `${server.url}/`;
  const expected = `<iframe data-resultaten-frame title="${AREA_TITLE.en}" src="${app}en/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA, 'en')}></iframe>\n`
    + `<script src="${app}embed/resize.js"></script>`;
  assert.equal(await copySnippet(page, 'iframe', 'en'), expected);
  assert.equal(await copySnippet(page, 'element', 'en'),
    `<div data-resultaten data-theme="${THEME}" data-year="2019" data-lang="en" data-only="${AREA}">`
    + `<a href="${app}en/2019/${THEME}/#${AREA}">${AREA_TITLE.en}</a></div>\n`
    + `<script type="module" src="${app}embed/mount.js"></script>`);
  // The whole page's snippet, too, is the English page's.
  await page.goto(server.url + EN_STATIC);
  await page.waitForFunction(appTookOver);
  await followEmbedLink(page, embedLink(page, null, 'en'));
  assert.equal(page.url(), snippetsAddress('', 'en'));
  await page.getByRole('heading', { level: 1, name: EMBED.en.whole, exact: true }).waitFor();
  assert.equal(await copySnippet(page, 'iframe', 'en'),
    `<iframe data-resultaten-frame title="${PAGE_TITLE.en}" src="${app}en/2019/${THEME}/embed/"${FULL_WIDTH}${measuredHeights('', 'en')}></iframe>\n`
    + `<script src="${app}embed/resize.js"></script>`);
  assert.deepEqual(problems, []);
  await context.close();
});

// "Insluiten" is a plain link to a page of its own: on the pre-rendered
// page before the takeover it is there and reachable, the app shows it at
// the same place; without script (its page needs script) it takes no
// place.
test('"Insluiten" is a plain link: shown and reachable before the takeover, at the same place after it, and left out without script', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const link = page.locator(`[data-resultaten-page] #${AREA} > p.embed-control > a.embed-link`);
    const early = await link.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const place = { visibility: getComputedStyle(a).visibility, width: r.width, height: r.height, x: r.x, y: r.y + scrollY, href: a.href };
      a.focus();
      return { ...place, focused: document.activeElement === a };
    });
    assert.equal(early.visibility, 'visible', 'shown before the takeover');
    assert.ok(early.width >= 24 && early.height >= 24, `a target of at least 24 × 24 px: ${early.width} × ${early.height}`);
    assert.equal(early.focused, true, 'reachable');
    assert.equal(early.href, snippetsAddress(AREA), 'to the snippets page');
    assert.equal(await link.getAttribute('aria-label'), `Insluiten: ${AREA_TITLE.nl}`);
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'before the takeover');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    const taken = embedLink(page, AREA_TITLE.nl);
    const late = await taken.evaluate((a) => { const r = a.getBoundingClientRect(); return { x: r.x, y: r.y + scrollY, href: a.href }; });
    assert.deepEqual(late, { x: early.x, y: early.y, href: early.href }, 'the same link at the same place after the takeover');
    assert.deepEqual(problems, []);
    await context.close();
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + NL_STATIC);
  await page.locator('h1').waitFor();
  assert.ok(await page.locator('p.embed-control a.embed-link').count() > 0, 'in the static page');
  assert.equal(await page.locator('p.embed-control').evaluateAll((ps) => ps.filter((p) => p.getClientRects().length > 0).length), 0,
    'without script no "Insluiten" keeps a place');
  await context.close();
});

test('the link "Insluiten" works before the takeover: followed with the app held back, it leads to the snippets page', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'the pre-rendered page, before the takeover');
    // From the keyboard, as any link.
    await page.locator(`[data-resultaten-page] #${AREA} > p.embed-control > a.embed-link`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(snippetsAddress(AREA));
    await page.getByRole('heading', { level: 1, name: `Insluiten: ${AREA_TITLE.nl}`, exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelector('#resultaten-snippet-iframe')?.value.length > 0);
    assert.match(await page.getByLabel(EMBED.nl.iframe, { exact: true }).inputValue(), new RegExp(` src="${server.url}/nl/2019/${THEME}/embed/${AREA}/"`));
    // The theme page's app, still held back, was left unloaded: its
    // request ended with the page, nothing else went wrong.
    assert.deepEqual(problems.filter((p) => !/^request failed: .*\/resultaten-[^/]*_bg\.wasm net::ERR_ABORTED$/.test(p)), []);
    await context.close();
  });
});

// A piece's area is open: its panel and content count; closed areas'
// panels (on the whole embedded page), which a reader does not see, do
// not; and what is not rendered is left out.
const CLOSED_PANEL = '.area-details:not([open]) > .area-panel';
const PIECE_LAYOUT = { skip: `${CLOSED_PANEL}, ${CLOSED_PANEL} *`, renderedOnly: true };
const STATIC_EMBED = (id) => `/nl/2019/${THEME}/embed/${id ? `${id}/` : ''}`;

for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
  test(`pre-rendered embed pages: static HTML in the embed layout, taken over without moving anything (${viewport.width}px)`, async () => {
    for (const id of [CHART, AREA, '']) {
      const { page, context, problems } = await newPage(browser, viewport);
      let release;
      const gate = new Promise((r) => { release = r; });
      await page.route('**/data/2019/nl/*.json', async (route) => { await gate; await route.continue(); });
      await page.goto(server.url + STATIC_EMBED(id));
      assert.ok(await page.locator('[data-resultaten-page]').isVisible(), `${id || 'page'}: static first`);
      assert.equal(await page.locator('.site-header, .site-footer').count(), 0, 'the embed layout from the start');
      assert.equal(await page.locator('meta[name=robots]').getAttribute('content'), 'noindex');
      await page.waitForFunction(() => document.querySelector('.resultaten-offstage'));
      const before = await layout(page, PIECE_LAYOUT);
      assert.ok(before.length > 10, `${id}: measured ${before.length} elements`);
      release();
      await page.waitForFunction(appTookOver);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await layout(page, PIECE_LAYOUT);
      const moved = before.filter((b, i) => b !== after[i]).map((b) => `${b}  →  ${after[before.indexOf(b)]}`);
      assert.equal(after.length, before.length, `${id}: the same elements`);
      assert.deepEqual(moved.slice(0, 10), [], `${id || 'page'}: elements that moved when the app took over`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('in a host page, a pre-rendered chart has its height before the app runs, and keeps it', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + '/__hosts/chart-iframe.html');
    const frame = page.frameLocator('iframe[data-resultaten-frame]');
    await frame.locator(`[data-resultaten-page] #${CHART}`).waitFor();
    await wasm.requested;
    await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 250);
    const early = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    assert.ok(await frame.locator('[data-resultaten-page]').count(), 'still the static page');
    wasm.release();
    await frame.locator('body').evaluate(() => new Promise((r) => {
      const done = () => !document.querySelector('[data-resultaten-page], .resultaten-offstage');
      const check = () => (done() ? r() : setTimeout(check, 50));
      check();
    }));
    await page.waitForTimeout(200);
    const late = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    assert.equal(late, early, 'the frame kept its height at the takeover');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

/** A host page (test data) holding `snippet`, with its own text above and below. */
const hostWith = (snippet) => `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Geplakte code</title>
<link rel="stylesheet" href="/__hosts/host.css"></head>
<body><h1>Nieuwsbericht</h1><p>Tekst boven het ingesloten onderdeel.</p>
${snippet}
<p id="host-after">Tekst onder het ingesloten onderdeel.</p></body></html>`;

/** The iframe snippets for the whole page ('page') and the chart and area
 *  of these tests, as a web editor takes them: "Insluiten" on the theme
 *  page, then "Kopiëren" on the snippets page (the build's published
 *  address is the test server's: no SITE_URL); collected once, for every
 *  test that pastes them. */
let snippetsCopied;
const copiedIframeSnippets = () => (snippetsCopied ??= copyIframeSnippets());
async function copyIframeSnippets() {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const snippets = {};
  for (const [key, name] of [['page', null], [CHART, CHART_TITLE.nl], [AREA, AREA_TITLE.nl]]) {
    // The link to the chart opens its area, so that its "Insluiten" shows.
    await page.goto(`${server.url}${NL_STATIC}#${CHART}`);
    await page.waitForFunction(appTookOver);
    await followEmbedLink(page, embedLink(page, name));
    snippets[key] = await copySnippet(page, 'iframe');
  }
  assert.deepEqual(problems, []);
  await context.close();
  return snippets;
}
const PASTED = '/__hosts/pasted-iframe.html';

/** The measured height of a piece at a frame width: the build keeps only
 *  the points that a straight line between their neighbours does not give. */
function measuredAt(id, width) {
  const points = heightsOf(id);
  const i = points.findIndex(([w]) => w >= width);
  if (points[i][0] === width) return points[i][1];
  const [[w0, h0], [w1, h1]] = [points[i - 1], points[i]];
  return Math.ceil(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
}

// Issue 15's CLS 0 on a host page. The iframe snippet carries the heights
// the build measured, so embed/resize.js gives the frame its height before
// the page inside has loaded, and nothing of the host moves when that page
// reports its own. Frame widths the build measured must not move at all;
// between them resize.js draws a straight line, which text that wraps does
// not follow exactly.
test('a pasted iframe snippet: the frame has its height from the start, and the host\'s text does not move', async () => {
  const snippets = await copiedIframeSnippets();
  for (const [key, code] of Object.entries(snippets)) {
    assert.ok(code.includes(`${FULL_WIDTH}${measuredHeights(key === 'page' ? '' : key)}></iframe>`), `${key}: the measured heights`);
  }
  assert.match(snippets.page, new RegExp(`src="${server.url}/nl/2019/${THEME}/embed/"`), 'the whole page');

  const report = [];
  // The three snippets pasted on one host page, as a host with several
  // pieces does, smallest first; the window is tall enough to show all
  // three, so that a shift of any of them is a layout shift of the host.
  const keys = [CHART, AREA, 'page'];
  const pasted = keys.map((key) => snippets[key]).join('\n<p>Tekst tussen twee ingesloten onderdelen.</p>\n');
  server.fault(PASTED, { status: 200, type: 'text/html; charset=utf-8', body: hostWith(pasted) });
  // host.css gives the body a 24 px margin: the frame is 48 px narrower than the window.
  for (const frameWidth of [300, 360, 412, 640, 1200, 500, 700]) {
    const measured = ![500, 700].includes(frameWidth);
    const tall = keys.reduce((sum, key) => sum + measuredAt(key === 'page' ? '' : key, frameWidth) + 200, 400);
    const host = await newPage(browser, { width: frameWidth + 48, height: tall });
    await host.page.addInitScript(() => {
      if (window.top !== window) return; // the host, not the frames
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
      // Every height each frame has had, from its first layout on.
      window.heights = [];
      document.addEventListener('DOMContentLoaded', () => {
        const frames = [...document.querySelectorAll('iframe')];
        window.heights = frames.map(() => []);
        const observer = new ResizeObserver((entries) => {
          for (const e of entries) window.heights[frames.indexOf(e.target)].push(e.contentRect.height);
        });
        for (const f of frames) observer.observe(f);
      });
    });
    await host.page.goto(server.url + PASTED);
    const frames = await host.page.locator('iframe').all();
    assert.equal(frames.length, keys.length);
    for (const frame of frames) await (await (await frame.elementHandle()).contentFrame()).waitForFunction(appTookOver, null, { timeout: 30000 });
    await host.page.waitForTimeout(300);
    const { heights, shifts, widths, insides } = await host.page.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')];
      return {
        heights: window.heights, shifts: window.shifts, widths: frames.map((f) => f.clientWidth),
        insides: frames.map((f) => Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height)),
      };
    });
    const cls = shifts.reduce((a, b) => a + b, 0);
    keys.forEach((key, i) => {
      report.push(`${key} at ${frameWidth}px: heights ${heights[i].join(' → ')}, page inside ${insides[i]}`);
      assert.equal(widths[i], frameWidth, `${key}: the frame's width`);
      assert.equal(heights[i].at(-1), insides[i], `${key} at ${frameWidth}px: the frame fits its page`);
      if (measured) assert.deepEqual(heights[i], [insides[i]], `${key} at ${frameWidth}px: one height from the start`);
    });
    report.push(`host at ${frameWidth}px: layout shift ${cls.toFixed(4)}`);
    if (measured) assert.equal(cls, 0, `at ${frameWidth}px: nothing of the host moved`);
    assert.deepEqual(host.problems, []);
    await host.context.close();
  }
  server.fault(PASTED, null);
  console.log(report.join('\n'));
});

// While the page inside is still the pre-rendered one, a frame with its
// measured height keeps it (the page's own is not final yet), but what a
// reader's tap changes must show at once, not be cut off.
test('a pasted iframe snippet: before the takeover, a tap in the frame resizes it at once; so does a turned phone', async () => {
  const code = (await copiedIframeSnippets())[CHART];
  server.fault(PASTED, { status: 200, type: 'text/html; charset=utf-8', body: hostWith(code) });
  const at = (w) => measuredAt(CHART, w);
  await withWasmHeldBack(server, async () => {
    const host = await newPage(browser, { width: 412 + 48, height: 800 });
    await host.page.goto(server.url + PASTED);
    const frame = host.page.frameLocator('iframe[data-resultaten-frame]');
    const height = () => host.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await frame.locator(`[data-resultaten-page] #${CHART}`).waitFor();
    assert.equal(await height(), at(412));
    // Turned: the measured height for the new width, before the app runs.
    await host.page.setViewportSize({ width: 600 + 48, height: 400 });
    await host.page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, at(600), { timeout: 2000 });
    await frame.locator(`[data-resultaten-page] #${CHART} input.chart-show-table`).click();
    await frame.locator(`#${CHART} table.chart-table`).waitFor({ state: 'visible' });
    const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    assert.notEqual(inner, at(600), 'the table is not as high as the chart');
    await host.page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, inner, { timeout: 2000 });
    assert.ok(await frame.locator('[data-resultaten-page]').count(), 'still the static page');
    assert.deepEqual(host.problems, []);
    await host.context.close();
  });
  server.fault(PASTED, null);
});

test('a pasted iframe snippet: when the data cannot be loaded, the frame takes the static page\'s full height', async () => {
  const code = (await copiedIframeSnippets())[AREA];
  server.fault(PASTED, { status: 200, type: 'text/html; charset=utf-8', body: hostWith(code) });
  server.fault(BUNDLE, { status: 500 });
  try {
    const host = await newPage(browser, { width: 412 + 48, height: 800 });
    await host.page.goto(server.url + PASTED);
    const inner = await (await host.page.locator('iframe').elementHandle()).contentFrame();
    // The app gives up: the static page stays, shown as without script.
    await inner.waitForFunction(() => document.querySelector('link[href$="no-script.css"]')?.sheet, null, { timeout: 30000 });
    const full = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    assert.notEqual(full, measuredAt(AREA, 412), 'the app\'s controls leave their place: not the measured height');
    await host.page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, full, { timeout: 2000 });
    assert.ok(await inner.locator('[data-resultaten-page]').count(), 'the static page');
    await host.context.close();
  } finally {
    server.fault(BUNDLE, null);
    server.fault(PASTED, null);
  }
});

// A build without `make embed-heights` (issue 24): the snippet has no
// heights; on a host page resize.js makes the frame
// full width and grows it with its page, so nothing is cut off, also when
// an area opens inside.
test('without measured heights, a pasted iframe snippet still shows all of its page and grows with it', async () => {
  const { serve } = await import('./server.mjs');
  const { renderedCopy } = await import('./harness.mjs');
  const site = await serve(await renderedCopy('e2e-no-heights'), { hosts: nodePath.join(nodePath.dirname(new URL(import.meta.url).pathname), 'hosts') });
  try {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(site.url + NL_STATIC);
    await page.waitForFunction(appTookOver);
    await followEmbedLink(page, embedLink(page, AREA_TITLE.nl));
    const code = await copySnippet(page, 'iframe');
    assert.equal(code, `<iframe data-resultaten-frame title="${AREA_TITLE.nl}" src="${site.url}/nl/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}></iframe>\n`
      + `<script src="${site.url}/embed/resize.js"></script>`);
    await context.close();

    site.fault(PASTED, { status: 200, type: 'text/html; charset=utf-8', body: hostWith(code) });
    const host = await newPage(browser, { width: 412, height: 800 });
    await host.page.goto(site.url + PASTED);
    const inner = await (await host.page.locator('iframe').elementHandle()).contentFrame();
    await inner.waitForFunction(appTookOver, null, { timeout: 30000 });
    const fits = () => host.page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const frame = document.querySelector('iframe');
      const inside = frame.contentDocument.documentElement.getBoundingClientRect().height;
      return { frame: frame.getBoundingClientRect(), inside, body: document.body.getBoundingClientRect().width };
    });
    await host.page.waitForFunction(() => {
      const frame = document.querySelector('iframe');
      return Math.abs(frame.getBoundingClientRect().height - Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height)) <= 1;
    });
    const before = await fits();
    assert.equal(Math.round(before.frame.width), Math.round(before.body), 'full width');
    assert.ok(before.frame.height >= before.inside - 1, `all of the page: ${before.frame.height} for ${before.inside}`);
    // Every chart inside as its table: the page changes, and the frame
    // follows it.
    for (const b of await inner.locator('input.chart-show-table').all()) await b.check();
    await host.page.waitForFunction((h) => {
      const frame = document.querySelector('iframe');
      const inside = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
      return inside !== h && Math.abs(frame.getBoundingClientRect().height - inside) <= 1;
    }, Math.ceil(before.inside));
    const after = await fits();
    assert.ok(after.frame.height >= after.inside - 1, `still all of it: ${after.frame.height} for ${after.inside}`);
    assert.deepEqual([...problems, ...host.problems], []);
    await host.context.close();
  } finally {
    await site.close();
  }
});

/** A bare host page (test data): no styles of its own, so nothing but the
 *  snippet sizes the frame. */
const bareHostWith = (snippet) => `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Geplakte code zonder script</title></head>
<body><h1>Nieuwsbericht</h1><p>Tekst boven het ingesloten onderdeel.</p>
${snippet}
<p id="host-after">Tekst onder het ingesloten onderdeel.</p></body></html>`;

// Issue 25: a host (or its editor) that drops embed/resize.js. The snippet
// as "Insluiten" gives it, heights included, without its script line: the
// frame is the column's full width, without a border, and whatever its page
// shows stays reachable, also after "Tabel" makes it taller than the frame.
test('an iframe snippet pasted without resize.js: full width, no border, and all of its page reachable with the table open', async () => {
  const snippets = await copiedIframeSnippets();
  let scrolled = 0;
  // The column of the issue's host (616 px), and an iframe's own width,
  // where the chart's table is taller than the height attribute.
  for (const [key, column] of [[CHART, 616], [AREA, 616], [CHART, 300]]) {
    const frameOnly = snippets[key].split('\n')[0];
    assert.match(frameOnly, /^<iframe [^>]*><\/iframe>$/);
    assert.doesNotMatch(frameOnly, /scrolling=/, 'the frame may scroll');
    server.fault(PASTED, { status: 200, type: 'text/html; charset=utf-8', body: bareHostWith(frameOnly) });
    const host = await newPage(browser, { width: column + 16, height: 800 });
    await host.page.goto(server.url + PASTED);
    const iframe = host.page.locator('iframe');
    const inner = await (await iframe.elementHandle()).contentFrame();
    await inner.waitForFunction(appTookOver, null, { timeout: 30000 });
    const box = await host.page.evaluate(() => {
      const f = document.querySelector('iframe');
      const cs = getComputedStyle(f);
      return { width: f.getBoundingClientRect().width, body: document.body.clientWidth, border: cs.borderTopWidth, height: f.clientHeight };
    });
    assert.equal(box.width, box.body, `${key}: as wide as the column`);
    assert.equal(box.border, '0px', `${key}: no border`);
    assert.equal(box.height, heightsOf(key).find(([w]) => w === 300)[1], `${key}: the height attribute's height`);
    // Every chart of the piece as its table.
    for (const b of await inner.locator('input.chart-show-table').all()) {
      await b.check();
    }
    await inner.locator('table.chart-table').first().waitFor({ state: 'visible' });
    const last = inner.locator('.piece-source a');
    const tall = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // Scrolled as a reader does, with the wheel over the frame: the frame
    // scrolls (not the host), down to the line after the piece.
    const frameBox = await iframe.boundingBox();
    await host.page.mouse.move(frameBox.x + frameBox.width / 2, frameBox.y + Math.min(frameBox.height, 700) / 2);
    for (let i = 0; i < 60 && !(await last.evaluate((a) => a.getBoundingClientRect().bottom <= innerHeight)); i++) {
      await host.page.mouse.wheel(0, 400);
      await host.page.waitForTimeout(30);
    }
    const end = await last.evaluate((a) => ({ bottom: a.getBoundingClientRect().bottom, view: innerHeight, scrolled: scrollY }));
    assert.ok(end.bottom <= end.view, `${key}: the last line is reachable (${JSON.stringify(end)}, page ${tall}px in a ${box.height}px frame)`);
    if (tall > box.height) assert.ok(end.scrolled > 0, `${key}: the frame scrolled`);
    scrolled += end.scrolled > 0;
    console.log(`${key} at ${column}px: page ${tall}px with its tables, frame ${box.height}px, scrolled ${end.scrolled}px`);
    assert.deepEqual(host.problems, []);
    await host.context.close();
  }
  server.fault(PASTED, null);
  assert.ok(scrolled > 0, 'at least one frame needed its scroll bar');
});

// Issue 25, on the snippets page, in plain words for a web editor: each
// snippet is two lines to paste both; under each, what the reader sees
// where the host drops the script line (the frame at a fixed height that
// scrolls: "pasted without resize.js" above; the element's link:
// embed.test.mjs); an area's height on a phone, from the build's measured
// heights; and the lines the host's policy needs, for its technical team,
// in a part that opens on request.
for (const [lang, path, words] of [
  ['nl', NL_STATIC, {
    paste: /^Plak beide regels op de plek waar het onderdeel moet komen\. De eerste regel is (het kader|een link naar dit onderdeel op onze site); de tweede is (een klein script dat het kader precies zo hoog maakt als wat erin staat|het script dat het onderdeel zelf op die plek zet)\.$/,
    without: [
      /^Haalt uw website de tweede regel weg .*dan staat het kader er nog wel, maar op een vaste hoogte: wat daar niet in past, kan de lezer binnen het kader scrollen\.$/,
      /^Haalt uw website de tweede regel weg, of kan het script niet laden, dan ziet de lezer alleen de link naar dit onderdeel op onze site\.$/,
    ],
    height: /^Op een telefoon \(360 pixels breed\) is dit resultaatgebied ongeveer (\d{1,2}\.\d00|\d00) pixels hoog\./,
  }],
  ['en', EN_STATIC, {
    paste: /^Paste both lines where the part should go\. The first line is (the frame|a link to this part on our site); the second is (a small script that makes the frame exactly as tall as what it holds|the script that puts the part itself in its place)\.$/,
    without: [
      /^If your website removes the second line .*the frame is still there, but at a fixed height: what does not fit, readers can scroll inside the frame\.$/,
      /^If your website removes the second line, or the script cannot load, readers only see the link to this part on our site\.$/,
    ],
    height: /^On a phone \(360 pixels wide\) this result area is about (\d{1,2},\d00|\d00) pixels tall\./,
  }],
]) {
  test(`the snippets page says to paste both lines and what the reader sees without the script line, and has the policy lines in a part that opens on request (${lang})`, async () => {
    const w = EMBED[lang];
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + path);
    await page.waitForFunction(appTookOver);
    await followEmbedLink(page, embedLink(page, AREA_TITLE[lang], lang));
    // Each way in its part, as it reads: its heading, how to paste it, the
    // snippet, then what the reader sees without its script line.
    const parts = await page.locator('.snippets-page .embed-snippet').evaluateAll((ds) => ds.map((d) => ({
      heading: d.previousElementSibling.previousElementSibling.matches('h2') ? d.previousElementSibling.previousElementSibling.textContent : null,
      how: d.previousElementSibling.textContent,
      label: d.querySelector('label').textContent,
      lines: d.querySelector('textarea').value.split('\n'),
      without: d.nextElementSibling.textContent,
    })));
    assert.deepEqual(parts.map((p) => [p.heading, p.label]), [[w.iframe, w.iframe], [w.element, w.element]]);
    for (const [i, p] of parts.entries()) {
      assert.match(p.how, words.paste, `${p.heading}: paste both lines`);
      assert.equal(p.lines.length, 2, `${p.heading}: two lines`);
      assert.match(p.lines[1], /^<script [^>]*src="[^"]+"><\/script>$/, `${p.heading}: the second line is the script`);
      assert.match(p.without, words.without[i], `${p.heading}: what the reader sees without it`);
    }
    assert.match(parts[0].lines[0], /^<iframe [^>]*><\/iframe>$/, 'the first line is the frame');
    assert.match(parts[1].lines[0], /^<div data-resultaten [^>]*><a href="[^"]+">[^<]+<\/a><\/div>$/, 'the first line is a link to the piece');
    // The policy lines: in a part closed at first, opened on request; they
    // name the site's origin (no SITE_URL: the page's own).
    const policy = page.locator('details.embed-policy');
    assert.equal((await policy.locator('summary').textContent()).trim(), w.technical);
    assert.equal(await policy.evaluate((d) => d.open), false, 'closed at first');
    assert.equal(await policy.locator('pre.embed-policy-iframe').isVisible(), false);
    await policy.locator('summary').click();
    assert.equal(await policy.evaluate((d) => d.open), true, 'opened');
    const origin = await page.evaluate(() => location.origin);
    assert.equal(origin, new URL(server.url).origin);
    assert.ok(await policy.locator('pre.embed-policy-iframe').isVisible(), 'shown, not only read out');
    assert.equal(await policy.locator('pre.embed-policy-iframe').textContent(), `frame-src ${origin};\nscript-src ${origin};`);
    assert.equal(await policy.locator('pre.embed-policy-element').textContent(),
      `script-src ${origin} 'wasm-unsafe-eval';\nstyle-src ${origin};\nconnect-src ${origin};`);
    const told = await policy.textContent();
    for (const needed of ['Content-Security-Policy', 'CORS']) assert.ok(told.includes(needed), `${lang}: the policy part names ${needed}: ${told}`);
    assert.doesNotMatch(await page.locator('.snippets-page').textContent(), /strict|strikt/, 'no vague promise');
    // An area's height on a phone.
    const note = (await page.locator('.snippets-page .embed-height').textContent()).trim();
    const m = note.match(words.height);
    assert.ok(m, `${lang}: ${note}`);
    const at360 = heightsOf(AREA, lang).find(([x]) => x === 360)[1];
    assert.equal(Number(m[1].replace(/[.,]/g, '')), Math.round(at360 / 100) * 100, `${lang}: the measured ${at360}px`);
    // The language switch keeps the snippets page of the piece.
    const other = lang === 'nl' ? 'en' : 'nl';
    assert.equal(await page.locator('footer').getByRole('link', { name: w.other, exact: true }).evaluate((a) => a.href), snippetsAddress(AREA, other));
    // A chart's page has no such note.
    await page.goto(snippetsAddress(CHART, lang));
    await page.getByRole('heading', { level: 1, name: `${w.link}: ${CHART_TITLE[lang]}`, exact: true }).waitFor();
    await page.locator('details.embed-policy').waitFor();
    assert.equal(await page.locator('.embed-height').count(), 0, 'no height note for a chart');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** A node of Chromium's accessibility tree, as a screen reader gets it:
 *  the name and whether it says expanded. */
async function accessible(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes.find((n) => !n.ignored) ?? {};
  const expanded = (node.properties ?? []).find((p) => p.name === 'expanded')?.value.value;
  return { name: node.name?.value, expanded };
}

// The part for the technical team is a disclosure, as "Insluiten" was on
// the theme page: it shows whether it is open (a triangle, turned when
// open, or the browser's own marker), says so to a screen reader, and its
// name is its words, not the triangle.
test('the policy part shows and says whether it is open, and is named by its words', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(snippetsAddress(AREA));
  const summary = page.locator('details.embed-policy > summary');
  await summary.waitFor();
  const mark = () => summary.evaluate((s) => {
    const cs = getComputedStyle(s);
    return {
      native: cs.display === 'list-item' && cs.listStyleType !== 'none',
      drawn: ['::before', '::after'].map((p) => getComputedStyle(s, p).content).filter((c) => c !== 'none' && c !== 'normal').join(' '),
    };
  });
  const closed = await mark();
  assert.deepEqual(await accessible(page, 'details.embed-policy > summary'), { name: EMBED.nl.technical, expanded: false });
  await summary.click();
  const open = await mark();
  assert.deepEqual(await accessible(page, 'details.embed-policy > summary'), { name: EMBED.nl.technical, expanded: true });
  assert.ok(closed.native || closed.drawn, `a disclosure mark when closed (display ${await summary.evaluate((s) => getComputedStyle(s).display)}, ::before/::after ${JSON.stringify(closed.drawn)})`);
  if (!closed.native) assert.notEqual(open.drawn, closed.drawn, 'the mark turns when open');
  assert.deepEqual(problems, []);
  await context.close();
});

// The preview is the piece's embed page, the frame's own, at the height
// the piece needs: all of a chart in view without scrolling inside it.
test('the snippets page previews the piece: its embed page, all of a chart in view', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(snippetsAddress(CHART));
  await page.getByRole('heading', { level: 2, name: EMBED.nl.preview, exact: true }).waitFor();
  const preview = page.locator('iframe.embed-preview');
  assert.equal(await preview.getAttribute('title'), CHART_TITLE.nl);
  await page.waitForFunction(() => document.querySelector('#resultaten-snippet-iframe').value.length > 0);
  const src = (await page.locator('#resultaten-snippet-iframe').inputValue()).match(/ src="([^"]+)"/)[1];
  assert.equal(await preview.evaluate((f) => f.src), src, 'the snippet\'s frame (the site\'s own address)');
  const inner = await (await preview.elementHandle()).contentFrame();
  await inner.waitForFunction(appTookOver, null, { timeout: 30000 });
  await inner.locator(`#${CHART} .chart-drawing svg:not(.chart-placeholder)`).waitFor();
  // The frame follows the height its page reports, once it has reported.
  await preview.evaluate((f) => new Promise((resolve) => {
    const fits = () => f.clientHeight >= Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    const look = (n) => (fits() || n === 0 ? resolve() : setTimeout(() => look(n - 1), 50));
    look(100);
  }));
  const fit = await preview.evaluate((f) => ({ frame: f.clientHeight, page: Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height), attribute: f.getAttribute('height') }));
  assert.ok(fit.frame >= fit.page, `all of the chart's page in view: a ${fit.frame}px frame (height="${fit.attribute}") for its ${fit.page}px page`);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [lang, piece, name, path] of [
  ['nl', AREA, AREA_TITLE.nl, NL_STATIC], ['nl', CHART, CHART_TITLE.nl, NL_STATIC], ['nl', '', PAGE_TITLE.nl, NL_STATIC], ['en', AREA, AREA_TITLE.en, EN_STATIC],
]) {
  test(`the snippets page's back link leads to the piece on its page (${piece || 'the whole page'}, ${lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(snippetsAddress(piece, lang));
    await page.getByRole('link', { name: `${EMBED[lang].back} ${name}`, exact: true }).click();
    await page.waitForURL(`${server.url}${path}${piece ? `#${piece}` : ''}`);
    await page.waitForFunction(appTookOver);
    if (piece) {
      // The piece, in its open area, at the top of the screen.
      await page.waitForFunction((id) => {
        const piece = document.getElementById(id);
        const r = piece.getBoundingClientRect();
        return piece.closest('section.result-area').querySelector('details.area-details').open && r.top > -2 && r.top < innerHeight / 2;
      }, piece);
      assert.ok(await page.locator(`[id="${piece}"]`).isVisible());
    } else {
      await page.locator('h1', { hasText: name }).waitFor();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const width of [320, 1280]) {
  test(`axe finds nothing on the snippets page (${width}px): an area's, a chart's in English, the whole page's; the policy part open, a snippet copied`, async () => {
    for (const [piece, lang] of [[AREA, 'nl'], [CHART, 'en'], ['', 'nl']]) {
      const { page, context, problems } = await newPage(browser, { width, height: 800 });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.goto(snippetsAddress(piece, lang));
      await page.locator('#resultaten-snippet-element').waitFor();
      await page.waitForFunction(() => document.querySelector('#resultaten-snippet-element').value.length > 0);
      assert.deepEqual(await axeViolations(page), [], `${piece || 'page'} (${lang})`);
      await page.locator('details.embed-policy > summary').click();
      await copySnippet(page, 'element', lang);
      assert.deepEqual(await axeViolations(page), [], `${piece || 'page'} (${lang}), the policy part open, a snippet copied`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
