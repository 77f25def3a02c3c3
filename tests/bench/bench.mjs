// The benchmark of issue 7: `make bench` runs this after `trunk build --release`.
// Writes target/bench/report.md (and prints it) with
//   1. app code size (wasm + JS), raw, gzip -9 and brotli 11;
//   2. Lighthouse (mobile, simulated throttling) on the pre-rendered theme page
//      (the app takes it over), on the app alone at its query address, and on
//      a static snapshot of the same rendered page without script; and (2c,
//      issue 15) on the embedded page and one embedded chart, each on a host
//      page holding the iframe and on its own, against static snapshots;
//   3. cost against bundle size: generated (made-up) bundles of 10 … 5,000
//      indicators, render time, time to open an area, memory;
//   4. the budgets of issue 7, each with its measured value;
//   5. (issue 24) the build at the size of the whole report: a made-up
//      catalog of 10 themes × 3 years × 2 languages rendered by the build's
//      native renderer, timed, with the size of its pages, and the optional
//      make embed-heights timed per page.
// These are benchmarks, not tests: the command fails when something cannot
// be measured, never because a number misses its budget.
//
// Environment: BENCH_RUNS (scale runs per size, default 5, at least 5 for the
// report of issue 7), BENCH_LH_RUNS (Lighthouse runs per page, default 3),
// BENCH_COMPRESS=0 (Lighthouse sees uncompressed files), BENCH_PROTOCOL
// (h2, the default: HTTP/2 over TLS with a certificate made for the run, as
// public hosts serve; http1: HTTP/1.1 without TLS, as reports before issue 16
// were measured), CHROME_PATH.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http2 from 'node:http2';
import { spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { start, newPage, dist, repo, SHIPPED } from '../e2e/harness.mjs';
import { writeBundles, SIZES, AREAS } from './make-bundles.mjs';
import { appCodeSize } from './size.mjs';
import { writeStaticSnapshot, STATIC_DIR, MOBILE } from './snapshot.mjs';
import { lighthouseRun, CHROME_FLAGS } from './lighthouse.mjs';
import { compressingHost } from './host.mjs';
import { scaleRun } from './scale.mjs';
import { editorsCheckRun, writeBroken } from './editors.mjs';
import { reportSiteRun, THEMES, YEARS, LANGS } from './report-site.mjs';

const began = Date.now();
const loadBefore = os.loadavg()[0];
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
const PROTOCOL = process.env.BENCH_PROTOCOL ?? 'h2';
if (!['h2', 'http1'].includes(PROTOCOL)) throw new Error(`BENCH_PROTOCOL must be h2 or http1, not ${PROTOCOL}`);
const outDir = path.join(repo, 'target', 'bench');
const log = (...a) => console.error('[bench]', ...a);
// The shipped theme page: what visitors get (the feature tests' made-up
// site is for tests; the benchmark measures the report).
const { nlPage: NL_PAGE, nlStatic: NL_STATIC, nlBundle: BUNDLE, theme: THEME } = SHIPPED;
/** Issue 15: the embedded page and one embedded chart, pre-rendered. */
const EMBEDS = { page: `${NL_STATIC}embed/`, chart: `${NL_STATIC}embed/chart-later-meting-opgegeven-plannen/` };

/**
 * Made-up host pages for the embeds (dist/bench-hosts/): some text, the
 * iframe snippet exactly as "Insluiten" gives it (`snippets`, addressed
 * from this server's root), more text below (which a frame that grows
 * would push down). The static variant holds the snapshot in a frame of
 * its final height. No inline script or style, under the strict policy.
 */
function writeHostPages(snaps, snippets) {
  const dir = path.join(dist, 'bench-hosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'host.css'), 'body { margin: 0; font-family: Georgia, serif; } p, h1 { margin: 16px; }\n');
  const page = (title, embed) => `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="stylesheet" href="host.css">
</head>
<body>
<h1>Nieuwsbericht (verzonnen, voor de benchmark)</h1>
<p>Een alinea van de hostpagina boven het ingesloten onderdeel.</p>
${embed}
<p>Tekst van de hostpagina na het ingesloten onderdeel.</p>
</body>
</html>
`;
  for (const k of Object.keys(EMBEDS)) {
    fs.writeFileSync(path.join(dir, `${k}.html`), page(k, snippets[k]));
    fs.writeFileSync(path.join(dir, `${k}-static.html`), page(`${k} (static)`,
      `<iframe data-resultaten-frame title="Resultaten: ${k} (static)" src="/bench-static-embed-${k}/index.html" height="${snaps[k].height}"></iframe>\n`
      + '<script src="/embed/resize.js"></script>'));
  }
}

/**
 * The iframe snippet that "Insluiten" (the editors' app, `?snippets=…`)
 * gives for each of EMBEDS (the whole page, the chart), with the published
 * address replaced by this server's root.
 */
async function insluitenSnippets(browser, serverUrl) {
  const { page, context } = await newPage(browser, MOBILE);
  try {
    const snippets = {};
    for (const [k, piece] of Object.entries({ page: '', chart: EMBEDS.chart.split('/').at(-2) })) {
      await page.goto(`${serverUrl}/?snippets=${piece}&theme=${THEME}&year=2019&lang=nl`);
      const code = page.locator('#resultaten-snippet-iframe');
      await page.waitForFunction(() => document.querySelector('#resultaten-snippet-iframe')?.value);
      // Without SITE_URL the snippet's addresses are this server's own.
      const app = `${serverUrl}/`;
      snippets[k] = (await code.inputValue()).replaceAll(app, '/');
      if (!snippets[k].includes(`src="${EMBEDS[k]}"`)) throw new Error(`"Insluiten" of ${k}: not the embed page ${EMBEDS[k]}: ${snippets[k]}`);
    }
    return snippets;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- helpers

/** A key and a self-signed certificate for 127.0.0.1, written to `dir`. */
function selfSignedCertificate(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) {
    throw new Error(`openssl could not make a certificate for HTTP/2 (BENCH_PROTOCOL=http1 needs none): ${made.stderr ?? made.error}`);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/** Requests every file once, so the host has compressed and cached it. */
async function warm(urls, tls) {
  if (!tls) {
    for (const url of urls) await (await fetch(url, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
    return;
  }
  const client = http2.connect(new URL(urls[0]).origin, { ca: tls.cert });
  try {
    for (const url of urls) {
      const { pathname, search } = new URL(url);
      await new Promise((resolve, reject) => {
        const req = client.request({ ':path': pathname + search, 'accept-encoding': 'br' });
        req.on('error', reject);
        req.on('data', () => {});
        req.on('end', resolve);
        req.end();
      });
    }
  } finally {
    client.close();
  }
}
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const nl = (x, digits = 0) => (Number.isFinite(x)
  ? x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
const ms = (x, d = 0) => `${nl(x, d)} ms`;
const kB = (bytes, d = 1) => `${nl(bytes / 1000, d)} kB`;
const MB = (bytes) => `${nl(bytes / 1e6, 1)} MB`;
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
const version = (pkg) => createRequire(import.meta.url)(`${pkg}/package.json`).version;

/** How a cost grows with n, from points [{n, t}] sorted by n.
 *  perUnit: cost per unit at the largest n against the second smallest (the
 *  issue's rough check; a fixed overhead pushes it below 1).
 *  exponent: k in (t - t0) ∝ n^k between the two largest n, where t0 is the
 *  cost at the smallest n, taken as the fixed part. k = 1 is linear; noise at
 *  the smallest n hardly moves it, since the two largest costs are far above. */
function growth(points) {
  const [z, a] = points;
  const [b, c] = points.slice(-2);
  const perUnit = (c.t / c.n) / (a.t / a.n);
  const exponent = Math.log((c.t - z.t) / (b.t - z.t)) / Math.log(c.n / b.n);
  const verdict = !(exponent > 0) ? 'not measurable (no growth above the smallest bundle)'
    : exponent > 1.2 ? 'super-linear' : exponent < 0.8 ? 'sub-linear' : 'about linear';
  return { z, a, b, c, perUnit, exponent, verdict, met: Number.isFinite(exponent) && exponent <= 1.2 };
}

function checkBundles(files) {
  // The dev profile, which make build and cargo test have compiled: the
  // release profile is the wasm's (size, LTO), and since the components
  // compile natively too (issue 24) a native release build of them takes
  // minutes for a check that takes seconds.
  log('checking the generated bundles with check-bundle (cargo run --bin check-bundle)');
  const r = spawnSync('cargo', ['run', '--locked', '--quiet', '--bin', 'check-bundle', '--',
    ...files.map((f) => path.relative(repo, f))], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`check-bundle refused a generated bundle (exit ${r.status}):\n${out}`);
  return out.split('\n').filter((l) => /^OK:/.test(l)).pop() ?? out.split('\n').pop();
}

// ---------------------------------------------------------------- 1. size
log(`measuring app code in ${path.relative(repo, dist)}/`);
const size = appCodeSize(dist);

// ------------------------------------- 5. the whole report at build time
log('rendering a made-up report of 60 bundles with the build\'s renderer');
const reportSite = reportSiteRun(dist, { runs: RUNS, heightPages: 2 });

// ------------------------------------------------- 3a. generated bundles
const bundleFiles = writeBundles(path.join(dist, 'bench'));
const checked = checkBundles(bundleFiles);
log(checked);

const { server, browser } = await start({ shipped: true });
let report;
try {
  const chromium = browser.version();

  // --------------------------------------------- 2a. the static snapshot
  log('writing the static snapshot of the theme page');
  const snapshot = await writeStaticSnapshot(browser, server.url, NL_PAGE, dist);
  // ------------------------------ 2c. embeds: snapshots and host pages
  log('writing static snapshots of the embedded page and chart, and their host pages');
  const embedSnaps = {};
  for (const [k, p] of Object.entries(EMBEDS)) {
    embedSnaps[k] = await writeStaticSnapshot(browser, server.url, p, dist, `bench-static-embed-${k}`);
  }
  writeHostPages(embedSnaps, await insluitenSnippets(browser, server.url));

  // ------------------------------------------------------------ 3b. scale
  const cases = [
    { label: 'theme page, real bundle', n: null, url: NL_PAGE },
    ...SIZES.map((n) => ({ label: `made up, ${n.toLocaleString('en-GB')}`, n, url: `/?draft=bench/indicators-${n}.json`,
      bytes: fs.statSync(path.join(dist, 'bench', `indicators-${n}.json`)).size })),
  ];
  await scaleRun(browser, server.url + NL_PAGE); // warm-up, not counted
  for (const c of cases) {
    c.runs = [];
    for (let i = 0; i < RUNS; i++) {
      log(`scale: ${c.label}, run ${i + 1}/${RUNS}`);
      c.runs.push(await scaleRun(browser, server.url + c.url));
    }
    const m = (f) => median(c.runs.map(f));
    c.render = m((r) => r.render);
    c.painted = m((r) => r.painted);
    c.complete = m((r) => r.complete);
    c.longestTask = m((r) => r.longestTask);
    c.openWork = m((r) => r.open.work);
    c.openPaint = m((r) => r.open.paint);
    c.heap = m((r) => r.heap);
    c.wasm = m((r) => r.wasm);
    c.elements = m((r) => r.elements);
    c.charts = m((r) => r.charts);
    c.areaIndicators = c.runs[0].open.indicators;
    c.areas = c.runs[0].areas;
    c.renderRange = [Math.min(...c.runs.map((r) => r.render)), Math.max(...c.runs.map((r) => r.render))];
    c.n ??= c.runs[0].indicators;
  }
  // --------------------------------------------- 3c. the editors' check
  const valid5000 = path.join(dist, 'bench', 'indicators-5000.json');
  const editorCases = [
    { label: 'valid, 5,000 indicators', file: valid5000 },
    { label: '5,000 indicators, 100 problems', file: writeBroken(valid5000, path.join(dist, 'bench', 'broken-5000.json')) },
  ];
  for (const c of editorCases) {
    c.bytes = fs.statSync(c.file).size;
    c.runs = [];
    for (let i = 0; i < RUNS; i++) {
      log(`editors' check: ${c.label}, run ${i + 1}/${RUNS}`);
      c.runs.push(await editorsCheckRun(browser, `${server.url}/?check`, c.file));
    }
    c.ms = median(c.runs.map((r) => r.ms));
    c.listed = c.runs[0].listed;
  }
  await browser.close();

  // ------------------------------------------------------- 2b. Lighthouse
  // HTTP/2 needs TLS in browsers: a self-signed certificate for 127.0.0.1,
  // made for this run (openssl) and trusted by nobody; Chromium is told to
  // accept it. Nothing of it is kept in the repository.
  const tls = PROTOCOL === 'h2' ? selfSignedCertificate(path.join(outDir, 'tls')) : null;
  const host = await compressingHost(server.url, { tls });
  const lighthouseFlags = tls ? ['--ignore-certificate-errors'] : [];
  // The app as the overview links to it (the pre-rendered page, which the
  // app takes over), the app at its query address (no pre-rendering: what
  // `trunk serve`, embeds and old links get), and the no-JS limit.
  const pages = { app: `${host.url}${NL_STATIC}`, spa: `${host.url}${NL_PAGE}`, static: `${host.url}/${STATIC_DIR}/index.html` };
  // Issue 15: each embed on a host page (the snippet's iframe, against the
  // same host with the snapshot in a frame of its final height), and the
  // embedded document on its own (against its snapshot).
  for (const k of Object.keys(EMBEDS)) {
    pages[`${k}Host`] = `${host.url}/bench-hosts/${k}.html`;
    pages[`${k}HostStatic`] = `${host.url}/bench-hosts/${k}-static.html`;
    pages[`${k}Doc`] = `${host.url}${EMBEDS[k]}`;
    pages[`${k}DocStatic`] = `${host.url}/bench-static-embed-${k}/index.html`;
  }
  const lh = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  fs.mkdirSync(path.join(outDir, 'lighthouse'), { recursive: true });
  // The host compresses a file on its first request and caches it: ask for
  // every file the pages load once before measuring, so that no run (the
  // first one, before) measures the compressing instead of the page.
  const files = [
    ...Object.values(pages),
    ...fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile()).map((f) => `${host.url}/${f}`),
    `${host.url}/data/index.json`, `${host.url}${BUNDLE}`,
    `${host.url}/embed/resize.js`, `${host.url}/bench-hosts/host.css`,
  ];
  await warm(files, tls);
  for (let i = 0; i < LH_RUNS; i++) {
    for (const which of Object.keys(pages)) {
      log(`lighthouse: ${which}, run ${i + 1}/${LH_RUNS}`);
      const r = await lighthouseRun(pages[which], { extraFlags: lighthouseFlags });
      fs.writeFileSync(path.join(outDir, 'lighthouse', `${which}-${i + 1}.json`), JSON.stringify(r.lhr));
      lh[which].push(r);
    }
  }
  const served = host.served();
  await host.close();
  const lhm = Object.fromEntries(Object.entries(lh).map(([k, runs]) => [k, {
    score: median(runs.map((r) => r.score)), fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)), cls: median(runs.map((r) => r.cls)), bytes: median(runs.map((r) => r.bytes)),
    lcpElement: runs.map((r) => r.lcpElement).find(Boolean) ?? 'n/a', runs,
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  }]));
  const lhr0 = lh.app[0].lhr;
  const thr = lhr0.configSettings.throttling;
  const screen = lhr0.configSettings.screenEmulation;
  const benchmarkIndex = median(Object.values(lh).flat().map((r) => r.lhr.environment.benchmarkIndex));
  const lcpRatio = lhm.app.lcp / lhm.static.lcp;

  // ------------------------------------------------------------- growth
  const generated = cases.filter((c) => SIZES.includes(c.n) && c.label.startsWith('made up'));
  const gRender = growth(generated.map((c) => ({ n: c.n, t: c.render })));
  const gOpen = growth(generated.map((c) => ({ n: c.areaIndicators, t: c.openWork })));
  const gComplete = growth(generated.map((c) => ({ n: c.n, t: c.complete })));
  const gHeap = growth(generated.map((c) => ({ n: c.n, t: c.heap + c.wasm })));
  const at1000 = generated.find((c) => c.n === 1000);

  // ------------------------------------------------------------- report
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  const cpus = os.cpus();
  const minutes = (Date.now() - began) / 60000;
  const L = [];
  const row = (...cells) => L.push(`| ${cells.join(' | ')} |`);
  const met = (ok) => (ok ? '**met**' : '**not met**');

  L.push('# Performance benchmark (issue 7)', '');
  L.push(`- **Date:** ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  L.push(`- **Commit:** \`${commit}\`${dirty ? ' with uncommitted changes' : ''} (branch \`${git('rev-parse', '--abbrev-ref', 'HEAD')}\`)`);
  L.push(`- **Machine:** ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${nl(os.totalmem() / 2 ** 30, 1)} GiB RAM, `
    + 'shared with other work, so absolute times move between runs; compare figures of one report with each other. '
    + `Load average (1 min) ${nl(loadBefore, 1)} at the start, ${nl(os.loadavg()[0], 1)} at the end. `
    + `Lighthouse's benchmark index of this machine: ${nl(benchmarkIndex)} (median of its runs).`);
  L.push(`- **Software:** Chromium ${chromium} (Debian, headless), Node ${process.versions.node}, `
    + `Lighthouse ${version('lighthouse')}, playwright-core ${version('playwright-core')}.`);
  L.push(`- **Run time:** ${nl(minutes, 1)} minutes for this script (after the release build).`);
  L.push(`- **Reproduce:** \`bash scripts/setup.sh --test\` once, then \`make bench\`. It builds the release `
    + '(`trunk build --release`), installs `tests/bench` (`npm ci`) when missing, runs `tests/bench/bench.mjs` and '
    + 'writes `target/bench/report.md`, plus every Lighthouse report as JSON in `target/bench/lighthouse/`. '
    + `\`BENCH_RUNS\` (default 5; this run ${RUNS}) and \`BENCH_LH_RUNS\` (default 3; this run ${LH_RUNS}) set the number of runs; `
    + '`BENCH_COMPRESS=0` lets Lighthouse see the files uncompressed.');
  L.push('');

  L.push('## 1. App code size', '');
  L.push('What a browser downloads and runs before the app can show anything: the files `scripts/size.sh` counts '
    + '(`dist/*.wasm`, `dist/*.js`: the wasm, its wasm-bindgen JS and the loader). 1 kB = 1,000 bytes; '
    + 'gzip at level 9, brotli at quality 11 (both from node:zlib).', '');
  row('File', 'Raw', 'gzip -9', 'brotli 11');
  row('---', '---:', '---:', '---:');
  for (const f of size.files) row(`\`${f.name}\``, kB(f.raw), kB(f.gzip), kB(f.brotli));
  row('**Total**', `**${kB(size.total.raw)}**`, `**${kB(size.total.gzip)}**`, `**${kB(size.total.brotli)}**`);
  L.push('');

  L.push('## 2. Lighthouse: the app against a static snapshot', '');
  L.push(`Lighthouse ${version('lighthouse')} through its Node API with its defaults: the mobile preset `
    + `(${screen.width}×${screen.height} CSS px at ${screen.deviceScaleFactor}×) and simulated throttling `
    + `(${thr.rttMs} ms RTT, ${nl(thr.throughputKbps)} kbit/s, CPU slowed ${thr.cpuSlowdownMultiplier}×), performance category only. `
    + `Each figure is the **median of ${LH_RUNS} runs** per page (runs alternate app and static), each in a fresh Chromium `
    + `with a fresh user-data-dir and the flags \`${CHROME_FLAGS.join(' ')}\`.`, '');
  L.push(`- **App (pre-rendered page):** \`${NL_STATIC}\`, the theme page as the overview links to it: static HTML written `
    + 'by `make build` (`src/prerender/`, natively), which the app takes over once it has loaded. The budgets are measured on it.');
  L.push(`- **App at its query address:** \`${NL_PAGE}\`, the same page rendered by the app alone (what \`trunk serve\`, `
    + 'iframe embeds and old links get). For comparison.');
  L.push(`- **Static snapshot:** \`dist/${STATIC_DIR}/index.html\` (${kB(snapshot.bytes)}), the same page as the app renders it `
    + `at ${MOBILE.width}×${MOBILE.height}, taken after the \`resultaten:rendered\` mark, with every \`<script>\`, `
    + '`<template id="resultaten-app">`, `<link rel=modulepreload>` and `<link rel=preload as=fetch>` removed '
    + `(${snapshot.removed.length} elements) and the stylesheet links pointed at the same CSS files. `
    + `This is the no-JS limit. Check: it shows ${snapshot.sameText ? 'the same' : '**different**'} visible text as the app; `
    + `${snapshot.stylesheets} stylesheets apply; ${snapshot.styleAttributes} \`style\` attributes`
    + `${snapshot.problems.length ? `; problems: ${snapshot.problems.join('; ')}` : ''}.`);
  L.push(`- **Served** by \`tests/e2e/server.mjs\` (strict CSP, \`no-store\`) behind a layer in \`tests/bench/host.mjs\` that `
    + (host.enabled ? 'compresses as a host would (brotli 11 or gzip -9, per `Accept-Encoding`); '
      : 'passes files through **uncompressed** (`BENCH_COMPRESS=0`); ')
    + (PROTOCOL === 'h2'
      ? 'over **HTTP/2 with TLS**, as public hosts serve (a self-signed certificate made for the run, which Chromium is '
        + 'told to accept with `--ignore-certificate-errors`; `BENCH_PROTOCOL=http1` measures over HTTP/1.1 without TLS, '
        + 'as reports before issue 16 did); '
      : 'over **HTTP/1.1** without TLS (`BENCH_PROTOCOL=http1`; the default is HTTP/2 with TLS, as public hosts serve); ')
    + `served: ${served.map((s) => `\`${s}\``).join(', ')}.`);
  L.push('');
  row('Metric', 'App (pre-rendered page)', 'App at its query address', 'Static snapshot', 'App / static');
  row('---', '---:', '---:', '---:', '---:');
  row('Performance score', nl(lhm.app.score), nl(lhm.spa.score), nl(lhm.static.score), '');
  row('First Contentful Paint', ms(lhm.app.fcp), ms(lhm.spa.fcp), ms(lhm.static.fcp), `${nl(lhm.app.fcp / lhm.static.fcp, 2)}×`);
  row('Largest Contentful Paint', ms(lhm.app.lcp), ms(lhm.spa.lcp), ms(lhm.static.lcp), `**${nl(lcpRatio, 2)}×**`);
  row('Total Blocking Time', ms(lhm.app.tbt), ms(lhm.spa.tbt), ms(lhm.static.tbt), '');
  row('Cumulative Layout Shift', nl(lhm.app.cls, 3), nl(lhm.spa.cls, 3), nl(lhm.static.cls, 3), '');
  row('Bytes transferred', kB(lhm.app.bytes), kB(lhm.spa.bytes), kB(lhm.static.bytes), `${nl(lhm.app.bytes / lhm.static.bytes, 1)}×`);
  row('LCP element', `\`${lhm.app.lcpElement}\``, `\`${lhm.spa.lcpElement}\``, `\`${lhm.static.lcpElement}\``, '');
  L.push('');
  for (const which of ['app', 'spa', 'static']) {
    L.push(`Runs, ${which} (score / FCP / LCP / TBT / CLS): `
      + lhm[which].runs.map((r) => `${nl(r.score)} / ${nl(r.fcp)} / ${nl(r.lcp)} / ${nl(r.tbt)} / ${nl(r.cls, 3)}`).join('; ') + '.');
    L.push('');
  }
  {
    const byLcp = [...lh.app].sort((a, b) => a.lcp - b.lcp);
    const d = byLcp[Math.floor((byLcp.length - 1) / 2)].diagnostics;
    const list = (xs, f) => (xs.length ? xs.map(f).join(', ') : 'none');
    L.push('Where the app\'s time goes, from its run with the median LCP (Lighthouse\'s simulated figures, CPU slowed):', '');
    L.push(`- LCP phases: ${list(d.lcpPhases, (p) => `${p.phase} ${ms(p.ms)}`)}.`);
    L.push(`- Layout shifts: ${list(d.shifts, (x) => `\`${x.element}\` ${nl(x.score, 3)}`)}.`);
    L.push(`- Long tasks: ${list(d.longTasks.slice(0, 5), (t) => `${ms(t.ms)} (${t.file}, at ${ms(t.start)})`)}.`);
    L.push(`- Main thread: ${list(d.mainThread.slice(0, 5), (t) => `${t.group} ${ms(t.ms)}`)}.`);
    L.push('');
  }
  for (const which of ['app', 'spa', 'static']) {
    if (lhm[which].warnings.length) L.push(`Lighthouse warnings (${which}): ${lhm[which].warnings.join(' ')}`, '');
  }

  L.push('## 2c. Embedding (issue 15): a page and a chart in an iframe', '');
  L.push('The same Lighthouse runs, on: a host page (made up, `dist/bench-hosts/`, written by the bench) holding the iframe '
    + 'snippet that "Insluiten" gives (read from the page, with the heights the build measured; the frame is as wide as '
    + `the screen, ${MOBILE.width} px, one of the widths measured), pointing at the pre-rendered embed page; the same host with the embed's static snapshot `
    + 'in its frame, which gets its final height as an attribute (no script to report it), the limit; and the embedded '
    + 'document on its own against its snapshot. Lighthouse counts the largest paint of the top document only, so a host '
    + 'page\'s LCP is its own text whatever the frame holds: the frame\'s content is measured on its own (the "document" rows). '
    + `Embeds: ${Object.entries(EMBEDS).map(([k, p]) => `${k} \`${p}\``).join(', ')}. Targets: LCP ≤ 1.1× static, CLS 0.`, '');
  row('Embed', 'Measured on', 'LCP, app', 'LCP, static', 'App / static', 'CLS, app', 'CLS, static', 'Target met');
  row('---', '---', '---:', '---:', '---:', '---:', '---:', '---');
  for (const k of Object.keys(EMBEDS)) {
    for (const [where, app, st] of [['host page', `${k}Host`, `${k}HostStatic`], ['document', `${k}Doc`, `${k}DocStatic`]]) {
      const ratio = lhm[app].lcp / lhm[st].lcp;
      row(k, where, ms(lhm[app].lcp), ms(lhm[st].lcp), `${nl(ratio, 2)}×`, nl(lhm[app].cls, 3), nl(lhm[st].cls, 3),
        met(ratio <= 1.1 && lhm[app].cls === 0));
    }
  }
  L.push('');
  for (const k of Object.keys(EMBEDS)) {
    L.push(`Snapshot ${k}: \`dist/bench-static-embed-${k}/index.html\` (${kB(embedSnaps[k].bytes)}, ${embedSnaps[k].height} px high at `
      + `${MOBILE.width} px), ${embedSnaps[k].sameText ? 'the same' : '**different**'} visible text as the app.`);
  }
  L.push('');

  L.push('## 3. Scale: cost against the size of the bundle', '');
  L.push(`Bundles made by \`tests/bench/make-bundles.mjs\` into \`dist/bench/\`: **made-up data**, ${AREAS} result areas, `
    + 'per indicator a title, status, value with unit, explanation and narrative; every third with an earlier period '
    + '(a comparison chart), every fifth with a small bar chart. '
    + `Each passed \`check-bundle\` in this run (${checked}). Shown with \`/?draft=bench/indicators-N.json\`; `
    + 'the first row is the real theme page for comparison.', '');
  L.push(`Headless Chromium without throttling, viewport 1280×900, a fresh page per run, **median of ${RUNS} runs**:`, '');
  L.push('- **Render:** from the mark `resultaten:bundle-received` (bundle text arrived) to `resultaten:rendered` '
    + '(first animation frame after the page is in the DOM): parse, validate, build, insert.');
  L.push('- **Open area:** click on the first closed area toggle, timed with `performance.now()`: *work* until the DOM '
    + 'shows the panel and its style and layout are computed; *to next paint* until the next animation frame has been '
    + 'rendered (a task posted from that frame\'s `requestAnimationFrame`). The second includes waiting for the frame.');
  L.push('- **Until painted:** the same start, until the frame that set `resultaten:rendered` has been painted '
    + '(a task posted from that frame runs after its style, layout and paint). For comparison; the budget uses *Render*.');
  L.push('- **All areas built:** the same start, until `resultaten:complete`: the task after the last closed area\'s '
    + 'content has been built (the app builds it one area per task after the first frame, so find-in-page and print '
    + 'reach every text). **Longest task:** the longest main-thread task in that time (a `longtask` observer, which '
    + 'reports tasks of 50 ms or more; 0: none that long).');
  L.push('- **JS heap:** live JS heap after a forced garbage collection (CDP `Runtime.getHeapUsage`), after render. '
    + '**wasm memory:** the app\'s linear memory, which the JS heap does not count; it only grows, so it is the peak.', '');
  row('Indicators', 'Bundle', 'Render (min–max)', 'Render per indicator', 'Until painted', 'All areas built', 'Longest task',
    'DOM elements', 'SVG charts drawn', 'JS heap', 'wasm memory');
  row('---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const c of cases) {
    row(`${nl(c.n)}${c.label.startsWith('theme') ? ' (real)' : ''}`, c.bytes ? kB(c.bytes, 0) : 'real',
      `${ms(c.render, 1)} (${nl(c.renderRange[0])}–${nl(c.renderRange[1])})`, `${nl(1000 * c.render / c.n)} µs`,
      ms(c.painted, 1), ms(c.complete, 1), ms(c.longestTask, 0), nl(c.elements), nl(c.charts), MB(c.heap), MB(c.wasm));
  }
  L.push('');
  row('Indicators', 'Indicators in the opened area', 'Open: work', 'Open: to next paint');
  row('---:', '---:', '---:', '---:');
  for (const c of cases) {
    row(`${nl(c.n)}${c.label.startsWith('theme') ? ' (real)' : ''}`, nl(c.areaIndicators), ms(c.openWork, 1), ms(c.openPaint, 1));
  }
  L.push('');
  const gLine = (what, g, unit, fmt) => `- **${what}:** per ${unit}, the cost at ${nl(g.c.n)} is ${nl(g.perUnit, 2)}× the cost at ${nl(g.a.n)}. `
    + `Above the cost at ${nl(g.z.n)} (${fmt(g.z.t)}, taken as fixed), the cost grows as n^${nl(g.exponent, 2)} from ${nl(g.b.n)} to ${nl(g.c.n)}: `
    + `**${g.verdict}**.`;
  L.push('Growth: the exponent k of the cost above the fixed part (1 is linear; about linear: 0.8 to 1.2; super-linear: above 1.2). '
    + 'Render and memory grow with all indicators, opening with the indicators of the opened area.', '');
  L.push(gLine('Render', gRender, 'indicator', (t) => ms(t, 1)));
  L.push(gLine('Open area (work)', gOpen, 'indicator in the opened area', (t) => ms(t, 1)));
  L.push(gLine('All areas built', gComplete, 'indicator', (t) => ms(t, 1)));
  L.push(gLine('Memory (JS heap + wasm)', gHeap, 'indicator', MB));
  L.push('');

  L.push('## 3c. The editors\' check (issue 13)', '');
  L.push('The editors\' page (`/?check`, its own wasm) with a made-up bundle chosen in its file input: '
    + 'from the input\'s `change` event to the first paint with the file\'s report on screen, measured in the page '
    + `(performance.now()), headless Chromium without throttling; median of ${RUNS} runs. Target: ≤ 1 s.`, '');
  row('Bundle', 'Size', 'Problems listed', 'Chosen → listed', 'Runs', 'Target');
  row('---', '---:', '---:', '---:', '---', '---');
  for (const c of editorCases) {
    row(c.label, MB(c.bytes), nl(c.listed), ms(c.ms), c.runs.map((r) => nl(r.ms)).join(' / '), met(c.ms <= 1000));
  }
  L.push('');

  L.push('## 4. Budgets of issue 7', '');
  row('What', 'Budget', 'Measured', 'Result');
  row('---', '---', '---', '---');
  row('App code', '≤ 150 kB gzip', `${kB(size.total.gzip)} gzip -9 (brotli ${kB(size.total.brotli)})`, met(size.total.gzip <= 150_000));
  row('Lighthouse performance', '≥ 98', nl(lhm.app.score), met(lhm.app.score >= 98));
  row('LCP', '≤ 1.3× the static snapshot', `${nl(lcpRatio, 2)}× (${ms(lhm.app.lcp)} against ${ms(lhm.static.lcp)})`, met(lcpRatio <= 1.3));
  row('TBT', '≤ 50 ms', ms(lhm.app.tbt), met(lhm.app.tbt <= 50));
  row('CLS', '≤ 0.02', nl(lhm.app.cls, 3), met(lhm.app.cls <= 0.02));
  row('1,000 indicators: first render after the data arrives', '≤ 150 ms',
    `${ms(at1000.render, 1)} (all areas built: ${ms(at1000.complete, 1)}, longest task ${ms(at1000.longestTask, 0)})`,
    met(at1000.render <= 150));
  row('Open an area (1,000 indicators, 100 in the area)', '≤ 50 ms', `${ms(at1000.openPaint, 1)} to next paint (work ${ms(at1000.openWork, 1)})`,
    met(at1000.openPaint <= 50));
  row('Growth with bundle size', 'linear', `k: render ${nl(gRender.exponent, 2)}, all areas built ${nl(gComplete.exponent, 2)}, `
    + `open ${nl(gOpen.exponent, 2)}, memory ${nl(gHeap.exponent, 2)}`,
    met(gRender.met && gComplete.met && gOpen.met && gHeap.met));
  L.push('');
  L.push('Lighthouse figures are for the app; the scale figures are unthrottled desktop Chromium on this machine.');
  L.push('');

  L.push('## 5. The whole report at build time (issue 24)', '');
  const rs = reportSite;
  const sum = (a) => a.reduce((x, y) => x + y, 0);
  const avg = (a) => sum(a) / a.length;
  const written = rs.sizes.theme.length + rs.sizes.embed.length + rs.sizes.overview.length;
  const renderSeconds = median(rs.times);
  L.push(`A made-up catalog of ${THEMES} themes × ${YEARS.length} years × ${LANGS.length} languages (${rs.bundles} bundles, `
    + 'the shipped 2019 bundles under invented themes and years; `tests/bench/report-site.mjs`, written to '
    + '`target/bench/report-site/`, never shipped) in a copy of the release build, rendered by `make build`\'s step after '
    + `Trunk, \`cargo run --bin prerender\` (the binary compiled; the time includes cargo's check). Median of ${rs.times.length} runs, `
    + 'each on a fresh copy. Target: at most 60 s for the 60 pages, pieces included.', '');
  row('What', 'Measured', 'Target');
  row('---', '---', '---');
  row(`The renderer, ${rs.sizes.theme.length} theme pages with their embed forms and ${rs.sizes.overview.length} overviews`,
    `${nl(renderSeconds, 2)} s (runs ${rs.times.map((t) => nl(t, 2)).join(', ')} s)`, met(renderSeconds <= 60));
  row('Per theme page, embed forms included', `${nl((renderSeconds / rs.sizes.theme.length) * 1000, 0)} ms`, '');
  row('Pages written', `${nl(written)}: ${rs.sizes.theme.length} theme pages, ${rs.sizes.embed.length} embed pages, ${rs.sizes.overview.length} overviews`, '');
  row('Size per theme page', `${kB(avg(rs.sizes.theme))} (${kB(Math.min(...rs.sizes.theme))} – ${kB(Math.max(...rs.sizes.theme))})`, '');
  row('Size per embed page', `${kB(avg(rs.sizes.embed))} (${kB(Math.min(...rs.sizes.embed))} – ${kB(Math.max(...rs.sizes.embed))})`, '');
  row('All pages', kB(sum([...rs.sizes.theme, ...rs.sizes.embed, ...rs.sizes.overview])), '');
  row(`make embed-heights (optional; Chromium), on ${rs.heights.pages} of the theme pages`,
    `${nl(rs.heights.seconds, 1)} s: ${nl(rs.heights.seconds / rs.heights.pages, 1)} s per theme page `
    + `(its ${Math.round(rs.sizes.embed.length / rs.sizes.theme.length)} embed forms at 25 widths), so about `
    + `${nl((rs.heights.seconds / rs.heights.pages) * rs.sizes.theme.length / 60, 0)} minutes for all ${rs.sizes.theme.length}`, '');
  report = L.join('\n') + '\n';
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'report.md'), report);
console.log(report);
log(`wrote ${path.relative(process.cwd(), path.join(outDir, 'report.md'))} in ${nl((Date.now() - began) / 60000, 1)} minutes`);
