// App code size: the files a visitor's browser must download and run before
// the page can show anything built by the app. The same files as
// scripts/size.sh (dist/*.wasm and dist/*.js: the wasm, its wasm-bindgen JS
// and the loader), raw, gzip -9 and brotli at its highest quality (11), as a
// host that compresses ahead of time would serve them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzip9 = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

export const brotli11 = (buf, text = false) => zlib.brotliCompressSync(buf, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
  },
}).length;

/** Sizes of dist/*.wasm and dist/*.js, per file (wasm first) and in total. */
export function appCodeSize(dist) {
  const files = fs.readdirSync(dist)
    .filter((f) => f.endsWith('.wasm') || f.endsWith('.js'))
    .sort((a, b) => Number(b.endsWith('.wasm')) - Number(a.endsWith('.wasm')) || a.localeCompare(b))
    .map((name) => {
      const buf = fs.readFileSync(path.join(dist, name));
      return { name, raw: buf.length, gzip: gzip9(buf), brotli: brotli11(buf, name.endsWith('.js')) };
    });
  if (!files.some((f) => f.name.endsWith('.wasm'))) throw new Error(`no .wasm in ${dist}: is it a release build?`);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}
