// Plausible synthetic values for the demo municipality: heads of better organizations (higher
// `quality`) train more recently, share their experience more widely and keep their staff trained.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);

// Children or students per pedagogical and administrative worker, by kind of organization.
const PUPILS_PER_WORKER = { SCHOOL: 9, PRESCHOOL: 6, ADDITIONAL: 25 } as const;
const EXPERIENCE_LEVELS = ["none", "municipal", "regional", "federal"];

export function competenciesSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const isTrainedRecently = random() < 0.45 + 0.5 * q;
  const trainingYear = isTrainedRecently
    ? ctx.year - Math.floor(random() * 3)
    : random() < 0.3
      ? 0
      : ctx.year - 3 - Math.floor(random() * 4);
  const staff = Math.max(5, Math.round((ctx.contingent / PUPILS_PER_WORKER[ctx.kind]) * between(random, 0.9, 1.15)));
  const attestation = random() < 0.05 ? "notDue" : random() < 0.75 + 0.23 * q ? "valid" : "expired";
  return {
    "head.managementTrainingYear": trainingYear,
    "head.managementDiploma": random() < 0.5 + 0.45 * q,
    "head.experienceLevel": EXPERIENCE_LEVELS[Math.min(3, Math.floor(q * 2.6 + random() * 1.4))] ?? "none",
    "head.attestation": attestation,
    "training.staffTotal": staff,
    "training.staffTrained3y": Math.min(staff, Math.round(staff * between(random, 0.6 + 0.25 * q, 0.75 + 0.25 * q))),
  };
}
