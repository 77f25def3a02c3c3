// `make bench-compare BASELINE=<a build's dist/>`: Lighthouse (mobile,
// simulated throttling, as bench.mjs) on the shipped theme page of two
// builds in one run, this one (dist/) and a baseline, their runs
// alternated so that both see the same machine: the pre-rendered page
// (which the app takes over) and the app at its query address. Writes
// target/bench/compare.md. A benchmark, not a test: it never fails on a
// figure. BENCH_LH_RUNS runs per page (default 5); HTTP/1.1 without TLS
// for both (like for like; bench.mjs measures HTTP/2).
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../e2e/server.mjs';
import { dist, repo, SHIPPED } from '../e2e/harness.mjs';
import { lighthouseRun } from './lighthouse.mjs';
import { compressingHost } from './host.mjs';

const baseline = process.env.BASELINE;
if (!baseline || !fs.existsSync(path.join(baseline, 'index.html'))) {
  console.error('bench-compare: set BASELINE to another build\'s dist/ folder (make build in a checkout of it)');
  process.exit(2);
}
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
const log = (...a) => console.error('[compare]', ...a);
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const builds = { baseline: path.resolve(baseline), this: dist };
const hosts = {};
for (const [name, root] of Object.entries(builds)) {
  const server = await serve(root);
  hosts[name] = { server, host: await compressingHost(server.url) };
}
const pages = { 'pre-rendered page': SHIPPED.nlStatic, 'query address': SHIPPED.nlPage };
const runs = {};
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [page, address] of Object.entries(pages)) {
      for (const name of Object.keys(builds)) {
        log(`${name}, ${page}, run ${i + 1}/${RUNS}`);
        const r = await lighthouseRun(`${hosts[name].host.url}${address}`);
        (runs[`${name}|${page}`] ??= []).push(r);
      }
    }
  }
} finally {
  for (const { server, host } of Object.values(hosts)) {
    await host.close();
    await server.close();
  }
}
const f = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : 'n/a');
const lines = [
  `# Two builds compared (Lighthouse, mobile, ${RUNS} runs each, alternated)`,
  '',
  `- this: \`${path.relative(repo, dist)}\`; baseline: \`${baseline}\``,
  '',
  '| page | build | LCP (median) | TBT (median) | score | LCP runs | TBT runs |',
  '|---|---|---|---|---|---|---|',
];
for (const page of Object.keys(pages)) {
  for (const name of Object.keys(builds)) {
    const rs = runs[`${name}|${page}`];
    lines.push(`| ${page} | ${name} | ${f(median(rs.map((r) => r.lcp)))} ms | ${f(median(rs.map((r) => r.tbt)))} ms | ${f(median(rs.map((r) => r.score)))} | ${rs.map((r) => f(r.lcp)).join(', ')} | ${rs.map((r) => f(r.tbt)).join(', ')} |`);
  }
}
const out = path.join(repo, 'target', 'bench');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'compare.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
