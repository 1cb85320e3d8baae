// Plausible synthetic values for the demo municipality: better organizations (higher `quality`)
// cover more pupils with additional education and career guidance, place more graduates and keep
// more of their УДО contingent. Kindergartens report nothing in this direction.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);
const share = (random: () => number, total: number, min: number, max: number) =>
  Math.min(total, Math.round(total * between(random, Math.max(0, min), Math.min(1, max))));

export function careerGuidanceSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const networkPrograms = random() < 0.25 + 0.55 * q ? 1 + Math.floor(random() * (1 + 3 * q)) : 0;
  if (ctx.kind === "PRESCHOOL") return {};
  if (ctx.kind === "ADDITIONAL") {
    const enrolled = ctx.contingent;
    return {
      "additionalEd.enrolledAtStart": enrolled,
      "additionalEd.retainedAtEnd": share(random, enrolled, 0.62 + 0.2 * q, 0.76 + 0.24 * q),
      "career.networkPrograms": networkPrograms,
    };
  }
  const students = ctx.contingent;
  const grades6to11 = share(random, students, 0.48, 0.58);
  const graduates = share(random, students, 0.1, 0.14);
  return {
    "additionalEd.students": students,
    "additionalEd.covered": share(random, students, 0.5 + 0.3 * q, 0.65 + 0.35 * q),
    "career.grades6to11": grades6to11,
    "career.profMinimumCovered": share(random, grades6to11, 0.3 + 0.45 * q, 0.5 + 0.5 * q),
    "career.profileStudents": random() < 0.3 + 0.6 * q ? share(random, students, 0.02, 0.06) : 0,
    "career.preProfileStudents": random() < 0.4 + 0.5 * q ? share(random, students, 0.03, 0.08) : 0,
    "career.graduates": graduates,
    "career.graduatesPlaced": random() < 0.15 + 0.6 * q ? graduates : share(random, graduates, 0.78 + 0.1 * q, 0.97),
    "career.networkPrograms": networkPrograms,
  };
}
