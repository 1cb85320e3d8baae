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
import { createOrganization, createTestApp, dataOf, listen, type TestApp, upload } from "./helpers/app.js";

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
  "Query.municipalities": ALL,
  "Query.leaders": ["EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"],
  "Query.leader": ["EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN", "TOKEN"],
  "Mutation.createOrganization": ["OPERATOR", "ADMIN"],
  "Mutation.updateOrganization": ["OPERATOR", "ADMIN"],
  "Mutation.closeOrganization": ["OPERATOR", "ADMIN"],
  "Mutation.reopenOrganization": ["OPERATOR", "ADMIN"],
  "Mutation.appointLeader": ["OPERATOR", "ADMIN"],
  "Mutation.endAppointment": ["OPERATOR", "ADMIN"],
  "Mutation.correctAppointment": ["OPERATOR", "ADMIN"],
  "Mutation.createLeaderAccount": ["OPERATOR", "ADMIN"],
  "Mutation.reorganize": ["OPERATOR", "ADMIN"],
  "Mutation.undoReorganization": ["OPERATOR", "ADMIN"],
  "Mutation.createMunicipality": ["ADMIN"],
  // An expert sees only what is assigned to them: nothing is, here.
  "Query.scorecard": READERS,
  "Query.ratings": READERS,
  "Query.dataValues": READERS,
  "Query.valueHistory": READERS,
  "Query.valueEditScope": READERS,
  "Query.evidence": READERS,
  "Query.completeness": SIGNED_IN,
  "Query.valueOutliers": SIGNED_IN,
  "Query.importBatches": READERS,
  "Query.importFormats": READERS,
  "Query.reviewItems": SIGNED_IN,
  "Query.reviewSummary": SIGNED_IN,
  "Query.experts": READERS,
  "Query.importProgress": ["OPERATOR"],
  "Query.scoringProgress": ["OPERATOR"],
  "Query.auditEvents": READERS,
  "Query.regionalOverview": READERS,
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
  // Publication: what is public is public; choosing it is the operator's.
  "Query.publication": ALL,
  "Query.publications": ALL,
  "Query.publicationPreview": ["OPERATOR"],
  "Mutation.publishCycle": ["OPERATOR"],
  // Notifications: each signed-in user's own; the mail service is the administrator's.
  "Query.notifications": SIGNED_IN,
  "Query.unreadNotificationCount": SIGNED_IN,
  "Query.notificationSettings": SIGNED_IN,
  "Query.mailStatus": ["ADMIN"],
  "Mutation.markNotificationsRead": PEOPLE.filter((a) => a !== "ANON"),
  "Mutation.markAllNotificationsRead": PEOPLE.filter((a) => a !== "ANON"),
  "Mutation.updateNotificationSettings": PEOPLE.filter((a) => a !== "ANON"),
  "Mutation.retryDeadLetters": ["ADMIN"],
};

// The schema of the app under test (its directions): a plugin's escape-hatch fields are tested with the plugin.
const schema = buildSchema(createRegistry([achievementDirection]));
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

/** The documents and open data outside GraphQL, on an unpublished cycle: HTTP status per actor.
 *  LEADER asks for another organization's card. (PDF takes the same gate as DOCX: tests/reports.test.ts.) */
const HTTP_MATRIX: Record<string, Partial<Record<Actor, number>> & { default: number }> = {
  "analytical.docx": { ANON: 401, LEADER: 403, EXPERT: 403, default: 200 },
  "rating.xlsx": { ANON: 401, LEADER: 403, EXPERT: 403, default: 200 },
  "values.xlsx": { ANON: 401, LEADER: 403, EXPERT: 403, default: 200 },
  "card.docx": { ANON: 401, LEADER: 403, EXPERT: 403, default: 200 },
  "results.csv": { default: 404 },
  "results.json": { default: 404 },
};

