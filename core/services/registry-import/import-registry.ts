// The registry import (ORGANIZATION_REGISTRY): a dry run shows what would change; a commit writes
// it all in one transaction, or nothing when the file has any problem.
import { createHash } from "node:crypto";
import type { SessionUser } from "../../domain/actor.js";
import { todayInZone } from "../../domain/dates.js";
import { scopeOf, targetMunicipality } from "../../domain/municipality-scope.js";
import { InputError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { readTable } from "../intake/read/read-table.js";
import { FileRejected, type ImportProblem, type ReadLimits } from "../intake/read/types.js";
import { appointLeader } from "../registry/appointments.js";
import { createOrganization, updateOrganization } from "../registry/organizations.js";
import { planRegistry, type RegistryChange, type RowPlan } from "./plan-registry.js";
import { readRegistry } from "./read-registry.js";

export interface RegistryOutcome {
  rowsTotal: number;
  rowsImported: number;
  errors: ImportProblem[];
  registryChanges: RegistryChange[];
  isDryRun: boolean;
}

export async function importRegistry(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  fileName: string;
  bytes: Buffer;
  isDryRun: boolean;
  limits?: ReadLimits;
}): Promise<RegistryOutcome> {
  const { prisma, user } = args;
  const fail = (rowsTotal: number, errors: ImportProblem[]): RegistryOutcome => ({
    rowsTotal,
    rowsImported: 0,
    errors,
    registryChanges: [],
    isDryRun: args.isDryRun,
  });
  let table: Awaited<ReturnType<typeof readTable>>["table"];
  try {
    const read = await readTable({ fileName: args.fileName, bytes: args.bytes, limits: args.limits });
    if (read.problems.length) return fail(0, read.problems);
    table = read.table;
  } catch (error) {
    if (error instanceof FileRejected) return fail(0, [{ message: error.userMessage }]);
    throw error;
  }
  const { rows, rowsTotal, problems } = readRegistry(table, todayInZone());
  const defaultMunicipalityId = await targetMunicipality(prisma, user, null);
  const plan = await planRegistry({ prisma, rows, defaultMunicipalityId, allowedMunicipalityId: scopeOf(user) });
  const errors = [...problems, ...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (errors.length) return fail(rowsTotal, errors);
  const changed = plan.plans.filter((p) => !p.existing || Object.keys(p.fields).length || p.appoint);
  if (args.isDryRun) return { rowsTotal, rowsImported: changed.length, errors: [], registryChanges: plan.changes, isDryRun: true };
  try {
    await prisma.$transaction(
      async (tx) => {
        await applyRegistryPlan({ db: tx, user, plans: changed });
        await recordAudit(tx, {
          actorId: user?.id ?? null,
          action: "registry.import",
          entity: "Organization",
          details: {
            fileName: args.fileName,
            sha256: createHash("sha256").update(args.bytes).digest("hex"),
            rowsTotal,
            created: changed.filter((p) => !p.existing).length,
            updated: changed.filter((p) => p.existing && Object.keys(p.fields).length).length,
            appointed: changed.filter((p) => p.appoint).length,
          },
        });
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    // A check inside the transaction (e.g. an overlap) refuses the whole file with its message.
    if (error instanceof InputError) return fail(rowsTotal, [{ message: error.message }]);
    throw error;
  }
  return { rowsTotal, rowsImported: changed.length, errors: [], registryChanges: plan.changes, isDryRun: false };
}

/** Writes the planned rows: new organizations, changed fields, new heads (the previous one ends the
 *  day before). Runs inside the caller's transaction. */
export async function applyRegistryPlan(args: {
  db: PrismaNs.TransactionClient;
  user: SessionUser | null;
  plans: readonly RowPlan[];
}): Promise<number> {
  const { db, user } = args;
  for (const p of args.plans) {
    const org = p.existing
      ? Object.keys(p.fields).length
        ? await updateOrganization({ db, user, id: p.existing.id, input: p.fields })
        : p.existing
      : await createOrganization({ db, user, input: p.fields });
    if (p.appoint)
      await appointLeader({
        db,
        user,
        input: {
          organizationId: org.id,
          fullName: p.appoint.fullName,
          email: p.appoint.email,
          startsOn: p.appoint.startsOn,
          isActing: p.appoint.isActing,
          endCurrent: true,
        },
      });
  }
  return args.plans.length;
}
