// Plausible synthetic values for the demo municipality: better organizations (higher `quality`)
// teach more students with ОВЗ by adapted programs and have more support specialists; a few
// organizations, mostly of additional education, have no students with ОВЗ at all.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);

const OVZ_SHARE = { SCHOOL: [0.03, 0.09], PRESCHOOL: [0.02, 0.12], ADDITIONAL: [0.005, 0.03] } as const;
const ACCESSIBILITY = ["none", "unavailable", "conditional", "partial", "full"];

export function inclusiveSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q, kind } = ctx;
  const [low, high] = OVZ_SHARE[kind];
  const hasOvz = random() < (kind === "ADDITIONAL" ? 0.6 : 0.9);
  const students = hasOvz ? Math.max(1, Math.round(ctx.contingent * between(random, low, high))) : 0;
  const notAdapted = random() < 0.5 + 0.45 * q ? 0 : Math.ceil(students * between(random, 0.02, 0.15));
  const isSchool = kind === "SCHOOL";
  const needsHome = students > 0 && random() < (isSchool ? 0.35 : 0.1) ? 1 + Math.floor(random() * (isSchool ? 2 : 1)) : 0;
  const hasRegulation = random() < 0.8 + 0.2 * q;
  return {
    "ovz.students": students,
    "ovz.studentsAdapted": Math.max(0, students - notAdapted),
    "ovz.adaptedPrograms": students > 0 ? Math.min(students, 1 + Math.floor(random() * (1.5 + 4 * q))) : 0,
    "ovz.psychologist": random() < 0.7 + 0.3 * q,
    "ovz.speechTherapist": random() < (kind === "ADDITIONAL" ? 0.1 : 0.5 + 0.45 * q),
    "ovz.defectologist": random() < (kind === "ADDITIONAL" ? 0.05 : 0.2 + 0.5 * q),
    "ovz.tutor": random() < 0.15 + 0.5 * q,
    "ovz.socialPedagogue": random() < (isSchool ? 0.5 + 0.4 * q : 0.15),
    "ovz.accessibilityStatus": ACCESSIBILITY[Math.min(4, Math.floor(q * 3 + random() * 2))] ?? "none",
    "ovz.consiliumRegulation": hasRegulation,
    "ovz.consiliumMeetings": hasRegulation ? 1 + Math.floor(random() * (2.5 + 4 * q)) : 0,
    "ovz.homeEducationNeeded": needsHome,
    "ovz.homeEducationProvided": needsHome > 0 && random() > 0.6 + 0.4 * q ? needsHome - 1 : needsHome,
  };
}
