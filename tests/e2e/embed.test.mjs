// Embedding on a host page, both documented ways: an iframe that reports
// its height, and mounting into a host element with scoped styles. The
// sample host pages live in tests/e2e/hosts/ and are served with the same
// strict security policy as the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

/** The host page's own elements, as its styles make them look. */
const hostLook = (page) => page.evaluate(() => {
  const look = (sel, props) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return Object.fromEntries(props.map((p) => [p, cs[p]]));
  };
  return {
    body: look('body', ['fontFamily', 'backgroundColor', 'margin']),
    title: look('#host-title', ['color', 'textTransform']),
    text: look('#host-text', ['marginTop', 'letterSpacing']),
    after: look('#host-after', ['marginTop', 'letterSpacing']),
  };
});

test('iframe: the embed renders without chrome and the iframe grows when an area opens', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/__hosts/iframe.html');
  const before = await hostLook(page);
  const frame = page.frameLocator('iframe[data-resultaten-frame]');
  await frame.locator('h1', { hasText: 'Opvang in de regio en migratiesamenwerking' }).waitFor();
  assert.equal(await frame.locator('.site-header').count(), 0, 'no site header in embed mode');
  assert.equal(await frame.locator('.site-footer').count(), 0, 'no site footer in embed mode');
  const iframe = page.locator('iframe[data-resultaten-frame]');
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 500);
  const closed = (await iframe.boundingBox()).height;
  const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
  assert.ok(Math.abs(closed - inner) <= 4, `iframe ${closed}px fits its page ${inner}px`);
  await frame.locator('#migratiesamenwerking .area-toggle').click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 500, closed);
  const open = (await iframe.boundingBox()).height;
  assert.ok(open > closed + 500, `the iframe grew from ${closed} to ${open}px`);
  assert.deepEqual(await hostLook(page), before, 'host styles unchanged');
  assert.deepEqual(problems, []);
  await context.close();
});

test('mounted into a host element: renders, takes the options, scoped styles both ways', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/__hosts/mount.html');
  const before = await hostLook(page);
  const app = page.locator('[data-resultaten] .resultaten');
  // data-header="false": the title is there for screen readers only.
  await app.locator('h1', { hasText: 'Opvang in de regio en migratiesamenwerking' }).waitFor({ state: 'attached' });
  assert.equal(await app.locator('.theme-header').count(), 0, 'header hidden');
  assert.equal(await app.locator('.site-header').count(), 0, 'no site chrome on a host page');
  // data-area: that area is open.
  await app.locator('#migratiesamenwerking-panel').waitFor({ state: 'visible' });
  assert.equal(await page.title(), 'Hostpagina met ingebouwde resultaten', 'the host keeps its title');
  // The host's styles do not reach in.
  const inside = await page.evaluate(() => {
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      h2Color: cs('[data-resultaten] h2').color,
      h2Transform: cs('[data-resultaten] h2').textTransform,
      pSpacing: cs('[data-resultaten] .result-area-lead p').letterSpacing,
      font: cs('[data-resultaten] .resultaten').fontFamily,
      buttonRadius: cs('[data-resultaten] .area-toggle').borderTopLeftRadius,
    };
  });
  assert.deepEqual(inside, {
    h2Color: 'rgb(21, 66, 115)', h2Transform: 'none', pSpacing: 'normal',
    font: 'RijksoverheidSansWebText, Calibri, Verdana, Arial, sans-serif', buttonRadius: '0px',
  });
  // And ours do not reach out.
  assert.deepEqual(await hostLook(page), before, 'host styles unchanged');
  assert.equal(await page.locator('#host-button').evaluate((b) => getComputedStyle(b).borderTopLeftRadius), '20px');
  assert.deepEqual(problems, []);
  await context.close();
});
