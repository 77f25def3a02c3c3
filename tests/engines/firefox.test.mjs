// The main flows in Firefox: Debian's firefox-esr, headless, driven by
// geckodriver (from crates.io).
import { flows } from './flows.mjs';

flows('firefox');
