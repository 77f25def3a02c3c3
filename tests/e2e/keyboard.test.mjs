// Keyboard only, on the made-up fixture site: every control is reached
// with Tab, shows a visible focus indicator, and works with Enter and
// Space (an area's summary) or the arrow keys and Space (a switch's radio
// buttons); focus is never lost and nothing scrolls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, PAGES, NL_PAGE, changedBundle } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

async function load(page) {
  await page.goto(server.url + PAGES[0].path);
  await page.locator('h1').waitFor();
}

/** What has focus, and whether a sighted keyboard user can see it. A
 *  switch's radio button is laid over its label, transparent: the label
 *  shows its focus (style/main.css), so that is what is measured. */
const focusState = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const shows = el.matches('input.switch-input') ? el.labels[0] : el;
  const cs = getComputedStyle(shows);
  return {
    // Text and place: several controls share a label's first words
    // ("Link kopiëren: Indicatoren in dit resultaatgebied: …").
    key: `${el.tagName.toLowerCase()}#${el.id}.${el.className}|${(el.textContent || '').trim()}@${Math.round(r.top + window.scrollY)}`,
    className: el.className,
    text: (el.textContent || '').trim(),
    visible: el.checkVisibility() && r.width > 0 && r.height > 0,
    inView: r.bottom > 0 && r.top < window.innerHeight,
    indicator: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
    size: [Math.round(r.width), Math.round(r.height)],
  };
};

async function tab(page, key = 'Tab') {
  await page.keyboard.press(key);
  return page.evaluate(focusState);
}

