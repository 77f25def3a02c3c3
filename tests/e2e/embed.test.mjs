// Embedding on a host page, both documented ways: an iframe that reports
// its height, and mounting into a host element with scoped styles. The
// sample host pages live in tests/e2e/hosts/ and are served with the same
// strict security policy as the app. On the made-up fixture site
// (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, newPage, appTookOver, site, THEME, NL_STATIC } from './harness.mjs';

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
  await frame.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  assert.equal(await frame.locator('.site-header').count(), 0, 'no site header in embed mode');
  assert.equal(await frame.locator('.site-footer').count(), 0, 'no site footer in embed mode');
  const iframe = page.locator('iframe[data-resultaten-frame]');
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 500);
  const closed = (await iframe.boundingBox()).height;
  const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
  assert.ok(Math.abs(closed - inner) <= 4, `iframe ${closed}px fits its page ${inner}px`);
  await frame.locator('#gebied-water summary.area-toggle').click();
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
  await app.locator('h1', { hasText: 'Verzonnen thema' }).waitFor({ state: 'attached' });
  assert.equal(await app.locator('.theme-header').count(), 0, 'header hidden');
  assert.equal(await app.locator('.site-header').count(), 0, 'no site chrome on a host page');
  // data-area: that area is open.
  await app.locator('#gebied-water .area-panel').waitFor({ state: 'visible' });
  assert.equal(await app.locator('#gebied-water details.area-details').evaluate((d) => d.open), true);
  assert.equal(await app.locator('#gebied-scholen details.area-details').evaluate((d) => d.open), false, 'only that area');
  assert.equal(await page.title(), 'Hostpagina met ingebouwde resultaten', 'the host keeps its title');
  // The host's styles do not reach in.
  const inside = await page.evaluate(() => {
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      h2Color: cs('[data-resultaten] h2').color,
      h2Transform: cs('[data-resultaten] h2').textTransform,
      pSpacing: cs('[data-resultaten] .result-area-lead p').letterSpacing,
      font: cs('[data-resultaten] .resultaten').fontFamily,
      // A button of the app's ("Alles openen"): the host's button style
      // (20 px corners) does not reach it.
      buttonRadius: cs('[data-resultaten] button.open-all').borderTopLeftRadius,
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

// Issue 25: an element embed that cannot load keeps the link its snippet
// (from the page "Insluiten" leads to) put in it, and the console names
// the address it tried (for the host's web editor); where mount.js cannot
// run at all, the element keeps its link too.
const AREA = 'gebied-water';
const FAILING = '/__hosts/failing-mount.html';
const elementHost = (lang, inside = '') => `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<link rel="stylesheet" href="/__hosts/host.css"></head>
<body><h1 id="host-title">Nieuwsbericht</h1>
<div data-resultaten data-theme="${THEME}" data-year="2019" data-lang="${lang}" data-only="${AREA}">${inside}</div>
<script type="module" src="/embed/mount.js"></script>
<p id="host-after">Na het embed.</p></body></html>`;

for (const [lang, failing, names] of [
  // The app's index.html, which names its files, is missing.
  ['nl', () => '/index.html', /^console: Resultaten could not start from http:\/\/127\.0\.0\.1:\d+\/index\.html:/],
  // The wasm is missing: mount.js had already made room for the app.
  ['en', () => '/' + fs.readdirSync(site).find((f) => /^resultaten-.*_bg\.wasm$/.test(f)), /^console: Resultaten could not start from http:\/\/127\.0\.0\.1:\d+\/resultaten-.*_bg\.wasm:/],
]) {
  test(`mounted into a host element that cannot load: the link stays, and the console names the address tried (${lang})`, async () => {
    const { page, context, problems } = await newPage(browser);
    const path = failing();
    const href = `${server.url}${NL_STATIC}#${AREA}`;
    server.fault(FAILING, { status: 200, type: 'text/html; charset=utf-8', body: elementHost(lang, `<a href="${href}">Verzonnen gebied water</a>`) });
    server.fault(path, { status: 404 });
    try {
      await page.goto(server.url + FAILING);
      const said = () => problems.find((p) => p.startsWith('console: Resultaten could not start'));
      for (const until = Date.now() + 10_000; !said() && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
      assert.match(said() ?? problems.join('; '), names);
      const link = page.locator('[data-resultaten] a');
      assert.equal(await link.count(), 1, 'the link is back in the element');
      assert.ok(await link.isVisible(), 'visible on the host page');
      assert.equal(await link.textContent(), 'Verzonnen gebied water');
      assert.equal(await link.getAttribute('href'), href);
      assert.equal(await page.locator('[data-resultaten] .resultaten').count(), 0, 'no half-started app');
      assert.equal(await page.locator('#host-after').textContent(), 'Na het embed.', 'the host page stays');
    } finally {
      server.fault(FAILING, null);
      server.fault(path, null);
      await context.close();
    }
  });
}

test('an element snippet on a host whose site refuses to give it the app (no CORS): the link inside it stays', async () => {
  // The element snippet as "Insluiten" gives it: the link on the theme
  // page leads to the snippets page, whose "Kopiëren" copies it.
  const { page, context, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url + NL_STATIC);
  await page.waitForFunction(appTookOver);
  await page.locator(`a.embed-link[data-only="${AREA}"]`).click();
  await page.locator('#resultaten-snippet-element').waitFor();
  await page.waitForFunction(() => document.querySelector('#resultaten-snippet-element').value.length > 0);
  await page.getByRole('button', { name: 'Kopiëren: In een element van uw pagina', exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.embed-copy-status')].some((s) => s.textContent === 'Gekopieerd'));
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, new RegExp(`^<div data-resultaten [^>]*data-only="${AREA}"><a href="[^"]+">Verzonnen gebied water</a></div>\n<script type="module" src="[^"]+/embed/mount\.js"></script>$`));
  assert.deepEqual(problems, []);
  await context.close();
  // A host on another origin, whose policy allows the app's; the test
  // server sends no Access-Control-Allow-Origin, so the module is refused.
  const hostPage = 'http://host.example/nieuws.html';
  const host = await newPage(browser);
  await host.page.route(hostPage, (route) => route.fulfill({
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; script-src 'self' ${server.url} 'wasm-unsafe-eval'; style-src 'self' ${server.url}; connect-src 'self' ${server.url}`,
    },
    body: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Nieuws</title></head>
<body><h1>Nieuwsbericht</h1>${snippet}<p>Na het embed.</p></body></html>`,
  }));
  await host.page.goto(hostPage);
  // Until the browser has refused mount.js (within 10 s).
  const refused = () => host.problems.some((p) => /mount\.js/.test(p));
  for (const until = Date.now() + 10_000; !refused() && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
  assert.ok(refused(), `mount.js was refused: ${host.problems.join('; ')}`);
  const link = host.page.locator('[data-resultaten] a');
  assert.ok(await link.isVisible(), 'the element shows its link');
  assert.equal(await link.textContent(), 'Verzonnen gebied water');
  assert.equal(await link.getAttribute('href'), `${server.url}${NL_STATIC}#${AREA}`);
  await host.context.close();
});
