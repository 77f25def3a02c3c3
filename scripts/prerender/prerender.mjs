// Pre-renders every published theme page into static HTML (README,
// "Pre-rendered pages"). Part of `make build`, after `trunk build --release`:
//
//   node scripts/prerender/prerender.mjs dist
//
// For each bundle in dist/data/index.json it writes
// dist/<lang>/<year>/<theme>/index.html: the app's index.html with its file
// addresses made relative to that folder and, in the body, the page exactly
// as the release app renders it, inside
// <div data-resultaten-page="theme=…&year=…&lang=…" data-base="../../../">.
// The app later builds the same page out of sight and swaps it in
// (src/components/takeover.rs), so the static page must be the app's own
// output: headless Chromium (Debian's, via playwright-core) loads the page
// with the app and copies the result. Every chart is drawn (print media
// draws charts of closed areas) at a phone's width and at a wide screen's;
// style/main.css shows the one that fits, so the page keeps its height when
// the app redraws at the exact width.
//
// It also marks the build (<meta name="resultaten:pages" content="static">
// in every page), so the app links theme pages to their static addresses,
// and lists the static pages in index.html's <noscript> notice.
//
// Nothing here is downloaded: the app, its data and Chromium are local.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
/**
 * Where dist/ is published (README, "Pre-rendered pages"). Each page's
 * canonical address and its alternates in other languages are absolute
 * addresses under it, as search engines require of hreflang links. The
 * default is the address `make serve` uses, for local builds.
 */
