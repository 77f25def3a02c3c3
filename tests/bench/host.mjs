// A compressing layer in front of the end-to-end server (tests/e2e/server.mjs),
// for the Lighthouse runs only.
//
// The e2e server sends every file uncompressed. A real host compresses text
// and wasm, and Lighthouse's simulated slow 4G charges every byte it sees on
// the wire, so without this layer the app would be measured with about three
// times the bytes a visitor downloads. The layer asks the e2e server for the
// file (keeping its headers: the strict CSP, no-store, nosniff) and answers
// with brotli (quality 11) or gzip -9, whichever the browser accepts first in
// that order, the way a host serving pre-compressed files does. Compressed
// bodies are cached per path, so compression time is never measured.
//
// BENCH_COMPRESS=0 turns the layer into a plain pass-through.
//
// With `tls` ({ key, cert }) the layer speaks HTTP/2 over TLS, as public
// hosts do (with HTTP/1.1 for clients that ask for it): every request then
// shares one connection, where HTTP/1.1 opens one per request in flight.
import http from 'node:http';
import http2 from 'node:http2';
import zlib from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/svg\+xml)/;

export async function compressingHost(upstream, { enabled = process.env.BENCH_COMPRESS !== '0', tls = null } = {}) {
  const cache = new Map();
  const encodings = new Map(); // what was served how, for the report
  const sessions = new Set();
  const handle = async (req, res) => {
    try {
      const r = await fetch(upstream + req.url, { headers: { accept: req.headers.accept ?? '*/*' } });
      const body = Buffer.from(await r.arrayBuffer());
      const headers = {};
      r.headers.forEach((v, k) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(k)) headers[k] = v;
      });
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const type = headers['content-type'] ?? '';
      let encoding = null;
      if (enabled && r.ok && COMPRESSIBLE.test(type) && body.length > 0) {
        if (/\bbr\b/.test(accepted)) encoding = 'br';
        else if (/\bgzip\b/.test(accepted)) encoding = 'gzip';
      }
      let out = body;
      if (encoding) {
        const key = `${encoding} ${req.url}`;
        out = cache.get(key);
        if (!out) {
          out = encoding === 'br'
            ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
            : zlib.gzipSync(body, { level: 9 });
          cache.set(key, out);
        }
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      encodings.set(`${type.split(';')[0]} ${encoding ?? 'identity'}`, true);
      headers['content-length'] = String(out.length);
      res.writeHead(r.status, headers);
      res.end(out);
    } catch (e) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(e));
    }
  };
  const server = tls
    ? http2.createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : http.createServer(handle);
  server.on('session', (s) => { sessions.add(s); s.on('close', () => sessions.delete(s)); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`,
    enabled,
    /** "content type encoding" pairs that were served, e.g. "application/wasm br". */
    served: () => [...encodings.keys()].sort(),
    close: () => new Promise((resolve) => {
      for (const s of sessions) s.destroy();
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
