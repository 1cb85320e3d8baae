// An appointment in force on a date, as a Prisma filter: the head of an organization then.
import type { Prisma as PrismaNs } from "../../generated/prisma/client.js";

export const inPost = (date: Date): PrismaNs.AppointmentWhereInput => ({
  startsOn: { lte: date },
  OR: [{ endsOn: null }, { endsOn: { gte: date } }],
});
