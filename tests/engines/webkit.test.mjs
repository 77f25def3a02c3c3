// The main flows in WebKit, the engine of Safari: Debian's WebKitGTK
// MiniBrowser driven by WebKitWebDriver (under xvfb-run, see package.json).
import { flows } from './flows.mjs';

flows('webkit');
