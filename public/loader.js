// Starts the app. An external module instead of Trunk's inline loader, so
// that a strict Content-Security-Policy (script-src 'self'
// 'wasm-unsafe-eval', no 'unsafe-inline') holds. Trunk writes the hashed
// file names into <template id="resultaten-app"> (pattern_script in
// Trunk.toml); this file is hashed by Trunk as well.
//
// It reads what the app wrote and works out no address, path or language
// of its own (src/contract.rs lists every name it reads; a native test
// checks this file against that list): a page's facts are on its root
// (.resultaten: data-base, data-app, data-page, data-lang, data-theme,
// data-year, data-embed-heights; src/facts.rs), a pre-rendered page's
// static root names the bundle it shows (data-bundle), and each
// "Insluiten" names its frame's address (data-src).
const app = document.getElementById('resultaten-app');

// Fetch the data while the wasm downloads and compiles: the app's own
// fetches then come from the preload cache instead of starting afterwards.
function preload(href) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
// The pre-rendered overview (index.html) also serves every address with a
// query, which asks for a page only the app renders: public/boot.js has
// hidden the overview before the first paint, and it goes.
if (document.documentElement.classList.contains('resultaten-query')) {
  document.querySelector('[data-resultaten-page]')?.remove();
}
// On a pre-rendered page (src/dom/takeover.rs) the page names where the
// app's files are; on the app's own page they are beside it.
const own = document.querySelector('[data-resultaten-page]');
const folder = new URL(own?.dataset.base ?? './', location.href);
const query = new URLSearchParams(location.search);
// The facts of the page shown now: the pre-rendered one, or the app's.
const facts = (from = document) => from.closest?.('.resultaten')?.dataset
  ?? document.querySelector('.resultaten')?.dataset ?? {};
