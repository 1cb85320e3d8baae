// The shell in Chromium on the demo: the operator's dashboard and cycles page (create, open
// collection, score, step back with a reason, publish), the public home on the newest published
// cycle, the administrator's accounts (temporary password shown once, the head changes it), API
// tokens (shown once, then used), the audit log in Russian — every page at 1280 and 820 px
// without serious accessibility violations (axe, colour contrast included), and the other pages of
// the operator and the head checked the same way.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectAccessible } from "./helpers/axe.js";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { recordAttribute } from "./helpers/observe.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

describe.skipIf(isPostgres())("the web client's shell", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let base = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-shell-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"], 240_000);
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = async (login: string, password = "demo", width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/#/login`);
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", password);
    await page.click("button[type=submit]");
    await page.getByRole("button", { name: "Выйти" }).waitFor();
    return page;
  };
  /** Opens a page at both widths, checks it with axe and saves a screenshot of each. */
  const visit = async (page: Page, hash: string, ready: string, name: string) => {
    for (const width of [1280, 820]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}/${hash}`);
      await page.getByText(ready, { exact: false }).first().waitFor();
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, `${name} at ${width} px`);
      await page.screenshot({ path: path.join(SHOTS, `shell-${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  const statusOf = (page: Page) => page.locator("h3 + .mantine-Badge-root").first();

  test("the operator lands on the dashboard and runs a cycle through its stages", async () => {
    const page = await signIn("operator");
    // The operator's home (`#/`) is the dashboard of the current cycle.
    await page.goto(`${base}/#/`);
    await page.getByRole("heading", { name: "Панель цикла" }).waitFor();
    expect(await page.getByRole("link", { name: "Пользователи" }).count()).toBe(0);
    await visit(page, "#/dashboard", "По организациям", "dashboard");

    await page.getByRole("link", { name: "Циклы" }).click();
    await page.getByLabel("Отчётный год").fill("2026");
    await page.getByRole("button", { name: "Создать цикл" }).click();
    await page.getByRole("heading", { name: "Мониторинг эффективности руководителей ОО за 2026 год" }).waitFor();
    expect(await statusOf(page).textContent()).toBe("черновик");
    await page.getByRole("button", { name: "Перевести: «сбор данных»" }).click();
    await page.getByRole("button", { name: "Перевести: «экспертиза»" }).waitFor();
    expect(await statusOf(page).textContent()).toBe("сбор данных");

    // The progress bar shows while the run lasts; an observer records its stages however fast it is.
    const scoringStages = await recordAttribute(page, "data-scoring-progress");
    await page.getByRole("button", { name: "Рассчитать баллы" }).click();
    await page.getByText("Баллы пересчитаны").waitFor({ timeout: 60_000 });
    expect((await scoringStages()).length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Перевести: «экспертиза»" }).click();
    await page.getByRole("button", { name: "Вернуть: «сбор данных»" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Вернуть" }).click();
    await dialog.getByText("Укажите причину возврата").waitFor();
    await dialog.getByLabel("Причина возврата").fill("Школы досдают отчёты");
    await dialog.getByRole("button", { name: "Вернуть" }).click();
    await page.getByRole("button", { name: "Перевести: «экспертиза»" }).waitFor();
    expect(await statusOf(page).textContent()).toBe("сбор данных");
    await page.screenshot({ path: path.join(SHOTS, "shell-cycles-2026.png"), fullPage: true });

    // The scored 2025 cycle of the demo is published with a plain status change.
    await page.getByRole("link", { name: "Мониторинг эффективности руководителей ОО за 2025 год" }).click();
    await page.getByRole("button", { name: "Перевести: «опубликован»" }).click();
    await page.getByRole("button", { name: "Перевести: «в архиве»" }).waitFor();
    expect(await statusOf(page).textContent()).toBe("опубликован");
    await page.getByRole("button", { name: "Проверить воспроизводимость" }).click();
    await page.getByText("Результаты воспроизводимы").or(page.getByText("Есть расхождения")).waitFor({ timeout: 60_000 });
    await visit(page, "#/cycles", "Новый цикл мониторинга", "cycles");
    await page.close();
  }, 240_000);

  test("an anonymous visitor's home opens on the newest published cycle", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`);
    const cycle = page.getByRole("combobox", { name: "Цикл мониторинга" });
    await cycle.waitFor();
    expect(await cycle.inputValue()).toBe("2025 · опубликован");
    await page.locator("table tbody tr").first().waitFor();
    expect(await page.locator("table tbody tr").count()).toBeGreaterThan(5);
    expect(await page.getByRole("link", { name: "Панель цикла" }).count()).toBe(0);
    // Published by the plain transition: the default publication, without the heads' names.
    expect(await page.getByText("ФИО руководителей в опубликованных результатах не указываются.").count()).toBe(1);
    expect(await page.getByRole("columnheader", { name: "Руководитель" }).count()).toBe(0);
    await visit(page, "", "Рейтинг руководителей", "public-home");

    // A phone: the cycle's badge stays inside the screen; the menu opens and closes.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/`);
    const badge = page.locator("main .mantine-Badge-root", { hasText: "опубликован" }).first();
    await badge.waitFor();
    const box = await badge.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // The drawer slides: on screen means its left edge inside the screen, closed means pushed off to the left.
    const menuLeft = async () => (await page.getByRole("navigation", { name: "Разделы" }).boundingBox())?.x ?? -1;
    await page.getByRole("button", { name: "Открыть меню" }).click();
    await expect.poll(menuLeft).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, "shell-public-home-390-menu.png") });
    await page.getByRole("button", { name: "Закрыть меню" }).click();
    await expect.poll(menuLeft).toBeLessThan(0);
    await page.screenshot({ path: path.join(SHOTS, "shell-public-home-390.png"), fullPage: true });
    await page.close();
  }, 120_000);

  test("the administrator creates a head's account; the head signs in and changes the password", async () => {
    const admin = await signIn("admin");
    await admin.getByRole("link", { name: "Пользователи" }).click();
    await admin.getByLabel("Логин").fill("head.sosh1");
    await admin.getByLabel("ФИО").fill("Андреева Мария Ивановна");
    await admin.getByRole("combobox", { name: "Организация" }).fill("СОШ № 1");
    await admin
      .getByRole("option", { name: /СОШ № 1»/ })
      .first()
      .click();
    await admin.getByRole("button", { name: "Создать", exact: true }).click();
    const secret = admin.getByTestId("shown-once");
    await secret.waitFor();
    const temporary = (await secret.textContent())?.trim() ?? "";
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await admin.getByRole("cell", { name: "head.sosh1", exact: true }).waitFor();
    await admin.screenshot({ path: path.join(SHOTS, "shell-users-created.png"), fullPage: true });
    // Shown once: after a reload it is gone.
    await admin.reload();
    await admin.getByRole("cell", { name: "head.sosh1", exact: true }).waitFor();
    expect(await admin.getByTestId("shown-once").count()).toBe(0);
    await visit(admin, "#/admin/users", "Новая учётная запись", "users");

    const head = await signIn("head.sosh1", temporary, 820);
    await head.goto(`${base}/#/account`);
    await head.getByLabel("Текущий пароль").fill(temporary);
    await head.getByLabel("Новый пароль", { exact: true }).fill("Новый-пароль-2026");
    await head.getByLabel("Новый пароль ещё раз").fill("Новый-пароль-2026");
    await head.getByRole("button", { name: "Сменить пароль" }).click();
    await head.getByText("Пароль изменён").waitFor();
    await expectAccessible(head, "account at 820 px");
    await head.screenshot({ path: path.join(SHOTS, "shell-account-820.png"), fullPage: true });
    await head.close();
    (await signIn("head.sosh1", "Новый-пароль-2026")).close();
    await admin.close();
  }, 180_000);

  test("an API token is shown once and then reads the API; the audit log tells it all in Russian", async () => {
    const admin = await signIn("admin");
    await admin.goto(`${base}/#/admin/tokens`);
    await admin.getByLabel("Назначение токена").fill("Отчётность региона");
    await admin.getByRole("button", { name: "Создать токен" }).click();
    const token = (await admin.getByTestId("shown-once").textContent())?.trim() ?? "";
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ cycles { year status } }" }),
    });
    const body = (await response.json()) as { data: { cycles: { year: number; status: string }[] } };
    expect(body.data.cycles.find((c) => c.year === 2025)?.status).toBe("PUBLISHED");
    await admin.reload();
    await admin.getByRole("cell", { name: "Отчётность региона", exact: true }).waitFor();
    expect(await admin.getByTestId("shown-once").count()).toBe(0);
    expect(await admin.getByText("не использовался").count()).toBe(0);
    await visit(admin, "#/admin/tokens", "Отчётность региона", "tokens");

    await visit(admin, "#/admin/audit", "Журнал аудита", "audit");
    // The action filter's options carry the same words; only the table's rows count.
    const auditTable = admin.locator("table");
    for (const text of [
      "Создана учётная запись",
      "Создан API-токен",
      "Изменён этап цикла",
      "причина: Школы досдают отчёты",
      "Пользователь сменил пароль",
    ])
      expect(await auditTable.getByText(text).count(), text).toBeGreaterThan(0);
    await admin.getByLabel("Пользователь (логин)").fill("operator");
    // The filter is debounced: wait for the filtered page rather than for text the unfiltered one had.
    await expect.poll(() => auditTable.getByText("Создан API-токен").count(), { timeout: 10_000 }).toBe(0);
    expect(await auditTable.getByText("в этап: опубликован").count()).toBeGreaterThan(0);
    await admin.close();
  }, 180_000);

  test("the other pages of the operator and the head pass axe, contrast included, at 1280 and 820 px", async () => {
    const operator = await signIn("operator");
    for (const [hash, ready, name] of [
      ["#/intake", "Полнота данных", "intake"],
      ["#/entry", "Ввод данных", "entry"],
      ["#/methodology", "Методика цикла", "methodology"],
      ["#/review", "Экспертиза", "review"],
      ["#/ratings", "Рейтинг руководителей", "ratings"],
      ["#/analytics", "Аналитика", "analytics"],
      ["#/recommendations", "Адресные рекомендации", "recommendations"],
      ["#/decisions", "Управленческие решения", "decisions"],
      ["#/reports", "Отчёты", "reports"],
      ["#/organizations", "Организации", "organizations"],
      ["#/d/objectivity", "Объективность результатов ВПР", "objectivity"],
    ] as const)
      await visit(operator, hash, ready, name);
    await operator.close();
    const head = await signIn("leader");
    for (const [hash, ready, name] of [
      ["#/my", "Моя организация", "my"],
      ["#/recommendations", "Адресные рекомендации", "head-recommendations"],
      ["#/notifications", "Уведомления", "notifications"],
    ] as const)
      await visit(head, hash, ready, name);
    await head.close();
  }, 240_000);
});
