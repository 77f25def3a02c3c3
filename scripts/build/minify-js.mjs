// Trunk post-build hook (Trunk.toml): minifies the app's JavaScript in a
// release build, and updates the Subresource Integrity of index.html's
// <script> and <link rel="modulepreload"> for it.
//
// Trunk 0.21 has a `minify` setting, but its minifier (minify-js 0.5) fails
// to parse the glue that wasm-bindgen 0.2.130 writes and our loader module,
// and leaves both as they are; the setting would also minify index.html,
// whose text the build's pre-render step edits. Trunk 0.22, whose minifier may
// differ, needs a newer rustc than this project's. So the hook minifies
// the JavaScript with terser (npm, scripts/build/package.json).
//
// Trunk runs it with TRUNK_STAGING_DIR (the build before it becomes dist/)
// and TRUNK_PROFILE; a debug build (`trunk serve`) stays as it is.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
if (!staging) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set; run it as a Trunk hook (trunk build --release)');
  process.exit(1);
}

let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('minify-js: terser is missing; run `make setup` (npm ci in scripts/build)');
  process.exit(1);
}

const indexFile = path.join(staging, 'index.html');
let index = fs.readFileSync(indexFile, 'utf8');
const integrity = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

// The visitors' app in the root; the editors' page's own app in editors/
// (index.html), which no tag loads with an integrity attribute.
const editors = path.join(staging, 'editors');
const scripts = [
  ...fs.readdirSync(staging).filter((f) => f.endsWith('.js')),
  ...(fs.existsSync(editors) ? fs.readdirSync(editors).filter((f) => f.endsWith('.js')).map((f) => path.join('editors', f)) : []),
];
for (const name of scripts) {
  const file = path.join(staging, name);
  const source = fs.readFileSync(file, 'utf8');
  const result = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (typeof result.code !== 'string') throw new Error(`minify-js: terser gave no code for ${name}`);
  fs.writeFileSync(file, result.code);
  // The tags that load this file carry its hash: give them the new one.
  const before = integrity(source);
  const after = integrity(result.code);
  const tags = index.split(before).length - 1;
  index = index.split(before).join(after);
  console.log(`minify-js: ${name} ${source.length} -> ${result.code.length} B (${tags} integrity attribute${tags === 1 ? '' : 's'} updated)`);
}
fs.writeFileSync(indexFile, index);
