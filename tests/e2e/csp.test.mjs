// Strict security policy and privacy: the app runs under the policy of
// issue 6 without a single violation, and no request leaves the origin;
// it needs the policy's 'wasm-unsafe-eval', and without it the page says
// so in a way the tests see and stays readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, NL_PAGE, NL_STATIC, showEveryTable } from './harness.mjs';
import { STRICT_CSP } from './server.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('the app runs under the strict policy, with no violation in any feature', async () => {
  const { page, context, problems } = await newPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  // Use everything: open all, tables, downloads, a deep link, print media.
  await page.getByRole('button', { name: 'Alles openen' }).click();
  await showEveryTable(page);
  await Promise.all([page.waitForEvent('download'), page.locator('button.chart-download-csv').first().click()]);
  await Promise.all([page.waitForEvent('download'), page.locator('button.chart-download-svg').first().click()]);
  await page.locator('button.highlights-show-tiles').click();
  await page.locator('.highlight-tile a').first().click();
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(200);
  assert.deepEqual(problems, [], 'CSP violations, console errors or failed requests');

  // Nothing inline that the policy would have had to allow.
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/json').length,
    styleAttributes: document.querySelectorAll('[style]').length,
    styleElements: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(inline, { scripts: 0, styleAttributes: 0, styleElements: 0 });

  // Privacy: every request stays on the page's origin; no cookies, no storage.
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:' + origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests that leave the origin');
  assert.deepEqual(await context.cookies(), [], 'cookies');
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(storage, 0, 'web storage');
  await context.close();
});

// What the app needs of the policy, and that the tests see it: served
// without 'wasm-unsafe-eval', the app's own wasm is refused, the refusal is
// reported as a violation (what the test above fails on), and the
// pre-rendered page stays readable (the loader's fail()).
test('the app needs \'wasm-unsafe-eval\': without it, its wasm is refused and reported, and the page stays readable', async () => {
  const withoutWasm = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
  assert.notEqual(withoutWasm, STRICT_CSP);
  server.fault(NL_STATIC, { csp: withoutWasm });
  try {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_STATIC);
    await page.waitForFunction(() => document.querySelector('link[href$="/no-script.css"]')?.sheet);
    assert.ok(problems.some((p) => /CSP violation: script-src/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('Resultaten could not start')), problems.join('\n'));
    assert.ok(await page.locator('.area-panel').first().isVisible(), 'readable as without script');
    await context.close();
  } finally {
    server.fault(NL_STATIC, null);
  }
});
