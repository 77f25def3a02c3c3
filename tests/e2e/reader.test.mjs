// The page as a reader meets it (issue 25), on the made-up fixture site,
// at a phone's and a desktop's size, in Dutch and English: what an area's
// summary opens is on screen, an open area has its way back (and on a phone
// its list of indicators), a linked indicator has its area's title above
// it, high contrast keeps the charts readable and marks each switch's
// chosen side, the highlights' chart holds every highlight as the page
// states it, and the language switch keeps the place read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, newPage, appTookOver, NL_STATIC, EN_STATIC, shotDir, drawEveryChart, isOpen } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [[375, 800], [1280, 900]];
const PAGES = [
  {
    lang: 'nl', path: NL_STATIC, back: 'Terug naar de resultaatgebieden', contents: 'In dit resultaatgebied',
    // The fixture's highlights as its tiles state them.
    stated: ['Meer dan 54.000', 'Ruim 31.000', '1.250', '8.600'],
  },
  {
    lang: 'en', path: EN_STATIC, back: 'Back to the result areas', contents: 'In this result area',
    stated: ['More than 54,000', 'Over 31,000', '1,250', '8,600'],
  },
];

/** What `fn(arg)` measures in the page once the page has come to rest:
 *  the same in two animation frames 100 ms apart (a busy machine may
 *  still be scrolling or laying out when focus has moved). */
