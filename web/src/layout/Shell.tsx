// The application frame: header, the role-aware menu (a closable drawer on phones), the page.
import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useMutation } from "urql";
import { useLocation } from "wouter";
import { ErrorState, LoadingState } from "../components/QueryState.tsx";
import { useShell } from "../components/viewer.tsx";
import { graphql } from "../graphql.ts";
import type { CurrentRoute } from "../route-match.ts";
import { Header } from "./Header.tsx";
import { useMunicipalityName } from "./MunicipalityPicker.tsx";
import { menuItems, Navigation } from "./Navigation.tsx";

const LogoutMutation = graphql(`mutation Logout { logout }`);

export function Shell(props: { route: CurrentRoute; children: ReactNode }) {
  const { data, fetching, error, refresh } = useShell();
  const [isMenuOpen, menu] = useDisclosure(false);
  const [, logout] = useMutation(LogoutMutation);
  const [, navigate] = useLocation();
  const viewer = data?.me ?? null;
  const onLogout = async () => {
    await logout({});
    refresh();
    navigate("/");
  };
  const municipality = useMunicipalityName();
  const items = menuItems(viewer, { page: props.route.page, id: props.route.params.id });
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !isMenuOpen } }} padding="md">
      <AppShell.Header>
        <Header viewer={viewer} municipality={municipality} isMenuOpen={isMenuOpen} onToggleMenu={menu.toggle} onLogout={onLogout} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" style={{ overflowY: "auto" }}>
        <Navigation items={items} onNavigate={menu.close} />
      </AppShell.Navbar>
      <AppShell.Main style={{ minWidth: 0 }}>
        {error && !data ? <ErrorState error={error} /> : fetching && !data ? <LoadingState /> : props.children}
      </AppShell.Main>
    </AppShell>
  );
}
