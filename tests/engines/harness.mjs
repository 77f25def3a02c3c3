// Shared setup for the engine tests: the end-to-end tests' site of MADE-UP
// data (target/e2e-site, written by tests/e2e/site.mjs from the release
// build and tests/fixtures/site/) served by their server
// (tests/e2e/server.mjs, strict CSP), a driver and one browser session per
// engine, and helpers for what a visitor sees.
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { startDriver, Session } from './webdriver.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const dist = path.resolve(process.env.SITE_DIR ?? path.join(repo, 'target', 'e2e-site'));
export const shotDir = path.join(repo, 'target', 'screenshots');

export const THEME = 'verzonnen-thema';
export const TITLE = 'Verzonnen thema';
export const BUNDLE = `/data/2019/nl/${THEME}.json`;
/** The made-up theme's 2019 Dutch page as the build pre-renders it. */
export const NL_STATIC = `/nl/2019/${THEME}/`;

/** The first existing file of `candidates`, then `name` on the PATH, then
 *  among the files of Debian package `pkg`; null if none. */
function locate(candidates, name, pkg) {
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  if (pkg) {
    try {
      const found = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' }).split('\n').find((l) => l.endsWith('/' + name));
      if (found) return found;
    } catch { /* not installed */ }
  }
  return null;
}

/**
 * The engines: how to start each one's driver and what to ask it for.
 * WEBKIT_DRIVER, MINIBROWSER, GECKODRIVER and FIREFOX override the paths.
 * MiniBrowser has no headless mode here: it needs a display (make
 * test-engines runs under xvfb-run). Firefox runs headless.
 */
export const ENGINES = {
  webkit: {
    name: 'WebKit (WebKitGTK MiniBrowser)',
    driver: () => locate([process.env.WEBKIT_DRIVER], 'WebKitWebDriver', 'webkit2gtk-driver'),
    // MiniBrowser is not on the PATH: it comes with the library.
    browser: () => locate([process.env.MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'], 'MiniBrowser', 'libwebkit2gtk-4.1-0'),
    needsDisplay: true,
    capabilities: (binary) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    }),
  },
  firefox: {
    name: 'Firefox (firefox-esr)',
    // cargo install puts it in ~/.cargo/bin, which may not be on the PATH.
    driver: () => locate([process.env.GECKODRIVER, path.join(process.env.HOME ?? '/root', '.cargo', 'bin', 'geckodriver')], 'geckodriver'),
    browser: () => locate([process.env.FIREFOX], 'firefox-esr', 'firefox-esr'),
    needsDisplay: false,
    capabilities: (binary) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary,
        args: ['-headless'],
        // Nothing may leave this machine: no updates, telemetry, studies or
        // safe-browsing lists (geckodriver turns most of this off already).
        prefs: {
          'app.update.disabledForTesting': true,
          'app.normandy.enabled': false,
          'app.shield.optoutstudies.enabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'extensions.update.enabled': false,
          'intl.accept_languages': 'nl-NL, nl',
        },
      },
    }),
  },
};

/**
 * Starts the server, the engine's driver and a session at 1280 × 900.
 * @returns {Promise<{server, session: Session, stop: () => Promise<void>}>}
 */
export async function start(engine) {
  const e = ENGINES[engine];
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no site in ${dist}: run \`make build\`, then \`make e2e-site\`, or set SITE_DIR`);
  }
  const driver = e.driver();
  const binary = e.browser();
  if (!driver || !binary) throw new Error(`${e.name}: driver ${driver} or browser ${binary} missing: run \`bash scripts/setup.sh --test\``);
  if (e.needsDisplay && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(`${e.name} needs a display: run under xvfb-run -a (as \`make test-engines\` does)`);
  }
  fs.mkdirSync(shotDir, { recursive: true });
  const server = await serve(dist, { hosts: path.join(here, 'hosts') });
  const drv = await startDriver(driver);
  let session;
  try {
    session = await Session.open(drv.url, e.capabilities(binary));
    await session.setWindowSize(1280, 900);
  } catch (err) {
    await drv.stop();
    await server.close();
    throw new Error(`${e.name}: no session: ${err.message}\n${drv.log()}`);
  }
  return {
    server,
    session,
    stop: async () => {
      await session.close().catch(() => {});
      await drv.stop();
      await server.close();
    },
  };
}

/** The app has replaced a pre-rendered page (or there was none): the same
 *  test as tests/e2e/harness.mjs's appTookOver. */
export const appTookOver = () => !document.querySelector('[data-resultaten-page], .resultaten-offstage')
  && document.querySelectorAll('.resultaten').length === 1;

/** Collapses whitespace and no-break spaces, as a reader sees text. */
export const normalise = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** A fresh page: about:blank first, so that an address that differs only in
 *  its fragment is a new load, not a jump within the page. */
export async function open(session, url) {
  await session.goto('about:blank');
  await session.goto(url);
}

/** Saves a screenshot of the viewport under target/screenshots/. */
export async function screenshot(session, name) {
  const png = await session.cmd('GET', '/screenshot');
  fs.writeFileSync(path.join(shotDir, name), Buffer.from(png, 'base64'));
}
