// Writes the feature tests' site, target/e2e-site (harness.mjs, `site`):
// the release build (dist/) with the MADE-UP catalog of
// tests/fixtures/site/ as its data, its pages rendered by the build's own
// renderer and their embed forms measured, as make build and make
// embed-heights do for the shipped data. Run once before the suites
// (make test-e2e and make test-engines do).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { renderedCopy, repo, site } from './harness.mjs';

const started = Date.now();
const folder = await renderedCopy(site);
execFileSync('node', [path.join(repo, 'scripts', 'build', 'embed-heights.mjs'), folder], { stdio: 'inherit' });
console.log(`site.mjs: the fixture site in ${path.relative(repo, folder)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
