// The main flows of a visitor and an editor, run in one engine through
// WebDriver (webkit.test.mjs, firefox.test.mjs), on the made-up fixture
// site: the pre-rendered page's own controls with its script refused, the
// page and its takeover, an area toggle, a deep link, the overview,
// `?check`, and an embedded chart. Each asserts what a visitor sees and can
// do; Chromium runs these and many more in tests/e2e.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  start, open, screenshot, appTookOver, normalise, ENGINES, repo, BUNDLE, NL_STATIC, TITLE,
} from './harness.mjs';

/** Whether an element is rendered and takes up room (as a reader sees it):
 *  not in a closed <details>, whose content an engine may still lay out. */
const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
  && el.getBoundingClientRect().height > 0 && (!el.checkVisibility || el.checkVisibility());
const SHOWN = `const shown = ${shown};`;

/** Where every element of the visible page is, as "name x,y wxh" lines, as
 *  tests/e2e/harness.mjs's layout(): the app's page out of sight, chart
 *  drawings and the closed panels' content left out. */
function layout() {
  return [...document.querySelectorAll('body > :not(.resultaten-offstage) > .resultaten *:not(svg, svg *, .area-panel *)')]
    .map((e) => {
      const r = e.getBoundingClientRect();
      const name = `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`;
      return `${name} ${Math.round(r.x)},${Math.round(r.y + window.scrollY)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    });
}

/** Defines the flows for `engine`, a key of ENGINES. `skips` maps a flow's
 *  name to the reason it cannot run in this engine. */
export function flows(engine, { skips = {} } = {}) {
  const label = ENGINES[engine].name;
  let ctx;
  before(async () => { ctx = await start(engine); });
  after(async () => { await ctx?.stop(); });

  const flow = (name, fn) => test(`${label}: ${name}`, skips[name] ? { skip: skips[name] } : {}, async () => {
    try { await fn(ctx.session, ctx.server); } catch (e) {
      const slug = name.toLowerCase().replace(/[^a-z]+/g, '-').slice(0, 40);
      await screenshot(ctx.session, `engines-${engine}-failed-${slug}.png`).catch(() => {});
      throw e;
    }
  });

  flow('the pre-rendered theme page is readable before the app runs, and the app takes it over without moving it', async (s, server) => {
    // The bundle is held back until the test has read the pre-rendered
    // page (a gate, not a timer), so that it is what the visitor has until
    // the app can take over.
    const gate = server.hold(BUNDLE);
    let early;
    try {
      await s.goto('about:blank');
      // Navigating from a script returns at once (a WebDriver navigation
      // would wait for the load event, which the held bundle delays).
      await s.execute((u) => { setTimeout(() => { location.href = u; }, 0); }, server.url + NL_STATIC);
      await s.waitFor(`${SHOWN} return shown(document.querySelector('[data-resultaten-page] h1'));`,
        { what: 'the pre-rendered page', timeout: 20000 });
      // The app has built its page out of sight and waits for the data.
      await s.waitFor(() => document.querySelector('.resultaten-offstage'), { what: 'the app\'s page out of sight', timeout: 20000 });
      await s.execute(() => window.scrollTo(0, 1200));
      early = await s.execute(`const layout = ${layout};
        const page = document.querySelector('[data-resultaten-page]');
        return { h1: page.querySelector('h1').textContent.trim(), text: page.innerText,
          areas: page.querySelectorAll('.result-area').length, tookOver: (${appTookOver})(), layout: layout(), y: scrollY };`);
    } finally {
      gate.release();
    }
    assert.equal(early.tookOver, false, 'the pre-rendered page was seen before the app took over');
    assert.equal(early.h1, TITLE);
    assert.ok(early.areas >= 2, `the result areas are there: ${early.areas}`);
    const text = normalise(early.text);
    for (const f of ['Verzonnen uitgelicht project', 'Resultaatgebied openen', '54.000']) assert.ok(text.includes(f), `pre-rendered text has "${f}"`);
    assert.ok(early.layout.length > 100, `measured ${early.layout.length} elements`);

    await s.waitFor(appTookOver, { what: 'the app to take over', timeout: 30000 });
    await s.cmd('POST', '/execute/async', { script: 'requestAnimationFrame(() => requestAnimationFrame(arguments[0]))', args: [] });
    const after = await s.execute(`const layout = ${layout}; return {
      h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      mains: document.querySelectorAll('[id="main"]').length,
      errors: document.querySelectorAll('.error-panel').length,
      toggles: document.querySelectorAll('summary.area-toggle').length,
      title: document.title, lang: document.documentElement.lang, layout: layout(), y: scrollY };`);
    assert.deepEqual(after.h1s, [TITLE], 'one page, the same heading');
    assert.equal(after.mains, 1, 'no duplicate ids');
    assert.equal(after.errors, 0, 'no error panel');
    assert.ok(after.toggles >= 2, 'area toggles');
    assert.match(after.title, new RegExp(TITLE));
    assert.equal(after.lang, 'nl');
    assert.equal(after.y, early.y, 'scroll position kept');
    const moved = early.layout.filter((b, i) => b !== after.layout[i]).map((b) => `${b}  →  ${after.layout[early.layout.indexOf(b)]}`);
    assert.equal(after.layout.length, early.layout.length, 'the same elements');
    assert.deepEqual(moved.slice(0, 10), [], 'elements that moved or changed size when the app took over');
    await s.execute(() => window.scrollTo(0, 0));
    await screenshot(s, `engines-${engine}-page.png`);
  });

  flow('with the page\'s script refused, each area opens and closes, a chart shows its table, the highlights their chart, and a link opens a closed area', async (s, server) => {
    // The page's own HTML alone: served with a policy that refuses every
    // script (WebDriver's own scripts still run), so the app never starts.
    server.fault(NL_STATIC, { csp: "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:" });
    try {
      await open(s, server.url + NL_STATIC);
      await s.waitForElement('[data-resultaten-page] summary.area-toggle');
      const state = () => s.execute(`${SHOWN}
        const areas = [...document.querySelectorAll('.result-area')].map((a) => ({
          open: a.querySelector('details.area-details').open, panel: shown(a.querySelector('.area-panel')),
          says: shown(a.querySelector('.when-open')) ? 'sluiten' : 'openen' }));
        const fig = document.getElementById('chart-waterpunten');
        return { areas, table: shown(fig.querySelector('table.chart-table')), drawing: shown(fig.querySelector('.chart-drawing')),
          tiles: shown(document.querySelector('.highlight-tiles')), chart: shown(document.querySelector('.highlights-chart')),
          app: !!document.querySelector('.resultaten-offstage') };`);
      const start = await state();
      assert.equal(start.app, false, 'no app');
      assert.deepEqual(start.areas, [{ open: false, panel: false, says: 'openen' }, { open: false, panel: false, says: 'openen' }]);
      for (const i of [0, 1]) {
        const summary = (await s.findAll('summary.area-toggle'))[i];
        await summary.click();
        assert.deepEqual((await state()).areas[i], { open: true, panel: true, says: 'sluiten' }, `area ${i + 1} opens`);
        await summary.click();
        assert.deepEqual((await state()).areas[i], { open: false, panel: false, says: 'openen' }, `area ${i + 1} closes`);
      }
      await (await s.find('summary.area-toggle')).click();
      await s.execute(() => document.getElementById('chart-waterpunten').scrollIntoView());
      await (await s.find('#chart-waterpunten input.chart-show-table')).click();
      let now = await state();
      assert.deepEqual([now.table, now.drawing], [true, false], 'the table');
      await (await s.find('#chart-waterpunten input.chart-show-chart')).click();
      now = await state();
      assert.deepEqual([now.table, now.drawing], [false, true], 'the drawing again');
      await s.execute(() => window.scrollTo(0, 0));
      await (await s.find('input.highlights-show-chart')).click();
      now = await state();
      assert.deepEqual([now.tiles, now.chart], [false, true], 'the highlights as their chart');
      // A link into a closed area, in a fresh page.
      await open(s, `${server.url}${NL_STATIC}#leerlingen`);
      const seen = await s.waitFor(`${SHOWN}
        const t = document.getElementById('leerlingen');
        if (!shown(t)) return null;
        const r = t.getBoundingClientRect();
        return { open: t.closest('details').open, inView: r.top < innerHeight && r.bottom > 0, text: t.innerText };`,
      { what: '#leerlingen shown', timeout: 10000 });
      assert.equal(seen.open, true, 'its area opened');
      assert.ok(seen.inView, 'in view');
      assert.match(seen.text, /Verzonnen: leerlingen met lesmateriaal/);
    } finally {
      server.fault(NL_STATIC, null);
    }
  });

  flow('an area toggle opens the area and closes it again', async (s, server) => {
    await open(s, server.url + NL_STATIC);
    await s.waitFor(appTookOver, { what: 'the app to take over' });
    const toggle = await s.find('#gebied-water summary.area-toggle');
    const state = () => s.execute(`${SHOWN}
      const b = arguments[0];
      const panel = b.closest('details').querySelector('.area-panel');
      return { open: b.closest('details').open, says: shown(b.querySelector('.when-open')) ? 'sluiten' : 'openen',
        panelShown: shown(panel), panelText: panel.innerText.length > 200, hash: location.hash };`, toggle);
    assert.deepEqual(await state(), { open: false, says: 'openen', panelShown: false, panelText: false, hash: '' });
    await toggle.click();
    await s.waitFor((b) => b.closest('details').open, { args: [toggle], what: 'open', timeout: 5000 });
    await s.waitFor(() => location.hash === '#gebied-water', { what: 'the address names the area', timeout: 5000 });
    assert.deepEqual(await state(), { open: true, says: 'sluiten', panelShown: true, panelText: true, hash: '#gebied-water' });
    // A chart in the open area is drawn as it comes near the screen.
    await s.execute(() => document.querySelector('#gebied-water figure.chart')?.scrollIntoView());
    await s.waitFor(() => document.querySelector('#gebied-water .chart-drawing svg:not(.chart-placeholder)'), { what: 'a chart drawn in the open area', timeout: 10000 });
    await s.execute((b) => b.scrollIntoView({ block: 'center' }), toggle);
    await toggle.click();
    await s.waitFor((b) => !b.closest('details').open && location.hash === '', { args: [toggle], what: 'closed, and no fragment', timeout: 5000 });
    const closed = await state();
    assert.deepEqual({ ...closed, panelText: undefined }, { open: false, says: 'openen', panelShown: false, panelText: undefined, hash: '' });
  });

  flow('a deep link to an indicator opens its area with the indicator in view and focused', async (s, server) => {
    const target = 'leraren';
    await open(s, `${server.url}${NL_STATIC}#${target}`);
    await s.waitFor(appTookOver, { what: 'the app to take over' });
    const seen = await s.waitFor(`${SHOWN}
      const t = document.getElementById(arguments[0]);
      if (!shown(t) || !(document.activeElement === t || t.contains(document.activeElement))) return null;
      const r = t.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: innerHeight,
        area: t.closest('.result-area')?.id,
        open: t.closest('.result-area')?.querySelector('details.area-details')?.open };`,
    { args: [target], what: `#${target} shown and focused`, timeout: 15000 });
    assert.equal(seen.area, 'gebied-scholen');
    assert.equal(seen.open, true, 'its area is open');
    assert.ok(seen.top >= 0 && seen.top < seen.height && seen.bottom > 0, `the indicator is in view: ${JSON.stringify(seen)}`);
  });

  flow('the overview lists the themes, and a theme\'s link leads to its page', async (s, server) => {
    await open(s, server.url + '/');
    await s.waitFor(appTookOver, { what: 'the app to take over the overview' });
    const overview = await s.execute(() => ({
      h1: document.querySelector('.overview h1')?.textContent.trim(),
      themes: [...document.querySelectorAll('.overview-theme h2 a')].map((a) => a.textContent.trim()),
    }));
    assert.equal(overview.h1, 'Resultaten per thema');
    assert.ok(overview.themes.includes(TITLE), `the themes: ${overview.themes}`);
    const link = await s.execute((t) => [...document.querySelectorAll('.overview-theme h2 a')].find((a) => a.textContent.trim() === t), TITLE);
    await link.click();
    // A theme's title leads to its newest year.
    const newest = NL_STATIC.replace('/2019/', '/2020/');
    await s.waitFor((p) => location.pathname === p, { args: [newest], what: `the address ${newest}` });
    await s.waitFor(appTookOver, { what: 'the app to take over the theme page' });
    assert.equal(await s.execute(() => document.querySelector('h1')?.textContent.trim()), TITLE);
  });

  flow('?check: choosing a bundle file lists its problems', async (s, server) => {
    await open(s, server.url + '/?check');
    const input = await s.waitForElement('input[type=file]', { timeout: 20000 });
    assert.equal(await s.execute(() => document.querySelector('h1')?.textContent.trim()), 'Bundel controleren');
    // MADE-UP test data with eight problems on purpose (its _comment lists them).
    await input.sendKeys(path.join(repo, 'tests', 'fixtures', 'check', 'broken-made-up.json'));
    const listed = await s.waitFor(() => {
      const items = [...document.querySelectorAll('section.check-file ol.check-problems > li')];
      return items.length === 8 && {
        heading: document.querySelector('section.check-file :is(h2, h3)')?.textContent.trim(),
        paths: items.map((li) => li.querySelector('code')?.textContent ?? ''),
        first: li0(items[0]),
      };
      function li0(li) { return li.querySelector('.check-where').textContent.replace(/\s+/g, ' ').trim(); }
    }, { what: 'eight problems listed', timeout: 15000 });
    assert.equal(listed.heading, 'broken-made-up.json');
    assert.deepEqual(listed.paths, [
      'theme.year', 'highlights[0].indicator', 'resources[0].href', 'result_areas[0].indicators[0].status',
      'result_areas[0].indicators[1].value.value', 'result_areas[1].id', 'result_areas[1].indicators[0].value.value',
      'result_areas[1].indicators[1]',
    ]);
    assert.match(listed.first, /7\D+13/, `line 7, column 13: ${listed.first}`);
  });

  flow('an embedded chart: a host page\'s iframe shows the chart and fits it', async (s, server) => {
    await open(s, server.url + '/__hosts/chart-iframe.html');
    const frame = await s.waitForElement('iframe[data-resultaten-frame]');
    await s.frame(frame);
    try {
      await s.waitFor(appTookOver, { what: 'the app to take over in the frame', timeout: 30000 });
      const piece = await s.waitFor(() => {
        const fig = document.querySelector('#chart-sanitair-per-regio');
        const svg = fig?.querySelector('.chart-drawing svg:not(.chart-placeholder)');
        return svg && {
          charts: document.querySelectorAll('figure.chart').length,
          others: ['.site-header', '.site-footer', '.theme-header', '.highlights', '.result-area']
            .filter((c) => document.querySelector(c)),
          title: fig.querySelector('.chart-title')?.textContent.trim(),
          labels: [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()).filter((t) => /^\d/.test(t)),
          height: document.documentElement.scrollHeight,
        };
      }, { what: 'the chart drawn in the frame', timeout: 15000 });
      assert.equal(piece.charts, 1, 'one chart');
      assert.deepEqual(piece.others, [], 'and nothing else of the page');
      assert.equal(piece.title, 'Verzonnen: sanitair per regio');
      assert.deepEqual(piece.labels, ['12.000', '19.000'], 'Dutch numbers');
      assert.ok(piece.height < 900, `a chart's height, not a page's: ${piece.height}px`);
    } finally {
      await s.frame(null);
    }
    // The loader (embed/resize.js) gives the frame its page's height.
    const fit = await s.waitFor(() => {
      const f = document.querySelector('iframe[data-resultaten-frame]');
      const inner = f.contentDocument?.documentElement.scrollHeight;
      const outer = f.getBoundingClientRect().height;
      return inner && Math.abs(outer - inner) <= 4 && { inner, outer };
    }, { what: 'the frame to fit its page', timeout: 10000 });
    assert.ok(fit.outer > 200, `the frame shows the chart: ${JSON.stringify(fit)}`);
    await screenshot(s, `engines-${engine}-embed.png`);
  });
}
