// Plausible synthetic values for the demo municipality: every head takes the same diagnostics
// (60 points); stronger heads (higher `quality`) score higher, and their deficits follow the score.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const MAX_SCORE = 60;
const between = (random: () => number, min: number, max: number) => min + random() * (max - min);

export function competencyAssessmentSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const share = between(random, 0.35 + 0.45 * q, 0.55 + 0.4 * q);
  const deficits = Math.max(0, Math.round((1 - share) * 5 + (random() - 0.6) * 1.5));
  return {
    "headAssessment.diagnosticsScore": Math.round(MAX_SCORE * share),
    "headAssessment.diagnosticsMaxScore": MAX_SCORE,
    "headAssessment.selfAssessmentCompleted": random() < 0.55 + 0.4 * q,
    "headAssessment.deficitsFound": deficits,
  };
}
