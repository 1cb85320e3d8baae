// Typed hash routes. Every page's path is stated here once (wouter patterns); `href` builds a link
// from a page name and its parameters, checked by TypeScript against the pattern. The pages table
// (routes.tsx) attaches components and menu entries to these names. Hash routes keep the client
// working from any static host, and every address ever shared (`#/ratings/3`, `#/d/objectivity`)
// keeps working.

export const ROUTE_PATHS = {
  home: "/",
  ratings: "/ratings/:cycleId?",
  scorecard: "/scorecard/:cycleId/:organizationId",
  organizations: "/organizations",
  organization: "/organization/:organizationId",
  leader: "/leader/:leaderId",
  "registry-import": "/registry-import",
  region: "/region",
  directions: "/directions",
  intake: "/intake",
  my: "/my",
  entry: "/entry/:cycleId?/:organizationId?",
  methodology: "/methodology/:cycleId?",
  review: "/review/:cycleId?",
  recommendations: "/recommendations/:cycleId?",
  decisions: "/decisions/:cycleId?",
  analytics: "/analytics/:cycleId?",
  reports: "/reports/:cycleId?",
  public: "/public/:cycleId?",
  dashboard: "/dashboard/:cycleId?",
  cycles: "/cycles/:cycleId?",
  users: "/admin/users",
  tokens: "/admin/tokens",
  audit: "/admin/audit",
  account: "/account",
  notifications: "/notifications",
  login: "/login",
  /** A direction plugin's page (web/src/directions.ts). */
  direction: "/d/:id/:cycleId?/:organizationId?",
} as const;

export type PageName = keyof typeof ROUTE_PATHS;

/** `"/a/:x/:y?"` → `{ x: string; y?: string }`. */
type ParamOf<Segment extends string> = Segment extends `${infer Name}?` ? { [K in Name]?: string } : { [K in Segment]: string };
export type PathParams<Path extends string> = Path extends `${string}:${infer Segment}/${infer Rest}`
  ? ParamOf<Segment> & PathParams<`/${Rest}`>
  : Path extends `${string}:${infer Segment}`
    ? ParamOf<Segment>
    : Record<never, never>;

export type Route = { [Name in PageName]: { page: Name } & PathParams<(typeof ROUTE_PATHS)[Name]> }[PageName];

/** The hash link of a page: `href({ page: "scorecard", cycleId, organizationId })` → `#/scorecard/3/7`. */
export function href(route: Route): string {
  const params = route as unknown as Record<string, string | undefined>;
  let isCut = false;
  const segments = ROUTE_PATHS[route.page].split("/").flatMap((segment) => {
    if (!segment.startsWith(":")) return [segment];
    const value = params[segment.replace(/^:|\?$/g, "")];
    // An optional parameter ends the path: later ones cannot be given without it.
    if (value === undefined || value === "" || isCut) {
      isCut = true;
      return [];
    }
    return [encodeURIComponent(value)];
  });
  const path = segments.join("/");
  return `#${path === "" ? "/" : path}`;
}
