// The operator's cycles: create one, move it through its stages (each step with what it checks),
// score it and check that the scores reproduce. What the viewer may do comes from `viewerCan`.
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { useLocation } from "wouter";
import { useCycles } from "../../components/current-cycle.tsx";
import { EmptyState, QueryState } from "../../components/QueryState.tsx";
import { CycleStatusBadge } from "../../components/StatusBadge.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { href } from "../../route.ts";
import type { PageProps } from "../../routes.tsx";
import { CycleDetailQuery } from "./api.ts";
import { CreateCycleForm } from "./CreateCycleForm.tsx";
import { ScoringPanel } from "./ScoringPanel.tsx";
import { TransitionPanel } from "./TransitionPanel.tsx";

export function CyclesPage({ params, viewer }: PageProps) {
  const { cycles } = useCycles();
  const [, navigate] = useLocation();
  const selectedId = params.cycleId ?? cycles[0]?.id;
  return (
    <Stack>
      <Title order={2}>Циклы мониторинга</Title>
      {viewer?.can.createCycle && <CreateCycleForm onCreated={(id) => navigate(href({ page: "cycles", cycleId: id }).slice(1))} />}
      <Card withBorder p={0}>
        {cycles.length === 0 ? (
          <EmptyState>Циклов пока нет.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Год</Table.Th>
                  <Table.Th>Цикл</Table.Th>
                  <Table.Th>Этап</Table.Th>
                  <Table.Th>Срок</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cycles.map((c) => (
                  <Table.Tr key={c.id} bg={c.id === selectedId ? "var(--mantine-color-indigo-0)" : undefined}>
                    <Table.Td>{c.year}</Table.Td>
                    <Table.Td>
                      <Anchor href={href({ page: "cycles", cycleId: c.id })} aria-current={c.id === selectedId ? "true" : undefined}>
                        {c.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <CycleStatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>{formatDate(c.deadline)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {selectedId && <CycleDetail cycleId={selectedId} />}
    </Stack>
  );
}

function CycleDetail({ cycleId }: { cycleId: string }) {
  const [result] = useQuery({ query: CycleDetailQuery, variables: { id: cycleId } });
  return (
    <QueryState result={result}>
      {(data) => {
        const cycle = data.cycle;
        if (!cycle) return <EmptyState>Цикл не найден.</EmptyState>;
        return (
          <Stack>
            <Group gap="sm">
              <Title order={3}>{cycle.title}</Title>
              <CycleStatusBadge status={cycle.status} />
            </Group>
            <Text size="sm" c="dimmed">
              Отчётный период {formatDate(cycle.periodStart)} — {formatDate(cycle.periodEnd)} · срок {formatDate(cycle.deadline)} · версия
              методики {cycle.methodologyVersion}
              {cycle.publishedAt ? ` · опубликован ${formatDateTime(cycle.publishedAt)}` : ""}
            </Text>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <TransitionPanel cycleId={cycle.id} transitions={cycle.viewerCan.transitions} />
              <ScoringPanel cycleId={cycle.id} canScore={cycle.viewerCan.score} canCheck={cycle.viewerCan.checkReproducibility} />
            </SimpleGrid>
          </Stack>
        );
      }}
    </QueryState>
  );
}
