// The editors' page (issue 13): a large bundle read from a file, checked and
// listed, in headless Chromium (no throttling). Timed in the page with
// performance.now(): from the input's `change` event (the moment the file
// has been chosen) to the next paint after the file's report is in the DOM
// (the next animation frame, then a task posted from it).
import fs from 'node:fs';
import path from 'node:path';
import { newPage } from '../e2e/harness.mjs';

/** One run: the editors' page at `url`, `file` chosen; milliseconds. */
export async function editorsCheckRun(browser, url, file) {
  const { page, context } = await newPage(browser);
  await page.goto(url);
  const input = page.locator('#check-files');
  await input.waitFor();
  await page.evaluate(() => {
    window.__listed = new Promise((resolve) => {
      document.addEventListener('change', () => {
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          if (!document.querySelector('section.check-file')) return;
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        seen.observe(document.body, { childList: true, subtree: true });
      }, { capture: true, once: true });
    });
  });
  await input.setInputFiles({ name: path.basename(file), mimeType: 'application/json', buffer: fs.readFileSync(file) });
  const ms = await page.evaluate(() => window.__listed);
  const listed = await page.locator('section.check-file ol.check-problems > li').count();
  await context.close();
  return { ms, listed };
}

/** The made-up 5,000-indicator bundle with one problem in every 50th
 *  indicator (an unknown status): 100 problems, each found in one pass. */
export function writeBroken(from, to) {
  const b = JSON.parse(fs.readFileSync(from, 'utf8'));
  let k = 0;
  for (const area of b.result_areas) {
    for (const ind of area.indicators) {
      if (k++ % 50 === 0) ind.status = 'made-up-status';
    }
  }
  fs.writeFileSync(to, JSON.stringify(b, null, 1) + '\n');
  return to;
}
