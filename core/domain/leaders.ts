// Which head carries a cycle's results: the one in post at the end of the reporting period.
import { addMonths } from "./dates.js";

export interface AppointmentLike {
  leaderId: number;
  startsOn: Date;
  endsOn: Date | null;
  isActing: boolean;
}

/** The appointment covering `date`; failing that, the latest one started before it. */
export function appointmentAt<T extends AppointmentLike>(appointments: readonly T[], date: Date): T | null {
  const started = appointments.filter((a) => a.startsOn <= date).sort((a, b) => +b.startsOn - +a.startsOn);
  return started.find((a) => a.endsOn === null || a.endsOn >= date) ?? null;
}

/** A head in post for less than six months at the end of the period is flagged «новый руководитель». */
export const isNewLeader = (appointment: AppointmentLike, periodEnd: Date): boolean => appointment.startsOn > addMonths(periodEnd, -6);
