// Loading and failure states: never a blank page, always a way forward,
// also when the app's own code cannot start (the loader's fail()). On the
// made-up fixture site (tests/fixtures/site/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, normalise, shortenTimer, isOpen, BUNDLE, site, NL_PAGE, NL_STATIC } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('a slow bundle shows a loading message, then the page', async () => {
  const bundle = server.hold(BUNDLE);
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await bundle.requested;
  const status = page.getByRole('status');
  await status.waitFor();
  assert.match(await status.innerText(), /De resultaten worden geladen/);
  bundle.release();
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  assert.equal(await page.getByRole('status').count(), 0, 'loading message is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, fault, message] of [
  ['HTTP 500', { status: 500 }, /Er ging op de server iets mis/],
  ['HTTP 404', { status: 404 }, /Deze resultaten zijn niet gevonden/],
  ['an HTML error page with status 200', { status: 200, type: 'text/html', body: '<!doctype html><h1>Onderhoud</h1>' }, /iets anders dan de resultaten/],
  ['an HTML page sent as JSON', { status: 200, type: 'application/json', body: '<!doctype html><h1>Onderhoud</h1>' }, /beschadigd of onvolledig/],
  ['a truncated bundle', { status: 200, type: 'application/json', body: '{"schema_version":"1.0","theme":{"id":"x"' }, /beschadigd of onvolledig/],
  ['an empty body', { status: 200, type: 'application/json', body: '' }, /is leeg/],
  ['a wrong content type', { status: 200, type: 'image/png', body: '{}' }, /iets anders dan de resultaten/],
  // 21 MB of JSON whitespace: over the 20 MB limit, refused on its Content-Length.
  ['an oversized bundle', { status: 200, type: 'application/json', body: ' '.repeat(21 * 1024 * 1024) + '{}' }, /groter dan 20 MB/],
  // No answer: the app aborts the request after its timeout, 20 s; the
  // test page makes that one timer fire after 1 s.
  ['no answer in time', 'held', /reageert niet op tijd/],
]) {
  test(`${name}: a plain Dutch message and a retry that works`, async () => {
    let held = null;
    if (fault === 'held') held = server.hold(BUNDLE);
    else server.fault(BUNDLE, { ...fault, once: true });
    const { page, context } = await newPage(browser);
    if (held) await shortenTimer(page, 20_000, 1_000);
    await page.goto(server.url + NL_PAGE);
    const alert = page.getByRole('alert');
    // Held, the bundle never answers: the message comes when the app's
    // 20 s timer fires, which the test page shortened to 1 s.
    await alert.waitFor({ timeout: held ? 10_000 : 30_000 });
    assert.match(await alert.innerText(), message);
    // The server answers again.
    held?.release();
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    await retry.click();
    await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // The retry button is gone; focus moves to the content, not to <body>.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });
}

test('connection refused: a plain Dutch message and a retry that works', async () => {
  const { page, context } = await newPage(browser);
  // The browser's own network error, as when the server is down.
  await page.route('**' + BUNDLE, (route) => route.abort('connectionrefused'));
  await page.goto(server.url + NL_PAGE);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /geen verbinding met de server/);
  await page.unroute('**' + BUNDLE);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.locator('h1', { hasText: 'Verzonnen thema' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await context.close();
});

test('editors get the details: status, JSON path, line and column', async () => {
  const broken = JSON.parse(fs.readFileSync(path.join(site, BUNDLE), 'utf8'));
  broken.result_areas[1].indicators[0].status = 'klaar';
  server.fault(BUNDLE, { status: 200, type: 'application/json', body: JSON.stringify(broken, null, 2), once: true });
  const { page, context } = await newPage(browser);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(server.url + NL_PAGE);
  await page.getByRole('alert').waitFor();
  await page.getByText('Technische details').click();
  const details = await page.locator('.error-details pre').innerText();
  assert.match(details, /result_areas\[1\]\.indicators\[0\]\.status/);
  assert.match(details, /regel \d+, kolom \d+/, 'in the page\'s language');
  assert.match(details, /on_track/, 'the allowed values are named');
  assert.ok(warnings.some((w) => w.includes('result_areas[1].indicators[0].status')), 'the console has it too');
  await context.close();
});

// The app's code cannot start (a very old browser, a broken download):
// the loader says so instead of leaving an empty page (public/loader.js,
// fail()). The wasm is served broken: not WebAssembly.
const wasmFile = '/' + fs.readdirSync(site).find((f) => /^resultaten-.*_bg\.wasm$/.test(f));
const BROKEN_WASM = { status: 200, type: 'application/wasm', body: 'not WebAssembly' };

test('the app cannot start on the app-only address: the boot screen says so in Dutch and English, and no spinner', async () => {
  server.fault(wasmFile, BROKEN_WASM);
  try {
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + NL_PAGE);
    // index.html's boot screen holds the message (its words from
    // src/i18n.rs, written by the build), hidden until fail() shows it.
    const alert = page.locator('#resultaten-boot .boot-failed');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await alert.getAttribute('hidden'), null);
    assert.match(normalise(await alert.textContent()), /^Deze pagina kon niet worden geladen\. .*This page could not be loaded\./);
    assert.equal(await alert.locator('[lang="en"]').count(), 1, 'the English words are marked as English');
    assert.equal(await page.locator('#resultaten-boot .loading').count(), 0, 'the loading message is gone');
    assert.equal(await page.getByRole('alert').count(), 1);
    assert.ok(await page.locator('#resultaten-boot .site-header').isVisible(), 'with the site header');
    assert.deepEqual(problems.filter((p) => !p.includes('Resultaten could not start')), []);
    assert.ok(problems.some((p) => p.includes('Resultaten could not start')), 'the console says why');
    await context.close();
  } finally {
    server.fault(wasmFile, null);
  }
});

test('the app cannot start on a pre-rendered page: the page stays, shown as without script, and its own controls work', async () => {
  server.fault(wasmFile, BROKEN_WASM);
  try {
    const { page, context, problems } = await newPage(browser, { width: 412, height: 823 });
    await page.goto(server.url + NL_STATIC);
    // fail() adds the no-script sheet.
    await page.waitForFunction(() => document.querySelector('link#resultaten-no-script[rel="stylesheet"][href$="/no-script.css"]')?.sheet);
    assert.ok(await page.locator('[data-resultaten-page]').isVisible(), 'the pre-rendered page');
    assert.equal(await page.locator('.resultaten-offstage').count(), 0, 'no app behind it');
    // As without script: the controls that need the app take no place
    // (not only hidden, as before a takeover).
    const placed = await page.locator('.needs-app').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.ok(await page.locator('.needs-app').count() > 5, 'the page has controls that need the app');
    assert.equal(placed, 0, 'no control that needs the app keeps a place');
    // The page's own controls work: an area opens, a chart shows its table.
    const area = page.locator('#gebied-water');
    await area.locator('summary.area-toggle').click();
    assert.equal(await isOpen(area), true);
    assert.ok(await area.locator('.area-panel').isVisible(), 'the area opens');
    const chart = page.locator('#chart-sanitair-per-regio');
    await chart.getByRole('radio', { name: 'Tabel' }).check();
    assert.ok(await chart.locator('table.chart-table').isVisible(), 'the chart shows its table');
    const rows = await chart.locator('table.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [['Noord', '12.000'], ['Zuid', '19.000']]);
    assert.equal(await page.locator('p.noscript:visible, .boot-failed:visible').count(), 0, 'no message over a readable page');
    assert.deepEqual(problems.filter((p) => !p.includes('Resultaten could not start')), []);
    await context.close();
  } finally {
    server.fault(wasmFile, null);
  }
});
