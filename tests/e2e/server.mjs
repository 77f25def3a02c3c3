// A small static server for the end-to-end tests. It serves the release
// build (dist/) and can inject faults per path: a status, a delay, a body,
// another policy; and it can hold a path's answer back until a test lets
// it go (a gate, not a timer: a slow phone for exactly as long as the test
// needs one).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The strict policy of issue 6, which government hosts use. Every HTML
 *  page of the tests is served with it, so every test also proves that the
 *  app runs under it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

/**
 * Starts a server on 127.0.0.1 with a free port.
 * @param {string} root folder to serve
 * @returns {Promise<{url: string, close: () => Promise<void>, fault: (path: string, f: object|null) => void,
 *   hold: (path: string) => {requested: Promise<void>, release: () => void}, requests: string[]}>}
 */
export async function serve(root, { hosts } = {}) {
  const faults = new Map();
  const gates = new Map();
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const gate = gates.get(url.pathname);
    if (gate) {
      gate.arrived();
      await gate.open;
    }
    const fault = faults.get(url.pathname);
    let policy = STRICT_CSP;
    if (fault) {
      if (fault.once) faults.delete(url.pathname);
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.csp) policy = fault.csp;
      if (fault.status) {
        const type = fault.type ?? 'text/plain; charset=utf-8';
        // A page served this way (a host page made in a test) gets the
        // strict policy too.
        res.writeHead(fault.status, { 'content-type': type, ...(type.startsWith('text/html') ? { 'content-security-policy': STRICT_CSP } : {}) });
        res.end(fault.body ?? `error ${fault.status}`);
        return;
      }
    }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    // Sample host pages for the embed tests live under /__hosts/.
    const base = hosts && rel.startsWith('/__hosts/') ? hosts : root;
    if (base === hosts) rel = rel.slice('/__hosts'.length);
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(path.resolve(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(type.startsWith('text/html') ? { 'content-security-policy': policy } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault: (p, f) => (f ? faults.set(p, f) : faults.delete(p)),
    // Every request for `p` waits until `release()`; `requested` resolves
    // when the first one has arrived (and fails after 30 s without one, so
    // that a page that never asks fails its test instead of hanging it).
    // Released, the path is served as usual.
    hold: (p) => {
      let arrived, release;
      const came = new Promise((r) => { arrived = r; });
      const gate = {
        get requested() {
          return Promise.race([came, new Promise((_, reject) => {
            setTimeout(() => reject(new Error(`no request for ${p} within 30 s`)), 30_000).unref();
          })]);
        },
        open: new Promise((r) => { release = r; }),
      };
      gate.arrived = arrived;
      gate.release = () => { gates.delete(p); release(); };
      gates.set(p, gate);
      return gate;
    },
    close: () => new Promise((resolve) => { for (const g of gates.values()) g.release(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
