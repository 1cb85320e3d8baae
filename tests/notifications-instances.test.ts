// Issue 16: two app instances on one PostgreSQL share the outbox and the reminder schedule — each
// letter reaches the SMTP sink once, and the deadline reminder is written once per head.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRegistry } from "../core/direction/registry.js";
import { createCycle } from "../core/services/cycles/create-cycle.js";
import { changeCycleStatus } from "../core/services/cycles/cycle-status.js";
import { directions } from "../plugins/index.js";
import { freshDatabase, isPostgres, type TestDatabase } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";
import { recipientOf, type SmtpSink, smtpSink } from "./helpers/smtp-sink.js";

describe.skipIf(!isPostgres())("two instances, one outbox (PostgreSQL)", () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    sink = await smtpSink();
    await sink.start();
    const { prisma } = db;
    const municipality = await prisma.municipality.create({ data: { name: "Тестовый округ", region: "Свердловская область" } });
    for (const name of ["А", "Б", "В"]) {
      const org = await prisma.organization.create({
        data: {
          municipalityId: municipality.id,
          fullName: `МБДОУ «Детский сад ${name}»`,
          shortName: `Детский сад ${name}`,
          kind: "PRESCHOOL",
        },
      });
      await prisma.user.create({
        data: {
          login: `head${org.id}`,
          role: "LEADER",
          fullName: `Заведующая ${name}`,
          passwordHash: "-",
          organizationId: org.id,
          email: `head${org.id}@dou.test`,
        },
      });
    }
    const registry = createRegistry(directions);
    const cycle = await createCycle({
      prisma,
      registry,
      actorId: null,
      input: { municipalityId: municipality.id, year: 2025, deadline: "2027-02-01" },
    });
    await changeCycleStatus({ prisma, registry, actorId: null, cycleId: cycle.id, status: "COLLECTING", reason: null });
    expect(await prisma.mailOutbox.count()).toBe(3);
    const env = {
      DATABASE_URL: db.url as string,
      SMTP_URL: sink.url,
      PUBLIC_URL: "https://orientir.test",
      MAIL_POLL_SECONDS: "0.1",
      REMINDERS_POLL_SECONDS: "0.2",
      REMINDERS_TODAY: "2027-01-25",
      ADMIN_PASSWORD: "secret-admin",
      LOG_LEVEL: "warn",
    };
    servers.push(...(await Promise.all([startServerProcess(env, [], 200_000), startServerProcess(env, [], 200_000)])));
  }, 300_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.stop();
    await db?.close();
  });

  test("every letter arrives once, and the deadline reminder is written once per head", async () => {
    for (const server of servers) expect(server.child.exitCode, server.output()).toBeNull();
    // 3 letters of the opened collection + 3 reminders (7 days before the deadline, no data yet).
    const deadline = Date.now() + 60_000;
    while ((await db.prisma.mailOutbox.count({ where: { status: "SENT" } })) < 6 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await db.prisma.mailOutbox.count({ where: { status: "SENT" } })).toBe(6);
    expect(await db.prisma.notification.count({ where: { kind: "deadline.soon" } })).toBe(3);
    const letters = await sink.waitFor(6);
    expect(letters).toHaveLength(6);
    const pairs = letters.map((l) => `${recipientOf(l)} ${l.subject}`);
    expect(new Set(pairs).size).toBe(6);
    expect(
      letters
        .filter((l) => l.subject?.includes("До срока сбора данных осталось 7 дн."))
        .map(recipientOf)
        .sort(),
    ).toHaveLength(3);
    expect(letters.every((l) => l.text?.includes("https://orientir.test/#/intake"))).toBe(true);
  });
});
