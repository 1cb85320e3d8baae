// The notification centre: the user's notices, newest first, with links to the pages they tell of;
// a link to the personal mail settings (account page); for whom the API allows it, the mail status and dead letters.
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { formatDateTime } from "../../format.ts";
import { href } from "../../route.ts";
import { announceChange, MarkAllRead, MarkRead, NotificationsQuery, SettingsQuery } from "./api.ts";
import { MailStatusCard } from "./MailStatusCard.tsx";

const PAGE = 20;

export function NotificationsPage() {
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NotificationsQuery,
    variables: { first },
    requestPolicy: "cache-and-network",
  });
  const [settings] = useQuery({ query: SettingsQuery });
  const [, markRead] = useMutation(MarkRead);
  const [, markAll] = useMutation(MarkAllRead);
  const reload = () => {
    refetch({ requestPolicy: "network-only" });
    announceChange();
  };
  const open = async (id: string, isRead: boolean) => {
    if (!isRead) await markRead({ ids: [id] });
    announceChange();
  };
  const notices = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>Уведомления</Title>
        {(data?.unreadNotificationCount ?? 0) > 0 && (
          <Button
            variant="light"
            onClick={async () => {
              await markAll({});
              reload();
            }}
          >
            Отметить все прочитанными
          </Button>
        )}
      </Group>
      {error && <Alert color="red">{error.graphQLErrors[0]?.message ?? "Не удалось загрузить уведомления."}</Alert>}
      {fetching && !data && <Loader />}
      {data && notices.length === 0 && <Alert>Уведомлений пока нет.</Alert>}
      {notices.map((n) => (
        <Card key={n.id} withBorder data-notification={n.kind} bg={n.isRead ? undefined : "blue.0"}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="xs">
                {!n.isRead && <Badge size="sm">новое</Badge>}
                <Anchor href={n.link} fw={600} onClick={() => open(n.id, n.isRead)}>
                  {n.title}
                </Anchor>
              </Group>
              <Text size="sm">{n.body}</Text>
            </Stack>
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {formatDateTime(n.createdAt)}
            </Text>
          </Group>
          {!n.isRead && (
            <Group justify="flex-end">
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={async () => {
                  await markRead({ ids: [n.id] });
                  reload();
                }}
              >
                Прочитано
              </Button>
            </Group>
          )}
        </Card>
      ))}
      {data?.notifications.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => setFirst(first + PAGE)}>
          Показать ещё
        </Button>
      )}
      <Text size="sm" c="dimmed">
        Адрес почты и выключатель писем — на странице{" "}
        <Anchor href={href({ page: "account" })} underline="always">
          учётной записи
        </Anchor>
        .
      </Text>
      {settings.data?.notificationSettings.canManageMail && <MailStatusCard />}
    </Stack>
  );
}
