// Print: the printout carries the whole report with every area open, the
// charts, link targets written out and no controls; saved as a PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, normalise, seedFragments, shotDir, NL_PAGE } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('printing shows the whole report, with every area open and no controls', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  // The visitor never opened an area: printing must still carry all of them.
  await page.emulateMedia({ media: 'print' });
  // Charts of closed areas are drawn when printing starts.
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-drawing svg:not(.chart-placeholder)')].length >= 6);
  const printed = await page.evaluate(() => ({
    text: document.body.innerText,
    panelsShown: [...document.querySelectorAll('.area-panel')].map((p) => p.getBoundingClientRect().height > 0),
    chartsShown: [...document.querySelectorAll('.chart-drawing svg:not(.chart-placeholder)')].filter((s) => s.getBoundingClientRect().height > 0).length,
    controls: [...document.querySelectorAll('button, .button')]
      .filter((b) => b.checkVisibility())
      .map((b) => b.innerText.trim())
      .filter((t) => !document.querySelector('.result-area-title') || ![...document.querySelectorAll('.result-area-title')].some((h) => h.innerText.trim() === t)),
  }));
  assert.ok(printed.panelsShown.length >= 2 && printed.panelsShown.every(Boolean), `panels in print: ${printed.panelsShown}`);
  assert.ok(printed.chartsShown >= 6, `charts in print: ${printed.chartsShown}`);
  assert.deepEqual(printed.controls, [], 'controls visible in print (an area title alone is fine)');
  const text = normalise(printed.text);
  // "Resultaatgebied openen" is a control on screen; paper has nothing to open.
  const missing = seedFragments().filter((f) => f !== 'Resultaatgebied openen' && !text.includes(f));
  assert.deepEqual(missing, [], 'seed sentences missing from the printout');
  assert.doesNotMatch(text, /Resultaatgebied openen|Alles openen|Print \/ opslaan als PDF/, 'control labels in print');

  // Link targets are written out after external links. The 2019 bundle has
  // no web addresses (the seed gives none), so probe with a made-up link.
  const after = await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://example.org/made-up-for-this-test';
    a.textContent = 'test link';
    document.querySelector('main').append(a);
    const content = getComputedStyle(a, '::after').content;
    a.remove();
    return content;
  });
  assert.match(after, /example\.org\/made-up-for-this-test/);

  const pdf = path.join(shotDir, 'print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const pages = (fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 5, `the PDF has ${pages} pages`);
  assert.deepEqual(problems, []);
  await context.close();
});