// An address the app wrote relative to its folder (data-app: the site's
// public address, or the folder this page was read from), made absolute.
const published = (d, address) => new URL(address, new URL(d.app ?? './', location.href)).href;
// index.html's boot screen: its loading message needs script to be true.
document.querySelector('#resultaten-boot .loading')?.removeAttribute('hidden');
// In a frame the boot screen has no site header, as embedded pages.
if (window.parent !== window) document.querySelector('#resultaten-boot .site-header')?.remove();
// In a frame (an embedded page, or any page in one): the page's height,
// from the first paint on and whenever it changes (an area opens, a table
// shows, the app takes over), to the host page, whose embed/resize.js
// sizes the frame, so no inner scroll bar appears. Only a height, so any
// host may read it; resize.js checks that it comes from its own frame. The
// root element's height, not its scrollHeight, which is never less than
// the frame: a frame that starts too tall could then never shrink.
// scripts/embed-heights.mjs measures the same height for the snippets.
//
// A pre-rendered page's height is "not final" until the app has taken it
// over: its charts are drawn for a phone's or a wide screen's width and
// scaled, so between those widths it is not the app's height. A frame that
// already has the build's measured height for its width (data-heights)
// keeps it until then, so nothing on the host moves twice. A reader's tap
// or key, or a page kept static (its data or the app failed), makes the
// page's own height final.
let settle = () => {};
function reportHeight() {
  let [last, final] = [0, !own];
  const report = (always) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage({ type: 'resultaten:height', height, final }, '*');
  };
  new ResizeObserver(() => report(false)).observe(document.documentElement);
  settle = (always = true) => {
    if (final) return;
    final = true;
    if (always) report(true);
  };
  const byReader = () => settle(false);
  addEventListener('pointerdown', byReader, { capture: true, once: true });
  addEventListener('keydown', byReader, { capture: true, once: true });
  if (own) {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-resultaten-page], .resultaten-offstage')) return;
      observer.disconnect();
      settle();
    }).observe(document.body, { childList: true });
    // The pre-rendered page kept, as without script, because its data or
    // the app could not load (src/dom/takeover.rs, keep_static_page;
    // fail() below): every area opens, and that height is final.
    new MutationObserver((records, observer) => {
      const css = records.flatMap((r) => [...r.addedNodes]).find((n) => n.matches?.('link[href$="no-script.css"]'));
      if (!css) return;
      observer.disconnect();
      css.addEventListener('load', () => settle());
      css.addEventListener('error', () => settle());
    }).observe(document.head, { childList: true });
  }
}
if (window.parent !== window) reportHeight();
// Controls that work from the first paint, on a pre-rendered page: the
// area toggles, "Alles openen" and each chart's "Grafiek | Tabel" switch
// respond at once, on the static page, as the app's would (a toggle's
// labels from its data-label-on/-off). The app reads that state when it
// takes over (src/dom/takeover.rs), so a tap made
// before is never lost.
function setToggle(button, on) {
  button.setAttribute('aria-expanded', String(on));
  const text = button.querySelector('.toggle-text');
  if (text) text.textContent = on ? button.dataset.labelOn : button.dataset.labelOff;
}
function setArea(button, open) {
  setToggle(button, open);
  const panel = document.getElementById(button.getAttribute('aria-controls'));
  if (open) panel?.removeAttribute('hidden');
  else panel?.setAttribute('hidden', 'until-found');
}
function earlyControl(event) {
  const button = event.target.closest?.('button');
  if (!button || !own?.isConnected || !own.contains(button)) return;
  if (button.classList.contains('area-toggle')) {
    // The app writes the fragment when it carries this over: written now,
    // the app would read it as a deep link and scroll there.
    setArea(button, button.getAttribute('aria-expanded') !== 'true');
  } else if (button.classList.contains('open-all')) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    for (const b of own.querySelectorAll('button.area-toggle')) setArea(b, open);
    setToggle(button, open);
  } else if (button.closest('.highlights-switch')) {
    setHighlights(button.classList.contains('highlights-show-chart'));
  } else if (button.classList.contains('chart-switch-button')) {
    const figure = button.closest('figure');
    const table = figure?.querySelector('.chart-table-wrap');
    const drawing = figure?.querySelector('.chart-drawing');
    if (!table || !drawing) return;
    const showTable = button.classList.contains('chart-show-table');
    table.hidden = !showTable;
    drawing.hidden = showTable;
    for (const b of figure.querySelectorAll('.chart-switch-button')) {
      b.setAttribute('aria-pressed', String(b === button));
    }
  }
}
// The highlights as tiles or as a chart: the other view stays hidden
// until found (find-in-page, a link to the chart).
function setHighlights(asChart) {
  const section = own.querySelector('.highlights');
  section?.querySelector('.highlight-tiles')?.toggleAttribute('hidden', false);
  section?.querySelector('.highlights-chart')?.toggleAttribute('hidden', false);
  section?.querySelector(asChart ? '.highlight-tiles' : '.highlights-chart')?.setAttribute('hidden', 'until-found');
  section?.querySelector('.highlights-show-tiles')?.setAttribute('aria-pressed', String(!asChart));
  section?.querySelector('.highlights-show-chart')?.setAttribute('aria-pressed', String(asChart));
}
// Found by the browser (find-in-page, a link): the hidden content opens,
// and its control says so.
function found(event) {
  const panel = event.target;
  if (panel.classList?.contains('area-panel')) {
    const button = own.querySelector(`button.area-toggle[aria-controls="${panel.id}"]`);
    if (button) setToggle(button, true);
  } else if (panel.classList?.contains('highlights-view')) {
    setHighlights(panel.classList.contains('highlights-chart'));
  }
}
// The other language at the place the reader was reading: the indicator,
// chart or section at the top quarter of the screen when scrolling last
// came to rest below the page's title. Scrolling back up to the language
// links keeps it, so it is what was read, not the header. The app's links
// carry the fragment it knows (a link followed, an area opened); a place
// read since then takes over when a language link is followed.
let readingAt = null;
let resting;
addEventListener('scroll', () => {
  clearTimeout(resting);
  resting = setTimeout(() => {
    if (!(document.querySelector('main h1')?.getBoundingClientRect().bottom < 0)) return;
    const at = document.elementFromPoint(innerWidth / 2, innerHeight / 4);
    const place = at?.closest('main article[id], main figure[id], main section[id]');
    if (place) readingAt = place.id;
  }, 150);
}, { passive: true });
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[hreflang]');
  if (!link || !readingAt) return;
  const url = new URL(link.href);
  url.hash = readingAt;
  link.href = url.href;
}, true);
if (own) {
  own.addEventListener('click', earlyControl);
  own.addEventListener('beforematch', found);
  // A link to the highlights' chart: the browser could not scroll to it
  // while it was hidden.
  let target = null;
  try {
    target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch { /* a malformed fragment names nothing */ }
  if (target && own.contains(target) && target.closest('.highlights-chart[hidden]')) {
    setHighlights(true);
    target.scrollIntoView();
  }
}

// "Link kopiëren" (src/components/embed/copy_link.rs), on the pre-rendered page
// and in the app alike: the deep link to the button's indicator or chart,
// copied with the Clipboard API and confirmed in the button's live region;
// where the browser refuses, the address is shown selected, with how to
// copy it by hand.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('button.copy-link-button');
  if (!button) return;
  const d = facts(button);
  const url = `${published(d, d.page ?? '').split('#')[0]}#${button.dataset.target}`;
  const box = button.parentElement;
  const status = box.querySelector('.copy-link-status');
  box.querySelector('.copy-link-address')?.remove();
  status.textContent = '';
  const byHand = () => {
    const field = document.createElement('input');
    field.className = 'copy-link-address';
    field.type = 'text';
    field.readOnly = true;
    field.value = url;
    field.setAttribute('aria-label', button.dataset.labelAddress);
    box.append(field);
    status.textContent = button.dataset.labelHand;
    field.focus();
    field.select();
  };
  if (!navigator.clipboard?.writeText) return byHand();
  navigator.clipboard.writeText(url).then(() => { status.textContent = button.dataset.labelOn; }, byHand);
});

