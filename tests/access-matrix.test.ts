// Deny by default, checked from the schema itself: every query and mutation is listed here with
// the actors allowed to call it (with another organization's data where that matters), and each
// is called as every actor. A root field added without an entry fails the suite.
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRegistry } from "../core/direction/registry.js";
import { buildSchema } from "../core/schema/index.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { directions } from "../plugins/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp, upload } from "./helpers/app.js";

type Actor = "ANON" | "LEADER" | "EXPERT" | "DEPARTMENT" | "OPERATOR" | "ADMIN" | "TOKEN";
const ALL: Actor[] = ["ANON", "LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"];
const SIGNED_IN: Actor[] = ["LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"];
const READERS: Actor[] = ["DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"];
const PEOPLE: Actor[] = ["ANON", "LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN"];

/** Who may call each root field; LEADER means a head asking about another organization. */
const MATRIX: Record<string, Actor[]> = {
  "Query.directions": ALL,
  "Query.dataElements": ALL,
  "Query.organizations": ALL,
  "Query.organization": ALL,
  "Query.cycles": ALL,
  "Query.cycle": ALL,
  "Query.methodology": ALL,
  "Query.about": ALL,
  "Query.me": ALL,
  // An expert sees only what is assigned to them: nothing is, here.
  "Query.scorecard": READERS,
  "Query.ratings": READERS,
  "Query.dataValues": READERS,
  "Query.valueHistory": READERS,
  "Query.evidence": READERS,
  "Query.completeness": SIGNED_IN,
  "Query.valueOutliers": SIGNED_IN,
  "Query.importBatches": READERS,
  "Query.importFormats": READERS,
  "Query.reviewItems": SIGNED_IN,
  "Query.reviewSummary": SIGNED_IN,
  "Query.experts": READERS,
  "Query.importProgress": ["OPERATOR"],
  "Query.auditEvents": READERS,
  "Query.scoreReproducibility": READERS,
  "Query.apiTokens": ["ADMIN"],
  // Without an organization a head gets the recommendations sent to their own (another one is FORBIDDEN:
  // recommendations.test.ts); an expert gets none.
  "Query.recommendations": ["LEADER", ...READERS],
  "Query.bestPractices": READERS,
  "Query.decisions": READERS,
  "Query.decisionEffect": READERS,
  "Query.analytics": READERS,
  "Query.whatIf": READERS,
  "Query.users": ["ADMIN"],
  // A wrong password is UNAUTHENTICATED for anybody: login is checked for not being FORBIDDEN.
  "Mutation.login": PEOPLE,
  "Mutation.logout": PEOPLE,
  "Mutation.changePassword": ["LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN"],
  "Mutation.createCycle": ["OPERATOR"],
  "Mutation.setCycleStatus": ["OPERATOR"],
  "Mutation.scoreCycle": ["OPERATOR"],
  "Mutation.updateMethodology": ["OPERATOR"],
  "Mutation.setDataValues": ["OPERATOR"],
  "Mutation.importFile": ["OPERATOR"],
  "Mutation.undoImportBatch": ["OPERATOR"],
  "Mutation.attachEvidence": ["OPERATOR"],
  // A missing file is NOT_FOUND for everyone whose role may remove files at all.
  "Mutation.removeEvidence": ["OPERATOR", "LEADER", "EXPERT"],
  "Mutation.assignExpert": ["OPERATOR"],
  "Mutation.unassignExperts": ["OPERATOR"],
  "Mutation.acceptDirection": ["OPERATOR"],
  "Mutation.returnDirection": ["OPERATOR"],
  "Mutation.resubmitDirection": ["OPERATOR"],
  // A missing recommendation is NOT_FOUND for the role that may act on it.
  "Mutation.updateRecommendation": ["OPERATOR"],
  "Mutation.approveRecommendations": ["OPERATOR"],
  "Mutation.sendRecommendations": ["OPERATOR"],
  "Mutation.dropRecommendation": ["OPERATOR"],
  "Mutation.mergeRecommendations": ["OPERATOR"],
  "Mutation.addRecommendation": ["OPERATOR"],
  "Mutation.acknowledgeRecommendation": ["LEADER"],
  "Mutation.planRecommendation": ["LEADER"],
  "Mutation.reportRecommendationProgress": ["LEADER"],
  "Mutation.createDecision": ["OPERATOR", "DEPARTMENT"],
  "Mutation.updateDecision": ["OPERATOR", "DEPARTMENT"],
  "Mutation.attachDecisionFile": ["OPERATOR", "DEPARTMENT"],
  "Mutation.createApiToken": ["ADMIN"],
  "Mutation.revokeApiToken": ["ADMIN"],
  "Mutation.createUser": ["ADMIN"],
  "Mutation.updateUser": ["ADMIN"],
  "Mutation.resetPassword": ["ADMIN"],
};

