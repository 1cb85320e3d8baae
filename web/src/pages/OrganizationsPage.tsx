import { Button, Group, SegmentedControl, Stack, Table, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { KIND_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";

const OrganizationsQuery = graphql(`
  query Organizations($kind: OrgKind, $after: String) {
    organizations(kind: $kind, first: 20, after: $after) {
      edges { node { id name kind inn fisOkoLogin currentLeader { fullName } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Kind = keyof typeof KIND_LABELS;

export function OrganizationsPage() {
  const [kind, setKind] = useState<Kind>("SCHOOL");
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data }] = useQuery({ query: OrganizationsQuery, variables: { kind, after } });
  const page = data?.organizations;
  return (
    <Stack>
      <Title order={2}>Организации</Title>
      <SegmentedControl
        value={kind}
        onChange={(v) => {
          setKind(v as Kind);
          setCursors([null]);
        }}
        data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Организация</Table.Th>
            <Table.Th>Руководитель</Table.Th>
            <Table.Th>ИНН</Table.Th>
            <Table.Th>Логин ФИС ОКО</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page?.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>{node.name}</Table.Td>
              <Table.Td>{node.currentLeader?.fullName ?? "—"}</Table.Td>
              <Table.Td>{node.inn ?? "—"}</Table.Td>
              <Table.Td>{node.fisOkoLogin ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          Назад
        </Button>
        <Button
          variant="default"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}
        >
          Далее
        </Button>
      </Group>
    </Stack>
  );
}
