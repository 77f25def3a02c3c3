// Keyboard only: every control is reached with Tab, shows a visible focus
// indicator, and works with Enter and Space; focus is never lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, PAGES } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

async function load(page) {
  await page.goto(server.url + PAGES[0].path);
  await page.locator('h1').waitFor();
}

/** What has focus, and whether a sighted keyboard user can see it. */
const focusState = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
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
  assert.equal(toggles, await page.locator('button.area-toggle').count(), 'every area toggle is a tab stop');
  const tiles = seen.filter((f) => /highlight-link/.test(f.className)).length;
  assert.equal(tiles, await page.locator('.highlight-link').count(), 'every highlight tile is a tab stop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an area toggle opens with Enter and closes with Space, without scrolling or losing focus', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  let f;
  for (let i = 0; i < 100; i++) {
    f = await tab(page);
    if (f && /area-toggle/.test(f.className)) break;
  }
  assert.match(f.className, /area-toggle/, 'reached an area toggle with Tab');
  const state = () => page.evaluate(() => {
    const b = document.activeElement;
    const panel = document.getElementById(b.getAttribute('aria-controls'));
    return { expanded: b.getAttribute('aria-expanded'), panelShown: panel.getBoundingClientRect().height > 0, scrollY: Math.round(window.scrollY), focus: b.className };
  });
  const before = await state();
  assert.equal(before.expanded, 'false');
  await page.keyboard.press('Enter');
  const opened = await state();
  assert.deepEqual({ ...opened, scrollY: 0 }, { expanded: 'true', panelShown: true, scrollY: 0, focus: 'area-toggle' });
  await page.keyboard.press('Space');
  const closed = await state();
  assert.deepEqual(closed, { expanded: 'false', panelShown: false, scrollY: opened.scrollY, focus: 'area-toggle' }, 'Space toggles without scrolling the page');
  await page.keyboard.press('Space');
  assert.equal((await state()).expanded, 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Alles openen" and the print button work from the keyboard', async () => {
  const { page, context, problems } = await newPage(browser);
  await load(page);
  // Record the print call instead of opening a dialogue headless Chromium lacks.
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  const all = page.getByRole('button', { name: 'Alles openen' });
  await all.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('button.area-toggle[aria-expanded="false"]').count(), 0);
  const label = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(label, 'Alles sluiten', 'focus stays on the control, which now closes all');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('button.area-toggle[aria-expanded="true"]').count(), 0);
  // Two print buttons: in the page header, and in place of the seed's PDF
  // link, whose file the seed does not give.
  const prints = page.getByRole('button', { name: 'Print / opslaan als PDF' });
  assert.equal(await prints.count(), 2);
  await prints.first().focus();
  await page.keyboard.press('Enter');
  await prints.last().focus();
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => window.__printed), 2, 'both print the page');
  const pdfItem = page.locator('.resource', { hasText: 'Download PDF-document met alle resultaten' });
  assert.match(await pdfItem.innerText(), /PDF-document is niet beschikbaar in deze publicatie/);
  assert.equal(await pdfItem.getByRole('button', { name: 'Print / opslaan als PDF' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
