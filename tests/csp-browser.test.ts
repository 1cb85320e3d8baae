// Issue 17, defect 6 in the browser: the built web client runs under its Content-Security-Policy
// (no inline scripts; Mantine's injected styles allowed) without a single violation.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { WEB_DIST } from "../core/server/http.js";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

describe.skipIf(isPostgres())("the web client under its CSP", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-csp-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the built index.html has no inline script or event handler", () => {
    const html = readFileSync(path.join(WEB_DIST, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test("login, ratings and a scorecard render with no CSP violation", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`http://127.0.0.1:${server.port}/#/login`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByText("Демонстрационный режим").waitFor();
    await page.fill("input[name=login]", "operator");
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Рейтинг руководителей").waitFor();
    await page.locator("table tbody a").first().click();
    await page.getByText("Адресные рекомендации").waitFor();
    await page.screenshot({ path: path.join(tmpdir(), "orientir-csp-scorecard.png") });
    expect(violations).toEqual([]);
  });
});
