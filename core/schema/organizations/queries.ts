// Organizations: the queries — municipalities, organizations with filters, heads and their history.
import { todayInZone } from "../../domain/dates.js";
import { municipalityFilter } from "../../domain/municipality-scope.js";
import type { Prisma as PrismaNs } from "../../generated/prisma/client.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { parseId } from "../ids.js";
import { inPost } from "./in-post.js";
import type { OrganizationsTypes } from "./types.js";

export function addOrganizationsQueries(builder: Builder, enums: Enums, { Leader, OrganizationFilter }: OrganizationsTypes) {
  builder.queryFields((t) => ({
    municipalities: t.prismaField({
      type: ["Municipality"],
      description: "Муниципалитеты региона (для сотрудника муниципалитета — только его)",
      resolve: (query, _root, _args, ctx) => {
        const scope = municipalityFilter(ctx.user).municipalityId;
        return ctx.prisma.municipality.findMany({ ...query, where: scope ? { id: scope } : {}, orderBy: { name: "asc" } });
      },
    }),
    organizations: t.prismaConnection({
      type: "Organization",
      cursor: "id",
      description: "Организации, постранично (Relay); сотрудник муниципалитета видит только свои",
      args: { kind: t.arg({ type: enums.OrgKind, required: false }), filter: t.arg({ type: OrganizationFilter }) },
      resolve: (query, _root, args, ctx) => {
        const f = args.filter ?? {};
        const today = todayInZone();
        const search = f.search?.trim();
        const where: PrismaNs.OrganizationWhereInput = {
          ...municipalityFilter(ctx.user),
          ...(args.kind ? { kind: args.kind } : {}),
          ...(f.orgType ? { orgType: f.orgType } : {}),
          ...(f.isOpen === true ? { status: "OPEN" } : f.isOpen === false ? { status: "CLOSED" } : {}),
          ...(f.municipalityId ? { municipalityId: parseId(f.municipalityId, "муниципалитета") } : {}),
          AND: [
            ...(search
              ? [
                  {
                    OR: [
                      { shortName: { contains: search, mode: "insensitive" as const } },
                      { fullName: { contains: search, mode: "insensitive" as const } },
                      { inn: { startsWith: search } },
                      { fisOkoLogin: { startsWith: search.toLowerCase() } },
                    ],
                  },
                ]
              : []),
            ...(f.withoutLeader ? [{ appointments: { none: inPost(today) } }] : []),
            ...(f.actingLeader ? [{ appointments: { some: { ...inPost(today), isActing: true } } }] : []),
          ],
        };
        if (f.municipalityId && municipalityFilter(ctx.user).municipalityId)
          where.municipalityId = municipalityFilter(ctx.user).municipalityId;
        return ctx.prisma.organization.findMany({ ...query, where, orderBy: { id: "asc" } });
      },
    }),
    organization: t.prismaField({
      type: "Organization",
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organization.findFirst({ ...query, where: { id: parseId(args.id, "организации"), ...municipalityFilter(ctx.user) } }),
    }),
    leaders: t.prismaConnection({
      type: "Leader",
      cursor: "id",
      description: "Руководители (люди) с историей назначений; поиск по ФИО",
      authScopes: { staff: true },
      args: { search: t.arg.string() },
      resolve: (query, _root, args, ctx) => {
        const words = (args.search ?? "").trim().split(/\s+/).filter(Boolean);
        const scope = municipalityFilter(ctx.user).municipalityId;
        return ctx.prisma.leader.findMany({
          ...query,
          where: {
            AND: words.map((w) => ({
              OR: [
                { lastName: { contains: w, mode: "insensitive" as const } },
                { firstName: { contains: w, mode: "insensitive" as const } },
                { middleName: { contains: w, mode: "insensitive" as const } },
              ],
            })),
            ...(scope ? { appointments: { some: { organization: { municipalityId: scope } } } } : {}),
          },
          orderBy: [{ id: "asc" }],
        });
      },
    }),
    leader: t.prismaField({
      type: Leader,
      nullable: true,
      authScopes: { staff: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) => {
        const scope = municipalityFilter(ctx.user).municipalityId;
        return ctx.prisma.leader.findFirst({
          ...query,
          where: {
            id: parseId(args.id, "руководителя"),
            ...(scope ? { appointments: { some: { organization: { municipalityId: scope } } } } : {}),
          },
        });
      },
    }),
  }));
}
