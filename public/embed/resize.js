// Resultaten, iframe embed: sizes each <iframe data-resultaten-frame> to the
// height its page reports, so the host shows the page without an inner
// scroll bar and grows when a result area opens. An external file, so it
// also works on hosts whose Content-Security-Policy forbids inline script.
// See README, "Embedding".
// Full width and no border, set here (the CSSOM) rather than by a style
// attribute in the snippet, which a strict style-src would block.
const fit = (frame) => {
  frame.style.width = '100%';
  frame.style.border = '0';
};
document.querySelectorAll('iframe[data-resultaten-frame]').forEach(fit);
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'resultaten:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-resultaten-frame]')) {
    // Only the frame the message came from, and only from its own origin.
    if (frame.contentWindow === event.source && new URL(frame.src, document.baseURI).origin === event.origin) {
      fit(frame);
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
  }
});
