// make embed-heights (optional, after make build): the height of each
// page's embed forms at the frame widths an embedding host may give them,
// for the iframe snippets that "Insluiten" gives (docs/embedding.md):
// with them, embed/resize.js sizes the frame before its page has loaded,
// and the host's text below it does not move. Without them the snippets
// work too: the frame grows as its page reports its height.
//
//   node scripts/build/embed-heights.mjs dist
//
// It reads what the app wrote and works out no address of its own: the
// pages the build rendered (each catalog entry's page), on each the
// file for its heights (its root's data-embed-heights) and every embed
// form it offers (each "Insluiten"'s data-only and data-src). It measures
// each as public/loader.js reports it from inside a frame, once the app
// has taken it over, in one headless Chromium (Debian's, via
// playwright-core; nothing is downloaded), and prints the time per page.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';

// The names it reads (src/contract.rs; tests/contract.rs checks them).
const N = /* names */ {
  "catalog": "data/index.json",
  "heights": "data-embed-heights",
  "root": "resultaten",
  "control": "embed-link",
  "only": "data-only",
  "src": "data-src",
  "rendered": "resultaten:rendered",
  "staticRoot": "data-resultaten-page",
  "offstage": "resultaten-offstage"
} /* end */;
const dist = path.resolve(process.argv[2] ?? 'dist');
/**
 * The frame widths: 300 px (an iframe's width before embed/resize.js makes
 * it full width, so the snippet's height attribute), a 40 px grid from 280
 * to 800 px and an 80 px one on to 1280 px, where heights change less, and
 * the most common phone screen widths, for frames as wide as a phone's
 * screen. Between them, resize.js interpolates. (414 px, as common as 412,
 * is left out: 2 px apart, the app would not redraw its charts between
 * them.)
 */
const FRAME_WIDTHS = [...new Set([
  300, 360, 375, 390, 412, 428,
  ...Array.from({ length: 14 }, (_, i) => 280 + 40 * i),
  ...Array.from({ length: 6 }, (_, i) => 880 + 80 * i),
])].sort((a, b) => a - b);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
};

function fail(message) {
  console.error(`embed-heights: ${message}`);
  process.exit(1);
}

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The attributes of an HTML start tag, as the app wrote them. */
const attributes = (tag) => Object.fromEntries([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)]
  .map(([, name, value]) => [name, unescape(value ?? '')]));

/**
 * The embed forms of a rendered page: (its heights file, [(data-only or
 * "" for the whole page, its frame's address)]), both relative to the
 * app's folder; none on a page without them (an overview).
 */
function embedForms(html) {
  const root = html.match(new RegExp(`<div [^>]*class="${N.root}[ "][^>]*>`));
  const file = root && attributes(root[0])[N.heights];
  if (!file) return null;
  const forms = [...html.matchAll(new RegExp(`<[a-z]+ [^>]*class="${N.control}[ "][^>]*>`, 'g'))]
    .map(([tag]) => attributes(tag))
    .filter((a) => a[N.src])
    .map((a) => [a[N.only] ?? '', a[N.src]]);
  return { file, forms };
}

function serve(root) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => server.close(),
  })));
}

/**
 * The page's height at each of FRAME_WIDTHS, as public/loader.js reports
 * it from inside a frame (the root element's height, rounded up), once the
 * app has redrawn its charts at that width; as [width, height] pairs, with
 * the points that a straight line between their neighbours gives exactly
 * left out. Widths grow by at least 8 px a step, so each chart redraws
 * (src/dom/observe.rs, follow_width).
 */
async function heightsAtWidths(page) {
  const heights = [];
  const settled = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const height = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (const width of FRAME_WIDTHS) {
    await page.setViewportSize({ width, height: 823 });
    // The charts redraw on a ResizeObserver's report: wait until two
    // readings a frame apart agree.
    let [last, now] = [-1, await height()];
    for (let i = 0; i < 20 && now !== last; i++) {
      await settled();
      [last, now] = [now, await height()];
    }
    heights.push([width, now]);
  }
  return withoutLinearPoints(heights);
}

/**
 * Leaves out each point that the line between the points kept around it
 * gives exactly, except 300 px, the snippet's height attribute, and
 * 360 px, the phone width "Insluiten" names in an area's size.
 */
function withoutLinearPoints(points) {
  const kept = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    if (points[i][0] === 300 || points[i][0] === 360) {
      kept.push(points[i]);
      continue;
    }
    const [[w0, h0], [w2, h2]] = [kept[kept.length - 1], points[i + 1]];
    const between = points.slice(points.indexOf(kept[kept.length - 1]) + 1, i + 1);
    const onLine = between.every(([w, h]) => Math.abs(h0 + ((h2 - h0) * (w - w0)) / (w2 - w0) - h) < 0.01);
    if (!onLine) kept.push(points[i]);
  }
  if (points.length > 1) kept.push(points[points.length - 1]);
  return kept;
}

/** Loads an embed page, waits until the app has taken it over, measures it. */
async function measure(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(url);
    await page.waitForFunction((n) => performance.getEntriesByName(n.rendered).length > 0
      && !document.querySelector(`[${n.staticRoot}], .${n.offstage}`), N, { timeout: 60_000 });
    if (problems.length) throw new Error(`${url}: the app reported problems:\n${problems.join('\n')}`);
    return await heightsAtWidths(page);
  } finally {
    await page.close();
  }
}

async function main() {
  const catalogFile = path.join(dist, N.catalog);
  if (!fs.existsSync(catalogFile)) fail(`no ${catalogFile}: run make build first`);
  const rendered = (JSON.parse(fs.readFileSync(catalogFile, 'utf8')).bundles ?? []).map((e) => e.page).filter(Boolean);
  if (!rendered.length) fail(`${catalogFile} records no rendered pages: run make build first`);
  let browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions());
  } catch (e) {
    fail(`this optional step needs Debian's Chromium (make setup-test installs it; make build does not): ${e.message.split('\n')[0]}`);
  }
  const server = await serve(dist);
  const context = await browser.newContext({ locale: 'nl-NL' });
  const all = Date.now();
  let measured = 0;
  try {
    for (const pagePath of rendered) {
      const html = fs.readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8');
      const page = embedForms(html);
      if (!page) continue;
      const started = Date.now();
      const heights = {};
      for (const [only, src] of page.forms) heights[only] = await measure(context, new URL(src, server.url).href);
      fs.writeFileSync(path.join(dist, page.file), `${JSON.stringify(heights)}\n`);
      measured += 1;
      console.log(`embed-heights: ${pagePath}: ${page.forms.length} embed forms in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`embed-heights: ${measured} pages in ${((Date.now() - all) / 1000).toFixed(1)} s`);
}

main().catch((e) => fail(e.stack ?? String(e)));
