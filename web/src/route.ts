// Hash routes: the client works from any static host and the server needs no route list.
import { useEffect, useState } from "react";

export type Route =
  | { page: "ratings"; cycleId?: string }
  | { page: "organizations" }
  | { page: "organization"; organizationId: string }
  | { page: "leader"; leaderId: string }
  | { page: "registry-import" }
  | { page: "directions" }
  | { page: "intake" }
  | { page: "entry"; cycleId?: string; organizationId?: string }
  | { page: "my" }
  | { page: "methodology"; cycleId?: string }
  | { page: "review"; cycleId?: string }
  | { page: "recommendations"; cycleId?: string }
  | { page: "decisions"; cycleId?: string }
  | { page: "analytics"; cycleId?: string }
  | { page: "scorecard"; cycleId: string; organizationId: string }
  | { page: "login" }
  /** A direction plugin's page (web/src/directions.ts). */
  | { page: "direction"; id: string; cycleId?: string; organizationId?: string };

export function parseRoute(hash: string): Route {
  const [page, a, b, c] = hash.replace(/^#\/?/, "").split("/");
  if (page === "d" && a) return { page: "direction", id: a, ...(b ? { cycleId: b } : {}), ...(b && c ? { organizationId: c } : {}) };
  if (page === "organizations") return { page: "organizations" };
  if (page === "organization" && a) return { page: "organization", organizationId: a };
  if (page === "leader" && a) return { page: "leader", leaderId: a };
  if (page === "registry-import") return { page: "registry-import" };
  if (page === "directions") return { page: "directions" };
  if (page === "intake") return { page: "intake" };
  if (page === "my") return { page: "my" };
  if (page === "methodology") return { page, ...(a ? { cycleId: a } : {}) };
  if (page === "entry") return { page: "entry", ...(a ? { cycleId: a } : {}), ...(a && b ? { organizationId: b } : {}) };
  if (page === "login") return { page: "login" };
  if (page === "review" || page === "recommendations" || page === "decisions" || page === "analytics")
    return { page, ...(a ? { cycleId: a } : {}) };
  if (page === "scorecard" && a && b) return { page: "scorecard", cycleId: a, organizationId: b };
  return { page: "ratings", ...(a ? { cycleId: a } : {}) };
}

export const href = (route: Route): string => {
  switch (route.page) {
    case "scorecard":
      return `#/scorecard/${route.cycleId}/${route.organizationId}`;
    case "organization":
      return `#/organization/${route.organizationId}`;
    case "leader":
      return `#/leader/${route.leaderId}`;
    case "entry":
      return `#/entry${route.cycleId ? `/${route.cycleId}` : ""}${route.cycleId && route.organizationId ? `/${route.organizationId}` : ""}`;
    case "direction":
      return `#/d/${route.id}${route.cycleId ? `/${route.cycleId}` : ""}${route.cycleId && route.organizationId ? `/${route.organizationId}` : ""}`;
    case "ratings":
    case "methodology":
    case "review":
    case "recommendations":
    case "decisions":
    case "analytics":
      return route.cycleId ? `#/${route.page}/${route.cycleId}` : `#/${route.page}`;
    default:
      return `#/${route.page}`;
  }
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
