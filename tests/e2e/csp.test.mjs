// Strict security policy and privacy: the app runs under the policy of
// issue 6 without a single violation, and no request leaves the origin,
// on the theme page and on the snippets page its "Insluiten" leads to (the
// editors' app, with its preview of the piece);
// it needs the policy's 'wasm-unsafe-eval', and without it the page says
// so in a way the tests see and stays readable. On the made-up fixture
// site (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, appTookOver, isOpen, NL_PAGE, NL_STATIC, showEveryTable } from './harness.mjs';
import { STRICT_CSP } from './server.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

/** What the policy would have had to allow: inline scripts and styles.
 *  A height set through the CSSOM (the snippets page's preview frame, as
 *  embed/resize.js sizes a pasted one) is no inline style: the policy
 *  allows it, and it is all such a frame may carry. */
const inline = (frame) => frame.evaluate(() => ({
  scripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/json').length,
  styleAttributes: [...document.querySelectorAll('[style]')]
    .filter((el) => !(el.matches('iframe.embed-preview') && /^height: \d+px;$/.test(el.getAttribute('style')))).length,
  styleElements: document.querySelectorAll('style').length,
}));
const NOTHING_INLINE = { scripts: 0, styleAttributes: 0, styleElements: 0 };

for (const [where, address] of [['query address', NL_PAGE], ['pre-rendered page, taken over', NL_STATIC]]) {
  test(`the app runs under the strict policy, with no violation in any feature (${where})`, async () => {
    const { page, context, problems } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url + address);
    await page.locator('h1').waitFor();
    await page.waitForFunction(appTookOver);
    // Use everything: open all, tables, downloads, copy a link, "Over de
    // jaren", a deep link, print media; then "Insluiten" and a snippet's
    // copy on the page it leads to.
    await page.getByRole('button', { name: 'Alles openen' }).click();
    await showEveryTable(page);
    await Promise.all([page.waitForEvent('download'), page.locator('button.chart-download-csv').first().click()]);
    await Promise.all([page.waitForEvent('download'), page.locator('button.chart-download-svg').first().click()]);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle indicatoren downloaden (CSV)' }).click()]);
    const copy = page.locator('#waterpunten > .copy-link');
    await copy.locator('button.copy-link-button').click();
    await page.waitForFunction((el) => el.textContent === 'Link gekopieerd', await copy.locator('.copy-link-status').elementHandle());
    await page.locator('#leerlingen button.over-years-toggle').click();
    await page.locator('#leerlingen-years-panel figure.chart').waitFor();
    await page.locator('input.highlights-show-tiles').check();
    await page.locator('.highlight-tile a').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'mensen-met-water');
    await page.locator('#gebied-scholen summary.area-toggle').click();
    assert.equal(await isOpen(page.locator('#gebied-scholen')), false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(problems, [], 'CSP violations, console errors or failed requests');
    // Nothing inline that the policy would have had to allow.
    assert.deepEqual(await inline(page), NOTHING_INLINE, 'the theme page');

    // "Insluiten": its page (under the same policy), a snippet copied,
    // the policy lines opened, the preview of the piece loaded.
    await page.emulateMedia({ media: 'screen' });
    const [served] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).searchParams.get('snippets') === 'gebied-water'),
      page.getByRole('link', { name: 'Insluiten: Verzonnen gebied water', exact: true }).click(),
    ]);
    assert.equal(served.headers()['content-security-policy'], STRICT_CSP, 'the snippets page under the strict policy');
    const code = page.locator('#resultaten-snippet-iframe');
    await code.waitFor();
    await page.waitForFunction((el) => el.value.length > 0, await code.elementHandle());
    await page.getByRole('button', { name: 'Kopiëren: Als kader (iframe)', exact: true }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('.embed-copy-status')].some((s) => s.textContent === 'Gekopieerd'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());
    await page.locator('details.embed-policy > summary').click();
    const preview = await (await page.locator('iframe.embed-preview').elementHandle()).contentFrame();
    await preview.waitForFunction(appTookOver, null, { timeout: 30000 });
    await preview.locator('#gebied-water .indicator').first().waitFor();
    assert.deepEqual(problems, [], 'CSP violations, console errors or failed requests on the snippets page');
    assert.deepEqual(await inline(page), NOTHING_INLINE, 'the snippets page');
    assert.deepEqual(await inline(preview), NOTHING_INLINE, 'its preview');

    // Privacy: every request stays on the page's origin; no cookies, no storage.
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:' + origin) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests that leave the origin');
    assert.deepEqual(await context.cookies(), [], 'cookies');
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    assert.equal(storage, 0, 'web storage');
    await context.close();
  });
}

// What the app needs of the policy, and that the tests see it: served
// without 'wasm-unsafe-eval', the app's own wasm is refused, the refusal is
// reported as a violation (what the test above fails on), and the
// pre-rendered page stays readable (the loader's fail() adds the
// no-script sheet): its own controls work, the app's take no place.
test('the app needs \'wasm-unsafe-eval\': without it, its wasm is refused and reported, and the page stays readable', async () => {
  const withoutWasm = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
  assert.notEqual(withoutWasm, STRICT_CSP);
  server.fault(NL_STATIC, { csp: withoutWasm });
  try {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC);
    await page.waitForFunction(() => document.querySelector('link#resultaten-no-script[href$="/no-script.css"]')?.sheet);
    assert.ok(problems.some((p) => /CSP violation: script-src/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('Resultaten could not start')), problems.join('\n'));
    assert.ok(await page.locator('[data-resultaten-page] h1').isVisible(), 'the pre-rendered page');
    assert.equal(await page.locator('.needs-app').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length), 0,
      'shown as without script: no control that needs the app');
    const area = page.locator('#gebied-water');
    await area.locator('summary.area-toggle').click();
    assert.ok(await area.locator('.area-panel').isVisible(), 'an area opens: readable as without script');
    await context.close();
  } finally {
    server.fault(NL_STATIC, null);
  }
});
