// The audit log: who did what and when, filtered by person, action and period, in words.
import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { EmptyState, QueryState } from "../../components/QueryState.tsx";
import { formatDateTime, TIME_ZONE } from "../../format.ts";
import { AuditQuery } from "./api.ts";
import { ACTION_LABELS, actionText, detailLines } from "./audit-text.ts";

/** Start of a Yekaterinburg calendar day as an instant (UTC+5, no daylight saving). */
const dayStart = (iso: string) => `${iso}T00:00:00+05:00`;
const dayEnd = (iso: string) => `${iso}T23:59:59.999+05:00`;

export function AuditPage() {
  const [actor, setActor] = useState("");
  const [debouncedActor] = useDebouncedValue(actor.trim(), 300);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const filters = {
    actorLogin: debouncedActor || null,
    action,
    from: from ? dayStart(from) : null,
    to: to ? dayEnd(to) : null,
  };
  /** A new filter starts from the first page again. */
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPages([null]);
    };
  return (
    <Stack>
      <Title order={2}>Журнал аудита</Title>
      <Card withBorder>
        <Group align="end" wrap="wrap">
          <TextInput label="Пользователь (логин)" value={actor} onChange={(e) => reset(setActor)(e.currentTarget.value)} />
          <Select
            label="Действие"
            clearable
            searchable
            w={300}
            data={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))}
            value={action}
            onChange={reset(setAction)}
          />
          <DateField label="С" clearable value={from} onChange={reset(setFrom)} />
          <DateField label="По" clearable value={to} onChange={reset(setTo)} />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          Время указано по часовому поясу {TIME_ZONE}.
        </Text>
      </Card>
      {pages.map((after, index) => (
        <AuditPageChunk
          key={after ?? "first"}
          variables={{ ...filters, after }}
          isLast={index === pages.length - 1}
          onMore={(cursor) => setPages((p) => [...p, cursor])}
        />
      ))}
    </Stack>
  );
}

function AuditPageChunk(props: {
  variables: { actorLogin: string | null; action: string | null; from: string | null; to: string | null; after: string | null };
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const [result] = useQuery({ query: AuditQuery, variables: props.variables });
  return (
    <QueryState result={result}>
      {(data) => {
        const events = data.auditEvents.edges.map((e) => e.node);
        if (!events.length && props.variables.after === null) return <EmptyState>Событий не найдено.</EmptyState>;
        const { hasNextPage, endCursor } = data.auditEvents.pageInfo;
        return (
          <Stack>
            <Card withBorder p={0}>
              {/* Native scrolling with keyboard focus: the table scrolls sideways on a tablet (axe: scrollable-region-focusable). */}
              <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
                <Table striped verticalSpacing="xs">
                  {props.variables.after === null && (
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={150}>Когда</Table.Th>
                        <Table.Th w={140}>Кто</Table.Th>
                        <Table.Th>Действие</Table.Th>
                        <Table.Th>Подробности</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                  )}
                  <Table.Tbody>
                    {events.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
                        <Table.Td>{e.actor ?? "система"}</Table.Td>
                        <Table.Td>{actionText(e.action)}</Table.Td>
                        <Table.Td>
                          {detailLines(e.details).map((line) => (
                            <Text size="sm" key={line}>
                              {line}
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            {props.isLast && hasNextPage && endCursor && (
              <Group>
                <Button variant="default" onClick={() => props.onMore(endCursor)}>
                  Показать ещё
                </Button>
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
