// What a signed-in account may reach. A head's account linked to a person follows that person's
// appointment: it reaches the organization where the person is in post today, and nothing once
// the appointment ends. Staff keep their municipality scope (null — the whole region).

import type { SessionUser } from "../../domain/actor.js";
import { todayInZone } from "../../domain/dates.js";
import type { PrismaClient, User } from "../../generated/prisma/client.js";

export async function sessionUserOf(prisma: PrismaClient, user: User): Promise<SessionUser> {
  let organizationId = user.organizationId;
  if (user.role === "LEADER" && user.leaderId !== null) {
    const today = todayInZone();
    const post = await prisma.appointment.findFirst({
      where: { leaderId: user.leaderId, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      orderBy: { startsOn: "desc" },
      select: { organizationId: true },
    });
    organizationId = post?.organizationId ?? null;
  }
  let municipalityId = user.municipalityId;
  if (user.role === "LEADER") {
    const org =
      organizationId === null
        ? null
        : await prisma.organization.findUnique({ where: { id: organizationId }, select: { municipalityId: true } });
    municipalityId = org?.municipalityId ?? user.municipalityId;
  }
  return {
    id: user.id,
    login: user.login,
    role: user.role,
    fullName: user.fullName,
    organizationId,
    municipalityId,
    leaderId: user.leaderId,
  };
}