const SITE_URL = siteUrl(process.env.SITE_URL || 'http://localhost:8080/');
const MARK = '<meta name="resultaten:pages" content="static">';
/** Lighthouse's mobile screen, and a desktop one (charts there get their full 640 units). */
const NARROW = { width: 412, height: 823 };
const WIDE = { width: 1280, height: 900 };
/**
 * The frame widths at which each embed page's height is measured, for the
 * iframe snippet (README, "Embedding"): 300 px (an iframe's width before
 * embed/resize.js makes it full width, so the snippet's height attribute),
 * a 40 px grid from 280 to 800 px and an 80 px one on to 1280 px, where
 * heights change less, and the most common phone screen widths, for
 * frames as wide as a phone's screen. Between them, resize.js
 * interpolates. (414 px, as common as 412, is left out: 2 px apart, the
 * app would not redraw its charts between them.)
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
  console.error(`prerender: ${message}`);
  process.exit(1);
}

/** SITE_URL as a folder address: http(s), no query or fragment, ending in "/". */
function siteUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`SITE_URL is not an absolute address: ${raw} (for example https://www.example.org/resultaten/)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    fail(`SITE_URL must be an http(s) address without query, fragment or credentials: ${raw}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The index.html Trunk wrote, marked as a build with static pages. */
function markedIndex() {
  const file = path.join(dist, 'index.html');
  if (!fs.existsSync(file)) fail(`no ${file}: run trunk build --release first`);
  let html = fs.readFileSync(file, 'utf8');
  if (!html.includes(MARK)) {
    html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n    ${MARK}`);
    if (!html.includes(MARK)) fail('index.html has no <meta charset="utf-8"> to put the mark after');
    fs.writeFileSync(file, html);
  }
  return html;
}

/**
 * index.html's <noscript> notice, now with links to the static pages: the
 * overview needs script, the theme pages do not.
 */
function withNoscriptLinks(html, bundles) {
  const names = { nl: 'Nederlands', en: 'English' };
  const items = bundles.map((e) => `<li><a href="${escapeAttr(pageDir(e))}" hreflang="${escapeAttr(e.language)}" `
    + `lang="${escapeAttr(e.language)}">${escapeText(e.title)} (${e.year}, ${escapeText(names[e.language] ?? e.language)})</a></li>`);
  const notice = `<noscript>
        <div class="noscript">
        <p>Het overzicht heeft JavaScript nodig. De thema's zijn ook zonder JavaScript te lezen:
        <span lang="en">The overview needs JavaScript. The themes can be read without it:</span></p>
        <ul>${items.join('')}</ul>
        </div>
    </noscript>`;
  const out = html.replace(/<noscript>\s*<p class="noscript">[\s\S]*?<\/noscript>/, notice);
  if (out === html && !html.includes('<div class="noscript">')) fail('index.html has no <noscript> notice to extend');
  return out;
}

const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Where a theme page lives, as the app links it (src/route.rs, static_page_path). */
const pageDir = (e) => `${e.language}/${e.year}/${encodeURIComponent(e.theme)}/`;

/**
 * index.html as a page `depth` folders down: relative file addresses get
 * "../" per level; the body becomes `body` (the no-script notice goes: the
 * page itself is what a visitor without script reads); <noscript> in the
 * head links the stylesheet for that case.
 */
function pageFrom(index, { depth, route, body, canonical }) {
  const up = '../'.repeat(depth);
  let html = index.replace(/(\s(?:href|src|data-js|data-wasm))="\.\//g, `$1="${up}`);
  // No early fetch of the app's code: the page is readable without it, and
  // public/loader.js fetches it once the page has been painted.
  html = html.replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<link rel="preload"[^>]*as="fetch"[^>]*>/g, '');
  // The app resolves its alternate-language links against this address
  // (src/components/head.rs), so they are absolute under SITE_URL too.
  html = html.replace('</head>',
    `<link rel="canonical" href="${escapeAttr(canonical)}">\n`
    + `<noscript><link rel="stylesheet" href="${up}no-script.css"></noscript>\n</head>`);
  const root = `<div data-resultaten-page="${escapeAttr(route)}" data-base="${up}">${body}</div>`;
  return html.replace(/<body([^>]*)>[\s\S]*<\/body>/, `<body$1>\n${root}\n</body>`);
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function serve(root) {
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Loads a page with the app, waits until the app has taken it over and
 * every chart is drawn, and returns what the takeover left in the body.
 */
async function render(browser, url, viewport, { frameHeights = false } = {}) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('resultaten:rendered').length > 0
      && !document.querySelector('[data-resultaten-page], .resultaten-offstage'), null, { timeout: 120_000 });
    // Print media draws the charts of closed areas; back on screen they stay drawn.
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-drawing')]
      .every((d) => d.querySelector('svg:not(.chart-placeholder)')), null, { timeout: 60_000 });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (problems.length) throw new Error(`the app reported problems:\n${problems.join('\n')}`);
    const rendered = await page.evaluate(() => {
      const root = document.querySelector('.resultaten');
      const charts = Object.fromEntries([...root.querySelectorAll('figure.chart')]
        .map((f) => [f.id, f.querySelector('.chart-drawing').innerHTML]));
      // Charts in a closed area's panel (all of them, until print opened
      // them; a piece's open area is not closed): the app rebuilds the panel, so
      // their drawing only serves readers without script.
      const inPanels = [...root.querySelectorAll('.area-panel[hidden] figure.chart')].map((f) => f.id);
      return {
        html: root.outerHTML,
        charts,
        inPanels,
        styled: root.querySelectorAll('[style]').length,
        // What the page offers to embed ("Insluiten", only=<id>); the whole
        // page's control has no id.
        pieces: [...root.querySelectorAll('details.embed-control[data-only]')].map((d) => d.dataset.only),
        title: document.title,
        lang: document.documentElement.lang,
        alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.outerHTML),
        // The page's description and link preview (src/components/head.rs).
        meta: [...document.querySelectorAll('meta[name=description], meta[property^="og:"]')].map((m) => m.outerHTML),
      };
    });
    if (frameHeights) rendered.heights = await heightsAtWidths(page, viewport);
    return rendered;
  } finally {
    await context.close();
  }
}

/**
 * The page's height at each of FRAME_WIDTHS, as public/loader.js reports
 * it from inside a frame (the root element's height, rounded up), once the
 * app has redrawn its charts at that width; as [width, height] pairs, with
 * the points that a straight line between their neighbours gives exactly
 * left out. Widths grow by at least 8 px a step, so each chart redraws
 * (src/components/chart_figure.rs, follow_width).
 */
