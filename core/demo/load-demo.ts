// `npm run demo`: on an empty database, a synthetic municipality with three past cycles of data
// (2023 archived, 2024 published, 2025 scored, each with its finished expert review) and one
// account per role.

import { bulkInsert } from "../db/bulk-insert.js";
import { parseElementInput } from "../direction/element-values.js";
import type { Registry } from "../direction/registry.js";
import type { ElementValue } from "../direction/types.js";
import { seededRandom } from "../domain/random.js";
import { ConfigError } from "../errors.js";
import type { CycleStatus, PrismaClient, Prisma as PrismaNs, Role } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { recordAudit } from "../services/audit.js";
import { hashPassword } from "../services/auth/passwords.js";
import { createCycle } from "../services/cycles/create-cycle.js";
import { scoreCycle } from "../services/scoring/score-cycle.js";
import { DEMO_DECISION_LIFT, type DemoLift, demoDecision, sendDemoRecommendations } from "./demo-loop.js";
import { demoNotifications } from "./demo-notifications.js";
import { acceptDemoReview } from "./demo-review.js";
import { type DemoOrganization, demoMunicipality } from "./municipality.js";

export const DEMO_CYCLES: readonly { year: number; status: CycleStatus }[] = [
  { year: 2023, status: "ARCHIVED" },
  { year: 2024, status: "PUBLISHED" },
  { year: 2025, status: "SCORED" },
];

export const DEMO_PASSWORD = "demo";

export const VALUE_COLUMNS = {
  cycleId: "int",
  organizationId: "int",
  elementCode: "text",
  value: "text",
  source: '"ValueSource"',
} as const;

function canonical(registry: Registry, direction: string, code: string, value: ElementValue): string {
  const element = registry.element(code);
  if (!element) throw new ConfigError(`[direction:${direction}] sampleData returns unknown element "${code}"`);
  const parsed = parseElementInput(element, String(value));
  if (!parsed.ok) throw new ConfigError(`[direction:${direction}] sampleData gives "${code}" an invalid value: ${parsed.message}`);
  return parsed.stored;
}

function sampleValues(args: {
  registry: Registry;
  org: DemoOrganization;
  orgIndex: number;
  year: number;
  lift: (direction: string) => number;
}) {
  const rows: { elementCode: string; value: string }[] = [];
  for (const direction of args.registry.directions) {
    if (!direction.sampleData) continue;
    const random = seededRandom(args.year * 1000 + args.orgIndex * 17 + Number(direction.code.slice(1)));
    const drift = (random() - 0.5) * 0.1 * (args.year - 2023);
    const lift = args.lift(direction.code);
    const quality = Math.min(1, Math.max(0, args.org.quality + drift + lift));
    const values = direction.sampleData({ kind: args.org.kind, year: args.year, random, quality, contingent: args.org.contingent });
    for (const [code, value] of Object.entries(values)) {
      if (value !== null) rows.push({ elementCode: code, value: canonical(args.registry, direction.id, code, value) });
    }
  }
  return rows;
}

async function createOrganizations(prisma: PrismaClient, municipalityId: number, orgs: DemoOrganization[]) {
  const ids: number[] = [];
  for (const org of orgs) {
    const created = await prisma.organization.create({
      data: {
        municipalityId,
        fullName: org.fullName,
        shortName: org.shortName,
        kind: org.kind,
        inn: org.inn,
        orgType: org.orgType,
        fisOkoLogin: org.fisOkoLogin,
        address: org.address,
        contingent: org.contingent,
        appointments: {
          create: org.appointments.map((a) => ({
            position: a.position,
            isActing: a.isActing,
            startsOn: a.startsOn,
            endsOn: a.endsOn,
            leader: { create: a.leader },
          })),
        },
      },
    });
    ids.push(created.id);
  }
  return ids;
}

