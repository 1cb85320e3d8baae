// «было → стало» of one value, loaded when the popover opens.
import { ActionIcon, Popover, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { ValueHistoryQuery } from "./api.ts";
import { displayValue, type ElementMeta } from "./element-value.ts";
import { formatDateTime } from "./time.ts";

function HistoryTable(props: { cycleId: string; organizationId: string; element: ElementMeta }) {
  const [{ data, fetching, error }] = useQuery({
    query: ValueHistoryQuery,
    variables: { cycleId: props.cycleId, organizationId: props.organizationId, element: props.element.code },
    requestPolicy: "network-only",
  });
  if (error) return <Text c="red">{error.graphQLErrors[0]?.message ?? "История недоступна"}</Text>;
  if (fetching || !data) return <Text size="sm">Загрузка…</Text>;
  if (data.valueHistory.length === 0) return <Text size="sm">Значение ещё не менялось.</Text>;
  return (
    <Table fz="xs" data-history={props.element.code}>
      <Table.Tbody>
        {data.valueHistory.map((h) => (
          <Table.Tr key={`${h.at}-${h.action}`}>
            <Table.Td>{formatDateTime(h.at)}</Table.Td>
            <Table.Td>
              {displayValue(props.element, h.before)} → {displayValue(props.element, h.after)}
            </Table.Td>
            <Table.Td>{h.actor ?? "—"}</Table.Td>
            <Table.Td>{h.comment ?? ""}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ValueHistory(props: { cycleId: string; organizationId: string; element: ElementMeta }) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={520} position="bottom-end" withArrow>
      <Popover.Target>
        <ActionIcon variant="subtle" aria-label={`История: ${props.element.title}`} onClick={() => setOpened((o) => !o)}>
          ↺
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            История: было → стало
          </Text>
          {opened && <HistoryTable {...props} />}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