async function settled(page, fn, arg) {
  let last = null;
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(fn, arg);
    if (last !== null && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  return last;
}

async function load(page, p, hash = '') {
  await page.goto(server.url + p.path + hash);
  await page.waitForFunction(appTookOver);
}

for (const p of PAGES) {
  for (const [width, height] of SIZES) {
    test(`a toggle scrolled to the top of the screen opens content on screen (${p.lang}, ${width}px)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height });
      await load(page, p);
      const toggles = await page.locator('summary.area-toggle').all();
      assert.equal(toggles.length, 2);
      for (const toggle of toggles) {
        // At the top of what the reader sees: right below the area's title,
        // which stays in view at the top of the screen.
        await toggle.evaluate((b) => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY
          - b.closest('section').querySelector('.result-area-heading').offsetHeight));
        const before = await page.evaluate(() => window.scrollY);
        await toggle.click();
        assert.equal(await toggle.evaluate((t) => t.parentElement.open), true);
        // The first thing the panel shows starts on screen, with room to
        // read it, and the page did not jump.
        const shown = await toggle.evaluate((b) => {
          const panel = b.parentElement.querySelector('.area-panel');
          const first = [...panel.querySelectorAll('*')].find((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0);
          return { top: first?.getBoundingClientRect().top, text: first?.textContent.trim().slice(0, 40) };
        });
        assert.ok(shown.top >= 0 && shown.top < height - 200, `opened content at ${shown.top}px of ${height}: "${shown.text}"`);
        assert.equal(await page.evaluate(() => window.scrollY), before, 'the page stays where it was');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`every open area ends with its way back; on a phone it starts with its indicators (${p.lang}, ${width}px)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height });
      await load(page, p);
      const areas = await page.locator('section.result-area').all();
      assert.equal(areas.length, 2);
      for (const area of areas) {
        await area.locator('summary.area-toggle').click();
        assert.equal(await isOpen(area), true);
        const panel = area.locator('.area-panel');
        const back = panel.locator('.area-end a');
        assert.equal((await back.innerText()).trim(), p.back);
        assert.equal(await panel.evaluate((el) => el.lastElementChild.classList.contains('area-end')), true, 'the way back ends the panel');
        const indicators = await panel.locator('article.indicator').count();
        const contents = panel.getByRole('navigation', { name: new RegExp(`^${p.contents}`) });
        if (indicators > 1 && width < 768) {
          assert.ok(await contents.isVisible(), 'a phone lists the indicators first');
          assert.equal(await contents.getByRole('link').count(), indicators);
          assert.equal(await panel.evaluate((el) => el.querySelector('.area-contents') === [...el.children].find((c) => c.checkVisibility() && !c.matches('.media-caption-only'))), true, 'right at the start');
        } else {
          assert.equal(await contents.count() === 0 || !(await contents.isVisible()), true, 'no list on a desktop');
        }
      }
      // The way back leads to the list of areas.
      const last = page.locator('section.result-area').last().locator('.area-end a');
      await last.click();
      await page.waitForFunction(() => document.activeElement?.id === 'resultaatgebieden');
      const top = await page.locator('#resultaatgebieden').evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(top >= -1 && top < height / 2, `the list of areas at ${top}px`);
      if (p.lang === 'nl') {
        await page.locator('section.result-area').first().locator('.area-end').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(shotDir, `issue25-open-area-${width}.png`) });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`after a tile tap the area's title stays in view above the indicator (${p.lang}, ${width}px)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height });
      await load(page, p);
      const tiles = page.locator('.highlight-tile a');
      assert.equal(await tiles.count(), 4);
      for (let i = 0; i < await tiles.count(); i++) {
        await page.evaluate(() => window.scrollTo(0, 0));
        const tile = tiles.nth(i);
        const id = (await tile.getAttribute('href')).slice(1);
        await tile.click();
        await page.waitForFunction((id) => document.activeElement?.id === id, id);
        const where = await settled(page, (id) => {
          const indicator = document.getElementById(id);
          const title = indicator.closest('.result-area').querySelector('.result-area-heading');
          const t = title.getBoundingClientRect();
          return { title: [t.top, t.bottom], indicator: indicator.getBoundingClientRect().top };
        }, id);
        assert.ok(where.title[0] >= -1 && where.title[1] <= where.indicator + 1 && where.indicator < height / 2,
          `${id}: title ${where.title}, indicator at ${where.indicator}`);
      }
      // A deep link as well, to an area's last indicator.
      await page.goto(server.url + p.path + '#mensen-met-sanitair');
      await page.waitForFunction(appTookOver);
      await page.waitForFunction(() => document.activeElement?.id === 'mensen-met-sanitair');
      const title = await settled(page, () => document.querySelector('#gebied-water .result-area-heading').getBoundingClientRect().top);
      assert.ok(title >= -1 && title < 10, `the area's title at ${title}px`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`"Als grafiek" shows all four highlights with their qualifiers, drawn and in the table (${p.lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await load(page, p);
    // As the tiles state them.
    const tiles = await page.locator('.highlight-link').evaluateAll((as) => as.map((a) => `${a.querySelector('.highlight-before').textContent}${a.querySelector('.highlight-figure').textContent}`.trim()));
    assert.deepEqual(tiles, p.stated);
    await page.locator('input.highlights-show-chart').click();
    const figure = page.locator('.highlights-chart figure.chart');
    await figure.locator('.chart-drawing svg:not(.chart-placeholder)').first().waitFor();
    const drawn = await figure.locator('.chart-drawing svg').first().evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()));
    for (const figureText of p.stated) assert.ok(drawn.includes(figureText), `${figureText} drawn: ${drawn.join(' | ')}`);
    await figure.locator('input.chart-show-table').click();
    const cells = await figure.locator('td.num').allInnerTexts();
    assert.deepEqual(cells.map((c) => c.trim()).sort(), [...p.stated].sort());
    // The accessible summary says them too.
    const summary = await figure.locator('.chart-drawing').getAttribute('aria-label');
    for (const figureText of p.stated) assert.ok(summary.includes(figureText), summary);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

