// `make screenshots`: the README's pictures of the release build (dist/,
// or DIST_DIR), taken by the end-to-end tests' headless Chromium under the
// strict policy, written to docs/screenshot-*.jpg; and the whole page,
// areas closed and open, at 375 and 1280 px, to target/screenshots/ for a
// look. Not a test: a picture cannot fail, so the suite does not take it.
import path from 'node:path';
import { start, newPage, openAllAreas, drawEveryChart, appTookOver, repo, shotDir, SHIPPED } from './harness.mjs';

// The README shows the shipped report (dist/), not the tests' made-up site.
const { nlPage: NL_PAGE, nlStatic: NL_STATIC } = SHIPPED;
/** A made-up host page holding one chart of the shipped page in an iframe. */
const HOST = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hostpagina met één grafiek</title></head>
<body><h1>Nieuwsbericht</h1><p>Tekst van de hostpagina (verzonnen), voor de grafiek.</p>
<iframe data-resultaten-frame title="Latere meting: migratieplan opgegeven naar aanleiding van de campagne"
  src="${NL_STATIC}embed/chart-later-meting-opgegeven-plannen/"></iframe>
<script src="/embed/resize.js"></script>
<p>Tekst na de grafiek.</p></body></html>`;

const docs = path.join(repo, 'docs');
const { server, browser } = await start({ shipped: true });
server.fault('/__host.html', { status: 200, type: 'text/html; charset=utf-8', body: HOST });
const problems = [];
/** Opens `address` at `width`, runs `shoot(page)`, and keeps what went wrong. */
async function picture(name, { width, height = 900, scale = 1, address }, shoot) {
  const opened = await newPage(browser, { width, height, scale });
  await opened.page.goto(server.url + address);
  await shoot(opened.page);
  problems.push(...opened.problems.map((p) => `${name}: ${p}`));
  await opened.context.close();
  console.log(`${name}`);
}

try {
  // The whole page at half scale, both areas open, every chart drawn.
  await picture('docs/screenshot-page-open.jpg', { width: 1280, scale: 0.5, address: NL_PAGE }, async (page) => {
    await page.locator('h1').waitFor();
    await openAllAreas(page);
    // Charts are drawn as they come near the screen: pass by each, as a reader would.
    await drawEveryChart(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(docs, 'screenshot-page-open.jpg'), fullPage: true, type: 'jpeg', quality: 70 });
  });
  // A phone: the first two screens of the pre-rendered page, taken over.
  await picture('docs/screenshot-phone.jpg', { width: 375, height: 800, address: NL_STATIC }, async (page) => {
    await page.waitForFunction(appTookOver);
    await page.screenshot({ path: path.join(docs, 'screenshot-phone.jpg'), type: 'jpeg', quality: 80, clip: { x: 0, y: 0, width: 375, height: 1600 }, fullPage: true });
  });
  // A host page holding one chart in an iframe.
  await picture('docs/screenshot-embed-chart.jpg', { width: 1280, address: '/__host.html' }, async (page) => {
    const inner = await (await page.locator('iframe[data-resultaten-frame]').elementHandle()).contentFrame();
    await inner.waitForFunction(appTookOver);
    await inner.locator('figure.chart .chart-drawing svg:visible').first().waitFor();
    // The frame has its page's height.
    await page.waitForFunction(() => {
      const frame = document.querySelector('iframe');
      return Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.documentElement.scrollHeight) <= 4;
    });
    await page.screenshot({ path: path.join(docs, 'screenshot-embed-chart.jpg'), type: 'jpeg', quality: 80, fullPage: true });
  });
  for (const width of [375, 1280]) {
    await picture(`target/screenshots/page-*-${width}.png`, { width, height: 800, address: NL_PAGE }, async (page) => {
      await page.locator('h1').waitFor();
      await page.screenshot({ path: path.join(shotDir, `page-closed-${width}.png`), fullPage: true });
      await openAllAreas(page);
      await drawEveryChart(page);
      await page.screenshot({ path: path.join(shotDir, `page-open-${width}.png`), fullPage: true });
    });
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
