// WCAG 2.1 AA in a real browser, on the made-up fixture site: axe-core on
// every theme page, areas closed and open, wide and narrow, charts as
// tables; plus what axe cannot judge: heading levels, one h1, the wiring of
// each area's <details>, and what a screen reader gets from Chromium's
// accessibility tree (a closed panel and a view not chosen are not in it;
// each summary is named by its area's title and its visible words and says
// expanded or collapsed; each switch is a group of radio buttons named by
// its legend, the chosen side checked; names have no space before a colon);
// find-in-page opening a closed area; reflow, zoom and reduced motion.
// The reflow test is the suite's one check that nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  start, newPage, PAGES, BUNDLE, BUNDLE_EN, THEME, axeViolations, NL_PAGE, showEveryTable, drawEveryChart,
  showHighlightsChart, isOpen, changedBundle,
} from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

/** The interface's words each test needs (src/i18n.rs). */
const WORDS = {
  nl: {
    open: 'Resultaatgebied openen', close: 'Resultaatgebied sluiten', openAll: 'Alles openen', view: 'Weergave',
    copyLink: 'Link kopiëren', csv: 'Gegevens downloaden (CSV)', svg: 'Grafiek downloaden (SVG)', embed: 'Insluiten',
    embedPage: 'Pagina insluiten', copy: 'Kopiëren', iframe: 'Als iframe', element: 'In een element van uw pagina',
    switches: [['Als tegels', 'Als grafiek'], ['Grafiek', 'Tabel']], resources: /^Aanvullende bronnen/,
  },
  en: {
    open: 'Open result area', close: 'Close result area', openAll: 'Open all', view: 'View',
    copyLink: 'Copy link', csv: 'Download data (CSV)', svg: 'Download chart (SVG)', embed: 'Embed',
    embedPage: 'Embed this page', copy: 'Copy', iframe: 'As an iframe', element: 'In an element of your page',
    switches: [['As tiles', 'As a chart'], ['Chart', 'Table']], resources: /^Additional resources/,
  },
};

async function load(page, p) {
  await page.goto(server.url + p.path);
  await page.locator('h1', { hasText: p.title }).waitFor();
}

async function openAll(page, p) {
  await page.getByRole('button', { name: WORDS[p.lang].openAll, exact: true }).click();
  const closed = await page.locator('details.area-details:not([open])').count();
  assert.equal(closed, 0, 'every area is open after "Alles openen"');
}

/**
 * Chromium's accessibility tree, as a screen reader gets it (the DevTools
 * protocol's Accessibility.getFullAXTree): `nodes`, the nodes not ignored,
 * each as { role, name, props }; and `of(selector)`, for each element the
 * selector matches (in document order), its node, or null when the element
 * is not in the tree.
 */
async function accessibility(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const tree = new Map();
  for (const n of nodes) {
    if (n.ignored || !n.backendDOMNodeId) continue;
    tree.set(n.backendDOMNodeId, {
      role: n.role?.value,
      name: n.name?.value ?? '',
      props: Object.fromEntries((n.properties ?? []).map((x) => [x.name, x.value.value])),
    });
  }
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const of = async (selector) => {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const found = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      found.push(tree.get(node.backendNodeId) ?? null);
    }
    return found;
  };
  return { nodes: [...tree.values()], of, close: () => cdp.detach() };
}

/** Every switch the reader can see, from the tree: its group's role and
 *  name, its radio buttons' names and which is checked, and which the page
 *  has checked. */
async function switches(page) {
  const ax = await accessibility(page);
  const out = [];
  const forms = await page.locator('form.chart-switch').evaluateAll((fs) => fs.map((f) => ({
    shown: f.checkVisibility(),
    highlights: f.classList.contains('highlights-switch'),
    legend: f.querySelector('legend').textContent.trim(),
    checked: [...f.querySelectorAll('input[type=radio]')].map((i) => i.checked),
  })));
  const groups = await ax.of('form.chart-switch fieldset');
  const radios = await ax.of('form.chart-switch input[type=radio]');
  forms.forEach((f, i) => {
    if (!f.shown) {
      assert.equal(groups[i], null, `a switch not shown is not in the tree: ${f.legend}`);
      return;
    }
    const [a, b] = [radios[2 * i], radios[2 * i + 1]];
    out.push({
      highlights: f.highlights,
      legend: f.legend,
      group: groups[i] && { role: groups[i].role, name: groups[i].name },
      radios: [a, b].map((r) => r && { role: r.role, name: r.name, checked: r.props.checked }),
      checked: f.checked.map((c) => String(c)),
    });
  });
  await ax.close();
  return out;
}

