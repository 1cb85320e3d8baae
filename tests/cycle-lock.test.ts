// Hardening of issue 17: writes that depend on the cycle's status check it again under the cycle
// row's lock. A status change holding the lock makes a concurrent write wait, then refuses it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { poolConfigFromUrl } from "../core/db/pg-adapter.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";
import { isPostgres } from "./helpers/db.js";

const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`;

describe.skipIf(!isPostgres())("status checks under the cycle lock (PostgreSQL: two connections)", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: string;
  let school: number;
  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    school = await createOrganization(t, { shortName: "Школа", kind: "SCHOOL" });
    cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
      .createCycle.id;
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
  });
  afterAll(() => t.close());

  test("a value write waits for a status change holding the lock, then is refused", async () => {
    const url = new URL(t.db.url as string);
    const schema = url.searchParams.get("schema") as string;
    const other = new pg.Client(poolConfigFromUrl(t.db.url as string).pool);
    await other.connect();
    try {
      await other.query(`SET search_path TO "${schema}"`);
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Cycle" WHERE id = $1 FOR UPDATE`, [Number(cycleId)]);
      await other.query(`UPDATE "Cycle" SET status = 'SCORED' WHERE id = $1`, [Number(cycleId)]);
      let isSettled = false;
      const write = t.gql(SET, { c: cycleId, o: school, v: [{ element: "gia9.graduates", value: "10" }] }, operator).finally(() => {
        isSettled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(isSettled).toBe(false); // waiting for the lock
      await other.query("COMMIT");
      const response = await write;
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toMatch(/в статусе «(рассчитан|.+)»: значения, документы и импорт меняются только/);
      expect(await t.db.prisma.dataValue.count()).toBe(0);
    } finally {
      await other.end();
    }
  });
});
