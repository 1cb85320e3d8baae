// «Регион»: the municipalities side by side — each one's latest cycle, its status, how complete the
// data is, the mean total and the level distribution (regional staff; a municipal account sees its own).
import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { useLocation } from "wouter";
import { useShell } from "../components/viewer.tsx";
import { formatDate, formatPercent, LEVEL_COLORS, LEVEL_LABELS, STATUS_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { href } from "../route.ts";

const RegionalOverviewQuery = graphql(`
  query RegionalOverview {
    regionalOverview {
      municipality { id name region }
      openOrganizations
      cycle { id year title status deadline }
      completenessPercent
      scoredOrganizations
      meanTotalPercent
      levels { high medium low }
    }
  }
`);

export function RegionPage() {
  const [{ data, error, fetching }] = useQuery({ query: RegionalOverviewQuery });
  const rows = data?.regionalOverview ?? [];
  const { chooseMunicipality } = useShell();
  const [, navigate] = useLocation();
  // A municipality's name opens its work: the choice in the header switches, the home page follows.
  const open = (id: string) => {
    chooseMunicipality(id);
    navigate(href({ page: "home" }).slice(1));
  };
  return (
    <Stack>
      <Title order={2}>Муниципалитеты региона</Title>
      <Text c="dimmed">
        Последний цикл каждого муниципалитета: статус, полнота данных, средний итог и распределение по уровням. Результаты неопубликованного
        цикла видны тем, кому они доступны до публикации.
      </Text>
      {error && <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !data && <Loader />}
      {data && rows.length === 0 && <Text>Муниципалитетов нет.</Text>}
      {rows.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Муниципалитет</Table.Th>
              <Table.Th>Организаций</Table.Th>
              <Table.Th>Цикл</Table.Th>
              <Table.Th>Статус</Table.Th>
              <Table.Th>Полнота данных</Table.Th>
              <Table.Th>С результатом</Table.Th>
              <Table.Th>Средний итог</Table.Th>
              <Table.Th>Уровни</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.municipality.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => open(r.municipality.id)} underline="always">
                    {r.municipality.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.openOrganizations}</Table.Td>
                <Table.Td>{r.cycle ? `${r.cycle.year} · срок ${formatDate(r.cycle.deadline)}` : "циклов нет"}</Table.Td>
                <Table.Td>{r.cycle ? STATUS_LABELS[r.cycle.status] : "—"}</Table.Td>
                <Table.Td>{formatPercent(r.completenessPercent)}</Table.Td>
                <Table.Td>{r.scoredOrganizations ?? "—"}</Table.Td>
                <Table.Td>{formatPercent(r.meanTotalPercent)}</Table.Td>
                <Table.Td>
                  {r.levels ? (
                    <Group gap={4}>
                      {(["HIGH", "MEDIUM", "LOW"] as const).map((level) => (
                        <Badge key={level} color={LEVEL_COLORS[level]} variant="light">
                          {LEVEL_LABELS[level]}: {r.levels?.[level.toLowerCase() as "high" | "medium" | "low"]}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    "—"
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
