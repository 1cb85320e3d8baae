// Data entry in a browser against `npm run demo`: a head fills their organization's form (one value
// wrong, corrected, the others kept), attaches a PDF and sees the deadline; an expert returns a value
// with a reason and the head corrects and resubmits. Screenshots go to tests/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

interface Element {
  code: string;
  title: string;
  type: string;
  enteredBy: string;
  appliesTo: string[];
  direction: string;
  max: number | null;
  partOf: string | null;
}

describe.skipIf(isPostgres())("data entry in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let cycleId: string;
  let organizationId: string;
  let deadline: string;
  /** The whole number the head entered in test 1 (returned by the expert in test 2). */
  let entered: Element;
  const url = (hash: string) => `http://127.0.0.1:${server.port}/${hash}`;

  const signIn = async (login: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url("#/login"));
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Выйти").waitFor();
    return page;
  };
  /** A GraphQL call with the page's session (the same one the web client uses). */
  const gql = <T>(page: Page, query: string, variables: Record<string, unknown> = {}) =>
    page.evaluate(
      async ({ query, variables }) => {
        const res = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-orientir-csrf": "1" },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data: unknown; errors?: { message: string }[] };
        if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
        return body.data;
      },
      { query, variables },
    ) as Promise<T>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-entry-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"], 300_000);
    browser = await launchChromium();
    // the operator opens a new cycle for collection, with the deadline 20 days ahead
    const operator = await signIn("operator");
    const ahead = new Date(Date.now() + 20 * 86_400_000);
    deadline = ahead.toISOString().slice(0, 10);
    const created = await gql<{ createCycle: { id: string } }>(
      operator,
      "mutation ($deadline: Date) { createCycle(input: { year: 2026, deadline: $deadline }) { id } }",
      { deadline },
    );
    cycleId = created.createCycle.id;
    await gql(operator, "mutation ($id: ID!) { setCycleStatus(cycleId: $id, status: COLLECTING) { id } }", { id: cycleId });
    await operator.close();
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("a head enters values, one wrong then corrected, attaches a PDF and sees the deadline", async () => {
    const head = await signIn("leader");
    const facts = await gql<{ me: { organization: { id: string; kind: string } }; dataElements: Element[] }>(
      head,
      "{ me { organization { id kind } } dataElements { code title type enteredBy appliesTo direction max partOf } }",
    );
    organizationId = facts.me.organization.id;
    const own = facts.dataElements.filter((e) => e.enteredBy === "organization" && e.appliesTo.includes(facts.me.organization.kind));
    // two elements of one direction: a percent (to get wrong) and a whole number
    const percent = own.find(
      (e) => e.type === "percent" && e.max === 100 && own.some((o) => o.direction === e.direction && o.type === "integer" && !o.partOf),
    );
    const count = own.find((e) => e.type === "integer" && !e.partOf && e.direction === percent?.direction);
    if (!percent || !count) throw new Error("the demo methodology has no percent and integer element in one direction");
    entered = count;

    await head.goto(url("#/my"));
    await head.getByRole("heading", { name: /Моя организация/ }).waitFor();
    const [y, m, d] = deadline.split("-");
    await head.getByText(`${d}.${m}.${y}`).waitFor();
    await head.getByText(/осталось (19|20|21) (день|дня|дней)/).waitFor();
    const section = head.locator(`[data-direction="${percent.direction}"]`);
    if (
      (await section.locator(`[data-row="${count.code}"]`).count()) === 0 ||
      !(await section.locator(`[data-row="${count.code}"]`).isVisible())
    ) {
      await section.getByRole("button").first().click();
    }
    const countInput = section.locator(`input[data-element="${count.code}"]`);
    const percentInput = section.locator(`input[data-element="${percent.code}"]`);
    await countInput.fill("25");
    await percentInput.fill("150");
    await section.getByRole("textbox", { name: `Комментарий: ${count.title}` }).fill("по штатному расписанию");
    await head.getByRole("button", { name: "Сохранить", exact: true }).click();
    await head.getByText("введённые значения не потеряны").waitFor();
    // the API's Russian message sits under the wrong field; what else was typed is still there
    await section.locator(`[data-row="${percent.code}"]`).getByText("больше допустимого максимума 100").waitFor();
    expect(await countInput.inputValue()).toBe("25");
    await head.screenshot({ path: path.join(SHOTS, "entry-1-head-wrong-value.png") });

    await percentInput.fill("12,5");
    await head.getByRole("button", { name: "Сохранить", exact: true }).click();
    await head.getByText("Сохранено значений: 2.").waitFor();
    const stored = await gql<{ dataValues: { element: string; value: string; comment: string | null }[] }>(
      head,
      "query ($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element value comment } }",
      { c: cycleId, o: organizationId },
    );
    expect(stored.dataValues).toEqual(
      expect.arrayContaining([
        { element: percent.code, value: "12.5", comment: null },
        { element: count.code, value: "25", comment: "по штатному расписанию" },
      ]),
    );
    expect(await percentInput.inputValue()).toBe("12,5");

    // a document for the organization as a whole
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");
    await head.locator('[data-evidence="organization"] input[type=file]').setInputFiles({
      name: "приказ-о-самообследовании.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await head.getByText("Документ «приказ-о-самообследовании.pdf» прикреплён.").waitFor();
    await head.locator('[data-evidence="organization"]').getByText("приказ-о-самообследовании.pdf").waitFor();

    // the history shows «было → стало»
    await section.getByRole("button", { name: `История: ${percent.title}` }).click();
    await head.locator(`[data-history="${percent.code}"]`).getByText("— → 12,5%").waitFor();
    await head.screenshot({ path: path.join(SHOTS, "entry-2-head-saved-with-pdf.png") });
    await head.close();
  }, 180_000);

  test("an expert returns a value with a reason; the head corrects it and resubmits", async () => {
    const operator = await signIn("operator");
    const { experts } = await gql<{ experts: { id: string; fullName: string }[] }>(operator, "{ experts { id fullName } }");
    const { me } = await gql<{ me: { id: string } }>(await signIn("expert"), "{ me { id } }");
    expect(experts.map((e) => e.id)).toContain(me.id);
    await gql(
      operator,
      "mutation ($c: ID!, $e: ID!, $o: [ID!]!, $d: [String!]!) { assignExpert(cycleId: $c, expertId: $e, organizationIds: $o, directions: $d) }",
      { c: cycleId, e: me.id, o: [organizationId], d: [entered.direction] },
    );
    await operator.close();

    const expert = await signIn("expert");
    await expert.goto(url(`#/review/${cycleId}`));
    // the queue groups the directions by organization
    const unit = expert.locator(`[data-unit="${organizationId}|${entered.direction}"]`);
    await unit.waitFor();
    await expert.screenshot({ path: path.join(SHOTS, "entry-3a-expert-queue.png") });
    await unit.click();
    const drawer = expert.getByRole("dialog");
    await drawer.getByLabel("Вернуть всё направление").uncheck();
    await drawer.getByLabel(`${entered.title} (${entered.code})`).check();
    await drawer.getByLabel("Причина возврата").fill("Число не совпадает с отчётом ОО-1: проверьте.");
    await drawer.getByRole("button", { name: "Вернуть на доработку" }).click();
    await drawer.getByText("Возвращено руководителю на доработку.").waitFor();
    await expert.screenshot({ path: path.join(SHOTS, "entry-3-expert-returned.png") });
    await expert.close();

    const head = await signIn("leader");
    await head.goto(url("#/my"));
    const returned = head.locator(`[data-returned="${entered.direction}"]`);
    await returned.getByText("Число не совпадает с отчётом ОО-1: проверьте.").waitFor();
    await returned.getByText(entered.title).waitFor();
    await head.screenshot({ path: path.join(SHOTS, "entry-4a-head-sees-return.png") });
    const section = head.locator(`[data-direction="${entered.direction}"]`);
    const input = section.locator(`input[data-element="${entered.code}"]`);
    if (!(await input.isVisible())) await section.getByRole("button").first().click();
    await input.fill("27");
    await head.getByRole("button", { name: "Сохранить", exact: true }).click();
    await head.getByText("Сохранено значений: 1.").waitFor();
    await returned.getByLabel("Ответ эксперту").fill("Исправлено по ОО-1.");
    await returned.getByRole("button", { name: "Отправить на повторную проверку" }).click();
    await head.getByText(`Направление ${entered.direction} отправлено на повторную проверку.`).waitFor();
    await returned.waitFor({ state: "detached" });
    const { reviewItems } = await gql<{ reviewItems: { direction: string; status: string; response: string | null }[] }>(
      head,
      "query ($c: ID!, $o: ID) { reviewItems(cycleId: $c, organizationId: $o) { direction status response } }",
      { c: cycleId, o: organizationId },
    );
    expect(reviewItems.find((i) => i.direction === entered.direction)).toMatchObject({
      status: "RESUBMITTED",
      response: "Исправлено по ОО-1.",
    });
    await head.screenshot({ path: path.join(SHOTS, "entry-4-head-resubmitted.png") });
    await head.close();
  }, 180_000);

  test("the operator edits a weight and a rule parameter in the methodology editor: an inline error first, then a new version with its diff", async () => {
    const operator = await signIn("operator");
    await operator.goto(url(`#/methodology/${cycleId}`));
    await operator.getByRole("heading", { name: "Методика цикла" }).waitFor();
    await operator.getByText("версия 1", { exact: true }).waitFor();
    const section = operator.locator('[data-direction="D3"]');
    await section.getByRole("button").first().click();
    const weight = section.getByLabel("Вес направления D3");
    await weight.fill("-1");
    await operator.getByRole("button", { name: "Сохранить новую версию" }).click();
    await section.getByText("Вес направления D3 не может быть отрицательным.").waitFor();
    await operator.getByText("Методика не сохранена.").waitFor();
    await operator.screenshot({ path: path.join(SHOTS, "entry-5-methodology-inline-error.png") });
    await weight.fill("1,5");
    // A rule's parameters are fields, not JSON: the lower bound of the first band of D3.12.
    const bandMin = section.getByLabel("Воспитанники, освоившие ОП ДО на оптимальном уровне, диапазоны 1: от");
    expect(await bandMin.inputValue()).toBe("50");
    await bandMin.fill("55");
    await operator.getByLabel("Комментарий к версии").fill("Усилен вес качества подготовки");
    await operator.getByRole("button", { name: "Сохранить новую версию" }).click();
    await operator.getByText("версия 2", { exact: true }).waitFor();
    const diff = operator.getByTestId("methodology-diff");
    await diff.getByText(/D3: вес 1 → 1,5/).waitFor();
    await diff.getByText(/Усилен вес качества подготовки/).waitFor();
    await diff.getByText(/D3\.12: параметры правила/).waitFor();
    type Methodology = {
      version: number;
      directions: { code: string; weight: number; indicators: { code: string; rule: { bands: { min: number | null }[] } }[] }[];
    };
    const { methodology } = await gql<{ methodology: Methodology }>(
      operator,
      "query ($c: ID!) { methodology(cycleId: $c) { version directions { code weight indicators { code rule } } } }",
      { c: cycleId },
    );
    expect(methodology.version).toBe(2);
    const d3 = methodology.directions.find((d) => d.code === "D3");
    expect(d3?.weight).toBe(1.5);
    expect(d3?.indicators.find((i) => i.code === "D3.12")?.rule.bands[0]?.min).toBe(55);
    await diff.scrollIntoViewIfNeeded();
    await operator.screenshot({ path: path.join(SHOTS, "entry-6-methodology-diff.png") });
    // a published cycle's methodology is read-only
    const { cycles } = await gql<{ cycles: { id: string; status: string }[] }>(operator, "{ cycles { id status } }");
    const fixed = cycles.find((c) => c.status === "PUBLISHED" || c.status === "ARCHIVED");
    if (fixed) {
      await operator.goto(url(`#/methodology/${fixed.id}`));
      await operator.getByText("зафиксирована публикацией — только просмотр").waitFor();
      expect(await operator.getByRole("button", { name: "Сохранить новую версию" }).count()).toBe(0);
    }
    await operator.close();
  }, 180_000);
});