// Print: the page's address and the date of printing in the page margins
// (the page numbers are in style/main.css). Only script knows them, so a
// constructed stylesheet holds them: the CSSOM, which a strict style-src
// allows. Written now and again when printing starts, for the date and
// for the address the app may set (its canonical link).
const printSheet = globalThis.CSSStyleSheet && 'adoptedStyleSheets' in document ? new CSSStyleSheet() : null;
function printMargins() {
  const d = facts();
  const address = (d.page === undefined ? location.href : published(d, d.page)).split('#')[0];
  const lang = d.lang ?? 'nl';
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(new Date());
  const printed = `${lang === 'en' ? 'Printed on' : 'Afgedrukt op'} ${date}`;
  // A CSS string: quotes and backslashes escaped, nothing else to fear.
  const css = (text) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
  printSheet.replaceSync(`@page { @bottom-left { content: ${css(address)}; } @top-right { content: ${css(printed)}; } }`);
}
if (printSheet) {
  printMargins();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  addEventListener('beforeprint', printMargins);
  matchMedia('print').addEventListener?.('change', (m) => { if (m.matches) printMargins(); });
}

// "Insluiten" (src/components/embed/control.rs): when a reader opens it,
// the two snippets that embed that piece (only=<id>, or the whole page) on
// another page, with the published address; "Kopiëren" copies one with the
// Clipboard API, or selects it where the browser refuses. No style
// attribute and no inline script in either snippet: embed/resize.js sizes
// the frame.
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// The measured heights of the page's embed forms (make embed-heights
// writes them where the page says, data-embed-heights), fetched once, when
// a reader first opens "Insluiten"; none where the page has no such file,
// or it holds none.
let frameHeights;
function embedSnippets(control) {
  const d = facts(control);
  const only = control.dataset.only;
  frameHeights ??= d.embedHeights
    ? fetch(new URL(d.embedHeights, new URL(d.base ?? './', location.href)))
      .then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
    : Promise.resolve({});
  return frameHeights.then((all) => {
    // The frame's height at each measured width, so that resize.js gives
    // it its height before the page inside has loaded, and the host's
    // text below it does not move; the height attribute is the one at an
    // iframe's own width (300 px), for a host where resize.js does not run.
    const heights = Array.isArray(all?.[only ?? '']) ? all[only ?? ''] : [];
    const at300 = heights.find(([w]) => w === 300)?.[1];
    const sized = heights.length
      ? `${at300 ? ` height="${at300}"` : ''} data-heights="${heights.map(([w, h]) => `${w}:${h}`).join(' ')}"`
      : '';
    // An area's size on a phone, in the control's words ({} the height
    // measured at 360 px, to the hundred), in the page's number format.
    const note = control.querySelector('[data-label-height]');
    const at360 = heights.find(([w]) => w === 360)?.[1];
    if (note && at360) note.textContent = note.dataset.labelHeight.replace('{}', new Intl.NumberFormat(d.lang).format(Math.round(at360 / 100) * 100));
    // In the element, a link to the piece on this site: what the host's
    // readers get where mount.js cannot run (a policy or a server that
    // refuses it); mount.js replaces it, or says what failed.
    const title = attr(control.dataset.title ?? '');
    const link = attr(`${published(d, d.page ?? '').split('#')[0]}${only ? `#${only}` : ''}`);
    // Where the host drops resize.js, the frame is still full width and
    // borderless (presentational attributes, as a strict style-src forbids
    // a style attribute), and it scrolls: no scrolling="no", so what grows
    // past its height (a table shown) stays reachable. Where resize.js
    // runs, the frame has its page's height and needs no scroll bar.
    return {
      iframe: `<iframe data-resultaten-frame title="${title}" src="${attr(published(d, control.dataset.src ?? ''))}" width="100%" frameborder="0"${sized}></iframe>\n`
        + `<script src="${attr(published(d, 'embed/resize.js'))}"></script>`,
      element: `<div data-resultaten data-theme="${attr(d.theme ?? '')}" data-year="${attr(d.year ?? '')}" data-lang="${attr(d.lang ?? '')}"`
        + `${only ? ` data-only="${attr(only)}"` : ''}><a href="${link}">${title}</a></div>\n`
        + `<script type="module" src="${attr(published(d, 'embed/mount.js'))}"></script>`,
    };
  });
}
document.addEventListener('toggle', (event) => {
  const control = event.target;
  if (!control.matches?.('details.embed-control') || !control.open) return;
  embedSnippets(control).then((snippets) => {
    for (const code of control.querySelectorAll('textarea.embed-code')) code.value = snippets[code.dataset.kind] ?? '';
  });
}, true);
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('button.embed-copy');
  if (!button) return;
  const box = button.parentElement;
  const code = box.querySelector('textarea.embed-code');
  const status = box.querySelector('.embed-copy-status');
  status.textContent = '';
  const byHand = () => {
    code.focus();
    code.select();
    status.textContent = button.dataset.labelHand;
  };
  if (!navigator.clipboard?.writeText) return byHand();
  navigator.clipboard.writeText(code.value).then(() => { status.textContent = button.dataset.labelOn; }, byHand);
});

