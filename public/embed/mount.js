// Resultaten, mounted into a host page: <div data-resultaten data-theme=…
// data-year=… data-lang=…></div> plus this module. It reads the app's
// index.html for the current (content-hashed) file names, adds the app's
// stylesheets (all scoped to .resultaten) and starts the app, which mounts
// into the element. See README, "Embedding".
const app = new URL('../', import.meta.url);

try {
  const host = document.querySelector('[data-resultaten]');
  if (!host) throw new Error('no element with data-resultaten on this page');
  const response = await fetch(new URL('index.html', app));
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
  const { default: init } = await import(new URL(files.dataset.js, app).href);
  await init({ module_or_path: new URL(files.dataset.wasm, app) });
} catch (error) {
  console.error('Resultaten could not start:', error);
}
