import { Alert, Anchor, Badge, Group, SegmentedControl, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { formatDate, formatPercent, KIND_LABELS, LEVEL_COLORS, LEVEL_LABELS, STATUS_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { href } from "../route.ts";

const CyclesQuery = graphql(`query Cycles { cycles { id year title status deadline } }`);
const RatingsQuery = graphql(`
  query Ratings($cycleId: ID!, $kind: OrgKind) {
    ratings(cycleId: $cycleId, kind: $kind) {
      rank totalPercent level isNewLeader
      organization { id name kind }
      leader { fullName }
    }
  }
`);

type Kind = keyof typeof KIND_LABELS;

export function RatingsPage({ cycleId }: { cycleId?: string }) {
  const [{ data: cycles }] = useQuery({ query: CyclesQuery });
  const [kind, setKind] = useState<Kind>("SCHOOL");
  const selected = cycles?.cycles.find((c) => c.id === cycleId) ?? cycles?.cycles[0];
  const [{ data, error, fetching }] = useQuery({ query: RatingsQuery, variables: { cycleId: selected?.id ?? "", kind }, pause: !selected });
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Рейтинг руководителей</Title>
        <Select
          label="Цикл мониторинга"
          w={360}
          data={(cycles?.cycles ?? []).map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
          value={selected?.id ?? null}
          onChange={(value) => {
            if (value) window.location.hash = href({ page: "ratings", cycleId: value });
          }}
        />
      </Group>
      {selected && (
        <Text c="dimmed" size="sm">
          {selected.title} · срок {formatDate(selected.deadline)}
        </Text>
      )}
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      {error && <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {!fetching && data && data.ratings.length === 0 && <Text>Результатов пока нет.</Text>}
      {data && data.ratings.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Место</Table.Th>
              <Table.Th>Организация</Table.Th>
              <Table.Th>Руководитель</Table.Th>
              <Table.Th>Итог</Table.Th>
              <Table.Th>Уровень</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.ratings.map((row) => (
              <Table.Tr key={row.organization.id}>
                <Table.Td>{row.rank}</Table.Td>
                <Table.Td>
                  <Anchor href={href({ page: "scorecard", cycleId: selected?.id ?? "", organizationId: row.organization.id })}>
                    {row.organization.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {row.leader?.fullName ?? "—"} {row.isNewLeader && <Badge size="xs">новый руководитель</Badge>}
                </Table.Td>
                <Table.Td>{formatPercent(row.totalPercent)}</Table.Td>
                <Table.Td>
                  <Badge color={LEVEL_COLORS[row.level]}>{LEVEL_LABELS[row.level]}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
