// The organizations of the municipality as a format sees them: found by what a file names.
import type { OrgKind } from "../types.js";

export interface KnownOrganization {
  id: number;
  kind: OrgKind;
  shortName: string;
}

export interface OrganizationIndex {
  /** By ФИС ОКО login, ИНН, or exact short or full name (in that order). */
  find(reference: { login?: string; inn?: string; name?: string }): KnownOrganization | null;
  byId(id: number): KnownOrganization | undefined;
  /** Changes whenever an organization's identifiers change: parsed files depend on it. */
  version: string;
}

/** How a row named its organization, for error messages. */
export function describeReference(reference: { login?: string; inn?: string; name?: string }): string {
  return (
    [reference.login && `логин «${reference.login}»`, reference.inn && `ИНН ${reference.inn}`, reference.name && `«${reference.name}»`]
      .filter(Boolean)
      .join(", ") || "не указана"
  );
}
