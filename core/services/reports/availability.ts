// Which documents of a cycle a reader may download — the same rules the report routes enforce
// (there through the reader's GraphQL queries), told to the web client so it never restates roles.
import { canSeeResults, visibleOrganizations } from "../../domain/access.js";
import type { SessionUser } from "../../domain/actor.js";
import type { CycleStatus, PrismaClient } from "../../generated/prisma/client.js";
import type { PublicationChoice } from "../publication/choice.js";

export interface ReportLink {
  kind: "ANALYTICAL" | "RATING" | "VALUES" | "CARD";
  title: string;
  format: "docx" | "pdf" | "xlsx";
  url: string;
  /** Documents of large cycles take a while: the client shows progress. */
  isLong: boolean;
}

export async function availableReports(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  cycle: { id: number; status: CycleStatus };
  publication: PublicationChoice | null;
}): Promise<ReportLink[]> {
  const { user, cycle, publication } = args;
  const base = `/reports/cycles/${cycle.id}`;
  const links: ReportLink[] = [];
  const seesRating = user ? await canSeeResults({ prisma: args.prisma, user, cycle }) : false;
  if (seesRating || (!user && publication?.showAnalyticalReport)) {
    links.push({ kind: "ANALYTICAL", title: "Аналитическая справка", format: "docx", url: `${base}/analytical.docx`, isLong: true });
    links.push({ kind: "ANALYTICAL", title: "Аналитическая справка", format: "pdf", url: `${base}/analytical.pdf`, isLong: true });
  }
  if (seesRating || (!user && publication?.showTotal && publication.showLevel))
    links.push({ kind: "RATING", title: "Рейтинг по группам сравнения", format: "xlsx", url: `${base}/rating.xlsx`, isLong: false });
  if (user && (await visibleOrganizations(args.prisma, user, cycle.id)) === "all")
    links.push({
      kind: "VALUES",
      title: "Значения показателей, полнота данных и журнал изменений",
      format: "xlsx",
      url: `${base}/values.xlsx`,
      isLong: true,
    });
  if (user?.role === "LEADER" && user.organizationId !== null)
    for (const format of ["pdf", "docx"] as const)
      links.push({
        kind: "CARD",
        title: "Карта руководителя (своя)",
        format,
        url: `${base}/organizations/${user.organizationId}/card.${format}`,
        isLong: false,
      });
  return links;
}

/** The head's card of one organization: for signed-in readers of its results (anonymous readers
 *  see only what was published, and the cards are not). */
export async function cardLinks(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  cycle: { id: number; status: CycleStatus };
  organizationId: number;
}): Promise<ReportLink[]> {
  if (!args.user || !(await canSeeResults(args))) return [];
  const base = `/reports/cycles/${args.cycle.id}/organizations/${args.organizationId}`;
  return (["pdf", "docx"] as const).map((format) => ({
    kind: "CARD",
    title: "Карта руководителя",
    format,
    url: `${base}/card.${format}`,
    isLong: false,
  }));
}