async function createAccounts(prisma: PrismaClient, leaderOrganizationId: number, adminPassword?: string) {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const head = await prisma.appointment.findFirst({
    where: { organizationId: leaderOrganizationId, endsOn: null },
    include: { leader: true },
  });
  const accounts: { login: string; role: Role; fullName: string; organizationId?: number; leaderId?: number }[] = [
    { login: "operator", role: "OPERATOR", fullName: "Оператор ЦРО (демо)" },
    { login: "expert", role: "EXPERT", fullName: "Эксперт (демо)" },
    { login: "department", role: "DEPARTMENT", fullName: "Специалист управления образования (демо)" },
    {
      login: "leader",
      role: "LEADER",
      fullName: head ? `${head.leader.lastName} ${head.leader.firstName} ${head.leader.middleName ?? ""}`.trim() : "Руководитель (демо)",
      organizationId: leaderOrganizationId,
      // the account follows the person's appointment (core/services/auth/session-user.ts)
      ...(head ? { leaderId: head.leaderId } : {}),
    },
  ];
  const adminHash = adminPassword ? await hashPassword(adminPassword) : demoHash;
  await prisma.user.upsert({
    where: { login: "admin" },
    create: { login: "admin", role: "ADMIN", fullName: "Администратор системы", passwordHash: adminHash },
    update: {},
  });
  for (const account of accounts) {
    await prisma.user.create({ data: { ...account, passwordHash: demoHash } });
  }
}

const liftOf = (lift: DemoLift | null, organizationId: number) => (direction: string) =>
  lift && lift.directionCode === direction && lift.organizationIds.has(organizationId) ? DEMO_DECISION_LIFT : 0;

export async function loadDemo(args: {
  prisma: PrismaClient;
  registry: Registry;
  municipalityId: number;
  adminPassword?: string;
  logger: Logger;
}): Promise<boolean> {
  const { prisma, registry } = args;
  if ((await prisma.organization.count()) > 0) {
    args.logger.info("database is not empty: demo data not loaded");
    return false;
  }
  const started = Date.now();
  const orgs = demoMunicipality();
  const ids = await createOrganizations(prisma, args.municipalityId, orgs);
  await createAccounts(prisma, ids[0] as number, args.adminPassword);
  let lift: DemoLift | null = null;
  for (const { year, status } of DEMO_CYCLES) {
    const cycle = await createCycle({ prisma, registry, actorId: null, input: { municipalityId: args.municipalityId, year } });
    const data: PrismaNs.DataValueCreateManyInput[] = orgs.flatMap((org, orgIndex) =>
      sampleValues({ registry, org, orgIndex, year, lift: liftOf(lift, ids[orgIndex] as number) }).map((v) => ({
        cycleId: cycle.id,
        organizationId: ids[orgIndex] as number,
        elementCode: v.elementCode,
        value: v.value,
        source: "DEMO" as const,
      })),
    );
    await bulkInsert(prisma, "DataValue", VALUE_COLUMNS, data);
    await prisma.cycle.update({ where: { id: cycle.id }, data: { status: "REVIEW" } });
    await scoreCycle({ prisma, registry, cycleId: cycle.id, actorId: null });
    await acceptDemoReview(prisma, registry, cycle.id);
    if (status !== "SCORED") await sendDemoRecommendations(prisma, { cycleId: cycle.id, year, headOrganizationId: ids[0] as number });
    // The decision answers the last published cycle; the next cycle's data shows its effect.
    lift = status === "PUBLISHED" ? await demoDecision(prisma, registry, { id: cycle.id, year }) : null;
    const publishedAt = status === "SCORED" ? null : new Date(Date.UTC(year + 1, 1, 1));
    await prisma.cycle.update({ where: { id: cycle.id }, data: { status, scoredAt: new Date(Date.UTC(year + 1, 0, 25)), publishedAt } });
    // Past cycles were published with the usual choice (no heads' names), so the public page has them.
    if (publishedAt)
      await prisma.publication.create({
        data: {
          cycleId: cycle.id,
          showLevel: true,
          showTotal: true,
          showDirections: true,
          showLeaderName: false,
          showAnalyticalReport: true,
          publishedAt,
        },
      });
  }
  await demoNotifications(prisma, { registry, headOrganizationId: ids[0] as number });
  await recordAudit(prisma, {
    actorId: null,
    action: "demo.load",
    entity: "Municipality",
    entityId: args.municipalityId,
    details: { organizations: ids.length },
  });
  args.logger.info({ organizations: ids.length, cycles: DEMO_CYCLES.length, ms: Date.now() - started }, "demo municipality loaded");
  return true;
}
