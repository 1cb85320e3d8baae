// Debian's chromium for the browser tests and the web bench (never a downloaded browser build),
// started with the flags this closed network needs. The web client is built once per test run in
// tests/helpers/global-setup.ts: browser test files run in parallel and must not rebuild web/dist.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error("Debian chromium is not installed: apt-get install chromium (.ci/run does)");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