for (const p of PAGES) {
  for (const width of [1280, 320]) {
    test(`axe finds nothing (${p.lang}, ${width}px, areas closed, all open, charts as tables)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height: 900 });
      await load(page, p);
      assert.deepEqual(await axeViolations(page), [], `violations with the areas closed`);
      await openAll(page, p);
      assert.deepEqual(await axeViolations(page), [], `violations with every area open`);
      await showEveryTable(page);
      assert.ok(await page.locator('table.chart-table').first().isVisible(), 'the tables are shown');
      assert.deepEqual(await axeViolations(page), [], `violations with every chart shown as a table`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`structure: one main, one h1, no skipped heading levels, title and lang from the bundle (${p.lang})`, async () => {
    const { page, context } = await newPage(browser);
    await load(page, p);
    await openAll(page, p);
    assert.equal(await page.locator('main').count(), 1, 'one main landmark');
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    assert.equal(await page.locator('html').getAttribute('lang'), p.lang);
    assert.ok((await page.title()).startsWith(p.title), `title ${await page.title()}`);
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)]));
    assert.ok(levels.some(([l]) => l === 5), 'the indicators\' headings (h5) are among those checked');
    const gaps = [];
    levels.reduce((prev, [level, text]) => {
      if (level > prev + 1) gaps.push(`h${prev} → h${level} at "${text}"`);
      return level;
    }, 0);
    assert.deepEqual(gaps, [], 'heading levels skipped');
    await context.close();
  });

  test(`each area is a <details>: its summary follows the area's introduction, its panel is a region named by the area's heading (${p.lang})`, async () => {
    const { page, context } = await newPage(browser);
    await load(page, p);
    const areas = await page.locator('section.result-area').all();
    assert.equal(areas.length, 2, 'the fixture\'s two areas');
    for (const area of areas) {
      // The toggle follows the area's introduction (issue 25: what it
      // opens starts right below it); the panel is named by the area's
      // heading and follows the toggle; the state is the platform's.
      const wiring = await area.evaluate((section) => {
        const details = section.querySelector(':scope > details.area-details');
        const summary = details?.firstElementChild;
        const panel = summary?.nextElementSibling;
        const label = panel && document.getElementById(panel.getAttribute('aria-labelledby'));
        return {
          id: details?.id,
          open: details?.open,
          afterLead: details?.previousElementSibling?.classList.contains('result-area-lead'),
          summary: summary?.tagName === 'SUMMARY' && summary.classList.contains('area-toggle'),
          stateAttribute: summary?.getAttribute('aria-expanded') ?? null,
          panelRole: panel?.classList.contains('area-panel') ? panel.getAttribute('role') : null,
          labelIsHeading: !!label && /^H[1-6]$/.test(label.parentElement.tagName) && label.closest('section') === section,
        };
      });
      const id = await area.getAttribute('id');
      assert.deepEqual(wiring, {
        id: `${id}-panel`, open: false, afterLead: true, summary: true, stateAttribute: null, panelRole: 'region', labelIsHeading: true,
      }, id);
    }
    await context.close();
  });

  test(`a screen reader hears titles, not actions (${p.lang}): each summary is "<title>, <visible words>" and says collapsed or expanded; a closed panel is not in the tree, an open one is a region named by its title`, async () => {
    const { page, context, problems } = await newPage(browser);
    await load(page, p);
    const w = WORDS[p.lang];
    const areas = page.locator('section.result-area');
    const n = await areas.count();
    assert.equal(n, 2);
    const titles = [];
    for (let i = 0; i < n; i++) {
      const title = (await areas.nth(i).locator('.result-area-title').textContent()).trim();
      titles.push([await areas.nth(i).getAttribute('id'), title]);
      assert.equal(await page.getByRole('heading', { level: 3, name: title, exact: true }).count(), 1, `heading "${title}"`);
    }
    // As GOV.UK's accordion: the name starts with the title and holds the
    // visible words, so "Resultaatgebied openen" said to voice control
    // finds it (WCAG 2.5.3); the state is the platform's, announced.
    const heard = async (openNow) => {
      const ax = await accessibility(page);
      const out = [];
      for (const [id, title] of titles) {
        const [summary] = await ax.of(`#${id} summary.area-toggle`);
        const [panel] = await ax.of(`#${id} .area-panel`);
        out.push({
          summary: summary && { role: summary.role, name: summary.name, expanded: summary.props.expanded },
          panel: panel && { role: panel.role, name: panel.name },
          regions: ax.nodes.filter((x) => x.role === 'region' && x.name === title).length,
        });
        assert.equal(await isOpen(page.locator(`#${id}`)), openNow);
      }
      await ax.close();
      return out;
    };
    assert.deepEqual(await heard(false), titles.map(([, title]) => ({
      summary: { role: 'DisclosureTriangle', name: `${title}, ${w.open}`, expanded: false },
      panel: null,
      regions: 0,
    })), 'closed: collapsed, and the panel is neither a region nor in the tree');
    for (const [id] of titles) await page.locator(`#${id} summary.area-toggle`).click();
    assert.deepEqual(await heard(true), titles.map(([, title]) => ({
      summary: { role: 'DisclosureTriangle', name: `${title}, ${w.close}`, expanded: true },
      panel: { role: 'region', name: title },
      regions: 1,
    })), 'open: expanded, and the panel is a region named by the area\'s title');
    const exposed = await page.locator('.chart-drawing[role="img"] svg:not([aria-hidden="true"])').count();
    assert.equal(exposed, 0, 'every drawing inside role="img" is aria-hidden');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`each switch is a group of radio buttons named by its legend, the chosen side checked; the view not chosen is not in the tree (${p.lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await load(page, p);
    await openAll(page, p);
    const w = WORDS[p.lang];
    const expected = (list) => list.map((s) => ({
      highlights: s.highlights,
      legend: s.legend,
      group: { role: 'group', name: s.legend },
      radios: w.switches[s.highlights ? 0 : 1].map((name, i) => ({ role: 'radio', name, checked: s.checked[i] })),
      checked: s.checked,
    }));
    // Tiles and every chart shown: the highlights' switch and each chart's.
    let seen = await switches(page);
    assert.equal(seen.length, 1 + 3, 'the highlights\' switch and the three charts\' in the areas (the highlights\' chart is not shown)');
    assert.deepEqual(seen, expected(seen));
    assert.ok(seen.every((s) => s.legend.startsWith(`${w.view}: `)), 'each legend names what it switches');
    assert.deepEqual(seen.map((s) => s.checked), seen.map(() => ['true', 'false']), 'the first side is chosen at first');
    const ax = await accessibility(page);
    assert.notEqual((await ax.of('ul.highlight-tiles'))[0], null, 'the tiles are in the tree');
    assert.equal((await ax.of('.highlights-chart figure.chart'))[0], null, 'the chart not chosen is not');
    await ax.close();
    // The chart chosen, and every chart as its table.
    await showHighlightsChart(page);
    await showEveryTable(page);
    seen = await switches(page);
    assert.equal(seen.length, 2 + 3, 'the highlights\' chart and its switch are shown now');
    assert.deepEqual(seen, expected(seen));
    assert.deepEqual(seen.map((s) => s.checked), seen.map(() => ['false', 'true']), 'the second side is chosen now');
    const after = await accessibility(page);
    // The hidden tile list is not announced: neither the list nor its links.
    assert.equal((await after.of('ul.highlight-tiles'))[0], null, 'the tiles, not chosen, are not in the tree');
    const tileNames = await page.locator('.highlight-link').evaluateAll((as) => as.map((a) => a.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal(tileNames.length, 4);
    assert.deepEqual(after.nodes.filter((x) => x.role === 'link' && tileNames.includes(x.name)).map((x) => x.name), [], 'no tile link is announced');
    assert.notEqual((await after.of('.highlights-chart figure.chart'))[0], null, 'the chart is in the tree');
    // A chart shown as its table: the table in the tree, the drawing not.
    assert.deepEqual((await after.of('figure.chart .chart-drawing')).map((x) => x === null), [true, true, true, true], 'no drawing of a chart shown as its table');
    assert.deepEqual((await after.of('figure.chart table.chart-table')).map((x) => x?.role), ['table', 'table', 'table', 'table']);
    await after.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`names have no space before a colon, and each control is named after what it acts on (${p.lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await load(page, p);
    await openAll(page, p);
    await showHighlightsChart(page);
    const w = WORDS[p.lang];
    // The name each control should have, from what the page shows it acts
    // on, written on the control (data-expected-name) to compare in order.
    const marked = await page.evaluate((w) => {
      const text = (el, sel) => el.querySelector(sel).textContent.trim();
      const chart = (el) => text(el.closest('figure.chart'), '.chart-title');
      const expect = (sel, name) => document.querySelectorAll(sel).forEach((el) => { el.dataset.expectedName = name(el); });
      expect('.indicator > .copy-link .copy-link-button', (el) => `${w.copyLink}: ${text(el.closest('article'), '.indicator-title')}`);
      expect('figure.chart .copy-link-button', (el) => `${w.copyLink}: ${chart(el)}`);
      expect('figure.chart .chart-download-csv', (el) => `${w.csv}: ${chart(el)}`);
      expect('figure.chart .chart-download-svg', (el) => `${w.svg}: ${chart(el)}`);
      expect('figure.chart > p.embed-control > a.embed-link', (el) => `${w.embed}: ${chart(el)}`);
      expect('section.result-area > p.embed-control > a.embed-link', (el) => `${w.embed}: ${text(el.closest('section'), '.result-area-title')}`);
      expect('main article.theme > p.embed-control > a.embed-link', () => w.embedPage);
      return document.querySelectorAll('[data-expected-name]').length;
    }, w);
    // 5 indicators and 4 charts with "Link kopiëren", 4 charts with two
    // downloads and the link "Insluiten", 2 areas and the page with
    // "Insluiten".
    assert.equal(marked, 5 + 4 + 4 * 3 + 2 + 1, 'the controls named after what they act on');
    const ax = await accessibility(page);
    const stray = ax.nodes.filter((x) => /\s:/.test(x.name)).map((x) => `${x.role} "${x.name}"`);
    assert.deepEqual(stray, [], 'names with a space before a colon');
    const got = (await ax.of('[data-expected-name]')).map((x) => x?.name ?? null);
    assert.deepEqual(got, await page.locator('[data-expected-name]').evaluateAll((els) => els.map((el) => el.dataset.expectedName)));
    await ax.close();
    // The snippets' copy buttons, on the page "Insluiten" leads to, each
    // named after its snippet (src/i18n.rs, EmbedStrings).
    const snippets = { nl: { copy: 'Kopiëren', iframe: 'Als kader (iframe)', element: 'In een element van uw pagina' },
      en: { copy: 'Copy', iframe: 'As a frame (iframe)', element: 'In an element of your page' } }[p.lang];
    await page.locator('#gebied-water > p.embed-control > a.embed-link').click();
    await page.locator('#resultaten-snippet-element').waitFor();
    await page.waitForFunction(() => document.querySelector('#resultaten-snippet-element').value.length > 0);
    const open = await accessibility(page);
    assert.deepEqual((await open.of('.snippets-page .embed-copy')).map((x) => x?.name),
      [`${snippets.copy}: ${snippets.iframe}`, `${snippets.copy}: ${snippets.element}`]);
    assert.deepEqual((await open.of('.snippets-page textarea.embed-code')).map((x) => x?.name), [snippets.iframe, snippets.element], 'each snippet named by its label');
    assert.deepEqual(open.nodes.filter((x) => /\s:/.test(x.name)).map((x) => x.name), [], 'names with a space before a colon, on the snippets page');
    await open.close();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('find-in-page: text in a closed area is found, and opens it in the app', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page, PAGES[0]);
  const area = page.locator('#gebied-scholen');
  assert.equal(await isOpen(area), false);
  await page.evaluate(() => { window.sameDocument = true; });
  // Headless Chromium has no find bar to drive; a text fragment is found
  // and shown by the same search (Chromium opens the <details> holding
  // the match, as it does for find-in-page).
  const words = 'Verzonnen uitleg: over deze testindicator zijn geen cijfers.';
  await page.goto(`${server.url}${NL_PAGE}#:~:text=${encodeURIComponent(words)}`);
  await page.waitForFunction(() => document.querySelector('#gebied-scholen-panel').open);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the app\'s page, not a new load');
  assert.ok(await area.getByText(words).isVisible(), 'the text found is shown');
  assert.ok(await area.locator('.area-panel').isVisible());
  assert.equal(await isOpen(page.locator('#gebied-water')), false, 'the other area stays closed');
  assert.deepEqual(problems, []);
  await context.close();
});

