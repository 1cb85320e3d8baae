// The registry as a registered import format (cycleBound: false). The GraphQL importFile runs the
// registry through import-registry.ts, which adds the «было → стало» preview and the user's
// municipality scope; this definition keeps the kind in the one list of formats (ImportKind,
// importFormats) and lets the generic pipeline import a registry file too.
import { defineImportFormat } from "../../direction/import/format.js";
import type { ReadTable } from "../../direction/import/table.js";
import type { SessionUser } from "../../domain/actor.js";
import { todayInZone } from "../../domain/dates.js";
import { InputError } from "../../errors.js";
import { applyRegistryPlan } from "./import-registry.js";
import { planRegistry } from "./plan-registry.js";
import { findRegistryHeader, type RegistryRow, readRegistry } from "./read-registry.js";

export const REGISTRY_FORMAT_KIND = "ORGANIZATION_REGISTRY";

export const organizationRegistryFormat = defineImportFormat<RegistryRow>({
  kind: REGISTRY_FORMAT_KIND,
  title: "Реестр организаций и руководителей",
  cycleBound: false,
  detect: (table: ReadTable) => table.sheets.some((sheet) => findRegistryHeader(sheet) !== null),
  read: (table) => {
    const { rows, rowsTotal, problems } = readRegistry(table, todayInZone());
    return { scope: "registry", rowsTotal, values: [], records: rows.map((r) => ({ organizationId: 0, data: r, row: r.row })), problems };
  },
  apply: async ({ tx, parsed, municipalityId, actorId }) => {
    const rows = parsed.records.map((r) => r.data);
    const plan = await planRegistry({ prisma: tx, rows, defaultMunicipalityId: municipalityId, allowedMunicipalityId: null });
    if (plan.problems.length)
      throw new InputError(
        plan.problems.map((p) => p.message).join(" "),
        plan.problems.map((p) => ({ field: p.column, message: p.message })),
      );
    // The generic pipeline knows only the actor's id: the audit names them; scope is the caller's.
    const actor = actorId === null ? null : ({ id: actorId, municipalityId: null } as SessionUser);
    return applyRegistryPlan({
      db: tx,
      user: actor,
      plans: plan.plans.filter((p) => !p.existing || Object.keys(p.fields).length || p.appoint),
    });
  },
});
