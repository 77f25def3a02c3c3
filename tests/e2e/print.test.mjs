// Print, on the made-up fixture site: the printout carries the whole report
// with every area open (though closed on screen), their charts, link
// targets written out and no controls; saved as a PDF, with its margins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, normalise, shotDir, NL_PAGE, NL_STATIC } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

test('printing shows the whole report, with every area open and no controls', async () => {
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + NL_PAGE);
  await page.locator('h1').waitFor();
  // The visitor never opened an area: printing must still carry all of them.
  const closed = await page.locator('details.area-details:not([open])').count();
  assert.equal(closed, 2, 'both areas closed on screen');
  await page.emulateMedia({ media: 'print' });
  // Charts of closed areas are drawn when printing starts.
  await page.waitForFunction(() => [...document.querySelectorAll('.area-panel .chart-drawing svg:not(.chart-placeholder)')].length >= 3);
  const printed = await page.evaluate(() => ({
    text: document.body.innerText,
    closed: [...document.querySelectorAll('details.area-details')].map((d) => !d.open),
    panelsShown: [...document.querySelectorAll('.area-panel')].map((p) => p.checkVisibility() && p.getBoundingClientRect().height > 0),
    chartsShown: [...document.querySelectorAll('.area-panel figure.chart')].map((f) => [...f.querySelectorAll('.chart-drawing svg:not(.chart-placeholder)')]
      .some((s) => s.checkVisibility() && s.getBoundingClientRect().height > 0)),
    controls: [...document.querySelectorAll('button, .button, summary, input, select, textarea')]
      .filter((b) => b.checkVisibility())
      .map((b) => `${b.tagName.toLowerCase()}.${b.className} ${b.innerText?.trim() ?? ''}`),
  }));
  assert.deepEqual(printed.closed, [true, true], 'the areas are still closed: print opens them for itself');
  assert.deepEqual(printed.panelsShown, [true, true], 'every area\'s panel in print');
  assert.deepEqual(printed.chartsShown, [true, true, true], 'the areas\' three charts in print');
  assert.deepEqual(printed.controls, [], 'controls visible in print');
  // Its text, sentence by sentence: text.test.mjs. Here: what only an open
  // area shows, and no control's words.
  const text = normalise(printed.text);
  for (const words of ['Verzonnen uitleg: deze testindicator telt waterpunten.', 'Verzonnen uitleg: over deze testindicator zijn geen cijfers.', 'Verzonnen project De Bron']) {
    assert.ok(text.includes(words), `in print: ${words}`);
  }
  assert.doesNotMatch(text, /Resultaatgebied openen|Resultaatgebied sluiten|Alles openen|Print \/ opslaan als PDF|Insluiten|Link kopiëren/, 'control labels in print');

  // Link targets are written out after external links. The fixture has no
  // web addresses, so probe with a made-up link.
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
  const pages = await pdfPages(pdf);
  assert.ok(pages.length >= 5, `the PDF has ${pages.length} pages`);
  // The margins: page numbers, the page's address and the print date.
  // The page's canonical address: its pre-rendered page.
  const address = new URL(NL_STATIC, server.url).href;
  pages.forEach((p, i) => {
    assert.ok(p.margin.includes(`${i + 1} / ${pages.length}`), `page ${i + 1}: its number in the margin: ${p.margin}`);
    assert.ok(p.margin.includes(address), `page ${i + 1}: the address ${address} in the margin: ${p.margin}`);
    assert.match(p.margin, /Afgedrukt op \d{1,2} \S+ \d{4}/, `page ${i + 1}: the print date`);
  });
  // Long indicator cards run on, so no page but the last is less than half full.
  const emptier = pages.slice(0, -1).map((p, i) => [i + 1, p.filled]).filter(([, f]) => f < 0.5);
  assert.deepEqual(emptier, [], `pages less than half full (page, share filled): ${pages.map((p) => p.filled.toFixed(2))}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Each page of a PDF: the text in its margins (above and below the 16 mm
 * page margins of style/main.css), and how far down its content reaches,
 * as a share of the content area's height.
 */
async function pdfPages(file) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  const margin = (16 / 25.4) * 72;
  const out = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    const [, , , top] = p.view;
    const items = (await p.getTextContent()).items.filter((t) => t.str.trim());
    const inMargin = (t) => t.transform[5] < margin || t.transform[5] > top - margin;
    const content = items.filter((t) => !inMargin(t));
    const lowest = Math.min(...content.map((t) => t.transform[5]));
    out.push({
      margin: items.filter(inMargin).map((t) => t.str).join(' '),
      filled: content.length ? (top - margin - lowest) / (top - 2 * margin) : 0,
    });
  }
  return out;
}