/** What sticks out sideways: how far the page scrolls sideways, the
 *  first elements past the screen's right edge, and charts wider than
 *  their figure. */
const sideways = (page) => page.evaluate(() => {
  const vw = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('main *')]
    .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > vw + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  const charts = [...document.querySelectorAll('.chart-drawing svg')]
    .filter((svg) => svg.getBoundingClientRect().width > svg.closest('figure').getBoundingClientRect().width + 1).length;
  return { overflow: document.documentElement.scrollWidth - vw, wide: wide.slice(0, 5), charts };
});
const FITS = { overflow: 0, wide: [], charts: 0 };

// The one place that checks sideways scrolling: the page in both
// languages on the narrowest screen, zoomed text, and a piece on its own.
test('reflow: 320px wide and 200% text zoom need no horizontal scrolling; charts fit', async () => {
  for (const [p, width, zoom] of [[PAGES[0], 320, 1], [PAGES[1], 320, 1], [PAGES[0], 1280, 2], [PAGES[0], 640, 2]]) {
    const { page, context } = await newPage(browser, { width, height: 800 });
    await load(page, p);
    // Text zoom as the browser setting does it: the root font size grows.
    if (zoom !== 1) await page.evaluate((z) => { document.documentElement.style.fontSize = `${z * 100}%`; }, zoom);
    await openAll(page, p);
    const where = `${p.lang}, ${width}px at ${zoom * 100}% text`;
    assert.deepEqual(await sideways(page), FITS, where);
    // The same with every chart switched to its table.
    await showEveryTable(page);
    assert.deepEqual(await sideways(page), FITS, `${where}, tables shown`);
    await context.close();
  }
  // A chart and an area on their own (only=…, as embedded), at 320 px.
  for (const [id, lang] of [['chart-sanitair-per-regio', 'nl'], ['gebied-water', 'nl'], ['gebied-water', 'en']]) {
    const { page, context } = await newPage(browser, { width: 320, height: 800 });
    await page.goto(`${server.url}/?theme=${THEME}&year=2019&lang=${lang}&only=${id}&embed=1`);
    await page.locator(`[id="${id}"]`).waitFor();
    await drawEveryChart(page);
    assert.ok(await page.locator('figure.chart').count() >= 1, `${id}: a chart to check`);
    assert.deepEqual(await sideways(page), FITS, `${id} (${lang}) on its own`);
    await showEveryTable(page);
    assert.deepEqual(await sideways(page), FITS, `${id} (${lang}) on its own, tables shown`);
    await context.close();
  }
});

