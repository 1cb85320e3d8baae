// The client: hash router, the shell query, and the page the address names — from the one table
// of pages (routes.tsx). A page the viewer may not open says so instead of failing request by request.
import { Suspense, useMemo } from "react";
import { Router } from "wouter";
import { useHashLocation } from "wouter/use-hash-location";
import { ErrorState, LoadingState } from "./components/QueryState.tsx";
import { ShellProvider, useShell, type Viewer } from "./components/viewer.tsx";
import { directionsWeb } from "./directions.ts";
import { Shell } from "./layout/Shell.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { type CurrentRoute, useCurrentRoute } from "./route-match.ts";
import { homeEntry, isVisible, PAGES, pageComponent } from "./routes.tsx";

export function App() {
  return (
    <Router hook={useHashLocation}>
      <ShellProvider>
        <Routed />
      </ShellProvider>
    </Router>
  );
}

function Routed() {
  const { data } = useShell();
  const route = resolveHome(useCurrentRoute(), data?.me ?? null);
  // Fetch the page's code at once, in parallel with the shell query, not after it.
  const entry = entryOf(route);
  useMemo(() => entry?.load(), [entry]);
  return (
    <Shell route={route}>
      <Suspense fallback={<LoadingState />}>
        <Page route={route} />
      </Suspense>
    </Shell>
  );
}

/** `#/` names the viewer's home page; before the viewer is known, the rating (the public home). */
function resolveHome(route: CurrentRoute, viewer: Viewer | null): CurrentRoute {
  if (route.page !== "home") return route;
  return { page: homeEntry(viewer)?.name ?? "ratings", params: route.params };
}

const entryOf = (route: CurrentRoute) => PAGES.find((p) => p.name === route.page);

function Page({ route }: { route: CurrentRoute }) {
  const { data, refresh } = useShell();
  const viewer = data?.me ?? null;
  if (route.page === "login") return <LoginPage onDone={refresh} />;
  if (route.page === "direction") {
    const plugin = directionsWeb.find((d) => d.id === route.params.id)?.page;
    if (!plugin) return <ErrorState error="Такой страницы нет." />;
    const Component = plugin.component;
    return <Component cycleId={route.params.cycleId} organizationId={route.params.organizationId} role={viewer?.role ?? null} />;
  }
  const entry = entryOf(route);
  if (!entry) return <ErrorState error="Такой страницы нет." />;
  if (!isVisible(entry, viewer)) {
    return (
      <ErrorState title="Нет доступа" error={viewer ? "Этот раздел вам недоступен." : "Войдите в систему, чтобы открыть этот раздел."} />
    );
  }
  const Component = pageComponent(entry);
  return <Component params={route.params} viewer={viewer} />;
}
