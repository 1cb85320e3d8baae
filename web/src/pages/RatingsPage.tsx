import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { CycleSelector, useCurrentCycle, useCycles } from "../components/current-cycle.tsx";
import { EmptyState, ErrorState, LoadingState } from "../components/QueryState.tsx";
import { LevelBadge } from "../components/StatusBadge.tsx";
import { formatPercent, KIND_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { href } from "../route.ts";

const RatingsQuery = graphql(`
  query Ratings($cycleId: ID!, $kind: OrgKind) {
    ratings(cycleId: $cycleId, kind: $kind) {
      rank totalPercent level isNewLeader
      organization { id name kind }
      leader { fullName }
    }
    publication(cycleId: $cycleId) { showLeaderName }
  }
`);

type Kind = keyof typeof KIND_LABELS;

/** The rating of the current cycle; without an address, the newest cycle whose rating the viewer
 *  may see — for an anonymous visitor the newest published one. */
export function RatingsPage({ cycleId }: { cycleId?: string }) {
  const { fetching: isLoadingCycles } = useCycles();
  const selected = useCurrentCycle({ cycleId, purpose: "results" });
  const [kind, setKind] = useState<Kind>("SCHOOL");
  const [{ data, error, fetching }] = useQuery({ query: RatingsQuery, variables: { cycleId: selected?.id ?? "", kind }, pause: !selected });
  // Names not published and none returned: an anonymous visitor; signed-in readers get the names.
  const namesHidden = data?.publication?.showLeaderName === false && data.ratings.every((row) => row.leader === null);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Рейтинг руководителей</Title>
        {selected && <CycleSelector value={selected} purpose="results" toHref={(id) => href({ page: "ratings", cycleId: id })} />}
      </Group>
      {selected && (
        <Text c="dimmed" size="sm">
          {selected.title}
        </Text>
      )}
      {!selected && !isLoadingCycles && (
        <EmptyState>Результаты мониторинга ещё не опубликованы. Рейтинг появится здесь после публикации.</EmptyState>
      )}
      {selected && (
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
      )}
      <ErrorState error={error} />
      {fetching && !data && <LoadingState />}
      {!fetching && data && data.ratings.length === 0 && <EmptyState>Результатов пока нет.</EmptyState>}
      {data && namesHidden && <Text size="sm">ФИО руководителей в опубликованных результатах не указываются.</Text>}
      {data && data.ratings.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Место</Table.Th>
                <Table.Th>Организация</Table.Th>
                {!namesHidden && <Table.Th>Руководитель</Table.Th>}
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
                  {!namesHidden && (
                    <Table.Td>
                      {row.leader?.fullName ?? "—"}{" "}
                      {row.isNewLeader && (
                        <Badge size="xs" style={{ flexShrink: 0 }}>
                          новый руководитель
                        </Badge>
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>{formatPercent(row.totalPercent)}</Table.Td>
                  <Table.Td>
                    <LevelBadge level={row.level} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
