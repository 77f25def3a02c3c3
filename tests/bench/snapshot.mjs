// The no-JS limit of issue 7: the theme page as the app renders it, saved as
// plain HTML with every script removed.
//
// Headless Chromium loads the built app at Lighthouse's mobile viewport (the
// charts size themselves to their box), waits for the app's
// 'resultaten:rendered' mark, and takes document.documentElement.outerHTML
// without: every <script>, the <template id="resultaten-app"> that names the
// app's files, and <link rel=modulepreload> / <link rel=preload as=fetch>.
// The stylesheet links then point to the same CSS files from the snapshot's
// folder. Written to dist/bench-static/index.html (or another folder one
// level down, for the embedded pieces of issue 15).
import fs from 'node:fs';
import path from 'node:path';
import { newPage, normalise } from '../e2e/harness.mjs';

/** Lighthouse's default mobile screen (moto g power): 412×823 CSS px at 1.75. */
export const MOBILE = { width: 412, height: 823, scale: 1.75 };
export const STATIC_DIR = 'bench-static';

export async function waitForRendered(page, timeout = 180_000) {
  await page.waitForFunction(() => performance.getEntriesByName('resultaten:rendered').length > 0,
    null, { timeout, polling: 50 });
}

const frames = (page, n = 2) => page.evaluate((k) => new Promise((resolve) => {
  const step = (i) => (i === 0 ? resolve() : requestAnimationFrame(() => step(i - 1)));
  step(k);
}), n);

const visibleText = (page) => page.evaluate(() => document.body.innerText);

export async function writeStaticSnapshot(browser, serverUrl, pagePath, dist, dirName = STATIC_DIR) {
  const { page, context, problems } = await newPage(browser, MOBILE);
  try {
    await page.goto(serverUrl + pagePath);
    await waitForRendered(page);
    await page.waitForLoadState('networkidle');
    await frames(page);
    const appText = normalise(await visibleText(page));
    const { html, removed, styleAttributes } = await page.evaluate((dir) => {
      const root = document.documentElement.cloneNode(true);
      const doomed = root.querySelectorAll(
        'script, template#resultaten-app, link[rel~="modulepreload"], link[rel~="preload"][as="fetch"]');
      const removed = [...doomed].map((e) => e.outerHTML.slice(0, 120));
      doomed.forEach((e) => e.remove());
      // The same CSS files, addressed from /<dir>/ instead of the page's folder.
      for (const link of root.querySelectorAll('link[rel~="stylesheet"][href]')) {
        const abs = new URL(link.getAttribute('href'), document.baseURI);
        link.setAttribute('href', `../${abs.pathname.replace(/^\//, '')}`);
      }
      return {
        html: `<!DOCTYPE html>\n${root.outerHTML}\n`,
        removed,
        styleAttributes: root.querySelectorAll('[style]').length,
      };
    }, dirName);
    const dir = path.join(dist, dirName);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'index.html');
    fs.writeFileSync(file, html);
    if (/<script\b/i.test(html)) throw new Error('the static snapshot still holds a <script>');
    if (problems.length) throw new Error(`the app reported problems while being snapshot:\n${problems.join('\n')}`);

    // Check: the snapshot shows the same text as the app, under the same CSP.
    const check = await newPage(browser, MOBILE);
    await check.page.goto(`${serverUrl}/${dirName}/index.html`);
    const staticText = normalise(await visibleText(check.page));
    const stylesheets = await check.page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
    await check.context.close();
    // The content's own height (the document's is at least the viewport's),
    // for a frame that holds the snapshot at its final size.
    const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    return {
      file, bytes: Buffer.byteLength(html), removed, styleAttributes, stylesheets, height,
      sameText: staticText === appText,
      problems: check.problems,
    };
  } finally {
    await context.close();
  }
}
