// Loading and failure states: never a blank page, always a way forward.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, BUNDLE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('a slow bundle shows a loading message, then the page', async () => {
  server.fault(BUNDLE, { delayMs: 1500, once: true });
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + '/');
  const status = page.getByRole('status');
  await status.waitFor();
  assert.match(await status.innerText(), /De resultaten worden geladen/);
  await page.locator('h1', { hasText: 'Opvang in de regio' }).waitFor();
  assert.equal(await page.getByRole('status').count(), 0, 'loading message is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, fault, message] of [
  ['HTTP 500', { status: 500 }, /Er ging op de server iets mis/],
  ['HTTP 404', { status: 404 }, /Deze resultaten zijn niet gevonden/],
  ['an HTML error page with status 200', { status: 200, type: 'text/html', body: '<!doctype html><h1>Onderhoud</h1>' }, /beschadigd of onvolledig/],
  ['a truncated bundle', { status: 200, type: 'application/json', body: '{"schema_version":"1.0","theme":{"id":"x"' }, /beschadigd of onvolledig/],
]) {
  test(`${name}: a plain Dutch message and a retry that works`, async () => {
    server.fault(BUNDLE, { ...fault, once: true });
    const { page, context } = await newPage(browser);
    await page.goto(server.url + '/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    await retry.click();
    await page.locator('h1', { hasText: 'Opvang in de regio' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // The retry button is gone; focus moves to the content, not to <body>.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });
}