async function heightsAtWidths(page, viewport) {
  const heights = [];
  const settled = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const height = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (const width of FRAME_WIDTHS) {
    await page.setViewportSize({ width, height: viewport.height });
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
 * gives exactly, except 300 px, the snippet's height attribute.
 */
function withoutLinearPoints(points) {
  const kept = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    if (points[i][0] === 300) {
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

/**
 * The narrow rendering, each chart outside the closed areas holding both
 * drawings. A chart inside a closed area keeps its phone drawing only
 * (shown at any width, scaled by its viewBox): nobody sees it before the
 * app has rebuilt the area, except readers without script, and a second
 * drawing there cost every visitor its bytes and its parsing.
 */
function withBothDrawings(narrow, wide) {
  // Leptos' empty placeholder comments mean nothing to a static page,
  // which the app replaces rather than hydrates.
  const bare = (h) => h.replaceAll('<!---->', '');
  let html = bare(narrow.html);
  for (const [id, drawing] of Object.entries(narrow.charts)) {
    const narrowSvg = bare(drawing);
    if (narrow.inPanels.includes(id)) {
      if (!html.includes(narrowSvg)) throw new Error(`chart ${id}: drawing not found in the page`);
      continue;
    }
    const wideSvg = bare(wide.charts[id] ?? '');
    if (!wideSvg) throw new Error(`chart ${id} is missing in the wide rendering`);
    const both = narrowSvg.replace('<svg ', '<svg class="chart-svg--narrow" ')
      + wideSvg.replace('<svg ', '<svg class="chart-svg--wide" ');
    if (!html.includes(narrowSvg)) throw new Error(`chart ${id}: drawing not found in the page`);
    html = html.replace(narrowSvg, () => both);
  }
  return html;
}

async function main() {
  const index = markedIndex();
  const catalog = JSON.parse(fs.readFileSync(path.join(dist, 'data', 'index.json'), 'utf8'));
  fs.writeFileSync(path.join(dist, 'index.html'), withNoscriptLinks(index, catalog.bundles));
  const server = await serve(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const entry of catalog.bundles) {
      const route = `theme=${encodeURIComponent(entry.theme)}&year=${entry.year}&lang=${entry.language}`;
      const canonical = new URL(pageDir(entry), SITE_URL).href;
      const page = await prerender(index, browser, server, { dir: pageDir(entry), route, canonical });
      // Its embed forms (issue 15): the whole page with embed=1, and each
      // piece it offers to embed on its own. An iframe snippet points here,
      // so an embedded reader gets static HTML first, in the embed layout.
      // Their canonical address is the page's; search engines skip them.
      const started = Date.now();
      // Each one's height at FRAME_WIDTHS, by its id ("" for the page), for
      // the iframe snippets that "Insluiten" gives (public/loader.js).
      const heights = {};
      for (const only of [null, ...page.pieces]) {
        const dir = `${pageDir(entry)}embed/${only ? `${encodeURIComponent(only)}/` : ''}`;
        const embedRoute = `${route}&embed=1${only ? `&only=${encodeURIComponent(only)}` : ''}`;
        const embedded = await prerender(index, browser, server, { dir, route: embedRoute, canonical, embed: true });
        heights[only ?? ''] = embedded.heights;
      }
      fs.writeFileSync(path.join(dist, pageDir(entry), 'embed', 'heights.json'), `${JSON.stringify(heights)}\n`);
      console.log(`prerender: ${pageDir(entry)}embed/: the page and ${page.pieces.length} pieces in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Renders one page at its final address, at a phone's width and a wide
 * screen's, and writes it there; returns the narrow rendering.
 */
async function prerender(index, browser, server, { dir, route, canonical, embed = false }) {
  const depth = dir.split('/').filter(Boolean).length;
  const file = path.join(dist, dir, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // First an empty page at the final address, so the app renders with
  // the links and file addresses that page will have.
  fs.writeFileSync(file, pageFrom(index, { depth, route, body: '', canonical }));
  const narrow = await render(browser, server.url + '/' + dir, NARROW, { frameHeights: embed });
  const wide = await render(browser, server.url + '/' + dir, WIDE);
  if (narrow.styled || wide.styled) throw new Error(`${dir}: style attributes, which a strict CSP blocks`);
  if (!narrow.alternates.every((a) => a.includes(`href="${SITE_URL}`))) {
    throw new Error(`${dir}: alternates not under SITE_URL ${SITE_URL}: ${narrow.alternates.join(' ')}`);
  }
  let html = pageFrom(index, { depth, route, body: withBothDrawings(narrow, wide), canonical });
  html = html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeAttr(narrow.lang)}"`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${narrow.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', () => `${narrow.meta.join('\n')}\n${narrow.alternates.join('\n')}\n`
      + `${embed ? '<meta name="robots" content="noindex">\n' : ''}</head>`);
  fs.writeFileSync(file, html);
  if (!embed) console.log(`prerender: ${dir}index.html (${(Buffer.byteLength(html) / 1000).toFixed(1)} kB)`);
  return narrow;
}

main().catch((e) => fail(e.stack ?? String(e)));
