// Lighthouse through its Node API, with its defaults: the mobile preset
// (moto g power screen) and simulated throttling (slow 4G, 4× CPU slowdown),
// performance category only. Every run gets a fresh Chromium with a fresh
// user-data-dir, so nothing is cached between runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const chromePath = () => process.env.CHROME_PATH ?? process.env.CHROMIUM ?? '/usr/bin/chromium';

/** One Lighthouse run; returns the figures of the report and the full lhr. */
export async function lighthouseRun(url, { extraFlags = [] } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(), chromeFlags: [...CHROME_FLAGS, ...extraFlags], userDataDir, logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      lhr,
      score: lhr.categories.performance.score == null ? NaN : Math.round(lhr.categories.performance.score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      tti: audit('interactive'),
      lcpElement: lcpElement(lhr),
      diagnostics: diagnostics(lhr),
      bytes: audit('total-byte-weight'),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The LCP element, as Lighthouse names it (a CSS-ish selector), when it says. */
function lcpElement(lhr) {
  const find = (d) => {
    if (!d || typeof d !== 'object') return null;
    if (d.type === 'node') return d.selector || d.snippet || null;
    for (const v of Array.isArray(d) ? d : Object.values(d)) {
      const hit = find(v);
      if (hit) return hit;
    }
    return null;
  };
  return find(lhr.audits['largest-contentful-paint-element']?.details);
}

/** Where the time goes, as Lighthouse reports it (durations are simulated, CPU slowed). */
function diagnostics(lhr) {
  const items = (id) => {
    const d = lhr.audits[id]?.details;
    if (!d) return [];
    if (Array.isArray(d.items) && d.items.every((i) => i.type === 'table')) return d.items.flatMap((t) => t.items ?? []);
    return d.items ?? [];
  };
  const file = (url) => { try { const u = new URL(url); return u.pathname.split('/').pop() || u.pathname + u.search; } catch { return url; } };
  return {
    lcpPhases: items('largest-contentful-paint-element').filter((i) => i.phase)
      .map((i) => ({ phase: i.phase, ms: i.timing })),
    shifts: items('layout-shifts').map((i) => ({ element: i.node?.selector ?? i.node?.snippet ?? 'unknown', score: i.score })),
    longTasks: items('long-tasks').map((i) => ({ file: file(i.url), ms: i.duration, start: i.startTime })),
    mainThread: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: i.duration })),
  };
}
