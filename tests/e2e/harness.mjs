// Shared setup for the end-to-end tests: paths, the browser, the server,
// and a page that records console errors and failed requests.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const dist = process.env.DIST_DIR ?? path.join(repo, 'dist');
export const shotDir = path.join(repo, 'target', 'screenshots');
export const seedFile = process.env.SEED_FILE
  ?? path.resolve(repo, '..', 'shared', 'seed', '000_4f93ca455ef8f70e.txt');
export const BUNDLE = '/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json';

export async function start() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no build in ${dist}: run \`make build\` (trunk build --release) first`);
  }
  fs.mkdirSync(shotDir, { recursive: true });
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  return { server, browser };
}

/** A new page that records what would show up as a problem in DevTools. */
export async function newPage(browser, { width = 1280, height = 900, scale = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { page, context, problems };
}

/** Collapses whitespace and no-break spaces, as a reader sees text. */
export const normalise = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
