// Issue 16 in a browser against `npm run demo`: the head sees the bell with unread notices of a
// returned value and of sent recommendations, follows one to its page, sets their mail address on
// their account page;
// the administrator sees that mail is off. Screenshots go to tests/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

describe.skipIf(isPostgres())("notifications in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const url = (hash: string) => `http://127.0.0.1:${server.port}/${hash}`;

  const signIn = async (page: Page, login: string) => {
    await page.goto(url("#/login"));
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Выйти").waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-notify-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "", SMTP_URL: "" }, ["--demo"], 240_000);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("the head sees the bell, the returned value and the sent recommendations, and sets their mail", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, "leader");
    const bell = page.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 15_000 }).toBe("Уведомления: непрочитанных 2");
    await page.screenshot({ path: path.join(SHOTS, "notifications-1-bell.png"), clip: { x: 700, y: 0, width: 700, height: 60 } });
    await bell.click();
    await page.getByRole("heading", { name: "Уведомления", exact: true }).waitFor();
    const returned = page.locator("[data-notification='review.returned']");
    await expect.poll(() => returned.textContent()).toContain("Эксперт вернул значения направления D3");
    expect(await returned.textContent()).toContain("не совпадает с ФИС ОКО");
    expect(await page.locator("[data-notification='recommendations.sent']").textContent()).toContain("Вам направлены рекомендации");
    await page.screenshot({ path: path.join(SHOTS, "notifications-2-list.png"), fullPage: true });
    // The link leads to the page; the notice is read, the bell goes down.
    await page.locator("[data-notification='recommendations.sent'] a").click();
    await page.waitForURL(/#\/recommendations\/\d+$/);
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 15_000 }).toBe("Уведомления: непрочитанных 1");
    await page.goto(url("#/account"));
    await page.getByLabel("Адрес электронной почты").fill("не адрес");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("не похож на адрес электронной почты").waitFor();
    await page.getByLabel("Адрес электронной почты").fill("leader@school.test");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Сохранено").waitFor();
    expect(await page.getByText("Отправка писем на сервере не настроена").count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "notifications-3-settings.png"), fullPage: true });
    await page.close();
  });

  test("the administrator sees that mail is off", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, "admin");
    await page.goto(url("#/notifications"));
    const status = page.getByTestId("mail-status");
    await status.waitFor();
    expect(await status.textContent()).toContain("Почта выключена: не задан адрес почтового сервера");
    await page.screenshot({ path: path.join(SHOTS, "notifications-4-admin.png"), fullPage: true });
    // …and so does the log.
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain("mail is off: SMTP_URL is not set");
    await page.close();
  });
});