// A pre-rendered page is readable as it arrives, so the app waits until the
// browser reports the page's largest paint as shown: its code and data then
// do not compete with the page for bandwidth or the main thread before the
// visitor sees it. Waiting for the next frame only was too early: the frame
// was still on its way to the screen when the wasm request started, and
// Lighthouse then counted the wasm's download in the page's largest paint
// (LCP 1.30 s against 0.99 s in 3 of 5 runs). Browsers without the
// largest-contentful-paint entry (Safari) wait for the next frame; a page
// opened in a background tab reports no paint, so 3 seconds is the limit.
if (own) await largestPaintShown();

function largestPaintShown() {
  return new Promise((resolve) => {
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
// The catalog, and on a pre-rendered page the bundle it names (a draft
// and the editors' page need neither).
if (!query.has('check') && !query.has('draft')) {
  preload(new URL('data/index.json', folder).href);
  const bundle = own?.dataset.bundle;
  if (bundle) preload(new URL(bundle, folder).href);
}

function fail(error) {
  // The wasm could not start (a very old browser, a broken download): say
  // so in plain words instead of leaving an empty page.
  console.error('Resultaten could not start:', error);
  document.querySelector('#resultaten-boot .loading')?.remove();
  if (own) {
    // A pre-rendered page stays readable: show it as without script.
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('no-script.css', folder).href;
    document.head.append(css);
    return;
  }
  const p = document.createElement('p');
  p.className = 'noscript';
  p.setAttribute('role', 'alert');
  p.textContent = 'Deze pagina kon niet worden geladen. Probeer het later opnieuw of gebruik een recente browser. '
    + 'This page could not be loaded. Please try again later or use a recent browser.';
  document.body.append(p);
}

// The editors' page (?check) is an app of its own, which visitors never
// download (src/editors/).
// Absolute, since import() resolves against this module's address and the
// wasm's fetch against the document's.
const [js, wasm] = (query.has('check') && !own
  ? [new URL('editors/resultaten-editors.js', folder), new URL('editors/resultaten-editors_bg.wasm', folder)]
  : [new URL(app.dataset.js, location.href), new URL(app.dataset.wasm, location.href)]).map((u) => u.href);
try {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
} catch (error) {
  fail(error);
}
