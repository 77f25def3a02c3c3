// Resultaten, mounted into a host page: <div data-resultaten data-theme=…
// data-year=… data-lang=…></div> plus this module. It reads the app's
// index.html for the current (content-hashed) file names, adds the app's
// stylesheets (all scoped to .resultaten) and starts the app, which mounts
// into the element. See docs/embedding.md.
const app = new URL('../', import.meta.url);
const host = document.querySelector('[data-resultaten]');
// What is being loaded, for the message if it fails.
let tried = new URL('index.html', app);

try {
  if (!host) throw new Error('no element with data-resultaten on this page');
  const response = await fetch(tried);
  if (!response.ok) throw new Error(`index.html: HTTP ${response.status}`);
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
  const files = index.getElementById('resultaten-app');
  host.dataset.base = app.href;
  tried = new URL(files.dataset.js, app);
  const { default: init } = await import(tried.href);
  tried = new URL(files.dataset.wasm, app);
  // The snippet's link to the piece, for a host where this script cannot
  // run, gives way to the app, which mounts into the element as it starts.
  host.replaceChildren();
  await init({ module_or_path: tried });
} catch (error) {
  console.error('Resultaten could not start:', error);
  // The host's readers see that something is missing, and its web editor
  // what was tried (a server that does not allow this host, CORS, gives a
  // script no more than that). Plain text with the host's own styles: our
  // stylesheet may be what failed.
  if (host && !host.querySelector('.resultaten')) {
    const en = /^en\b/i.test(host.dataset.lang ?? '');
    const p = document.createElement('p');
    p.lang = en ? 'en' : 'nl';
    p.textContent = en
      ? `The results could not be loaded from ${tried.href}.`
      : `De resultaten konden niet worden geladen van ${tried.href}.`;
    host.replaceChildren(p);
  }
}
