// Plausible synthetic values for the demo municipality: better organizations (higher `quality`)
// put more people into the reserve, train them and give each a plan; larger ones have more candidates.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);

export function reserveSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const isLarge = ctx.kind === "PRESCHOOL" ? ctx.contingent > 200 : ctx.contingent > 700;
  const hasReserve = random() < 0.2 + 0.7 * q;
  const reservists = hasReserve ? 1 + Math.floor(random() * (1 + 1.5 * q + (isLarge ? 1 : 0))) : 0;
  const trained = Math.min(reservists, Math.round(reservists * between(random, 0.2 + 0.5 * q, 0.6 + 0.5 * q)));
  const withPlan = random() < 0.3 + 0.6 * q ? reservists : Math.floor(reservists * random());
  return {
    "reserve.reservists": reservists,
    "reserve.reservistsTrained": trained,
    "reserve.reservistsWithPlan": withPlan,
    "reserve.appointedFromReserve": random() < 0.1 + 0.35 * q ? 1 + Math.floor(random() * 1.5 * q) : 0,
  };
}
