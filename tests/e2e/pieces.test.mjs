// One chart or one result area on its own (`only=<id>`, issue 15), the
// "Insluiten" control that gives the snippets, and those snippets at work
// on host pages (tests/e2e/hosts/) under the strict policy. On the made-up
// fixture site (tests/fixtures/site/).
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

/** A snippet's text, once the loader has written it (on the disclosure's
 *  `toggle` event, which comes a moment after the click). */
async function snippet(control, label) {
  const code = control.getByLabel(label, { exact: true });
  await code.evaluate((el) => new Promise((resolve) => {
    const check = () => (el.value ? resolve() : setTimeout(check, 20));
    check();
  }));
  return code.inputValue();
}
const AREA = 'gebied-water';
const AREA_TITLE = { nl: 'Verzonnen gebied water', en: 'Made-up area water' };
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

test('"Insluiten" gives the snippets; "Kopiëren" copies the exact one, and the copied snippet works on a page', async () => {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  const control = page.locator(`#${AREA} > details.embed-control`);
  assert.equal(await control.locator('summary').getAttribute('aria-label'), `Insluiten: ${AREA_TITLE.nl}`);
  await control.locator('summary').click();
  // The app's published address: without SITE_URL at build time, the
  // address the page was read from (with it, addresses.test.mjs).
  const app = `${server.url}/`;
  // The iframe points at the area's pre-rendered embed page, with the
  // heights the build measured for it.
  const expected = `<iframe data-resultaten-frame title="${AREA_TITLE.nl}" src="${app}nl/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA)}></iframe>\n`
    + `<script src="${app}embed/resize.js"></script>`;
  assert.equal(await snippet(control, 'Als iframe'), expected);
  assert.equal(await snippet(control, 'In een element van uw pagina'),
    // Inside the element, a link to the area for a host where mount.js
    // cannot run.
    `<div data-resultaten data-theme="${THEME}" data-year="2019" data-lang="nl" data-only="${AREA}">`
    + `<a href="${app}nl/2019/${THEME}/#${AREA}">${AREA_TITLE.nl}</a></div>\n`
    + `<script type="module" src="${app}embed/mount.js"></script>`);
  await control.getByRole('button', { name: 'Kopiëren: Als iframe', exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.embed-copy-status')].some((s) => s.textContent === 'Gekopieerd'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  // Every chart offers it too; print leaves it out.
  assert.ok(await page.locator('figure.chart details.embed-control').count() >= 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await control.isVisible(), false, 'not in print');
  assert.deepEqual(problems, []);
  await context.close();

  // The copied snippet, pasted into a page of its own (with the test
  // server's address for the published one).
  const pasted = expected.replaceAll(app, `${server.url}/`);
  const host = await newPage(browser);
  await host.page.goto(server.url + '/__hosts/host.css');
  await host.page.setContent(`<!DOCTYPE html><html lang="nl"><head><title>Geplakt</title></head><body><p>Host</p>${pasted}</body></html>`);
  const frame = host.page.frameLocator('iframe[data-resultaten-frame]');
  await frame.locator(`#${AREA} .indicator`).first().waitFor();
  await host.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  await host.context.close();
});

test('at the app\'s own address, the snippets point at the folder the app is served from', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(`${server.url}/?theme=${THEME}&year=2019&lang=nl`);
  const control = page.locator(`#${AREA} > details.embed-control`);
  await control.locator('summary').click();
  assert.equal(await snippet(control, 'Als iframe'),
    `<iframe data-resultaten-frame title="${AREA_TITLE.nl}" src="${server.url}/nl/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA)}></iframe>\n`
    + `<script src="${server.url}/embed/resize.js"></script>`);
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 26: the snippets of the English page are English, and point at
// the English pages, with the heights measured for them.
test('"Embed" on the English page gives the English snippets; "Copy" copies the exact one', async () => {
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url + EN_STATIC);
  await page.waitForFunction(appTookOver);
  const control = page.locator(`#${AREA} > details.embed-control`);
  await control.locator('summary').click();
  assert.match(await control.locator('summary').textContent(), /^Embed/);
  const app = `${server.url}/`;
  const expected = `<iframe data-resultaten-frame title="${AREA_TITLE.en}" src="${app}en/2019/${THEME}/embed/${AREA}/"${FULL_WIDTH}${measuredHeights(AREA, 'en')}></iframe>\n`
    + `<script src="${app}embed/resize.js"></script>`;
  assert.equal(await snippet(control, 'As an iframe'), expected);
  assert.equal(await snippet(control, 'In an element of your page'),
    `<div data-resultaten data-theme="${THEME}" data-year="2019" data-lang="en" data-only="${AREA}">`
    + `<a href="${app}en/2019/${THEME}/#${AREA}">${AREA_TITLE.en}</a></div>\n`
    + `<script type="module" src="${app}embed/mount.js"></script>`);
  assert.equal(await control.locator('summary').getAttribute('aria-label'), `Embed: ${AREA_TITLE.en}`);
  await control.getByRole('button', { name: 'Copy: As an iframe', exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.embed-copy-status')].some((s) => s.textContent === 'Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  // The whole page's snippet, too, is the English page's.
  const whole = page.locator('article.theme > details.embed-control');
  await whole.locator('summary').click();
  assert.match(await snippet(whole, 'As an iframe'), new RegExp(`title="Made-up theme" src="${app}en/2019/${THEME}/embed/"`));
  assert.deepEqual(problems, []);
  await context.close();
});

// "Insluiten" is the app's: on the pre-rendered page before the takeover
// it keeps its place, hidden and out of reach (nothing moves when the app
// shows it); then it gives the snippets; without script it takes no place.
test('"Insluiten" keeps its place before the takeover, hidden and not focusable, works after it, and is left out without script', async () => {
  await withWasmHeldBack(server, async (wasm) => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC, { waitUntil: 'domcontentloaded' });
    await wasm.requested;
    const summary = page.locator(`[data-resultaten-page] #${AREA} > details.embed-control > summary`);
    const early = await summary.evaluate((s) => {
      const r = s.getBoundingClientRect();
      s.focus();
      return { visibility: getComputedStyle(s).visibility, width: r.width, height: r.height, x: r.x, y: r.y + scrollY, focused: document.activeElement === s };
    });
    assert.equal(early.visibility, 'hidden', 'hidden before the takeover');
    assert.ok(early.width > 0 && early.height > 0, 'its place is kept');
    assert.equal(early.focused, false, 'not focusable');
    assert.equal(await summary.isVisible(), false);
    // Clicked where it will be: nothing opens before the app.
    await page.mouse.click(early.x + early.width / 2, early.y - (await page.evaluate(() => scrollY)) + early.height / 2);
    assert.equal(await page.locator(`[data-resultaten-page] #${AREA} > details.embed-control`).evaluate((d) => d.open), false, 'not opened before the app');
    assert.ok(await page.locator('[data-resultaten-page]').count(), 'before the takeover');
    wasm.release();
    await page.waitForFunction(appTookOver, null, { timeout: 30000 });
    const taken = page.locator(`#${AREA} > details.embed-control`);
    const late = await taken.locator('summary').evaluate((s) => { const r = s.getBoundingClientRect(); return { x: r.x, y: r.y + scrollY }; });
    assert.deepEqual(late, { x: early.x, y: early.y }, 'the same place after the takeover');
    await taken.locator('summary').click();
    assert.equal(await taken.evaluate((d) => d.open), true);
    assert.match(await snippet(taken, 'Als iframe'), new RegExp(`/embed/${AREA}/`));
    assert.deepEqual(problems, []);
    await context.close();
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + NL_STATIC);
  await page.locator('h1').waitFor();
  assert.ok(await page.locator('details.embed-control').count() > 0, 'in the static page');
  assert.equal(await page.locator('details.embed-control').evaluateAll((ds) => ds.filter((d) => d.getClientRects().length > 0).length), 0,
    'without script no "Insluiten" keeps a place');
  await context.close();
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

/** The iframe snippets "Insluiten" gives for the whole page ('page') and
 *  the chart and area of these tests, with the test server's address for
 *  the published one; collected once, for every test that pastes them. */
let snippetsCopied;
const copiedIframeSnippets = () => (snippetsCopied ??= copyIframeSnippets());
async function copyIframeSnippets() {
  const { page, context, problems } = await newPage(browser);
  // The link to the chart opens its area.
  await page.goto(`${server.url}${NL_STATIC}#${CHART}`);
  await page.waitForFunction(appTookOver);
  const app = `${server.url}/`;
  const snippets = {};
  for (const [key, control] of [
    ['page', page.locator('article.theme > details.embed-control')],
    [CHART, page.locator(`#${CHART} details.embed-control`)],
    [AREA, page.locator(`#${AREA} > details.embed-control`)],
  ]) {
    await control.locator('summary').click();
    snippets[key] = (await snippet(control, 'Als iframe')).replaceAll(app, `${server.url}/`);
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
    await page.goto(site.url + NL_STATIC);
    await page.waitForFunction(appTookOver);
    const control = page.locator(`#${AREA} > details.embed-control`);
    await control.locator('summary').click();
    const code = await snippet(control, 'Als iframe');
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

// Issue 25: "Insluiten" says what the host must allow for each snippet, and
// an area's how tall it is on a phone, from the build's measured heights.
for (const [lang, path, words] of [
  ['nl', NL_STATIC, { embed: 'Insluiten', iframe: 'Als iframe', element: 'In een element van uw pagina', height: /^Op een telefoon \(360 pixels breed\) is dit resultaatgebied ongeveer (\d{1,2}\.\d00|\d00) pixels hoog\./ }],
  ['en', `/en/2019/${THEME}/`, { embed: 'Embed', iframe: 'As an iframe', element: 'In an element of your page', height: /^On a phone \(360 pixels wide\) this result area is about (\d{1,2},\d00|\d00) pixels tall\./ }],
]) {
  test(`"Insluiten" names what the host site must allow, and an area's height on a phone (${lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + path);
    await page.waitForFunction(appTookOver);
    const control = page.locator(`details.embed-control[data-only="${AREA}"]`);
    await control.locator('summary').click();
    await snippet(control, words.iframe);
    const described = (label) => control.getByLabel(label, { exact: true }).evaluate((t) => document.getElementById(t.getAttribute('aria-describedby'))?.textContent ?? '');
    const iframe = await described(words.iframe);
    const element = await described(words.element);
    assert.match(iframe, /Content-Security-Policy/);
    assert.match(iframe, /frame-src/);
    assert.match(iframe, /script-src/);
    for (const needed of ['Content-Security-Policy', 'script-src', "'wasm-unsafe-eval'", 'style-src', 'connect-src', 'CORS']) {
      assert.ok(element.includes(needed), `${lang}: the element's needs name ${needed}: ${element}`);
    }
    assert.ok(await control.getByText(iframe).isVisible(), 'shown, not only read out');
    assert.doesNotMatch(await control.textContent(), /strict|strikt/, 'no vague promise');
    const note = (await control.locator('.embed-height').textContent()).trim();
    const m = note.match(words.height);
    assert.ok(m, `${lang}: ${note}`);
    const at360 = heightsOf(AREA, lang).find(([w]) => w === 360)[1];
    assert.equal(Number(m[1].replace(/[.,]/g, '')), Math.round(at360 / 100) * 100, `${lang}: the measured ${at360}px`);
    // A chart's "Insluiten" has no such note.
    assert.equal(await page.locator(`#${CHART} details.embed-control .embed-height`).count(), 0);
    // The summary shows a disclosure triangle, turned when open, which is
    // not read out as part of its name.
    const marker = await control.locator('summary').evaluate((s) => getComputedStyle(s, '::before').content);
    assert.match(marker, /▾/);
    assert.equal(await page.locator(`#${CHART} details.embed-control summary`).evaluate((s) => getComputedStyle(s, '::before').content).then((c) => /▸/.test(c)), true);
    assert.match(await control.locator('summary').evaluate((s) => s.textContent), new RegExp(`^${words.embed}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
