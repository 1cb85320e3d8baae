// Consistency across elements (a part never exceeds its whole), checked against the values an
// organization will have after the change: what is stored, overlaid with what comes in.

import { formatNumber } from "../../direction/format.js";
import type { Registry } from "../../direction/registry.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

export interface ConstraintViolation {
  organizationId: number;
  element: string;
  message: string;
}

export async function constraintViolations(args: {
  prisma: PrismaClient;
  registry: Registry;
  cycleId: number;
  incoming: readonly { organizationId: number; element: string; stored: string | null }[];
}): Promise<ConstraintViolation[]> {
  const constraints = args.registry.directions.flatMap((d) => d.constraints);
  const touched = new Set(args.incoming.map((v) => v.element));
  const relevant = constraints.filter((c) => touched.has(c.part) || touched.has(c.whole));
  if (relevant.length === 0) return [];
  const organizations = [...new Set(args.incoming.map((v) => v.organizationId))];
  const codes = [...new Set(relevant.flatMap((c) => [c.part, c.whole]))];
  const stored = await args.prisma.dataValue.findMany({
    where: { cycleId: args.cycleId, organizationId: { in: organizations }, elementCode: { in: codes } },
    select: { organizationId: true, elementCode: true, value: true },
  });
  const value = new Map(stored.map((v) => [`${v.organizationId}|${v.elementCode}`, v.value as string | null]));
  for (const v of args.incoming) value.set(`${v.organizationId}|${v.element}`, v.stored);
  const violations: ConstraintViolation[] = [];
  for (const organizationId of organizations) {
    for (const c of relevant) {
      const part = value.get(`${organizationId}|${c.part}`);
      const whole = value.get(`${organizationId}|${c.whole}`);
      if (part == null || whole == null || Number(part) <= Number(whole)) continue;
      const title = (code: string) => args.registry.element(code)?.title ?? code;
      violations.push({
        organizationId,
        element: touched.has(c.part) ? c.part : c.whole,
        message: `«${title(c.part)}» (${formatNumber(Number(part))}) больше, чем «${title(c.whole)}» (${formatNumber(Number(whole))}).`,
      });
    }
  }
  return violations;
}