for (const [p, [width, height]] of PAGES.flatMap((p) => SIZES.map((size) => [p, size]))) {
  test(`high contrast, dark: chart text stands out at 4.5:1 and the shown side of each switch is marked (${p.lang}, ${width}px)`, async () => {
    const { page, context, problems } = await newPage(browser, { width, height });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await load(page, p);
    for (const t of await page.locator('summary.area-toggle').all()) await t.click();
    await drawEveryChart(page);
    const pairs = await page.evaluate(() => [...document.querySelectorAll('.chart-drawing svg text')]
      .filter((t) => t.checkVisibility())
      .map((t) => {
        let el = t.closest('.chart-drawing');
        let bg = 'rgba(0, 0, 0, 0)';
        while (el && /rgba\(.*, 0\)|transparent/.test(bg)) {
          bg = getComputedStyle(el).backgroundColor;
          el = el.parentElement;
        }
        if (/rgba\(.*, 0\)|transparent/.test(bg)) bg = getComputedStyle(document.documentElement).backgroundColor;
        return { text: t.textContent.trim(), fill: getComputedStyle(t).fill, bg };
      }));
    assert.ok(pairs.length > 20, `${pairs.length} chart texts`);
    const low = pairs.filter((x) => contrast(x.fill, x.bg) < 4.5);
    assert.deepEqual(low.slice(0, 5), [], `${low.length} chart texts below 4.5:1`);
    // The background is dark: the scheme asked for is what was tested.
    assert.ok(contrast(pairs[0].bg, 'rgb(0, 0, 0)') < 2, `background ${pairs[0].bg}`);
    // Every switch marks its chosen side without colour: the highlights'
    // and each chart's (the highlights' chart is shown), both sides.
    await page.locator('figure.chart').last().locator('input.chart-show-table').check();
    const marks = await page.locator('.switch-label').evaluateAll((ls) => ls.filter((l) => l.checkVisibility())
      .map((l) => [l.control.checked, getComputedStyle(l, '::before').content]));
    assert.equal(marks.length, 2 * (1 + await page.locator('figure.chart').count()));
    assert.equal(marks.filter(([checked]) => checked).length, marks.length / 2, 'one side of each chosen');
    for (const [checked, content] of marks) {
      assert.equal(content.includes('✓'), checked, `${checked}: ${content}`);
    }
    await page.locator('.highlights').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shotDir, `issue25-forced-colours-dark-${p.lang}-${width}.png`) });
    await page.locator('section.result-area figure.chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shotDir, `issue25-forced-colours-dark-area-${p.lang}-${width}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a link to an area moves focus to it without a frame round the whole section', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page, PAGES[0]);
  await page.locator('.area-nav a').last().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'gebied-scholen');
  const outline = await page.locator('#gebied-scholen').evaluate((s) => getComputedStyle(s).outlineStyle);
  assert.equal(outline, 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

// After the takeover: the app sets the language links to carry the place
// read (the pre-rendered page's links lead to the other page's top).
test('switching language keeps the indicator the reader scrolled to, not the top', async () => {
  const { page, context, problems } = await newPage(browser, { width: 375, height: 800 });
  await load(page, PAGES[0]);
  await page.locator('#gebied-water summary.area-toggle').click();
  // Read down to an indicator with the mouse wheel, as a reader does (the
  // browser's own scrolling to a link is not reading), then back up to
  // the language links.
  const down = await page.locator('#mensen-met-sanitair').evaluate((el) => Math.round(el.getBoundingClientRect().top - 100));
  await page.mouse.move(187, 400);
  await page.mouse.wheel(0, down);
  await page.waitForTimeout(400);
  await page.mouse.wheel(0, -down - 2000);
  await page.waitForTimeout(400);
  const english = page.locator('.language-switch').getByRole('link', { name: 'English' });
  assert.equal(new URL(await english.evaluate((a) => a.href)).hash, '#mensen-met-sanitair', 'the link carries the place read');
  await english.click();
  await page.waitForURL(/\/en\//);
  await page.waitForFunction(appTookOver);
  await page.waitForFunction(() => document.activeElement?.id === 'mensen-met-sanitair');
  assert.equal(new URL(page.url()).hash, '#mensen-met-sanitair');
  assert.equal(await isOpen(page.locator('#gebied-water')), true, 'its area open in the other language');
  const top = await page.locator('#mensen-met-sanitair').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 400, `the indicator at ${top}px`);
  assert.deepEqual(problems, []);
  await context.close();
});
