// Runs first, in the pre-rendered overview (index.html) only, before its
// body is parsed. index.html also serves every address with a query
// (?theme=…, ?draft=…, ?check, ?lang=en…): those ask for a page the app
// renders, so the overview in this file must not show first. This marks
// <html>, which hides the overview and shows the boot screen
// (style/main.css); public/loader.js then removes the overview and starts
// the app. Without script, the overview shows, which is what the reader
// can use then. A classic script, not a module, so that it runs before the
// first paint; tiny, so that it costs that paint nothing noticeable.
// The name it writes, which the app and the loader read (src/contract.rs).
{
  const N = /* names */ { "query": "resultaten-query" } /* end */;
  if (location.search.length > 1) document.documentElement.classList.add(N.query);
}
