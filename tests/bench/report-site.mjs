// Section 5 of `make bench` (issue 24): the build at the size of the whole
// report. A MADE-UP catalog of 10 themes × 3 years × 2 languages (60
// bundles, made from the shipped 2019 bundles: the themes, titles and
// years are invented; every figure is the 2019 page's, under another
// theme) in a copy of the release build, never shipped; then the build's
// own second step, the native renderer (`cargo run --bin prerender`, as
// `make build` runs it after Trunk), timed; and the optional
// `make embed-heights`, timed per page on a few of the pages.
//
// On its own: node tests/bench/report-site.mjs (after make build).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
export const THEMES = 10;
export const YEARS = [2017, 2018, 2019];
export const LANGS = ['nl', 'en'];
const SHIPPED = 'opvang-in-de-regio-en-migratiesamenwerking';

/**
 * A copy of `dist` (without its pages and data) in `site`, with the
 * made-up catalog and its bundles in data/. Returns the catalog's size.
 */
export function writeReportSite(dist, site) {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  for (const f of fs.readdirSync(dist)) {
    const from = path.join(dist, f);
    // The app's files, its scripts, the schema; not its pages, data or
    // the bench's own files.
    if (['data', 'nl', 'en', 'bench', 'bench-hosts'].includes(f) || f.startsWith('bench-static')) continue;
    fs.cpSync(from, path.join(site, f), { recursive: true });
  }
  // Trunk's index.html, which the build keeps as app.html.
  fs.copyFileSync(path.join(dist, 'app.html'), path.join(site, 'index.html'));
  fs.rmSync(path.join(site, 'app.html'));
  const bundles = [];
  for (let t = 1; t <= THEMES; t++) {
    const theme = `verzonnen-thema-${String(t).padStart(2, '0')}`;
    for (const year of YEARS) {
      for (const lang of LANGS) {
        const b = JSON.parse(fs.readFileSync(path.join(repo, 'public', 'data', '2019', lang, `${SHIPPED}.json`), 'utf8'));
        const title = `${lang === 'nl' ? 'Verzonnen thema' : 'Made-up theme'} ${t}`;
        b._comment = 'MADE-UP BENCHMARK DATA (tests/bench/report-site.mjs): the shipped 2019 bundle under an invented theme, title and year.';
        b.theme.id = theme;
        b.theme.title = title;
        b.theme.year = year;
        const rel = `${year}/${lang}/${theme}.json`;
        fs.mkdirSync(path.join(site, 'data', year.toString(), lang), { recursive: true });
        fs.writeFileSync(path.join(site, 'data', rel), JSON.stringify(b, null, 2));
        bundles.push({ theme, year, language: lang, title, path: rel });
      }
    }
  }
  fs.writeFileSync(path.join(site, 'data', 'index.json'), JSON.stringify({
    _comment: 'MADE-UP BENCHMARK CATALOG (tests/bench/report-site.mjs)',
    schema_version: '1.0',
    bundles,
  }, null, 2));
  return bundles.length;
}

/** Runs `command` with `args` in the repository, its time in seconds. */
function timed(command, args, env = {}) {
  const started = process.hrtime.bigint();
  const out = execFileSync(command, args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, out };
}

/** The sizes of the pages in `site`, by kind. */
function pageSizes(site) {
  const sizes = { theme: [], embed: [], overview: [] };
  const walk = (dir) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name === 'index.html') {
        const rel = path.relative(site, p);
        const kind = rel.includes('/embed/') ? 'embed' : /^(nl|en)\/\d{4}\//.test(rel) ? 'theme' : 'overview';
        sizes[kind].push(fs.statSync(p).size);
      }
    }
  };
  walk(site);
  return sizes;
}

/**
 * The measurement: the renderer's time on the made-up site (`runs` times,
 * each on a fresh copy), the pages' sizes, and make embed-heights on
 * `heightPages` of its theme pages.
 */
export function reportSiteRun(dist, { runs = 3, heightPages = 2 } = {}) {
  const site = path.join(repo, 'target', 'bench', 'report-site');
  const times = [];
  let bundles = 0;
  let out = '';
  for (let i = 0; i < runs; i++) {
    bundles = writeReportSite(dist, site);
    const r = timed('cargo', ['run', '--locked', '--quiet', '--bin', 'prerender', '--', site]);
    times.push(r.seconds);
    out = r.out;
  }
  const sizes = pageSizes(site);
  // The optional heights, on a few theme pages: a catalog that names only
  // those as rendered, so the step measures them alone.
  const catalogFile = path.join(site, 'data', 'index.json');
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8'));
  const full = JSON.stringify(catalog, null, 2);
  catalog.bundles.forEach((e, i) => { if (i >= heightPages) delete e.page; });
  fs.writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
  const heights = timed('node', ['scripts/build/embed-heights.mjs', site]);
  fs.writeFileSync(catalogFile, full);
  return { bundles, times, sizes, renderer: out.trim().split('\n').slice(-2), heights: { pages: heightPages, seconds: heights.seconds, out: heights.out.trim() } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = reportSiteRun(path.join(repo, 'dist'));
  console.log(JSON.stringify(r, null, 2));
}
