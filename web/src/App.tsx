import { Alert, AppShell, Button, Group, Loader, NavLink, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useMutation, useQuery } from "urql";
import { directionsWeb } from "./directions.ts";
import { graphql } from "./graphql.ts";
import { LoginPage } from "./pages/LoginPage.tsx";
import { href, useRoute } from "./route.ts";

const RatingsPage = lazy(() => import("./pages/RatingsPage.tsx").then((m) => ({ default: m.RatingsPage })));
const OrganizationsPage = lazy(() => import("./pages/OrganizationsPage.tsx").then((m) => ({ default: m.OrganizationsPage })));
const OrganizationPage = lazy(() => import("./pages/registry/OrganizationPage.tsx").then((m) => ({ default: m.OrganizationPage })));
const LeaderPage = lazy(() => import("./pages/registry/LeaderPage.tsx").then((m) => ({ default: m.LeaderPage })));
const RegistryImportPage = lazy(() => import("./pages/registry/RegistryImportPage.tsx").then((m) => ({ default: m.RegistryImportPage })));
const DirectionsPage = lazy(() => import("./pages/DirectionsPage.tsx").then((m) => ({ default: m.DirectionsPage })));
const IntakePage = lazy(() => import("./pages/IntakePage.tsx").then((m) => ({ default: m.IntakePage })));
const DataEntryPage = lazy(() => import("./pages/entry/DataEntryPage.tsx").then((m) => ({ default: m.DataEntryPage })));
const MyOrganizationPage = lazy(() => import("./pages/head/MyOrganizationPage.tsx").then((m) => ({ default: m.MyOrganizationPage })));
const MethodologyEditorPage = lazy(() =>
  import("./pages/methodology/MethodologyEditorPage.tsx").then((m) => ({ default: m.MethodologyEditorPage })),
);
const ReviewPage = lazy(() => import("./pages/ReviewPage.tsx").then((m) => ({ default: m.ReviewPage })));
const RecommendationsPage = lazy(() => import("./pages/RecommendationsPage.tsx").then((m) => ({ default: m.RecommendationsPage })));
const DecisionsPage = lazy(() => import("./pages/DecisionsPage.tsx").then((m) => ({ default: m.DecisionsPage })));
const AnalyticsPage = lazy(() => import("./pages/AnalyticsPage.tsx").then((m) => ({ default: m.AnalyticsPage })));
const ScorecardPage = lazy(() => import("./pages/ScorecardPage.tsx").then((m) => ({ default: m.ScorecardPage })));

export const MeQuery = graphql(`
  query Me { me { id login fullName role organization { id name } } about { municipality region } }
`);
const LogoutMutation = graphql(`mutation Logout { logout }`);

const ROLE_LABELS = {
  ADMIN: "администратор",
  OPERATOR: "оператор",
  EXPERT: "эксперт",
  DEPARTMENT: "управление образования",
  LEADER: "руководитель",
} as const;

const REVIEW_ROLES: readonly string[] = ["OPERATOR", "EXPERT", "DEPARTMENT", "LEADER"];
const RECOMMENDATION_ROLES: readonly string[] = ["OPERATOR", "DEPARTMENT", "ADMIN", "LEADER"];
const DEPARTMENT_ROLES: readonly string[] = ["OPERATOR", "DEPARTMENT", "ADMIN"];

