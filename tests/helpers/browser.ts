// The browser tests' Chromium: the one launcher, shared with bench/ through core/dev/.
export { launchChromium } from "../../core/dev/chromium.js";
