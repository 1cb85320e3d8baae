// The management loop in a browser against `npm run demo`: the operator approves and sends the
// latest cycle's recommendations, the head acknowledges one and reports progress with a document. Screenshots go to tests/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

describe.skipIf(isPostgres())("the management loop in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  const signIn = async (page: Page, login: string) => {
    await page.goto(`http://127.0.0.1:${server.port}/#/login`);
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Выйти").waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-loop-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("the operator approves and sends, the head acknowledges and reports with a document", async () => {
    const operator = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(operator, "operator");
    await operator.goto(`http://127.0.0.1:${server.port}/#/recommendations`);
    await operator.getByText("Адресные рекомендации").waitFor();
    await operator.locator("tr[data-rec]").first().waitFor();
    expect(await operator.locator("tr[data-rec] >> text=черновик").count()).toBeGreaterThan(5);
    await operator.screenshot({ path: path.join(SHOTS, "loop-1-operator-drafts.png") });
    // two drafts of one organization merge into one; the operator adds one of their own
    const firstOrg = ((await operator.locator("tr[data-rec] td").nth(1).textContent()) ?? "").trim();
    const before = await operator.locator("tr[data-rec]").count();
    const ofFirstOrg = operator.locator("tr[data-rec]", { hasText: firstOrg });
    expect(await ofFirstOrg.count()).toBeGreaterThan(1);
    await ofFirstOrg.nth(0).getByRole("checkbox").check();
    await ofFirstOrg.nth(1).getByRole("checkbox").check();
    await operator.getByRole("button", { name: "Объединить выбранные" }).click();
    await operator.getByRole("dialog").getByLabel("Текст").fill("Объединённая рекомендация: провести самоанализ и план.");
    await operator.getByRole("dialog").getByRole("button", { name: "Объединить" }).click();
    await expect.poll(() => operator.locator("tr[data-rec]").count(), { timeout: 15_000 }).toBe(before - 1);
    await operator.locator("tr[data-rec]", { hasText: "Объединённая рекомендация: провести самоанализ и план." }).waitFor();
    await operator.getByRole("button", { name: "Добавить свою" }).click();
    const dialog = operator.getByRole("dialog");
    await dialog.getByLabel("Организация").click();
    await operator.getByRole("option", { name: firstOrg, exact: true }).click();
    await dialog.getByLabel("Текст").fill("Своя рекомендация оператора: пригласить на семинар.");
    await dialog.getByRole("button", { name: "Сохранить" }).click();
    await dialog.waitFor({ state: "hidden" });
    await operator
      .locator("tr[data-rec]", { hasText: "Своя рекомендация оператора: пригласить на семинар." })
      .getByText("своя", { exact: true })
      .waitFor();
    await operator.screenshot({ path: path.join(SHOTS, "loop-1b-operator-merged-and-own.png") });
    await operator.getByRole("button", { name: "Утвердить показанные черновики" }).click();
    await operator.getByText(/Утверждено: \d+/).waitFor();
    await expect.poll(() => operator.locator("tr[data-rec] >> text=черновик").count(), { timeout: 15_000 }).toBe(0);
    await operator.getByRole("button", { name: "Направить утверждённые руководителям" }).click();
    await operator.getByText(/Направлено руководителям: \d+/).waitFor();
    await expect.poll(() => operator.locator("tr[data-rec] >> text=утверждена").count(), { timeout: 15_000 }).toBe(0);
    await operator.screenshot({ path: path.join(SHOTS, "loop-2-operator-sent.png") });

    const head = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(head, "leader");
    await head.goto(`http://127.0.0.1:${server.port}/#/recommendations`);
    const card = head.locator("[data-rec]").first();
    await card.waitFor();
    expect(await head.locator("[data-rec] >> text=направлена").count()).toBeGreaterThan(0);
    await card.getByRole("button", { name: "Принять к исполнению" }).click();
    await card.getByText("принята к исполнению").waitFor();
    await card.getByRole("button", { name: "Сохранить план" }).waitFor();
    // The plan's date is typed as dd.MM.yyyy and shown back the same way.
    await card.getByLabel("План мероприятий").fill("Семинар по работе с кадрами");
    await card.getByLabel("Срок").fill("01.03.2027");
    await card.getByRole("button", { name: "Сохранить план" }).click();
    await card.getByText("(срок 01.03.2027)").waitFor();
    // A progress report with a document goes as one multipart request.
    await card.getByLabel("Что сделано").fill("Проведён методический семинар для учителей");
    await card.locator("input[type=file]").setInputFiles({
      name: "протокол-семинара.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1"),
    });
    await card.getByRole("button", { name: "Отправить отчёт" }).click();
    await card.getByRole("link", { name: "протокол-семинара.pdf" }).waitFor();
    expect(await card.getByText("Проведён методический семинар для учителей").count()).toBe(1);
    await head.screenshot({ path: path.join(SHOTS, "loop-3-head-acknowledged.png") });
  }, 180_000);

  test("the decision's effect, the analytics page and the head's card with what-if", async () => {
    const department = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(department, "department");
    await department.goto(`http://127.0.0.1:${server.port}/#/decisions`);
    await department.getByTestId("effect-table").waitFor();
    expect(await department.locator("[data-testid=effect-table] >> text=эффект мер положительный").count()).toBeGreaterThan(0);
    expect(await department.getByText("есть просроченные мероприятия").count()).toBe(1);
    await department.screenshot({ path: path.join(SHOTS, "loop-4-decision-effect.png"), fullPage: true });
    await department.goto(`http://127.0.0.1:${server.port}/#/analytics`);
    await department.getByTestId("heatmap").waitFor();
    await department.locator(".recharts-surface").first().waitFor();
    expect(await department.getByText("Устойчивость мест").count()).toBe(1);
    await department.screenshot({ path: path.join(SHOTS, "loop-5-analytics.png"), fullPage: true });

    const head = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(head, "leader");
    const me = await head.evaluate(async () => {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ me { organization { id } } cycles { id year } }" }),
      });
      return (await res.json()) as { data: { me: { organization: { id: string } }; cycles: { id: string; year: number }[] } };
    });
    const latest = me.data.cycles.find((c) => c.year === 2025)?.id;
    await head.goto(`http://127.0.0.1:${server.port}/#/scorecard/${latest}/${me.data.me.organization.id}`);
    await head.getByTestId("what-if").waitFor();
    await head.locator(".recharts-surface").first().waitFor();
    expect(await head.getByText("Что даст переход на следующий уровень").count()).toBe(1);
    await head.screenshot({ path: path.join(SHOTS, "loop-6-head-card.png") });
    await head.getByTestId("what-if").screenshot({ path: path.join(SHOTS, "loop-7-what-if.png") });
  }, 180_000);
});