export function App() {
  const route = useRoute();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeQuery });
  const [, logout] = useMutation(LogoutMutation);
  const me = data?.me ?? null;
  const canEditRegistry = me?.role === "OPERATOR" || me?.role === "ADMIN";
  const onLogout = async () => {
    await logout({});
    refetch({ requestPolicy: "network-only" });
    window.location.hash = "#/ratings";
  };
  const page = () => {
    if (route.page === "login") return <LoginPage onDone={() => refetch({ requestPolicy: "network-only" })} />;
    if (route.page === "organizations") return <OrganizationsPage canEdit={canEditRegistry} />;
    if (route.page === "organization") return <OrganizationPage organizationId={route.organizationId} canEdit={canEditRegistry} />;
    if (route.page === "leader") return <LeaderPage leaderId={route.leaderId} />;
    if (route.page === "registry-import") return <RegistryImportPage />;
    if (route.page === "directions") return <DirectionsPage />;
    if (route.page === "intake") return <IntakePage />;
    if (route.page === "entry") return <DataEntryPage cycleId={route.cycleId} organizationId={route.organizationId} />;
    if (route.page === "methodology") return <MethodologyEditorPage cycleId={route.cycleId} />;
    if (route.page === "my") return <MyOrganizationPage organizationId={me?.organization?.id ?? null} />;
    if (route.page === "review") return <ReviewPage cycleId={route.cycleId} role={me?.role ?? null} />;
    if (route.page === "recommendations") return <RecommendationsPage cycleId={route.cycleId} role={me?.role ?? null} />;
    if (route.page === "decisions") return <DecisionsPage role={me?.role ?? null} />;
    if (route.page === "analytics") return <AnalyticsPage cycleId={route.cycleId} role={me?.role ?? null} />;
    if (route.page === "scorecard") return <ScorecardPage cycleId={route.cycleId} organizationId={route.organizationId} />;
    if (route.page === "direction") {
      const Page = directionsWeb.find((d) => d.id === route.id)?.page?.component;
      if (Page) return <Page cycleId={route.cycleId} organizationId={route.organizationId} role={me?.role ?? null} />;
    }
    return <RatingsPage cycleId={route.cycleId} />;
  };
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: "sm" }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3}>«Ориентир»</Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              мониторинг эффективности руководителей ОО · {data?.about.municipality}
            </Text>
          </Group>
          {me ? (
            <Group gap="sm">
              <Text size="sm">
                {me.fullName} · {ROLE_LABELS[me.role]}
              </Text>
              <Button variant="light" size="xs" onClick={onLogout}>
                Выйти
              </Button>
            </Group>
          ) : (
            <Button component="a" href={href({ page: "login" })} size="xs">
              Войти
            </Button>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {me?.role === "LEADER" && <NavLink href={href({ page: "my" })} label="Моя организация" active={route.page === "my"} />}
        <NavLink href={href({ page: "ratings" })} label="Рейтинг" active={route.page === "ratings" || route.page === "scorecard"} />
        <NavLink
          href={href({ page: "organizations" })}
          label="Организации"
          active={route.page === "organizations" || route.page === "organization" || route.page === "leader"}
        />
        {canEditRegistry && (
          <NavLink href={href({ page: "registry-import" })} label="Импорт реестра" active={route.page === "registry-import"} />
        )}
        <NavLink href={href({ page: "directions" })} label="Методика" active={route.page === "directions"} />
        {me?.role === "OPERATOR" && (
          <>
            <NavLink href={href({ page: "intake" })} label="Сбор данных" active={route.page === "intake"} />
            <NavLink href={href({ page: "entry" })} label="Ввод данных" active={route.page === "entry"} />
            <NavLink href={href({ page: "methodology" })} label="Методика цикла" active={route.page === "methodology"} />
          </>
        )}
        {me && REVIEW_ROLES.includes(me.role) && (
          <NavLink href={href({ page: "review" })} label="Экспертиза" active={route.page === "review"} />
        )}
        {me && RECOMMENDATION_ROLES.includes(me.role) && (
          <NavLink href={href({ page: "recommendations" })} label="Рекомендации" active={route.page === "recommendations"} />
        )}
        {me && DEPARTMENT_ROLES.includes(me.role) && (
          <>
            <NavLink href={href({ page: "decisions" })} label="Решения" active={route.page === "decisions"} />
            <NavLink href={href({ page: "analytics" })} label="Аналитика" active={route.page === "analytics"} />
          </>
        )}
        {directionsWeb.map(
          (d) =>
            d.page &&
            me &&
            d.page.roles.includes(me.role) && (
              <NavLink
                key={d.id}
                href={href({ page: "direction", id: d.id })}
                label={d.page.title}
                active={route.page === "direction" && route.id === d.id}
              />
            ),
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        {error && <Alert color="red">Сервер недоступен: {error.message}</Alert>}
        {fetching && !data ? <Loader /> : <Suspense fallback={<Loader />}>{page()}</Suspense>}
      </AppShell.Main>
    </AppShell>
  );
}
