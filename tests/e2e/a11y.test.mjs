// WCAG 2.1 AA in a real browser: axe-core on every shipped page, areas
// closed and open, wide and narrow; plus the structure axe cannot judge
// (heading levels, one h1, accordion wiring), reflow, zoom and reduced motion.
// The reflow test is the suite's one check that nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, PAGES, BUNDLE, axeViolations, NL_PAGE, showEveryTable, drawEveryChart } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

async function load(page, p) {
  await page.goto(server.url + p.path);
  await page.locator('h1', { hasText: p.title }).waitFor();
}

async function openAll(page) {
  await page.getByRole('button', { name: /^(Alles openen|Open all)$/ }).click();
  const closed = await page.locator('button.area-toggle[aria-expanded="false"]').count();
  assert.equal(closed, 0, 'every area is open after "Alles openen"');
}

for (const p of PAGES) {
  for (const width of [1280, 320]) {
    test(`axe finds nothing (${p.lang}, ${width}px, areas closed, all open, charts as tables)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height: 900 });
      await load(page, p);
      assert.deepEqual(await axeViolations(page), [], `violations with the areas closed`);
      await openAll(page);
      assert.deepEqual(await axeViolations(page), [], `violations with every area open`);
      await showEveryTable(page);
      assert.deepEqual(await axeViolations(page), [], `violations with every chart shown as a table`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`structure: one main, one h1, no skipped heading levels, title and lang from the bundle (${p.lang})`, async () => {
    const { page, context } = await newPage(browser);
    await load(page, p);
    await openAll(page);
    assert.equal(await page.locator('main').count(), 1, 'one main landmark');
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    assert.equal(await page.locator('html').getAttribute('lang'), p.lang);
    assert.ok((await page.title()).startsWith(p.title), `title ${await page.title()}`);
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)]));
    const gaps = [];
    levels.reduce((prev, [level, text]) => {
      if (level > prev + 1) gaps.push(`h${prev} → h${level} at "${text}"`);
      return level;
    }, 0);
    assert.deepEqual(gaps, [], 'heading levels skipped');
    await context.close();
  });

  test(`accordion wiring follows WAI-ARIA and NL Design System (${p.lang})`, async () => {
    const { page, context } = await newPage(browser);
    await load(page, p);
    const toggles = await page.locator('button.area-toggle').all();
    assert.ok(toggles.length >= 2);
    for (const t of toggles) {
      // The toggle follows the area's introduction (issue 25: what it
      // opens starts right below it); the panel is named by the area's
      // heading, and the toggle sits right before the panel.
      const wiring = await t.evaluate((b) => {
        const panel = document.getElementById(b.getAttribute('aria-controls'));
        const label = panel && document.getElementById(panel.getAttribute('aria-labelledby'));
        return {
          expanded: b.getAttribute('aria-expanded'),
          panelRole: panel?.getAttribute('role'),
          hidden: panel?.getAttribute('hidden'),
          labelIsHeading: !!label && /^H[1-6]$/.test(label.parentElement.tagName) && label.closest('section') === b.closest('section'),
          panelFollows: b.nextElementSibling === panel,
        };
      });
      assert.deepEqual(wiring, { expanded: 'false', panelRole: 'region', hidden: 'until-found', labelIsHeading: true, panelFollows: true });
    }
    await context.close();
  });
}

test('find-in-page: a closed panel is searchable and opens on beforematch', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page, PAGES[0]);
  const toggle = page.locator('#migratiesamenwerking .area-toggle');
  const panel = page.locator('#migratiesamenwerking-panel');
  assert.equal(await panel.getAttribute('hidden'), 'until-found');
  // Headless Chromium has no find bar to drive; the browser fires
  // `beforematch` on the hidden=until-found element when find-in-page (or a
  // text fragment) matches inside it. We fire the same event.
  await panel.evaluate((el) => el.dispatchEvent(new Event('beforematch')));
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await panel.getAttribute('hidden'), null);
  assert.ok(await panel.isVisible());
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
    await openAll(page);
    const where = `${p.lang}, ${width}px at ${zoom * 100}% text`;
    assert.deepEqual(await sideways(page), FITS, where);
    // The same with every chart switched to its table.
    await showEveryTable(page);
    assert.deepEqual(await sideways(page), FITS, `${where}, tables shown`);
    await context.close();
  }
  // A chart and an area on their own (only=…, as embedded), at 320 px.
  for (const [id, lang] of [['chart-later-meting-opgegeven-plannen', 'nl'], ['migratiesamenwerking', 'nl'], ['migratiesamenwerking', 'en']]) {
    const { page, context } = await newPage(browser, { width: 320, height: 800 });
    await page.goto(`${server.url}/?theme=opvang-in-de-regio-en-migratiesamenwerking&year=2019&lang=${lang}&only=${id}&embed=1`);
    await page.locator(`[id="${id}"]`).waitFor();
    await drawEveryChart(page);
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
    ['error nl', PAGES[0].path, { status: 500, once: true }],
    ['error en', PAGES[1].path, { status: 500, once: true }],
  ]) {
    const { page, context } = await newPage(browser);
    if (fault) server.fault(fault.path ?? (name.endsWith('en') ? BUNDLE.replace('/nl/', '/en/') : BUNDLE), fault);
    await page.goto(server.url + url);
    await page.locator('h1').waitFor();
    if (fault) await page.locator('details summary').click();
    assert.deepEqual(await axeViolations(page), [], `violations on ${name}`);
    await context.close();
  }
});

for (const p of PAGES) {
  test(`a screen reader hears titles, not actions (${p.lang}): area toggles are named by their title, then their visible words; chart drawings are not read twice; the two resource headings differ`, async () => {
    const { page, context } = await newPage(browser);
    await load(page, p);
    const areas = page.locator('section.result-area');
    const n = await areas.count();
    assert.ok(n > 1);
    for (let i = 0; i < n; i++) {
      const title = (await areas.nth(i).locator('.result-area-title').textContent()).trim();
      // From the accessibility tree, as a screen reader gets it.
      assert.equal(await page.getByRole('heading', { level: 3, name: title, exact: true }).count(), 1, `heading "${title}"`);
      // As GOV.UK's accordion: the name starts with the title and holds
      // the visible words, so "Resultaatgebied openen" said to voice
      // control finds it (WCAG 2.5.3).
      const visible = p.lang === 'nl' ? 'Resultaatgebied openen' : 'Open result area';
      const button = page.getByRole('button', { name: `${title}, ${visible}`, exact: true });
      assert.equal(await button.count(), 1, `toggle named "${title}, ${visible}"`);
      assert.ok(['true', 'false'].includes(await button.getAttribute('aria-expanded')), 'the state is aria-expanded');
    }
    await openAll(page);
    const exposed = await page.locator('.chart-drawing[role="img"] svg:not([aria-hidden="true"])').count();
    assert.equal(exposed, 0, 'every drawing inside role="img" is aria-hidden');
    const resources = await page.getByRole('heading', { level: 2, name: p.lang === 'nl' ? /^Aanvullende bronnen/ : /^Additional resources/ }).evaluateAll((hs) => hs.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal(new Set(resources).size, resources.length, `distinguishable: ${resources.join(' | ')}`);
    await context.close();
  });
}
