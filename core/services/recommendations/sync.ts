// Keeps a cycle's recommendation records in step with its latest scoring, inside the scoring
// transaction. A DRAFT the operator has not edited follows the new numbers; anything edited or
// approved keeps its text and only learns the current value (a different value ⇒ «устарела»).
// Against the previous cycle: a deficit seen again is «повторный», one that is gone closes the old
// recommendation as achieved.
import { bulkInsert } from "../../db/bulk-insert.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { Deficit } from "./deficits.js";

type Tx = Prisma.TransactionClient;

const CREATE_COLUMNS = {
  cycleId: "int",
  organizationId: "int",
  deficitKey: "text",
  indicatorCode: "text",
  directionCode: "text",
  text: "text",
  basisValue: "text",
  currentValue: "text",
  isRepeated: "bool",
  previousId: "int",
  updatedAt: "timestamptz",
} as const;

/** A draft that follows the scoring takes the new text; every record learns the current value. */
async function bulkUpdate(tx: Tx, rows: readonly object[]) {
  for (let i = 0; i < rows.length; i += 5000) {
    await tx.$executeRawUnsafe(
      `UPDATE "Recommendation" AS t SET
         "text" = CASE WHEN u."isFollowing" THEN u."text" ELSE t."text" END,
         "basisValue" = CASE WHEN u."isFollowing" THEN u."basisValue" ELSE t."basisValue" END,
         "currentValue" = u."currentValue", "isDeficitGone" = false, "isRepeated" = u."isRepeated",
         "previousId" = u."previousId", "updatedAt" = now()
       FROM json_to_recordset($1::json) AS u(id int, "isFollowing" bool, "text" text, "basisValue" text, "currentValue" text, "isRepeated" bool, "previousId" int)
       WHERE t.id = u.id`,
      JSON.stringify(rows.slice(i, i + 5000)),
    );
  }
}

const keyOf = (organizationId: number, key: string) => `${organizationId}|${key}`;

export async function syncRecommendations(
  tx: Tx,
  args: { cycle: { id: number; municipalityId: number; year: number }; deficits: readonly Deficit[]; actorId: number | null },
) {
  const { cycle } = args;
  const previous = await tx.cycle.findFirst({
    where: { municipalityId: cycle.municipalityId, year: { lt: cycle.year } },
    orderBy: { year: "desc" },
    select: { id: true },
  });
  const before = previous
    ? await tx.recommendation.findMany({
        where: { cycleId: previous.id, deficitKey: { not: null }, droppedAt: null },
        select: { id: true, organizationId: true, deficitKey: true },
      })
    : [];
  const previousByKey = new Map(before.map((r) => [keyOf(r.organizationId, r.deficitKey as string), r.id]));
  const existing = await tx.recommendation.findMany({
    where: { cycleId: cycle.id, deficitKey: { not: null } },
    select: {
      id: true,
      organizationId: true,
      deficitKey: true,
      status: true,
      isEdited: true,
      droppedAt: true,
      text: true,
      basisValue: true,
      currentValue: true,
      isDeficitGone: true,
      isRepeated: true,
      previousId: true,
    },
  });
  const existingByKey = new Map(existing.map((r) => [keyOf(r.organizationId, r.deficitKey as string), r]));
  const seen = new Set<string>();
  const creates: object[] = [];
  const updates: object[] = [];
  const now = new Date().toISOString();
  for (const d of args.deficits) {
    const key = keyOf(d.organizationId, d.key);
    seen.add(key);
    const previousId = previousByKey.get(key) ?? null;
    const found = existingByKey.get(key);
    if (!found) {
      creates.push({
        cycleId: cycle.id,
        organizationId: d.organizationId,
        deficitKey: d.key,
        indicatorCode: d.indicatorCode,
        directionCode: d.directionCode,
        text: d.text,
        basisValue: d.value,
        currentValue: d.value,
        isRepeated: previousId !== null,
        previousId,
        updatedAt: now,
      });
      continue;
    }
    const isFollowing = found.status === "DRAFT" && !found.isEdited && !found.droppedAt;
    const isSame =
      (!isFollowing || (found.text === d.text && found.basisValue === d.value)) &&
      found.currentValue === d.value &&
      !found.isDeficitGone &&
      found.isRepeated === (previousId !== null) &&
      found.previousId === previousId;
    if (!isSame)
      updates.push({
        id: found.id,
        isFollowing,
        text: d.text,
        basisValue: d.value,
        currentValue: d.value,
        isRepeated: previousId !== null,
        previousId,
      });
  }
  const gone = existing.filter((r) => !seen.has(keyOf(r.organizationId, r.deficitKey as string)));
  // An untouched draft whose deficit vanished was never worked on: it simply goes.
  const removable = gone.filter((r) => r.status === "DRAFT" && !r.isEdited && !r.droppedAt).map((r) => r.id);
  const isRemovable = new Set(removable);
  const kept = gone.filter((r) => !isRemovable.has(r.id) && !r.isDeficitGone).map((r) => r.id);
  if (removable.length) await tx.recommendation.deleteMany({ where: { id: { in: removable } } });
  if (kept.length) await tx.recommendation.updateMany({ where: { id: { in: kept } }, data: { isDeficitGone: true, currentValue: null } });
  // One statement per 5 000 rows: a region-sized cycle has tens of thousands of deficits.
  await bulkInsert(tx, "Recommendation", CREATE_COLUMNS, creates);
  await bulkUpdate(tx, updates);

  const persists = before.filter((r) => seen.has(keyOf(r.organizationId, r.deficitKey as string))).map((r) => r.id);
  const achieved = before.filter((r) => !seen.has(keyOf(r.organizationId, r.deficitKey as string))).map((r) => r.id);
  if (persists.length)
    await tx.recommendation.updateMany({ where: { id: { in: persists } }, data: { outcome: "PERSISTS", closedAt: null } });
  if (achieved.length)
    await tx.recommendation.updateMany({
      where: { id: { in: achieved }, OR: [{ outcome: null }, { outcome: "PERSISTS" }] },
      data: { outcome: "ACHIEVED", closedAt: new Date() },
    });
  const summary = {
    created: creates.length,
    updated: updates.length,
    removed: removable.length,
    deficitGone: kept.length,
    repeated: persists.length,
    achieved: achieved.length,
  };
  await recordAudit(tx, {
    actorId: args.actorId,
    action: "recommendations.sync",
    entity: "Cycle",
    entityId: cycle.id,
    cycleId: cycle.id,
    details: summary,
  });
  return summary;
}
