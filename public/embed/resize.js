// Resultaten, iframe embed: sizes each <iframe data-resultaten-frame> to the
// height its page reports, so the host shows the page without an inner
// scroll bar and grows when a result area opens. An external file, so it
// also works on hosts whose Content-Security-Policy forbids inline script.
// See docs/embedding.md.
{
  // The names it reads (src/contract.rs; tests/contract.rs checks them).
  const N = /* names */ {
    "frame": "data-resultaten-frame",
    "heights": "data-heights",
    "sized": "data-resultaten-sized",
    "height": "resultaten:height"
  } /* end */;
  // Full width and no border, set here (the CSSOM) rather than by a style
  // attribute in the snippet, which a strict style-src would block.
  const fit = (frame) => {
    frame.style.width = '100%';
    frame.style.border = '0';
  };
  // The page's height at the frame's width, from the heights the build
  // measured ("Insluiten" puts them in data-heights: "width:height …"),
  // on a straight line between the two nearest widths. Set before the
  // page inside has loaded, so the host's text below the frame is already
  // where it stays.
  const expected = (frame) => {
    const points = (frame.getAttribute(N.heights) ?? '').split(/\s+/).map((p) => p.split(':').map(Number))
      .filter(([w, h]) => w > 0 && h > 0).sort((a, b) => a[0] - b[0]);
    if (!points.length) return null;
    const width = frame.clientWidth;
    const next = points.findIndex(([w]) => w >= width);
    if (next === 0) return points[0][1];
    if (next === -1) return points[points.length - 1][1];
    const [[w0, h0], [w1, h1]] = [points[next - 1], points[next]];
    return h0 + ((h1 - h0) * (width - w0)) / (w1 - w0);
  };
  // Once this script knows the frame's height (measured, or reported),
  // the frame fits its page and needs no scroll bar of its own: one that
  // came and went would change the page's width, and with it its height.
  // The snippet leaves scrolling on, for a host that drops this script.
  const sizeTo = (frame, height, how) => {
    frame.setAttribute(N.sized, how);
    frame.style.height = `${Math.ceil(height)}px`;
    frame.setAttribute('scrolling', 'no');
  };
  const size = (frame) => {
    const height = expected(frame);
    if (height) sizeTo(frame, height, 'expected');
  };
  for (const frame of document.querySelectorAll(`iframe[${N.frame}]`)) {
    fit(frame);
    // Once only: a second copy of this script (two snippets on one host
    // page) must not undo a height the page has already reported.
    if (!frame.hasAttribute(N.sized)) size(frame);
  }
  if (!window.resultatenFrames) {
    window.resultatenFrames = true;
    // A phone turned (or a window resized) before the page's final height
    // has come: the measured height for the frame's new width.
    window.addEventListener('resize', () => {
      for (const frame of document.querySelectorAll(`iframe[${N.frame}][${N.sized}="expected"]`)) size(frame);
    });
    window.addEventListener('message', (event) => {
      const data = event.data;
      if (!data || data.type !== N.height || !Number.isFinite(data.height)) return;
      for (const frame of document.querySelectorAll(`iframe[${N.frame}]`)) {
        // Only the frame the message came from, and only from its own origin.
        if (frame.contentWindow === event.source && new URL(frame.src, document.baseURI).origin === event.origin) {
          // A pre-rendered page's height before the app has taken it over
          // is not its final one (public/loader.js): a frame with the
          // measured height keeps that until the final one comes.
          if (data.final === false && frame.getAttribute(N.sized) === 'expected') continue;
          fit(frame);
          sizeTo(frame, data.height, 'reported');
        }
      }
    });
  }
}
