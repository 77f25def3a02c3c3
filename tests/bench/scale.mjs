// Cost against bundle size, in headless Chromium (no throttling): one fresh
// page per run, the app's own performance marks, the median of the runs.
//
// Per run:
// - render: 'resultaten:bundle-received' (the bundle's text has arrived) to
//   'resultaten:rendered' (the first animation frame after the page is in the
//   DOM), so parsing, validation, building the view and the DOM, but not the
//   download; and, for comparison, until that frame has been painted
//   ("painted": a task posted from the frame that sets the mark runs after
//   the frame's style, layout and paint);
// - complete: 'resultaten:bundle-received' to 'resultaten:complete' (the
//   task after the last closed area's content was built; the app builds it
//   one area per task after the first frame), and the longest main-thread
//   task in that time (a 'longtask' PerformanceObserver: tasks of 50 ms or
//   more; 0 when there was none);
// - heap: the live JS heap after a forced garbage collection (CDP
//   Runtime.getHeapUsage), and the wasm linear memory, which the JS heap does
//   not count (its size after rendering; it only grows, so it is the peak);
// - open: a click on the first closed area toggle, timed with
//   performance.now() until the DOM shows the panel and its layout is done
//   ("work"), and until the first paint after that ("to next paint": the
//   next animation frame, then a task posted from it, which runs once that
//   frame is rendered).
import { newPage } from '../e2e/harness.mjs';
import { waitForRendered } from './snapshot.mjs';

/** Before any page script: keep the app's WebAssembly.Memory where the bench
 *  can read its size, and note when the frame that sets the rendered mark has
 *  been painted. Neither changes what the app does. */
function instrument() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const mark = Performance.prototype.mark;
  Performance.prototype.mark = function (name, ...rest) {
    const entry = mark.call(this, name, ...rest);
    if (name === 'resultaten:rendered' && window.__benchPainted == null) {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => { window.__benchPainted = performance.now(); };
      port2.postMessage(null);
    }
    return entry;
  };
  const keep = (result) => {
    const instance = result?.instance ?? result;
    const memory = instance?.exports && Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    if (memory) window.__benchWasmMemory = memory;
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
}

async function openFirstClosedArea() {
  const details = [...document.querySelectorAll('section.result-area details.area-details')].find((d) => !d.open);
  if (!details) throw new Error('no closed result area to open');
  const id = details.id;
  const toggle = details.querySelector('summary.area-toggle');
  const shown = () => {
    const d = document.getElementById(id);
    const panel = d?.querySelector('.area-panel');
    return d?.open && panel && panel.childElementCount > 0;
  };
  const indicators = () => document.getElementById(id)?.querySelectorAll('.indicator').length ?? 0;
  // Start on an idle main thread.
  await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
  const t0 = performance.now();
  toggle.click();
  if (!shown()) {
    await new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (shown()) { observer.disconnect(); resolve(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      setTimeout(() => { observer.disconnect(); reject(new Error(`area ${id} did not open within 30 s`)); }, 30_000);
    });
  }
  document.getElementById(id).getBoundingClientRect(); // style and layout, now
  const work = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = r;
    port2.postMessage(null);
  }));
  const paint = performance.now() - t0;
  return { work, paint, area: id.replace(/-panel$/, ''), indicators: indicators() };
}

/** One fresh page: load `url`, wait for the render, measure. */
export async function scaleRun(browser, url) {
  const { page, context, problems } = await newPage(browser);
  try {
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    try {
      await waitForRendered(page);
    } catch (e) {
      throw new Error(`${url}: no 'resultaten:rendered' mark (${e.message.split('\n')[0]})\n${problems.join('\n')}`);
    }
    await page.waitForFunction(() => window.__benchPainted != null
      && performance.getEntriesByName('resultaten:complete').length > 0, null, { timeout: 120_000, polling: 50 });
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const received = at('resultaten:bundle-received');
      const complete = at('resultaten:complete');
      return {
        received,
        rendered: at('resultaten:rendered'),
        complete,
        longestTask: Math.max(0, ...window.__benchLongTasks
          .filter((t) => t.start + t.duration > received && t.start < complete).map((t) => t.duration)),
        painted: window.__benchPainted,
        indicators: document.querySelectorAll('article.indicator').length,
        elements: document.getElementsByTagName('*').length,
        areas: document.querySelectorAll('section.result-area').length,
        charts: document.querySelectorAll('svg:not(.chart-placeholder)').length,
        wasm: window.__benchWasmMemory?.buffer.byteLength ?? null,
      };
    });
    if (marks.received == null) throw new Error(`${url}: no 'resultaten:bundle-received' mark`);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const open = await page.evaluate(openFirstClosedArea);
    if (problems.length) throw new Error(`${url}: the page reported problems:\n${problems.join('\n')}`);
    return {
      ...marks, render: marks.rendered - marks.received, painted: marks.painted - marks.received,
      complete: marks.complete - marks.received, heap: usedSize, open,
    };
  } finally {
    await context.close();
  }
}
