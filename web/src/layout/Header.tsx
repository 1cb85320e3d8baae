// The header: the product, the municipality, the viewer and sign-in/out. It never wraps: the
// subtitle and the name give way on narrow screens.
import { Anchor, Burger, Button, Group, Text, Title } from "@mantine/core";
import { NotificationBell } from "../components/NotificationBell.tsx";
import type { Viewer } from "../components/viewer.tsx";
import { ROLE_LABELS } from "../format.ts";
import { href } from "../route.ts";
import { MunicipalityPicker } from "./MunicipalityPicker.tsx";

export function Header(props: {
  viewer: Viewer | null;
  municipality: string | undefined;
  isMenuOpen: boolean;
  onToggleMenu: () => void;
  onLogout: () => void;
}) {
  const { viewer } = props;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={props.isMenuOpen}
          onClick={props.onToggleMenu}
          hiddenFrom="sm"
          size="sm"
          aria-label={props.isMenuOpen ? "Закрыть меню" : "Открыть меню"}
        />
        <Title order={3} style={{ whiteSpace: "nowrap" }}>
          <a href={href({ page: "home" })} style={{ color: "inherit", textDecoration: "none" }}>
            «Ориентир»
          </a>
        </Title>
        <Text c="dimmed" size="sm" visibleFrom="lg" truncate="end">
          мониторинг эффективности руководителей ОО{props.municipality ? ` · ${props.municipality}` : ""}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <MunicipalityPicker />
        {viewer ? (
          <SignedIn viewer={viewer} onLogout={props.onLogout} />
        ) : (
          <Button component="a" href={href({ page: "login" })} size="xs">
            Войти
          </Button>
        )}
      </Group>
    </Group>
  );
}

function SignedIn({ viewer, onLogout }: { viewer: Viewer; onLogout: () => void }) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <NotificationBell />
      <Anchor
        href={href({ page: "account" })}
        size="sm"
        c="dark"
        truncate="end"
        maw={320}
        visibleFrom="sm"
        title={viewer.can.changePassword ? "Учётная запись и смена пароля" : undefined}
      >
        {viewer.fullName} · {ROLE_LABELS[viewer.role]}
      </Anchor>
      <Button variant="light" size="xs" onClick={onLogout} style={{ flexShrink: 0 }}>
        Выйти
      </Button>
    </Group>
  );
}