test('reduced motion: the loading spinner stops turning', async () => {
  const { page, context } = await newPage(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  server.fault(BUNDLE, { delayMs: 1500, once: true });
  await page.goto(server.url + NL_PAGE);
  const spinner = page.locator('.loading-spinner');
  await spinner.waitFor();
  const duration = await spinner.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
  assert.ok(duration < 0.01, `animation lasts ${duration}s with reduced motion`);
  await context.close();
});

test('axe finds nothing on the overview, "not found" and an error, in both languages', async () => {
  for (const [name, url, fault] of [
    ['overview nl', '/', null],
    ['overview en', '/?lang=en', null],
    ['not found nl', '/?theme=bestaat-niet&year=2019&lang=nl', null],
    ['not found en', '/?theme=does-not-exist&year=2019&lang=en', null],
    ['error nl', PAGES[0].path, { path: BUNDLE, status: 500, once: true }],
    ['error en', PAGES[1].path, { path: BUNDLE_EN, status: 500, once: true }],
  ]) {
    const { page, context } = await newPage(browser);
    if (fault) server.fault(fault.path, fault);
    await page.goto(server.url + url);
    await page.locator('h1').waitFor();
    if (fault) await page.locator('details summary').click();
    assert.deepEqual(await axeViolations(page), [], `violations on ${name}`);
    await context.close();
  }
});

// The fixture has one list of resources under its own heading; a bundle
// with downloads and links at the end has a second one (made up here).
for (const p of PAGES) {
  test(`the two resource headings differ (${p.lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await changedBundle(page, (b) => {
      b.downloads_and_links = { intro: [], links: [{ title: p.lang === 'nl' ? 'Verzonnen document' : 'Made-up document', href: null }] };
    }, p.lang);
    await load(page, p);
    const resources = await page.getByRole('heading', { level: 2, name: WORDS[p.lang].resources }).evaluateAll((hs) => hs.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal(resources.length, 2, `two resource headings: ${resources.join(' | ')}`);
    assert.equal(new Set(resources).size, resources.length, `distinguishable: ${resources.join(' | ')}`);
    assert.deepEqual(await axeViolations(page), [], 'violations with both lists');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
