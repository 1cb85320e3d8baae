// The one table of pages: each entry is a page — its route name (paths in route.ts), how its code
// is loaded (a lazy chunk), where it sits in the menu, and which API capability shows it. Adding a
// page is adding one entry; the router, the menu and the first-load preload all read this table.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { Capability, Viewer } from "./components/viewer.tsx";
import type { PageName } from "./route.ts";

/** What every page receives: the route's parameters and the viewer (null: anonymous). */
export interface PageProps {
  params: Readonly<Record<string, string | undefined>>;
  viewer: Viewer | null;
}

export type MenuGroup = "results" | "work" | "registry" | "admin";
export const MENU_GROUPS: Record<MenuGroup, string> = {
  results: "Результаты",
  work: "Мониторинг",
  registry: "Реестр",
  admin: "Администрирование",
};

export interface PageEntry {
  name: PageName;
  load: () => Promise<ComponentType<PageProps>>;
  menu?: { label: string; group: MenuGroup /** Other routes under the same menu item. */; also?: PageName[] };
  /** Shown (in the menu and by the router) only to a viewer with any of these capabilities;
   *  "signedIn" — to anyone signed in; absent — to everyone. The API checks every request anyway. */
  can?: readonly (Capability | "signedIn")[];
  /** Only for a viewer whose account belongs to an organization (a head): the operator may also
   *  resubmit directions, but has no organization of their own. */
  needsOrganization?: true;
}

const role = (viewer: Viewer | null) => viewer?.role ?? null;