describe("report and open-data endpoints × actors", () => {
  let t: TestApp;
  let server: { url: string; close(): Promise<void> };
  const cookies: Partial<Record<Actor, string>> = {};
  let token = "";
  let paths: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    const own = await createOrganization(t, { shortName: "Своя школа", kind: "SCHOOL" });
    const other = await createOrganization(t, { shortName: "Чужая школа", kind: "SCHOOL" });
    for (const role of ["EXPERT", "DEPARTMENT", "OPERATOR", "ADMIN"] as const) cookies[role] = await t.signIn(role);
    cookies.LEADER = await t.signIn("LEADER", { organizationId: own });
    token = dataOf(
      await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "отчёты") }`, {}, cookies.ADMIN),
    ).createApiToken;
    const cycle = dataOf(
      await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, cookies.OPERATOR),
    ).createCycle.id;
    await t.db.prisma.cycle.update({ where: { id: Number(cycle) }, data: { status: "SCORED" } });
    const base = `/reports/cycles/${cycle}`;
    paths = {
      "analytical.docx": `${base}/analytical.docx`,
      "rating.xlsx": `${base}/rating.xlsx`,
      "values.xlsx": `${base}/values.xlsx`,
      "card.docx": `${base}/organizations/${other}/card.docx`,
      "results.csv": `/open-data/cycles/${cycle}/results.csv`,
      "results.json": `/open-data/cycles/${cycle}/results.json`,
    };
    server = await listen(t);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  test.each(Object.keys(HTTP_MATRIX))(
    "%s",
    async (name) => {
      const expected = HTTP_MATRIX[name] as (typeof HTTP_MATRIX)[string];
      for (const actor of ALL) {
        const headers: Record<string, string> = {};
        if (actor === "TOKEN") headers.authorization = `Bearer ${token}`;
        else if (actor !== "ANON") headers.cookie = cookies[actor] as string;
        const res = await fetch(`${server.url}${paths[name]}`, { headers });
        await res.arrayBuffer();
        expect({ name, actor, status: res.status }).toEqual({ name, actor, status: expected[actor] ?? expected.default });
      }
    },
    60_000,
  );
});

/** Arguments naming one entity by `id`: which entity of municipality B to pass. */
const ID_ARGUMENT: Record<string, "organization" | "cycle" | "leader" | "reorganization" | "evidence" | "recommendation" | "decision"> = {
  "Query.organization": "organization",
  "Query.cycle": "cycle",
  "Query.leader": "leader",
  "Mutation.updateOrganization": "organization",
  "Mutation.closeOrganization": "organization",
  "Mutation.reopenOrganization": "organization",
  "Mutation.undoReorganization": "reorganization",
  "Mutation.removeEvidence": "evidence",
  "Mutation.updateRecommendation": "recommendation",
  "Mutation.dropRecommendation": "recommendation",
  "Mutation.acknowledgeRecommendation": "recommendation",
  "Mutation.planRecommendation": "recommendation",
  "Mutation.reportRecommendationProgress": "recommendation",
  "Mutation.updateDecision": "decision",
  "Mutation.attachDecisionFile": "decision",
};

describe("municipality scope: an operator of A reads and changes nothing of B", () => {
  let t: TestApp;
  let operatorA = "";
  const b: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(); // every direction: plugin root fields (objectivitySignals) are scoped too
    const prisma = t.db.prisma;
    const other = await prisma.municipality.create({ data: { name: "Округ Б", region: "Свердловская область" } });
    await createOrganization(t, { shortName: "Школа А", kind: "SCHOOL" });
    const orgB = await prisma.organization.create({
      data: {
        municipalityId: other.id,
        fullName: "Школа Б",
        shortName: "Школа Б",
        kind: "SCHOOL",
        appointments: {
          create: {
            position: "Директор",
            startsOn: new Date("2015-09-01"),
            leader: { create: { lastName: "Борисова", firstName: "Бэлла" } },
          },
        },
      },
      include: { appointments: true },
    });
    const cycleB = await prisma.cycle.create({
      data: {
        municipalityId: other.id,
        year: 2025,
        title: "Цикл Б",
        periodStart: new Date("2025-01-01"),
        periodEnd: new Date("2025-12-31"),
        deadline: new Date("2026-02-01"),
        status: "COLLECTING",
      },
    });
    await prisma.methodologyVersion.create({ data: { cycleId: cycleB.id, version: 1, snapshot: {} } });
    const batch = await prisma.importBatch.create({
      data: {
        cycleId: cycleB.id,
        kind: "GIA_RESULTS",
        scope: "gia",
        fileName: "b.csv",
        fileSha256: "0".repeat(64),
        fileSize: 1,
        rowsTotal: 0,
        rowsImported: 0,
        valuesChanged: 0,
      },
    });
    const reorganization = await prisma.reorganization.create({
      data: {
        kind: "CLOSE",
        date: new Date("2025-09-01"),
        details: { involved: [orgB.id], closed: [{ id: orgB.id, appointments: [] }], created: [] },
      },
    });
    const evidence = await prisma.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO "EvidenceFile" ("cycleId", "organizationId", "fileName", "contentType", size, sha256, content)
       VALUES ($1, $2, 'b.pdf', 'application/pdf', 4, $3, decode('JVBERg==', 'base64')) RETURNING id`,
      cycleB.id,
      orgB.id,
      "0".repeat(64),
    );
    const recommendation = await prisma.recommendation.create({
      data: { cycleId: cycleB.id, organizationId: orgB.id, text: "Рекомендация Б", status: "SENT" },
    });
    const decision = await prisma.decision.create({
      data: {
        cycleId: cycleB.id,
        kind: "ORDER",
        number: "1",
        date: new Date("2026-03-01"),
        title: "Решение Б",
        organizationIds: [orgB.id],
      },
    });
    Object.assign(b, {
      recommendation: String(recommendation.id),
      decision: String(decision.id),
      organization: String(orgB.id),
      cycle: String(cycleB.id),
      leader: String(orgB.appointments[0]?.leaderId),
      appointment: String(orgB.appointments[0]?.id),
      batch: String(batch.id),
      reorganization: String(reorganization.id),
      evidence: String(evidence[0]?.id),
      municipality: String(other.id),
    });
    operatorA = await t.signIn("OPERATOR", { login: "operator-a" });
    await prisma.user.update({ where: { login: "operator-a" }, data: { municipalityId: t.municipalityId } });
  });
  afterAll(() => t.close());

  const scoped = rootFields.filter(({ type, field }) => {
    const names = field.args.map((a) => a.name);
    const input = field.args.find((a) => a.name === "input");
    const inputType = input ? getNamedType(input.type) : null;
    const inputFields = isInputObjectType(inputType) ? Object.keys(inputType.getFields()) : [];
    return (
      `${type}.${field.name}` in ID_ARGUMENT ||
      ["cycleId", "organizationId", "organizationIds", "batchId", "appointmentId"].some((n) => names.includes(n)) ||
      inputFields.includes("organizationId") ||
      inputFields.includes("organizationIds")
    );
  });

  test("the scoped fields are found", () => {
    expect(scoped.length).toBeGreaterThan(25);
  });

  test.each(scoped.map(({ type, field }) => [`${type}.${field.name}`, type, field] as const))("%s", async (name, type, field) => {
    const ids: Record<string, string> = {
      cycleId: b.cycle as string,
      organizationId: b.organization as string,
      batchId: b.batch as string,
      appointmentId: b.appointment as string,
      id: b[ID_ARGUMENT[name] ?? "organization"] as string,
      default: b.organization as string,
    };
    const required = field.args.filter((a) => isNonNullType(a.type) || ["organizationId", "cycleId"].includes(a.name));
    const fileArg = required.find((a) => getNamedType(a.type).name === "File");
    const variables: Record<string, unknown> = Object.fromEntries(
      required
        .filter((a) => a !== fileArg)
        .map((a) => [a.name, a.name === "organizationIds" ? [b.organization] : sample(a.type, a.name, ids)]),
    );
    if (variables.input && typeof variables.input === "object") {
      const input = variables.input as Record<string, unknown>;
      const inputType = getNamedType(field.args.find((a) => a.name === "input")?.type as GraphQLInputType);
      const fields = isInputObjectType(inputType) ? inputType.getFields() : {};
      if ("organizationId" in fields) input.organizationId = b.organization;
      if ("organizationIds" in fields) input.organizationIds = [b.organization];
      if ("startsOn" in fields) input.startsOn = "2024-09-01";
      if ("fullName" in fields) input.fullName = "Проверкин Пётр";
      if ("date" in fields) input.date = "2025-09-01";
    }
    const declared = required.map((a) => `$${a.name}: ${typeString(a.type)}`).join(", ");
    const passed = required.map((a) => `${a.name}: $${a.name}`).join(", ");
    const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
    const operation = `${type === "Query" ? "query" : "mutation"}(${declared}) { ${field.name}(${passed})${selection} }`;
    const res = fileArg
      ? await upload(t, operation, variables, { name: "x.csv", bytes: Buffer.from("ИНН;1.1\n") }, operatorA)
      : await t.gql(operation, variables, operatorA);
    const value = res.data?.[field.name];
    const isEmpty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    // A mutation must be refused as such (an input error would prove nothing); a query may also
    // answer as if B did not exist.
    const denied = codes.includes("FORBIDDEN") || (type === "Query" && codes.length === 0 && isEmpty);
    expect({ name, denied, codes }).toMatchObject({ name, denied: true });
  });

  test("lists show only municipality A", async () => {
    const res = dataOf(
      await t.gql<{
        organizations: { edges: { node: { name: string } }[] };
        cycles: { title: string }[];
        municipalities: { name: string }[];
        leaders: { edges: { node: { fullName: string } }[] };
      }>(
        `{ organizations(first: 10) { edges { node { name } } } cycles { title } municipalities { name } leaders(first: 10) { edges { node { fullName } } } }`,
        {},
        operatorA,
      ),
    );
    expect(res.organizations.edges.map((e) => e.node.name)).toEqual(["Школа А"]);
    expect(res.cycles).toEqual([]);
    expect(res.municipalities).toEqual([{ name: "Тестовый округ" }]);
    expect(res.leaders.edges.map((e) => e.node.fullName)).toEqual(["Иванова Анна Петровна"]);
    const created = await t.gql(
      `mutation($m: ID!) { createOrganization(input: { fullName: "Чужая", kind: SCHOOL, municipalityId: $m }) { id } }`,
      { m: b.municipality },
      operatorA,
    );
    expect(created.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cycle = await t.gql(
      `mutation($m: ID!) { createCycle(input: { year: 2026, municipalityId: $m }) { id } }`,
      { m: b.municipality },
      operatorA,
    );
    expect(cycle.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await t.db.prisma.auditEvent.count({ where: { actorId: { not: null }, action: { notIn: ["auth.login"] } } })).toBe(0);
  });
});
