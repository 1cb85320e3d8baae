// Plausible synthetic values for the demo municipality: better organizations (higher `quality`)
// have fewer «2», more high scores and more winners; small schools often have no 11th grade.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);
const round1 = (n: number) => Math.round(n * 10) / 10;
const count = (random: () => number, mean: number) => Math.max(0, Math.round(mean + (random() - 0.5) * Math.max(1, mean)));

export function achievementSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  if (ctx.kind === "PRESCHOOL") {
    const assessed = Math.round(ctx.contingent * between(random, 0.85, 1));
    return {
      "preschool.pupilsAssessed": assessed,
      "preschool.pupilsOptimal": Math.round(assessed * between(random, 0.4 + 0.3 * q, 0.55 + 0.35 * q)),
    };
  }
  if (ctx.kind === "ADDITIONAL") {
    const levels = ["none", "district", "municipal", "regional", "federal"];
    return { "additional.contestTopLevel": levels[Math.min(4, Math.floor(q * 4 + random() * 1.6))] ?? "none" };
  }
  const participants = Math.round(ctx.contingent * between(random, 1.4, 1.8));
  const graduates9 = Math.round(ctx.contingent * between(random, 0.08, 0.11));
  const hasEleventh = ctx.contingent > 450 || random() < 0.3;
  const graduates11 = hasEleventh ? Math.round(ctx.contingent * between(random, 0.03, 0.06)) : 0;
  const egeResults = graduates11 * 3;
  return {
    "vpr.participants": participants,
    "vpr.marks2": Math.round(participants * between(random, 0.2 - 0.16 * q, 0.26 - 0.18 * q)),
    "vpr.basicTasksPercent": round1(between(random, 48 + 14 * q, 54 + 16 * q)),
    "vpr.advancedTasksPercent": round1(between(random, 18 + 12 * q, 24 + 14 * q)),
    "gia9.graduates": graduates9,
    "gia9.noCertificate": random() < 0.55 - 0.45 * q ? count(random, 1.5) : 0,
    "gia9.ogeResults": graduates9 * 2,
    "gia9.ogeMarks2": Math.round(graduates9 * 2 * between(random, 0.12 - 0.1 * q, 0.16 - 0.11 * q)),
    "gia9.honors": count(random, graduates9 * 0.05 * (0.5 + q)),
    "gia11.graduates": graduates11,
    "gia11.noCertificate": hasEleventh && random() < 0.3 - 0.25 * q ? 1 : 0,
    "gia11.egeResults": egeResults,
    "gia11.ege81to100": Math.round(egeResults * between(random, 0.04 + 0.12 * q, 0.08 + 0.16 * q)),
    "gia11.ege100": hasEleventh && random() < 0.1 + 0.3 * q ? count(random, 1) : 0,
    "gia11.medals": hasEleventh ? count(random, graduates11 * 0.08 * (0.5 + q)) : 0,
    "olymp.regionalWinners": count(random, 3 * q * q),
    "olymp.finalWinners": random() < 0.08 * q ? 1 : 0,
  };
}
