import { Alert, Badge, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useQuery } from "urql";
import { formatNumber, formatPercent, LEVEL_COLORS, LEVEL_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { DownloadButton } from "./reports/DownloadButton.tsx";
import { WhatIfBox } from "./scorecard/WhatIfBox.tsx";

// Charts come in their own chunk: the card's text shows before the chart library has loaded.
const ScorecardCharts = lazy(() => import("../charts/ScorecardCharts.tsx"));

const ScorecardQuery = graphql(`
  query Scorecard($cycleId: ID!, $organizationId: ID!) {
    scorecard(cycleId: $cycleId, organizationId: $organizationId) {
      totalPercent level rank isNewLeader missingCount
      cycle { year title cardLinks(organizationId: $organizationId) { format url } }
      organization { name fullName }
      leader { fullName }
      directions { code title points maxPoints percent missingCount }
      indicators { code title directionCode value points maxPoints status explanation usedInRating }
      recommendations { id indicatorCode directionCode text status isRepeated }
      groupMeans { code mean }
      history { year totalPercent }
    }
    publication(cycleId: $cycleId) { showLeaderName showDirections }
  }
`);

const STATUS_COLORS = { SCORED: "gray", MISSING: "red", NOT_APPLICABLE: "blue" } as const;
const STATUS_TEXT = { SCORED: "оценён", MISSING: "нет данных", NOT_APPLICABLE: "не применимо" } as const;

export function ScorecardPage({ cycleId, organizationId }: { cycleId: string; organizationId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ScorecardQuery, variables: { cycleId, organizationId } });
  if (fetching) return <Loader />;
  if (error) return <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  const card = data?.scorecard;
  if (!card) return <Text>Результаты ещё не рассчитаны.</Text>;
  // What an anonymous visitor gets is the publication: hidden parts are said to be unpublished.
  const isNameHidden = !card.leader && data?.publication?.showLeaderName === false;
  const areDirectionsHidden = card.directions.length === 0 && data?.publication?.showDirections === false;
  return (
    <Stack>
      <div>
        <Title order={2}>{card.organization.name}</Title>
        <Text c="dimmed">
          {card.cycle.title} · руководитель: {card.leader?.fullName ?? (isNameHidden ? "ФИО не публикуется" : "—")}{" "}
          {card.isNewLeader && "(новый руководитель)"}
        </Text>
      </div>
      <Group>
        <Text size="xl" fw={700}>
          {formatPercent(card.totalPercent)}
        </Text>
        {card.level && <Badge color={LEVEL_COLORS[card.level]}>{LEVEL_LABELS[card.level]} уровень</Badge>}
        {card.rank && <Text>место в группе: {card.rank}</Text>}
        {card.missingCount > 0 && <Badge color="red">не хватает данных: {card.missingCount}</Badge>}
      </Group>
      {card.cycle.cardLinks.length > 0 && (
        <Group gap="xs">
          <Text size="sm">Карта руководителя:</Text>
          {card.cycle.cardLinks.map((l) => (
            <DownloadButton key={l.url} url={l.url} label={l.format.toUpperCase()} />
          ))}
        </Group>
      )}
      {areDirectionsHidden && <Text size="sm">Результаты по направлениям и показателям не опубликованы.</Text>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {card.directions.map((d) => (
          <Card key={d.code} withBorder padding="sm">
            <Text size="sm" fw={600}>
              {d.code}. {d.title}
            </Text>
            <Progress
              value={d.percent ?? 0}
              color={(d.percent ?? 0) < 50 ? "red" : "indigo"}
              mt="xs"
              aria-label={`${d.code}: процент от максимума`}
            />
            <Text size="xs" c="dimmed">
              {formatPercent(d.percent)} · {formatNumber(d.points)} из {formatNumber(d.maxPoints)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {!areDirectionsHidden && (
        <Suspense fallback={<Loader size="sm" />}>
          <ScorecardCharts directions={card.directions} means={card.groupMeans} history={card.history} />
        </Suspense>
      )}
      <WhatIfBox cycleId={cycleId} organizationId={organizationId} />
      {card.recommendations.length > 0 && (
        <Card withBorder>
          <Title order={4}>Адресные рекомендации</Title>
          <Stack gap="xs" mt="xs">
            {card.recommendations.map((r) => (
              <Text key={r.id} size="sm">
                <b>{r.indicatorCode ?? r.directionCode}</b> — {r.text}{" "}
                {r.isRepeated && (
                  <Badge size="xs" color="red" variant="light">
                    повторный дефицит
                  </Badge>
                )}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {!areDirectionsHidden && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Показатель</Table.Th>
              <Table.Th>Значение</Table.Th>
              <Table.Th>Баллы</Table.Th>
              <Table.Th>Пояснение</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {card.indicators.map((i) => (
              <Table.Tr key={i.code}>
                <Table.Td>
                  <b>{i.code}</b> {i.title}{" "}
                  {!i.usedInRating && (
                    <Badge size="xs" variant="outline">
                      не в рейтинге
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{i.value ?? "—"}</Table.Td>
                <Table.Td>
                  {i.points === null ? (
                    <Badge color={STATUS_COLORS[i.status as keyof typeof STATUS_COLORS]}>
                      {STATUS_TEXT[i.status as keyof typeof STATUS_TEXT]}
                    </Badge>
                  ) : (
                    `${formatNumber(i.points)} / ${formatNumber(i.maxPoints)}`
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{i.explanation}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
