// Keeps a cycle's recommendation records in step with its latest scoring, inside the scoring
// transaction. A DRAFT the operator has not edited follows the new numbers; anything edited or
// approved keeps its text and only learns the current value (a different value ⇒ «устарела»).
// Against the previous cycle: a deficit seen again is «повторный», one that is gone closes the old
// recommendation as achieved.
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { Deficit } from "./deficits.js";

type Tx = Prisma.TransactionClient;

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
  const creates: Prisma.RecommendationCreateManyInput[] = [];
  let updated = 0;
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
      });
      continue;
    }
    const isFollowing = found.status === "DRAFT" && !found.isEdited && !found.droppedAt;
    const next = {
      ...(isFollowing ? { text: d.text, basisValue: d.value } : {}),
      currentValue: d.value,
      isDeficitGone: false,
      isRepeated: previousId !== null,
      previousId,
    };
    const isSame =
      (!isFollowing || (found.text === d.text && found.basisValue === d.value)) &&
      found.currentValue === d.value &&
      !found.isDeficitGone &&
      found.isRepeated === next.isRepeated &&
      found.previousId === previousId;
    if (isSame) continue;
    await tx.recommendation.update({ where: { id: found.id }, data: next });
    updated++;
  }
  const gone = existing.filter((r) => !seen.has(keyOf(r.organizationId, r.deficitKey as string)));
  // An untouched draft whose deficit vanished was never worked on: it simply goes.
  const removable = gone.filter((r) => r.status === "DRAFT" && !r.isEdited && !r.droppedAt).map((r) => r.id);
  const kept = gone.filter((r) => !removable.includes(r.id) && !r.isDeficitGone).map((r) => r.id);
  if (removable.length) await tx.recommendation.deleteMany({ where: { id: { in: removable } } });
  if (kept.length) await tx.recommendation.updateMany({ where: { id: { in: kept } }, data: { isDeficitGone: true, currentValue: null } });
  if (creates.length) await tx.recommendation.createMany({ data: creates });

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
    updated,
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