export const PAGES: readonly PageEntry[] = [
  {
    name: "my",
    load: () =>
      import("./pages/head/MyOrganizationPage.tsx").then((m) => (p: PageProps) => (
        <m.MyOrganizationPage organizationId={p.viewer?.organization?.id ?? null} />
      )),
    menu: { label: "Моя организация", group: "work" },
    can: ["resubmitDirections"],
    needsOrganization: true,
  },
  {
    name: "ratings",
    load: () => import("./pages/RatingsPage.tsx").then((m) => (p: PageProps) => <m.RatingsPage cycleId={p.params.cycleId} />),
    menu: { label: "Рейтинг", group: "results", also: ["scorecard"] },
  },
  {
    name: "scorecard",
    load: () =>
      import("./pages/ScorecardPage.tsx").then((m) => (p: PageProps) => (
        <m.ScorecardPage cycleId={p.params.cycleId ?? ""} organizationId={p.params.organizationId ?? ""} />
      )),
  },
  {
    name: "analytics",
    load: () =>
      import("./pages/AnalyticsPage.tsx").then((m) => (p: PageProps) => (
        <m.AnalyticsPage cycleId={p.params.cycleId} role={role(p.viewer)} />
      )),
    menu: { label: "Аналитика", group: "results" },
    can: ["readAnalytics"],
  },
  {
    name: "recommendations",
    load: () =>
      import("./pages/RecommendationsPage.tsx").then((m) => (p: PageProps) => (
        <m.RecommendationsPage cycleId={p.params.cycleId} role={role(p.viewer)} />
      )),
    menu: { label: "Рекомендации", group: "results" },
    can: ["readRecommendations"],
  },
  {
    name: "decisions",
    load: () => import("./pages/DecisionsPage.tsx").then((m) => (p: PageProps) => <m.DecisionsPage role={role(p.viewer)} />),
    menu: { label: "Решения", group: "results" },
    can: ["readDecisions"],
  },
  {
    name: "reports",
    load: () => import("./pages/reports/ReportsPage.tsx").then((m) => (p: PageProps) => <m.ReportsPage cycleId={p.params.cycleId} />),
    menu: { label: "Отчёты", group: "results" },
    // Every signed-in role: the page lists only the documents the API says the viewer may have.
    can: ["signedIn"],
  },
  {
    name: "public",
    load: () => import("./pages/public/PublicPage.tsx").then((m) => (p: PageProps) => <m.PublicPage cycleId={p.params.cycleId} />),
    menu: { label: "Открытые результаты", group: "results" },
  },
  {
    name: "region",
    load: () => import("./pages/RegionPage.tsx").then((m) => () => <m.RegionPage />),
    menu: { label: "Регион", group: "results" },
    can: ["readRegion"],
  },
  {
    name: "dashboard",
    load: () => import("./pages/dashboard/DashboardPage.tsx").then((m) => m.DashboardPage),
    menu: { label: "Панель цикла", group: "work" },
    can: ["manageCycles"],
  },
  {
    name: "cycles",
    load: () => import("./pages/cycles/CyclesPage.tsx").then((m) => m.CyclesPage),
    menu: { label: "Циклы", group: "work" },
    can: ["createCycle", "manageCycles"],
  },
  {
    name: "intake",
    load: () => import("./pages/IntakePage.tsx").then((m) => () => <m.IntakePage />),
    menu: { label: "Сбор данных", group: "work" },
    can: ["importFiles"],
  },
  {
    name: "entry",
    load: () =>
      import("./pages/entry/DataEntryPage.tsx").then((m) => (p: PageProps) => (
        <m.DataEntryPage cycleId={p.params.cycleId} organizationId={p.params.organizationId} />
      )),
    menu: { label: "Ввод данных", group: "work" },
    can: ["readCompleteness"],
  },
  {
    name: "methodology",
    load: () =>
      import("./pages/methodology/MethodologyEditorPage.tsx").then((m) => (p: PageProps) => (
        <m.MethodologyEditorPage cycleId={p.params.cycleId} />
      )),
    menu: { label: "Методика цикла", group: "work" },
    can: ["editMethodology"],
  },
  {
    name: "review",
    load: () =>
      import("./pages/ReviewPage.tsx").then((m) => (p: PageProps) => <m.ReviewPage cycleId={p.params.cycleId} role={role(p.viewer)} />),
    menu: { label: "Экспертиза", group: "work" },
    can: ["readReview"],
  },
  {
    name: "directions",
    load: () => import("./pages/DirectionsPage.tsx").then((m) => () => <m.DirectionsPage />),
    menu: { label: "Методика", group: "work" },
  },
  {
    name: "organizations",
    load: () =>
      import("./pages/OrganizationsPage.tsx").then((m) => (p: PageProps) => (
        <m.OrganizationsPage canEdit={p.viewer?.can.editRegistry === true} />
      )),
    menu: { label: "Организации", group: "registry", also: ["organization", "leader"] },
  },
  {
    name: "organization",
    load: () =>
      import("./pages/registry/OrganizationPage.tsx").then((m) => (p: PageProps) => (
        <m.OrganizationPage organizationId={p.params.organizationId ?? ""} canEdit={p.viewer?.can.editRegistry === true} />
      )),
  },
  {
    name: "leader",
    load: () =>
      import("./pages/registry/LeaderPage.tsx").then((m) => (p: PageProps) => <m.LeaderPage leaderId={p.params.leaderId ?? ""} />),
  },
  {
    name: "registry-import",
    load: () => import("./pages/registry/RegistryImportPage.tsx").then((m) => () => <m.RegistryImportPage />),
    menu: { label: "Импорт реестра", group: "registry" },
    can: ["importFiles"],
  },
  {
    name: "users",
    load: () => import("./pages/admin/UsersPage.tsx").then((m) => m.UsersPage),
    menu: { label: "Пользователи", group: "admin" },
    can: ["manageUsers"],
  },
  {
    name: "tokens",
    load: () => import("./pages/admin/TokensPage.tsx").then((m) => m.TokensPage),
    menu: { label: "API-токены", group: "admin" },
    can: ["manageTokens"],
  },
  {
    name: "audit",
    load: () => import("./pages/admin/AuditPage.tsx").then((m) => m.AuditPage),
    menu: { label: "Журнал аудита", group: "admin" },
    can: ["readAudit"],
  },
  {
    name: "account",
    load: () => import("./pages/account/AccountPage.tsx").then((m) => m.AccountPage),
    can: ["changePassword"],
  },
  {
    name: "notifications",
    load: () => import("./pages/notifications/NotificationsPage.tsx").then((m) => () => <m.NotificationsPage />),
    can: ["signedIn"],
  },
];

/** The home page (`#/`): the first of these the viewer may open — an operator lands on the
 *  dashboard, a head on «Моя организация», everyone else (and an anonymous visitor) on the rating. */
export const HOME_PAGES: readonly PageName[] = ["dashboard", "my", "ratings"];

export function homeEntry(viewer: Viewer | null): PageEntry | undefined {
  return HOME_PAGES.map((name) => PAGES.find((p) => p.name === name)).find((p) => p && isVisible(p, viewer));
}

/** The lazy component of each entry, made once (React needs a stable component per page). */
const lazyPages = new Map<PageEntry, LazyExoticComponent<ComponentType<PageProps>>>();
export function pageComponent(entry: PageEntry): LazyExoticComponent<ComponentType<PageProps>> {
  let component = lazyPages.get(entry);
  if (!component) {
    component = lazy(() => entry.load().then((page) => ({ default: page })));
    lazyPages.set(entry, component);
  }
  return component;
}

/** Whether the viewer may open the page (the API's capabilities decide). */
export function isVisible(entry: Pick<PageEntry, "can" | "needsOrganization">, viewer: Viewer | null): boolean {
  if (entry.needsOrganization && !viewer?.organization) return false;
  if (!entry.can) return true;
  if (!viewer) return false;
  return entry.can.some((c) => c === "signedIn" || viewer.can[c]);
}
