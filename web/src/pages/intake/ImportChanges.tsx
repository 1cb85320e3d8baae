// The dry run's «было → стало»: every value the file changes, by organization and element, in pages.
import { Group, Select, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useMemo, useState } from "react";
import { Paging } from "../../components/Paging.tsx";
import { displayValue, type ElementMeta } from "../../forms/element-value.ts";
import type { ImportOutcome } from "./api.ts";

const PAGE = 50;

export function ImportChanges(props: {
  changes: ImportOutcome["changes"];
  organizations: ReadonlyMap<string, string>;
  elements: ReadonlyMap<string, ElementMeta>;
}) {
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const involved = useMemo(() => [...new Set(props.changes.map((c) => c.organizationId))], [props.changes]);
  const shown = organizationId ? props.changes.filter((c) => c.organizationId === organizationId) : props.changes;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages);
  const show = (code: string, value: string | null) => {
    const element = props.elements.get(code);
    return element ? displayValue(element, value) : (value ?? "—");
  };
  if (props.changes.length === 0) return <Text size="sm">Файл не меняет ни одного значения: всё уже совпадает.</Text>;
  return (
    <Stack gap="xs" data-import-changes>
      <Group justify="space-between" align="end">
        <Text fw={500}>Что изменится: было → стало</Text>
        {involved.length > 1 && (
          <Select
            label="Организация"
            placeholder="все организации"
            clearable
            searchable
            w={340}
            data={involved.map((id) => ({ value: id, label: props.organizations.get(id) ?? `организация ${id}` }))}
            value={organizationId}
            onChange={(value) => {
              setOrganizationId(value);
              setPage(1);
            }}
          />
        )}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Организация</Table.Th>
              <Table.Th>Показатель</Table.Th>
              <Table.Th>Было</Table.Th>
              <Table.Th>Стало</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.slice((current - 1) * PAGE, current * PAGE).map((c) => (
              <Table.Tr key={`${c.organizationId}|${c.element}`}>
                <Table.Td>{props.organizations.get(c.organizationId) ?? c.organizationId}</Table.Td>
                <Table.Td>
                  <Tooltip label={c.element}>
                    <span>{props.elements.get(c.element)?.title ?? c.element}</span>
                  </Tooltip>
                </Table.Td>
                <Table.Td>{show(c.element, c.before)}</Table.Td>
                <Table.Td fw={500}>{show(c.element, c.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Paging total={pages} value={current} onChange={setPage} />}
    </Stack>
  );
}