test('the first Tab reaches a visible skip link, which moves focus to main', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  const first = await tab(page);
  assert.match(first.className, /skip-link/);
  assert.ok(first.visible && first.inView && first.indicator, `skip link is visible when focused: ${JSON.stringify(first)}`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab reaches every control, each with a visible focus indicator', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  await page.getByRole('button', { name: 'Alles openen' }).click();
  // Start the walk at the top: focus the skip link as the first Tab would.
  await page.evaluate(() => { window.scrollTo(0, 0); document.querySelector('.skip-link').focus({ focusVisible: true }); });
  const seen = [await page.evaluate(focusState)];
  for (let i = 0; i < 400; i++) {
    const f = await tab(page);
    if (!f || seen.some((s) => s.key === f.key)) break;
    seen.push(f);
  }
  assert.ok(seen.length > 10, `only ${seen.length} tab stops: ${seen.map((s) => s.key).join(' / ')}`);
  const bad = seen.filter((f) => !(f.visible && f.inView && f.indicator)).map((f) => f.key);
  assert.deepEqual(bad, [], 'focused but not visibly so');
  const small = seen.filter((f) => !/skip-link/.test(f.className) && f.className !== '' && (f.size[0] < 24 || f.size[1] < 24)).map((f) => `${f.key} ${f.size}`);
  assert.deepEqual(small, [], 'controls below the 24×24 px target size');
  const reached = (re) => seen.some((f) => re.test(f.text));
  for (const re of [/^Print \/ opslaan als PDF$/, /^Alles sluiten$/]) assert.ok(reached(re), `not reached: ${re}`);
  const toggles = seen.filter((f) => /area-toggle/.test(f.className)).length;
  assert.equal(toggles, await page.locator('summary.area-toggle').count(), 'every area toggle is a tab stop');
  assert.equal(toggles, 2);
  // A switch is one tab stop, its chosen side: the highlights' and each
  // chart's in the areas (the highlights' chart is not shown).
  const switches = seen.filter((f) => /switch-input/.test(f.className));
  assert.equal(switches.length, 1 + 3, `switches reached: ${switches.map((f) => f.key).join(' / ')}`);
  assert.ok(switches.every((f) => /highlights-show-tiles|chart-show-chart/.test(f.className)), 'each at its chosen side');
  const tiles = seen.filter((f) => /highlight-link/.test(f.className)).length;
  assert.equal(tiles, await page.locator('.highlight-link').count(), 'every highlight tile is a tab stop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an area\'s summary opens with Enter and closes with Space, without scrolling or losing focus', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  let f;
  for (let i = 0; i < 100; i++) {
    f = await tab(page);
    if (f && /area-toggle/.test(f.className)) break;
  }
  assert.match(f.className, /area-toggle/, 'reached an area toggle with Tab');
  const state = () => page.evaluate(() => {
    const summary = document.activeElement;
    const details = summary.closest('details.area-details');
    const panel = details.querySelector('.area-panel');
    return { open: details.open, panelShown: panel.checkVisibility(), scrollY: Math.round(window.scrollY), focus: summary.className };
  });
  const before = await state();
  assert.deepEqual([before.open, before.panelShown], [false, false]);
  await page.keyboard.press('Enter');
  const opened = await state();
  assert.deepEqual(opened, { open: true, panelShown: true, scrollY: before.scrollY, focus: 'area-toggle' }, 'Enter opens without scrolling the page');
  await page.keyboard.press('Space');
  const closed = await state();
  assert.deepEqual(closed, { open: false, panelShown: false, scrollY: opened.scrollY, focus: 'area-toggle' }, 'Space closes without scrolling the page');
  await page.keyboard.press('Space');
  assert.deepEqual(await state(), { ...opened }, 'Space opens it again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a switch works with the arrow keys and Space, keeps focus, and scrolls nothing', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  let f;
  for (let i = 0; i < 100; i++) {
    f = await tab(page);
    if (f && /switch-input/.test(f.className)) break;
  }
  assert.match(f.className, /highlights-show-tiles/, 'the first switch reached is the highlights\', at its chosen side');
  const state = () => page.evaluate(() => ({
    focus: document.activeElement.className,
    checked: [...document.querySelectorAll('.highlights-switch input')].map((i) => i.checked),
    tiles: document.querySelector('.highlight-tiles').checkVisibility(),
    chart: document.querySelector('#chart-highlights').checkVisibility(),
    scrollY: Math.round(window.scrollY),
  }));
  const tiles = await state();
  assert.deepEqual({ ...tiles, scrollY: 0 }, { focus: 'switch-input highlights-show-tiles', checked: [true, false], tiles: true, chart: false, scrollY: 0 });
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await state(), { focus: 'switch-input highlights-show-chart', checked: [false, true], tiles: false, chart: true, scrollY: tiles.scrollY }, 'ArrowRight chooses the chart');
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await state(), tiles, 'ArrowLeft chooses the tiles again');
  // Space chooses the side that has focus (as after a click on the other
  // label and Shift+Tab back, or a screen reader's own cursor).
  await page.locator('input.highlights-show-chart').focus();
  assert.deepEqual((await state()).checked, [true, false], 'focus alone chooses nothing');
  await page.keyboard.press('Space');
  assert.deepEqual(await state(), { focus: 'switch-input highlights-show-chart', checked: [false, true], tiles: false, chart: true, scrollY: tiles.scrollY }, 'Space chooses the chart');
  // Enter submits nothing (each switch is a form of method="dialog"): the
  // page stays, and so does the choice.
  await page.evaluate(() => { window.samePage = true; });
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.samePage), true, 'Enter did not reload the page');
  assert.deepEqual((await state()).checked, [false, true]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Alles openen" and the print buttons work from the keyboard', async () => {
  const { page, context, problems } = await newPage(browser);
  // The fixture's page has one print button, in its header; a bundle whose
  // report's PDF is not available (made up here) has a second in its place.
  await changedBundle(page, (b) => {
    b.downloads_and_links = { intro: [], links: [{ title: 'Verzonnen PDF-document met alle resultaten', href: null, alternative: 'print' }] };
  });
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  // Record the print call instead of opening a dialogue headless Chromium lacks.
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  const all = page.getByRole('button', { name: 'Alles openen' });
  await all.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('details.area-details:not([open])').count(), 0);
  assert.equal(await page.locator('details.area-details[open]').count(), 2);
  const label = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(label, 'Alles sluiten', 'focus stays on the control, which now closes all');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('details.area-details[open]').count(), 0);
  // Two print buttons: in the page header, and in place of the PDF
  // link, whose file the bundle does not give.
  const prints = page.getByRole('button', { name: 'Print / opslaan als PDF' });
  assert.equal(await prints.count(), 2);
  await prints.first().focus();
  await page.keyboard.press('Enter');
  await prints.last().focus();
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => window.__printed), 2, 'both print the page');
  const pdfItem = page.locator('.resource', { hasText: 'Verzonnen PDF-document met alle resultaten' });
  assert.match(await pdfItem.innerText(), /PDF-document is niet beschikbaar in deze publicatie/);
  assert.equal(await pdfItem.getByRole('button', { name: 'Print / opslaan als PDF' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
