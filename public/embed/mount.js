// Resultaten, mounted into a host page: <div data-resultaten data-theme=…
// data-year=… data-lang=…></div> plus this module. It reads the app's
// index.html for the current (content-hashed) file names, adds the app's
// stylesheets (all scoped to .resultaten) and starts the app, which mounts
// into the element and reads its options. See docs/embedding.md.
//
// The names it reads (src/contract.rs; tests/contract.rs checks them).
const N = /* names */ {
  "host": "data-resultaten",
  "index": "index.html",
  "app": "resultaten-app",
  "js": "data-js",
  "wasm": "data-wasm",
  "base": "data-base",
  "root": "resultaten"
} /* end */;
const app = new URL('../', import.meta.url);
const host = document.querySelector(`[${N.host}]`);
// The snippet's link to the piece on this site ("Insluiten" writes it):
// what the host's readers get where the app cannot start.
const fallback = host ? [...host.childNodes] : [];
// What is being loaded, for the console if it fails.
let tried = new URL(N.index, app);

try {
  if (!host) throw new Error(`no element with ${N.host} on this page`);
  const response = await fetch(tried);
  if (!response.ok) throw new Error(`${N.index}: HTTP ${response.status}`);
  const index = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const sheet of index.querySelectorAll('link[rel="stylesheet"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(sheet.getAttribute('href'), app).href;
    if (sheet.integrity) {
      link.integrity = sheet.integrity;
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }
  const files = index.getElementById(N.app);
  host.setAttribute(N.base, app.href);
  tried = new URL(files.getAttribute(N.js), app);
  const { default: init } = await import(tried.href);
  tried = new URL(files.getAttribute(N.wasm), app);
  // The link gives way to the app, which mounts into the element.
  host.replaceChildren();
  await init({ module_or_path: tried });
} catch (error) {
  // The host's web editor finds what was tried in the console (a server
  // that does not allow this host, CORS, gives a script no more than
  // that); the host's readers keep the snippet's link to the piece.
  console.error(`Resultaten could not start from ${tried.href}:`, error);
  if (host && !host.querySelector(`.${N.root}`)) host.replaceChildren(...fallback);
}
