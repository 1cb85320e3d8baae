// Matching organizations named in files: by ФИС ОКО login, ИНН, or exact short or full name.
import { createHash } from "node:crypto";
import { normalize } from "../../direction/import/cells.js";
import type { KnownOrganization, OrganizationIndex } from "../../direction/import/organizations.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

export type { KnownOrganization, OrganizationIndex } from "../../direction/import/organizations.js";

export async function loadOrganizationIndex(prisma: PrismaClient, municipalityId: number): Promise<OrganizationIndex> {
  const orgs = await prisma.organization.findMany({
    where: { municipalityId },
    select: { id: true, kind: true, shortName: true, fullName: true, inn: true, fisOkoLogin: true },
  });
  const byLogin = new Map<string, KnownOrganization>();
  const byInn = new Map<string, KnownOrganization>();
  const byName = new Map<string, KnownOrganization>();
  const byId = new Map<number, KnownOrganization>();
  for (const o of orgs) {
    const known = { id: o.id, kind: o.kind, shortName: o.shortName };
    byId.set(o.id, known);
    if (o.fisOkoLogin) byLogin.set(o.fisOkoLogin.toLowerCase(), known);
    if (o.inn) byInn.set(o.inn, known);
    byName.set(normalize(o.shortName), known);
    byName.set(normalize(o.fullName), known);
  }
  const version = createHash("sha1")
    .update(JSON.stringify(orgs.map((o) => [o.id, o.kind, o.inn, o.fisOkoLogin, o.shortName, o.fullName])))
    .digest("hex");
  return {
    version,
    byId: (id) => byId.get(id),
    find: ({ login, inn, name }) => {
      if (login && byLogin.has(login.trim().toLowerCase())) return byLogin.get(login.trim().toLowerCase()) ?? null;
      const digits = inn?.replace(/\D/g, "");
      if (digits && byInn.has(digits)) return byInn.get(digits) ?? null;
      if (name && byName.has(normalize(name))) return byName.get(normalize(name)) ?? null;
      return null;
    },
  };
}
