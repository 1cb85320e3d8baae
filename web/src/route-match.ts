// Which page the address names: the first path of route.ts that matches, with its parameters.
// An unknown address opens the rating, as it always did.
import { matchRoute, useLocation, useRouter } from "wouter";
import { type PageName, ROUTE_PATHS } from "./route.ts";

export interface CurrentRoute {
  page: PageName;
  params: Record<string, string | undefined>;
}

const ENTRIES = Object.entries(ROUTE_PATHS) as [PageName, string][];

export function matchPath(parser: Parameters<typeof matchRoute>[0], path: string): CurrentRoute {
  for (const [page, pattern] of ENTRIES) {
    const [isMatch, params] = matchRoute(parser, pattern, path);
    if (isMatch) {
      const decoded = Object.fromEntries(
        Object.entries(params ?? {})
          .filter(([key]) => Number.isNaN(Number(key)))
          .map(([key, value]) => [key, value === undefined ? undefined : decodeURIComponent(value)]),
      );
      return { page, params: decoded };
    }
  }
  return { page: "ratings", params: {} };
}

export function useCurrentRoute(): CurrentRoute {
  const [location] = useLocation();
  const { parser } = useRouter();
  return matchPath(parser, location);
}
