// Refused requests change nothing and leave a trace in the log: who asked, for what, and why not.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

describe("refusals are logged", () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];
  let operator = "";
  let cycle = "";

  beforeAll(async () => {
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    t = await createTestApp({ directions: [achievementDirection], logger });
    operator = await t.signIn("OPERATOR", { login: "log-operator" });
    cycle = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
      .createCycle.id;
  });
  afterAll(() => t.close());

  const refusals = () => lines.filter((l) => String(l.msg).startsWith("request refused"));

  test("a head asking for another organization's scorecard", async () => {
    const own = await createOrganization(t, { shortName: "Своя", kind: "SCHOOL" });
    const other = await createOrganization(t, { shortName: "Чужая", kind: "SCHOOL" });
    const head = await t.signIn("LEADER", { login: "log-head", organizationId: own });
    const res = await t.gql(
      `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { totalPercent } }`,
      { c: cycle, o: String(other) },
      head,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refusals()).toContainEqual(expect.objectContaining({ code: "FORBIDDEN", login: "log-head", role: "LEADER", path: "scorecard" }));
  });

  test("a transition the state machine forbids: nothing changes", async () => {
    const res = await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: PUBLISHED) { status } }`, { c: cycle }, operator);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await t.db.prisma.cycle.findUniqueOrThrow({ where: { id: Number(cycle) } })).status).toBe("DRAFT");
    expect(refusals()).toContainEqual(expect.objectContaining({ code: "BAD_USER_INPUT", login: "log-operator", path: "setCycleStatus" }));
  });

  test("a revoked API token", async () => {
    const admin = await t.signIn("ADMIN", { login: "log-admin" });
    const token = dataOf(await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "журнал") }`, {}, admin)).createApiToken;
    const id = (await t.db.prisma.apiToken.findFirstOrThrow({ where: { name: "журнал" } })).id;
    dataOf(await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: String(id) }, admin));
    const res = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ cycles { id } }" }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toBe("API-токен отозван.");
    expect(refusals()).toContainEqual(expect.objectContaining({ code: "UNAUTHENTICATED", msg: "request refused: API-токен отозван." }));
  });
});
