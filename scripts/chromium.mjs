// How this project launches Debian's headless Chromium through
// playwright-core: make embed-heights (scripts/build/embed-heights.mjs) and the
// end-to-end tests (tests/e2e/harness.mjs) use the same binary and flags.
// CHROMIUM overrides the binary. Flags: no sandbox (CI runs as root), no
// GPU, and no background traffic (nothing may leave this machine).
export const chromiumLaunchOptions = () => ({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
});
