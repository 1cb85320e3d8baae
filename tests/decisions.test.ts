// Management decisions on the demo municipality: the register with measures (overdue flagged),
// the signed file, validation, audit, and the effect of the demo's 2024 decision in 2025.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createTestApp, dataOf, type GraphQLResponse, listen, type TestApp, upload } from "./helpers/app.js";

interface Effect {
  indicatorCode: string;
  isDirection: boolean;
  linkedBefore: number | null;
  linkedAfter: number | null;
  othersBefore: number | null;
  othersAfter: number | null;
  linkedCount: number;
  othersCount: number;
  difference: number | null;
  explanation: string;
}
const EFFECT = "indicatorCode isDirection linkedBefore linkedAfter othersBefore othersAfter linkedCount othersCount difference explanation";
const DECISION =
  "id kind number date title organizations { id } directionCodes indicatorCodes hasOverdueMeasures fileName measures { title responsible dueOn status completionNote isOverdue }";

describe("management decisions", () => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  let before = "";
  let after = "";
  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, cookie[who]);
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const effect = async (decisionId: string, cycleId: string) =>
    as<{ decisionEffect: { decision: { id: string }; indicators: Effect[] } }>(
      "department",
      `query($d: ID!, $c: ID!) { decisionEffect(decisionId: $d, cycleId: $c) { decision { id } indicators { ${EFFECT} } } }`,
      { d: decisionId, c: cycleId },
    );

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
    for (const login of ["operator", "leader", "department"]) {
      const res = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "demo") { id } }`, variables: { l: login } }),
      });
      cookie[login] = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    }
    before = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2024 } })).id);
    after = String((await t.db.prisma.cycle.findFirstOrThrow({ where: { year: 2025 } })).id);
  }, 240_000);
  afterAll(() => t.close());

  test("the demo decision for 2024 shows a positive effect for its schools in 2025", async () => {
    const list = dataOf(
      await as<{
        decisions: {
          id: string;
          kind: string;
          organizations: { id: string }[];
          measures: { isOverdue: boolean; status: string }[];
          hasOverdueMeasures: boolean;
        }[];
      }>("department", `query($c: ID) { decisions(cycleId: $c) { ${DECISION} } }`, { c: before }),
    ).decisions;
    expect(list).toHaveLength(1);
    const demo = list[0] as (typeof list)[number];
    expect(demo.kind).toBe("ORDER");
    expect(demo.organizations.length).toBeGreaterThanOrEqual(3);
    // The last measure was due 01.03.2026 and is still planned.
    expect(demo.measures.map((m) => m.isOverdue)).toEqual([false, false, true]);
    expect(demo.hasOverdueMeasures).toBe(true);
    const rows = dataOf(await effect(demo.id, after)).decisionEffect.indicators;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const direction = rows.find((r) => r.isDirection) as Effect;
    expect(direction.linkedCount).toBe(demo.organizations.length);
    expect(direction.othersCount).toBeGreaterThanOrEqual(3);
    expect(direction.difference).toBeGreaterThan(5);
    expect(direction.explanation).toContain("эффект мер положительный");
    const expected =
      (direction.linkedAfter as number) -
      (direction.linkedBefore as number) -
      ((direction.othersAfter as number) - (direction.othersBefore as number));
    expect(Math.abs((direction.difference as number) - expected)).toBeLessThan(0.11);
    expect(rows.filter((r) => !r.isDirection).some((r) => (r.difference ?? 0) > 0)).toBe(true);
    expect(code(await effect(demo.id, before))).toBe("BAD_USER_INPUT");
  });

  test("a new decision: validated, audited, updated with its measures; two schools are «недостаточно данных»", async () => {
    const schools = await t.db.prisma.organization.findMany({ where: { kind: "SCHOOL" }, orderBy: { id: "asc" }, take: 2 });
    const input = {
      cycleId: before,
      kind: "DIRECTIVE",
      number: "12-р",
      date: "2025-03-01",
      title: "О методической помощи",
      organizationIds: schools.map((s) => String(s.id)),
      directionCodes: ["D1"],
      indicatorCodes: ["D1.3", "D9.9"],
      measures: [{ title: "Курсы ПК", responsible: "" }],
    };
    const bad = await as("department", `mutation($i: DecisionInput!) { createDecision(input: $i) { id } }`, { i: input });
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(((bad.errors?.[0]?.extensions?.problems ?? []) as { message: string }[]).map((p) => p.message)).toEqual([
      "Неизвестный показатель «D9.9».",
      "Мероприятие 1: укажите ответственного.",
    ]);
    const created = dataOf(
      await as<{ createDecision: { id: string; measures: { status: string }[] } }>(
        "department",
        `mutation($i: DecisionInput!) { createDecision(input: $i) { ${DECISION} } }`,
        { i: { ...input, indicatorCodes: ["D1.3"], measures: [{ title: "Курсы ПК", responsible: "ЦРО", dueOn: "2025-06-01" }] } },
      ),
    ).createDecision;
    expect(created.measures).toEqual([
      { title: "Курсы ПК", responsible: "ЦРО", dueOn: "2025-06-01", status: "PLANNED", completionNote: null, isOverdue: true },
    ]);
    const updated = dataOf(
      await as<{ updateDecision: { measures: { status: string; isOverdue: boolean }[] } }>(
        "operator",
        `mutation($id: ID!, $i: DecisionInput!) { updateDecision(id: $id, input: $i) { ${DECISION} } }`,
        {
          id: created.id,
          i: {
            ...input,
            indicatorCodes: ["D1.3"],
            measures: [
              { title: "Курсы ПК", responsible: "ЦРО", dueOn: "2025-06-01", status: "DONE", completionNote: "Обучены 12 человек" },
            ],
          },
        },
      ),
    ).updateDecision;
    expect(updated.measures).toMatchObject([{ status: "DONE", isOverdue: false, completionNote: "Обучены 12 человек" }]);
    const audit = await t.db.prisma.auditEvent.findMany({ where: { entity: "Decision", entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["decision.create", "decision.update"]);
    expect(JSON.stringify(audit[1]?.details)).toContain("PLANNED");

    const rows = dataOf(await effect(created.id, after)).decisionEffect.indicators;
    expect(rows.map((r) => r.indicatorCode)).toEqual(["D1", "D1.3"]);
    for (const r of rows) {
      expect(r.difference).toBeNull();
      expect(r.linkedCount).toBe(2);
      expect(r.explanation).toContain("недостаточно данных");
    }

    const signed = await upload<{ attachDecisionFile: { fileName: string; fileUrl: string } }>(
      t,
      `mutation($id: ID!, $file: File!) { attachDecisionFile(id: $id, file: $file) { fileName fileUrl } }`,
      { id: created.id },
      { name: "распоряжение.pdf", bytes: Buffer.from("%PDF-1.4 подписано") },
      cookie.department,
    );
    expect(dataOf(signed).attachDecisionFile.fileName).toBe("распоряжение.pdf");
    const server = await listen(t);
    try {
      const url = `${server.url}${dataOf(signed).attachDecisionFile.fileUrl}`;
      const got = await fetch(url, { headers: { cookie: cookie.department as string } });
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).toString()).toBe("%PDF-1.4 подписано");
      expect((await fetch(url, { headers: { cookie: cookie.leader as string } })).status).toBe(403);
    } finally {
      await server.close();
    }
    const wrong = await upload(
      t,
      `mutation($id: ID!, $file: File!) { attachDecisionFile(id: $id, file: $file) { fileName } }`,
      { id: created.id },
      { name: "x.exe", bytes: Buffer.from("MZ") },
      cookie.department,
    );
    expect(code(wrong)).toBe("BAD_USER_INPUT");
  });

  test("heads neither read nor write the register", async () => {
    expect(code(await as("leader", `{ decisions { id } }`))).toBe("FORBIDDEN");
    expect(
      code(
        await as("leader", `mutation($i: DecisionInput!) { createDecision(input: $i) { id } }`, {
          i: { cycleId: before, kind: "ORDER", number: "1", date: "2025-01-01", title: "x", organizationIds: [] },
        }),
      ),
    ).toBe("FORBIDDEN");
  });
  test("a school merged between the cycles is left out of the effect, and named", async () => {
    const [demo] = dataOf(
      await as<{ decisions: { id: string; organizations: { id: string }[] }[] }>(
        "department",
        `query($c: ID) { decisions(cycleId: $c) { id organizations { id } } }`,
        {
          c: before,
        },
      ),
    ).decisions;
    const linked = demo?.organizations.map((o) => Number(o.id)) ?? [];
    const peer = await t.db.prisma.organization.findFirstOrThrow({
      where: { kind: "SCHOOL", id: { notIn: linked }, results: { some: { cycleId: Number(after) } } },
      orderBy: { id: "asc" },
    });
    const [first] = linked;
    const named = await t.db.prisma.organization.findUniqueOrThrow({ where: { id: first } });
    const merged = dataOf(
      await as<{ reorganize: { id: string } }>("operator", `mutation($i: ReorganizationInput!) { reorganize(input: $i) { id } }`, {
        i: {
          kind: "MERGE",
          date: "2025-06-01",
          orderNumber: "77",
          organizationIds: [String(first), String(peer.id)],
          newOrganizations: [{ fullName: "Объединённая школа", kind: "SCHOOL" }],
        },
      }),
    ).reorganize;
    try {
      const rows = dataOf(await effect(demo?.id as string, after)).decisionEffect.indicators;
      const direction = rows.find((r) => r.isDirection) as Effect;
      expect(direction.linkedCount).toBe(linked.length - 1);
      expect(direction.explanation).toContain(
        `Не учтены — сравнение некорректно: «${named.shortName}», реорганизация (слияние 01.06.2025, приказ № 77; вошла в «Объединённая школа»)`,
      );
      expect(direction.explanation).toContain(`«${peer.shortName}», реорганизация (слияние 01.06.2025`);
    } finally {
      dataOf(await as("operator", `mutation($id: ID!) { undoReorganization(id: $id) { isUndone } }`, { id: merged.id }));
    }
    const restored = dataOf(await effect(demo?.id as string, after)).decisionEffect.indicators.find((r) => r.isDirection) as Effect;
    expect(restored.linkedCount).toBe(linked.length);
    expect(restored.explanation).not.toContain("Не учтены");
  });
});
