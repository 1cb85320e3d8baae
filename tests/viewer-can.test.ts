// `me.can` and `Cycle.viewerCan` tell the client what the viewer may do. They must agree with what
// the API enforces: each global capability is checked by calling its root field as each actor, and
// the per-cycle ones follow the workflow through its statuses.
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AuthenticationError, ForbiddenError } from "../core/errors.js";
import type { Role } from "../core/generated/prisma/client.js";
import { buildSchema } from "../core/schema/index.js";
import { VIEWER_CAPABILITIES } from "../core/schema/viewer-can.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const CAPABILITIES =
  "editRegistry importFiles createCycle manageCycles scoreCycles editMethodology readCompleteness enterData assignExperts reviewDirections resubmitDirections readReview readAnalytics readDecisions decide readRecommendations manageRecommendations readAudit manageUsers manageTokens changePassword";
type Can = Record<string, boolean>;
const ROLE_REFUSALS = [new ForbiddenError().message, new AuthenticationError().message, "API-токен даёт доступ только на чтение."];

/** A literal for an argument of `type`, valid enough to pass validation (never meant to succeed). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? "";
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    if (type.name === "Int" || type.name === "Float") return "1";
    if (type.name === "Boolean") return "false";
    if (type.name === "Date") return '"2000-01-01"';
    if (type.name === "DateTime") return '"2000-01-01T00:00:00Z"';
    if (type.name === "JSON") return "{}";
    return '"999999"';
  }
  throw new Error(`no literal for ${String(type)}`);
}

function probeCall(field: GraphQLField<unknown, unknown>, operation: "query" | "mutation"): string {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})` : "";
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${operation} { ${field.name}${argText}${selection} }`;
}

describe("viewerCan agrees with the API", () => {
  let t: TestApp;
  const cookies: Partial<Record<Role | "TOKEN", string>> = {};
  let tokenHeader = "";
  let cycleId = "";

  beforeAll(async () => {
    t = await createTestApp();
    const organizationId = await createOrganization(t, { shortName: "СОШ № 1", kind: "SCHOOL" });
    for (const role of ["ADMIN", "OPERATOR", "EXPERT", "DEPARTMENT"] as const) cookies[role] = await t.signIn(role);
    cookies.LEADER = await t.signIn("LEADER", { organizationId });
    tokenHeader = dataOf(
      await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "отчёты") }`, {}, cookies.ADMIN),
    ).createApiToken;
    const created = await t.gql<{ createCycle: { id: string } }>(
      `mutation { createCycle(input: { year: 2025, title: "Мониторинг 2025" }) { id } }`,
      {},
      cookies.OPERATOR,
    );
    cycleId = dataOf(created).createCycle.id;
  });
  afterAll(() => t.close());

  const asToken = async (query: string) => {
    const response = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokenHeader}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };
  const call = (actor: Role | "TOKEN", query: string) => (actor === "TOKEN" ? asToken(query) : t.gql(query, {}, cookies[actor]));

  test("anonymous: no user, so no capabilities object", async () => {
    expect(dataOf(await t.gql(`{ me { id } }`)).me).toBeNull();
  });

  test("the operator and the administrator see different menus", async () => {
    const can = async (role: Role) =>
      dataOf(await t.gql<{ me: { can: Can } }>(`{ me { can { ${CAPABILITIES} } } }`, {}, cookies[role])).me.can;
    const operator = await can("OPERATOR");
    const admin = await can("ADMIN");
    const leader = await can("LEADER");
    expect(operator).toMatchObject({ createCycle: true, manageCycles: true, scoreCycles: true, manageUsers: false, readAudit: true });
    expect(admin).toMatchObject({ createCycle: false, manageUsers: true, manageTokens: true, readAudit: true, enterData: false });
    expect(leader).toMatchObject({ enterData: true, resubmitDirections: true, createCycle: false, readAudit: false, changePassword: true });
  });

  test.each(["ADMIN", "OPERATOR", "EXPERT", "DEPARTMENT", "LEADER", "TOKEN"] as const)(
    "%s: every capability matches whether its root field refuses the caller",
    async (actor) => {
      const schema = buildSchema(t.registry);
      const { me } = dataOf(await call(actor, `{ me { can { ${CAPABILITIES} } } }`)) as { me: { can: Can } };
      for (const [name, [path]] of Object.entries(VIEWER_CAPABILITIES)) {
        const [typeName, fieldName] = path.split(".") as [string, string];
        const type = typeName === "Mutation" ? schema.getMutationType() : schema.getQueryType();
        const field = type?.getFields()[fieldName];
        if (!field) throw new Error(`unknown ${path}`);
        // A file argument cannot be written inline: its scope is checked by the unit of field-scopes.
        if (field.args.some((a) => getNamedType(a.type).name === "File")) continue;
        const response = await call(actor, probeCall(field, typeName === "Mutation" ? "mutation" : "query"));
        // Refused by the field's role check (or the read-only token guard), not by a later rule
        // about this particular object (an expert not assigned, another head's organization).
        const refused = (response.errors ?? []).some((e) => ROLE_REFUSALS.includes(e.message));
        expect({ capability: name, actor, allowed: !refused }).toEqual({ capability: name, actor, allowed: me.can[name] });
      }
    },
  );

  test("a cycle's capabilities follow its status", async () => {
    const read = async (role: Role | "TOKEN") =>
      (
        dataOf(
          await call(
            role,
            `{ cycle(id: "${cycleId}") { status viewerCan { seeRatings changeStatus publish score enterData importData editMethodology review assignExperts transitions { status isBack requiresReason guard } } } }`,
          ),
        ) as { cycle: { status: string; viewerCan: Record<string, unknown> & { transitions: { status: string; isBack: boolean }[] } } }
      ).cycle.viewerCan;
    const draft = await read("OPERATOR");
    expect(draft).toMatchObject({ changeStatus: true, enterData: false, score: true, editMethodology: true, publish: false });
    expect(draft.transitions.map((tr) => [tr.status, tr.isBack])).toEqual([["COLLECTING", false]]);
    dataOf(await t.gql(`mutation { setCycleStatus(cycleId: "${cycleId}", status: COLLECTING) { id } }`, {}, cookies.OPERATOR));
    const collecting = await read("OPERATOR");
    expect(collecting).toMatchObject({ enterData: true, importData: true, review: true });
    expect(collecting.transitions).toEqual([
      expect.objectContaining({ status: "REVIEW", isBack: false, requiresReason: false }),
      expect.objectContaining({ status: "DRAFT", isBack: true, requiresReason: true }),
    ]);
    expect(await read("LEADER")).toMatchObject({ enterData: true, changeStatus: false, score: false, transitions: [], seeRatings: false });
    expect(collecting).toMatchObject({ seeRatings: true });
    expect(await read("TOKEN")).toMatchObject({ enterData: false, changeStatus: false, importData: false, transitions: [] });
    expect(await read("EXPERT")).toMatchObject({ review: true, enterData: true, changeStatus: false });
  });
});
