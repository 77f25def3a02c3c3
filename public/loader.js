// Starts the app. An external module instead of Trunk's inline loader, so
// that a strict Content-Security-Policy (script-src 'self'
// 'wasm-unsafe-eval', no 'unsafe-inline') holds. Trunk writes the hashed
// file names into <template id="resultaten-app"> (pattern_script in
// Trunk.toml); this file is hashed by Trunk as well.
const app = document.getElementById('resultaten-app');

function fail(error) {
  // The wasm could not start (a very old browser, a broken download): say
  // so in plain words instead of leaving an empty page.
  console.error('Resultaten could not start:', error);
  const p = document.createElement('p');
  p.className = 'noscript';
  p.setAttribute('role', 'alert');
  p.textContent = 'Deze pagina kon niet worden geladen. Probeer het later opnieuw of gebruik een recente browser. '
    + 'This page could not be loaded. Please try again later or use a recent browser.';
  document.body.append(p);
}

try {
  const { default: init } = await import(app.dataset.js);
  await init({ module_or_path: app.dataset.wasm });
} catch (error) {
  fail(error);
}