const schema = buildSchema(createRegistry(directions));
const rootFields = (["Query", "Mutation"] as const).flatMap((type) =>
  Object.values(
    schema.getType(type) && isObjectType(schema.getType(type))
      ? (schema.getType(type) as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()
      : {},
  ).map((field) => ({ type, field })),
);

function typeString(type: GraphQLInputType): string {
  return String(type);
}

function sample(type: GraphQLInputType, name: string, ids: Record<string, string>): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type, f.name, ids);
    return out;
  }
  switch (named.name) {
    case "ID":
      return ids[name] ?? ids.default;
    case "Int":
      return 2030;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return "2030-01-01";
    default:
      return "проверка";
  }
}

describe("role × operation matrix", () => {
  let t: TestApp;
  const cookies: Partial<Record<Actor, string>> = {};
  let token = "";
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    const own = await createOrganization(t, { shortName: "Своя школа", kind: "SCHOOL" });
    const other = await createOrganization(t, { shortName: "Чужая школа", kind: "SCHOOL" });
    for (const role of ["EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN"] as const)
      cookies[role] = await t.signIn(role, { login: `matrix-${role.toLowerCase()}` });
    cookies.LEADER = await t.signIn("LEADER", { organizationId: own, login: "matrix-leader" });
    token = dataOf(
      await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "матрица") }`, {}, cookies.ADMIN),
    ).createApiToken;
    const cycle = dataOf(
      await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, cookies.OPERATOR),
    ).createCycle.id;
    await t.db.prisma.cycle.update({ where: { id: Number(cycle) }, data: { status: "SCORED" } });
    ids = { cycleId: cycle, organizationId: String(other), userId: "999999", batchId: "999999", default: "999999" };
  });
  afterAll(() => t.close());

  test("every query and mutation has an entry", () => {
    const names = rootFields.map(({ type, field }) => `${type}.${field.name}`).sort();
    expect(names.filter((n) => !(n in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((n) => !names.includes(n))).toEqual([]);
  });

  test.each(rootFields.map(({ type, field }) => [`${type}.${field.name}`, type, field] as const))("%s", async (name, type, field) => {
    const allowed = MATRIX[name] ?? [];
    const required = field.args.filter((a) => isNonNullType(a.type));
    const fileArg = required.find((a) => getNamedType(a.type).name === "File");
    const variables = Object.fromEntries(required.filter((a) => a !== fileArg).map((a) => [a.name, sample(a.type, a.name, ids)]));
    const declared = required.map((a) => `$${a.name}: ${typeString(a.type)}`).join(", ");
    const passed = required.map((a) => `${a.name}: $${a.name}`).join(", ");
    const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
    const operation = `${type === "Query" ? "query" : "mutation"}${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`;
    for (const actor of ALL) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (actor === "TOKEN") headers.authorization = `Bearer ${token}`;
      else if (actor !== "ANON") headers.cookie = cookies[actor] as string;
      const res = fileArg
        ? await upload(t, operation, variables, { name: "x.pdf", bytes: Buffer.from("%PDF-1.4 x") }, headers.cookie)
        : ((await (
            await t.app.fetch("http://test/graphql", { method: "POST", headers, body: JSON.stringify({ query: operation, variables }) })
          ).json()) as { errors?: { extensions?: { code?: string } }[] });
      if (fileArg && actor === "TOKEN") continue; // uploads with a bearer token are mutations: covered by the token tests
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      const isDenied = codes.includes("FORBIDDEN") || (name !== "Mutation.login" && codes.includes("UNAUTHENTICATED"));
      expect({ name, actor, isDenied, codes }).toMatchObject({ name, actor, isDenied: !allowed.includes(actor) });
    }
    if (name === "Mutation.logout") {
      // logout ended the sessions it was called with: sign the same people in again
      for (const actor of ["LEADER", "EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN"] as const) {
        const res = await t.app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `mutation($l: String!) { login(login: $l, password: "secret") { id } }`,
            variables: { l: `matrix-${actor.toLowerCase()}` },
          }),
        });
        cookies[actor] = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
      }
    }
  });
});
