// The slots a direction may fill in the web client — a closed set, so the core client stays generic.
// A direction's web entry (`web/src/directions/<id>/index.ts`) exports a `DirectionWeb` and is listed
// once in `web/src/directions.ts`; it talks to the server only through the GraphQL API.
import type { ComponentType, LazyExoticComponent } from "react";

export type Role = "ADMIN" | "OPERATOR" | "EXPERT" | "DEPARTMENT" | "LEADER";

/** What the shell passes to a plugin page: the route's cycle and organization, the viewer's role. */
export interface PageSlotProps {
  cycleId?: string;
  organizationId?: string;
  role: Role | null;
}

export interface DirectionWeb {
  /** The direction id, as in `defineDirection` («objectivity»); also the page's route segment. */
  id: string;
  /** A page of its own in the menu, lazily loaded. @default none */
  page?: {
    /** Russian menu label: «Объективность». */
    title: string;
    /** Roles that see the menu item (the API still checks every request). */
    roles: readonly Role[];
    component: LazyExoticComponent<ComponentType<PageSlotProps>>;
  };
}

export const defineDirectionWeb = (web: DirectionWeb): DirectionWeb => web;

/** Link to a plugin page: `#/d/<id>[/<cycleId>[/<organizationId>]]`. */
export const directionHref = (id: string, cycleId?: string, organizationId?: string): string =>
  `#/d/${id}${cycleId ? `/${cycleId}` : ""}${cycleId && organizationId ? `/${organizationId}` : ""}`;
