// The bell in the header: the unread count of the signed-in user, refreshed every minute and when
// the notifications page marks notices read; a click opens the notifications page.
import { ActionIcon, Indicator, Tooltip } from "@mantine/core";
import { useEffect } from "react";
import { useQuery } from "urql";
import { NOTIFICATIONS_CHANGED, UnreadCountQuery } from "../pages/notifications/api.ts";
import { href } from "../route.ts";

const REFRESH_MS = 60_000;

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

export function NotificationBell() {
  const [{ data }, refetch] = useQuery({ query: UnreadCountQuery, requestPolicy: "cache-and-network" });
  useEffect(() => {
    const refresh = () => refetch({ requestPolicy: "network-only" });
    const timer = setInterval(refresh, REFRESH_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  const label = count ? `Уведомления: непрочитанных ${count}` : "Уведомления";
  return (
    <Tooltip label={label}>
      <Indicator label={count > 99 ? "99+" : count} size={18} disabled={count === 0} color="red" offset={4}>
        <ActionIcon
          component="a"
          href={href({ page: "notifications" })}
          variant="subtle"
          size="lg"
          aria-label={label}
          data-testid="notification-bell"
        >
          <BellIcon />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
