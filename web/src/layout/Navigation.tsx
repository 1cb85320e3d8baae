// The role-aware menu, built from the pages table and the plugins' pages: a page the viewer may
// not use is not listed.
import { NavLink, Stack, Text } from "@mantine/core";
import { Fragment } from "react";
import type { Viewer } from "../components/viewer.tsx";
import { directionsWeb } from "../directions.ts";
import { directionHref } from "../plugin-api.ts";
import { href, type Route } from "../route.ts";
import { isVisible, MENU_GROUPS, type MenuGroup, PAGES } from "../routes.tsx";

export interface MenuItem {
  key: string;
  label: string;
  href: string;
  group: MenuGroup | "directions";
  isActive: boolean;
}

export function menuItems(viewer: Viewer | null, current: { page: string; id?: string }): MenuItem[] {
  const pages = PAGES.filter((p) => p.menu && isVisible(p, viewer)).map((p) => ({
    key: p.name,
    label: p.menu?.label ?? p.name,
    href: href({ page: p.name } as Route),
    group: p.menu?.group ?? "results",
    isActive: current.page === p.name || (p.menu?.also ?? []).some((a) => a === current.page),
  }));
  const plugins = directionsWeb.flatMap((d) =>
    d.page && viewer && d.page.roles.includes(viewer.role)
      ? [
          {
            key: `d:${d.id}`,
            label: d.page.title,
            href: directionHref(d.id),
            group: "directions" as const,
            isActive: current.page === "direction" && current.id === d.id,
          },
        ]
      : [],
  );
  return [...pages, ...plugins];
}

const GROUP_TITLES: Record<MenuItem["group"], string> = { ...MENU_GROUPS, directions: "Направления" };
/** Work first for those who do it (operator, expert, head), then results; anonymous see results only. */
const GROUP_ORDER: readonly MenuItem["group"][] = ["work", "results", "registry", "directions", "admin"];

export function Navigation(props: { items: MenuItem[]; onNavigate: () => void }) {
  const present = new Set(props.items.map((i) => i.group));
  const groups = GROUP_ORDER.filter((g) => present.has(g));
  return (
    <Stack gap={2} component="nav" aria-label="Разделы">
      {groups.map((group) => (
        <Fragment key={group}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="sm" mb={2} px="sm">
            {GROUP_TITLES[group]}
          </Text>
          {props.items
            .filter((i) => i.group === group)
            .map((item) => (
              <NavLink
                key={item.key}
                href={item.href}
                label={item.label}
                active={item.isActive}
                aria-current={item.isActive ? "page" : undefined}
                onClick={props.onNavigate}
              />
            ))}
        </Fragment>
      ))}
    </Stack>
  );
}
