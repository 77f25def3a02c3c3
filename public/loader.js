// Starts the app, and does nothing a control does: the page's own HTML
// works before it (and without it), and the app is the only code that
// changes the page once it runs (docs/architecture.md, "The loader").
// An external module instead of Trunk's inline loader, so that a strict
// Content-Security-Policy holds. It preloads the data, starts the wasm,
// reports a frame's height, keeps the print margins, and says so when the
// app cannot start.
//
// The names it reads of the page, each written by the app, the build or
// Trunk (src/contract.rs). JSON between the markers: tests/contract.rs
// reads it as data and checks each name against the contract and the
// pages the build writes.
const N = /* names */ {
  "app": "resultaten-app",
  "js": "data-js",
  "wasm": "data-wasm",
  "editorsJs": "data-editors-js",
  "editorsWasm": "data-editors-wasm",
  "checkParam": "check",
  "snippetsParam": "snippets",
  "staticRoot": "data-resultaten-page",
  "query": "resultaten-query",
  "preload": "data-preload",
  "noScript": "data-no-script",
  "noScriptId": "resultaten-no-script",
  "offstage": "resultaten-offstage",
  "root": "resultaten",
  "published": "data-app",
  "page": "data-page",
  "locale": "data-locale",
  "printed": "data-printed",
  "boot": "resultaten-boot",
  "loading": "loading",
  "failed": "boot-failed",
  "header": "site-header",
  "height": "resultaten:height"
} /* end */;

// The pre-rendered page, if this is one. The pre-rendered overview
// (index.html) also serves every address with a query, which asks for a
// page only the app renders: public/boot.js has marked <html> for those,
// and the app removes the overview (its root still names what to preload).
const root = document.querySelector(`[${N.staticRoot}]`);
const own = document.documentElement.classList.contains(N.query) ? null : root;
const inFrame = window.parent !== window;
// index.html's boot screen: its loading message needs script to be true;
// in a frame it has no site header, as embedded pages.
const boot = document.getElementById(N.boot);
boot?.querySelector(`.${N.loading}`)?.removeAttribute('hidden');
if (inFrame) boot?.querySelector(`.${N.header}`)?.remove();

// In a frame: the page's height, from the first paint on and whenever it
// changes, to the host page, whose embed/resize.js sizes the frame (only
// a height, so any host may read it). The root element's height, not its
// scrollHeight, which is never less than the frame. A pre-rendered page's
// height is "not final" until the app has taken it over (its charts are
// drawn for a phone's or a wide screen's width and scaled); a reader's tap
// or key, or a page kept static (its data or the app failed), makes it
// final (docs/embedding.md).
let settle = () => {};
if (inFrame) {
  let [last, final] = [0, !own];
  const report = (always) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage({ type: N.height, height, final }, '*');
  };
  new ResizeObserver(() => report(false)).observe(document.documentElement);
  settle = (always = true) => {
    if (final) return;
    final = true;
    if (always) report(true);
  };
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, () => settle(false), { capture: true, once: true });
  if (own) {
    // Taken over: neither the static page nor the app's stage is left.
    // Kept static: the app added the no-script stylesheet.
    new MutationObserver((_, observer) => {
      const kept = document.getElementById(N.noScriptId);
      if (!kept && document.querySelector(`[${N.staticRoot}], .${N.offstage}`)) return;
      observer.disconnect();
      if (kept) kept.addEventListener('load', () => settle(), { once: true });
      else settle();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
}

// Print: the page's address and the date of printing in the page margins
// (the page numbers are in style/main.css). Only script knows them, so a
// constructed stylesheet holds them: the CSSOM, which a strict style-src
// allows. Written now and when printing starts, from the page shown then
// (its root names its published address, its locale and its words).
const printSheet = globalThis.CSSStyleSheet && 'adoptedStyleSheets' in document ? new CSSStyleSheet() : null;
function printMargins() {
  const root = document.querySelector(`.${N.root}`);
  const read = (name) => root?.getAttribute(name) ?? '';
  const address = read(N.page) ? new URL(read(N.page), new URL(read(N.published), location.href)).href : location.href;
  const date = new Intl.DateTimeFormat(read(N.locale) || undefined, { dateStyle: 'long' }).format(new Date());
  // A CSS string: quotes and backslashes escaped, nothing else to fear.
  const css = (text) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
  printSheet.replaceSync(`@page { @bottom-left { content: ${css(address.split('#')[0])}; } @top-right { content: ${css(`${read(N.printed)} ${date}`.trim())}; } }`);
}
if (printSheet) {
  printMargins();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  addEventListener('beforeprint', printMargins);
  matchMedia('print').addEventListener?.('change', (m) => { if (m.matches) printMargins(); });
}

// A pre-rendered page is readable as it arrives, so the app's code and
// data wait until the browser reports the page's largest paint as shown:
// they then do not compete with it for bandwidth or the main thread
// (docs/performance.md). Browsers without that entry (Safari) wait for the
// next frame; a background tab reports no paint, so 3 seconds at most.
if (own) {
  await new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
      requestAnimationFrame(done);
      return;
    }
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(resolve, 3000);
  });
}
// The catalog and the bundle the page shows, fetched while the wasm
// downloads and compiles: the app's own fetches then come from the cache.
for (const href of (root?.getAttribute(N.preload) ?? '').split(' ').filter(Boolean)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
}

// The editors' pages (?check, and ?snippets: "Insluiten") are an app of
// their own, which visitors never download (src/editors/). Absolute
// addresses: import() resolves against this module's address, the wasm's
// fetch against the document's.
const files = document.getElementById(N.app);
const query = new URLSearchParams(location.search);
const editors = !own && (query.has(N.checkParam) || query.has(N.snippetsParam));
const [js, wasm] = (editors ? [N.editorsJs, N.editorsWasm] : [N.js, N.wasm])
  .map((name) => new URL(files.getAttribute(name), location.href).href);
try {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
} catch (error) {
  // The wasm could not start (a very old browser, a broken download, a
  // policy without 'wasm-unsafe-eval'): a pre-rendered page stays readable,
  // shown as without script; the app's own page says so in plain words.
  console.error('Resultaten could not start:', error);
  boot?.querySelector(`.${N.loading}`)?.remove();
  boot?.querySelector(`.${N.failed}`)?.removeAttribute('hidden');
  const css = own?.getAttribute(N.noScript);
  if (css) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css, id: N.noScriptId }));
}
