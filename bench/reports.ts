// The documents of a 2 000-organization cycle (issue 13: each under 30 s): the analytical report as
// DOCX and PDF, the rating and the values workbooks, fetched over HTTP as the operator — the same
// path as the web client. Run alone with `npx tsx bench/reports.ts`; `npm run bench` includes it.
import type { AddressInfo } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../core/db/database.js";
import { createRegistry } from "../core/direction/registry.js";
import { createLogger } from "../core/logger.js";
import { buildSchema } from "../core/schema/index.js";
import { createApp } from "../core/server/app.js";
import { createHttpServer } from "../core/server/http.js";
import { hashPassword } from "../core/services/auth/passwords.js";
import { pdfEngine } from "../core/services/reports/pdf.js";
import { scoreCycle } from "../core/services/scoring/score-cycle.js";
import { directions } from "../plugins/index.js";
import { loadSyntheticRegion } from "./synthetic-region.js";

export const REPORT_TARGET_MS = 30_000;
const DOCUMENTS = ["analytical.docx", "analytical.pdf", "rating.xlsx", "values.xlsx"] as const;

export async function benchReports(organizations = Number(process.env.BENCH_ORGANIZATIONS ?? 2000)) {
  const registry = createRegistry(directions);
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  const db = await openDatabase({ dataDir: "", pglite: new PGlite() });
  const server = createHttpServer({
    app: createApp({ prisma: db.prisma, registry, schema: buildSchema(registry), logger }),
    prisma: db.prisma,
    registry,
    logger,
  });
  try {
    const municipality = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
    // One cycle is enough for a document; the previous one only adds the comparison section.
    const loaded = await loadSyntheticRegion({ prisma: db.prisma, registry, organizations, municipalityId: municipality.id, cycles: 1 });
    const cycle = { id: loaded.cycleIds.at(-1) as number };
    await db.prisma.cycle.update({ where: { id: cycle.id }, data: { status: "REVIEW" } });
    await scoreCycle({ prisma: db.prisma, registry, cycleId: cycle.id, actorId: null });
    await db.prisma.user.create({
      data: { login: "bench", role: "OPERATOR", fullName: "Оператор", passwordHash: await hashPassword("bench") },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(login: "bench", password: "bench") { id } }` }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const results = [];
    for (const document of DOCUMENTS) {
      const t0 = performance.now();
      const response = await fetch(`${base}/reports/cycles/${cycle.id}/${document}`, { headers: { cookie } });
      const bytes = (await response.arrayBuffer()).byteLength;
      // A failed document is a figure too (e.g. LibreOffice hitting its timeout): recorded, not thrown.
      const ms = Math.round(performance.now() - t0);
      results.push({
        document,
        status: response.status,
        organizations,
        engine: document.endsWith(".pdf") ? pdfEngine() : "—",
        kilobytes: Math.round(bytes / 1024),
        ms,
        targetMs: REPORT_TARGET_MS,
        ratio: Math.round((ms / REPORT_TARGET_MS) * 100) / 100,
      });
    }
    return results;
  } finally {
    server.close();
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchReports());
