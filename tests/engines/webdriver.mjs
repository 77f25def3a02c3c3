// A tiny W3C WebDriver client over Node's fetch: enough to drive WebKit
// (WebKitWebDriver + MiniBrowser) and Firefox (geckodriver + firefox-esr)
// through the main flows. No npm package, nothing downloaded: the drivers
// are Debian's and crates.io's (scripts/setup.sh --test installs them).
import { spawn } from 'node:child_process';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A driver that hangs fails the command instead of the whole run.
    signal: AbortSignal.timeout(90000),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.value?.error) {
    const v = json.value ?? {};
    const err = new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? ''}`.trim());
    err.code = v.error;
    throw err;
  }
  return json.value;
}

/**
 * Starts a driver (the command gets `--port=N` added) and waits until it answers.
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function startDriver(command, args = [], { env } = {}) {
  const port = await freePort();
  const child = spawn(command, [...args, `--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}): ${log}`);
    try { await call(url, 'GET', '/status'); break; } catch (e) {
      if (Date.now() > until) { child.kill(); throw new Error(`${command} did not answer on ${url}: ${e.message}\n${log}`); }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    log: () => log,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
    }),
  };
}

/** An element handle: what WebDriver returns, usable as a script argument. */
class Element {
  constructor(session, id) { this.session = session; this.id = id; this[ELEMENT] = id; }
  toJSON() { return { [ELEMENT]: this.id }; }
  click() { return this.session.cmd('POST', `/element/${this.id}/click`, {}); }
  sendKeys(text) { return this.session.cmd('POST', `/element/${this.id}/value`, { text }); }
  text() { return this.session.cmd('GET', `/element/${this.id}/text`); }
  attribute(name) { return this.session.cmd('GET', `/element/${this.id}/attribute/${encodeURIComponent(name)}`); }
  displayed() { return this.session.cmd('GET', `/element/${this.id}/displayed`); }
}

const wrap = (session, v) => {
  if (Array.isArray(v)) return v.map((x) => wrap(session, x));
  if (v && typeof v === 'object' && ELEMENT in v) return new Element(session, v[ELEMENT]);
  return v;
};

export class Session {
  /** Opens a session on a running driver with the given capabilities. */
  static async open(driverUrl, capabilities) {
    const value = await call(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const s = new Session(driverUrl, value.sessionId, value.capabilities);
    await s.cmd('POST', '/timeouts', { script: 30000, pageLoad: 60000, implicit: 0 });
    return s;
  }
  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
  }
  cmd(method, path, body) { return call(this.base, method, path, body); }
  close() { return call(this.base, 'DELETE', ''); }
  /** Navigates and waits for the page's load event. */
  goto(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  title() { return this.cmd('GET', '/title'); }
  setWindowSize(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }
  /** Runs `fn` (a function or a function body string) in the page with `args`. */
  async execute(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return wrap(this, await this.cmd('POST', '/execute/sync', { script, args }));
  }
  async find(css) {
    return wrap(this, await this.cmd('POST', '/element', { using: 'css selector', value: css }));
  }
  async findAll(css) {
    return wrap(this, await this.cmd('POST', '/elements', { using: 'css selector', value: css }));
  }
  /** Switches to a frame (an Element) or back to the top (null). */
  frame(element) { return this.cmd('POST', '/frame', { id: element ?? null }); }
  /**
   * Polls `fn` in the page until it returns a truthy value, which is returned.
   * A failing script (the page navigating meanwhile) counts as not yet.
   */
  async waitFor(fn, { args = [], timeout = 30000, what = String(fn) } = {}) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const v = await this.execute(fn, ...args);
        if (v) return v;
      } catch (e) { last = e; }
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** Waits for an element that matches `css` to be there; returns it. */
  async waitForElement(css, opts = {}) {
    await this.waitFor((s) => !!document.querySelector(s), { args: [css], what: css, ...opts });
    return this.find(css);
  }
}
