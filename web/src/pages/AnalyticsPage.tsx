// «Аналитика»: distributions per direction, the organization × direction heatmap, dynamics,
// problem lists and how firm each rank is.
import { Alert, Badge, Card, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useQuery } from "urql";
import { formatNumber, formatPercent, KIND_LABELS, STATUS_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { href } from "../route.ts";

const AnalyticsCharts = lazy(() => import("../charts/AnalyticsCharts.tsx"));

const CyclesQuery = graphql(`query AnalyticsCycles { cycles { id year status } }`);
const AnalyticsQuery = graphql(`
  query Analytics($cycleId: ID!, $kind: OrgKind) {
    analytics(cycleId: $cycleId, kind: $kind) {
      organizationCount directionCodes
      directions { code count mean median q1 q3 min max deficitShare histogram { from to count } }
      matrix { organization { id name } totalPercent level rank percents }
      dynamics { cycles { year } directionMeans { directionCode values } }
      problems {
        lowLevel { organization { id name } value }
        repeatedDeficits { organization { id name } value }
        fallingTwoCycles { organization { id name } value }
      }
      rankStability { draws spread intervals { organization { id name } rank low median high } }
    }
  }
`);

/** Red below 50 %, yellow to 75 %, green above: the levels of the methodology. */
const cellColor = (p: number | null | undefined) =>
  p === null || p === undefined
    ? "transparent"
    : p < 50
      ? `rgba(250, 82, 82, ${0.25 + (50 - p) / 100})`
      : p < 75
        ? "rgba(250, 176, 5, 0.35)"
        : "rgba(64, 192, 87, 0.4)";

export function AnalyticsPage({ cycleId, role }: { cycleId?: string; role: string | null }) {
  const [{ data: cycles }] = useQuery({ query: CyclesQuery });
  const [kind, setKind] = useState<keyof typeof KIND_LABELS>("SCHOOL");
  const [direction, setDirection] = useState<string | null>(null);
  const list = cycles?.cycles ?? [];
  const cycle = list.find((c) => c.id === cycleId) ?? list[0];
  const [{ data, error, fetching }] = useQuery({
    query: AnalyticsQuery,
    variables: { cycleId: cycle?.id ?? "", kind },
    pause: !cycle || !role,
  });
  if (!role) return <Alert>Войдите в систему: аналитика доступна оператору и управлению образования.</Alert>;
  const a = data?.analytics;
  const shown = a?.directions.find((d) => d.code === direction) ?? a?.directions[0];
  const ranks = a?.rankStability.intervals ?? [];
  const maxRank = Math.max(1, ...ranks.map((r) => r.high));
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Аналитика</Title>
        <Group>
          <Select
            label="Вид организаций"
            w={260}
            data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={(v) => v && setKind(v as keyof typeof KIND_LABELS)}
          />
          <Select
            label="Цикл"
            w={200}
            data={list.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
            value={cycle?.id ?? null}
            onChange={(v) => {
              if (v) window.location.hash = href({ page: "analytics", cycleId: v });
            }}
          />
        </Group>
      </Group>
      {error && <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {fetching && !a && <Loader />}
      {a && (
        <>
          <Text c="dimmed">Организаций: {a.organizationCount}</Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Направление</Table.Th>
                <Table.Th>Среднее</Table.Th>
                <Table.Th>Медиана</Table.Th>
                <Table.Th>Квартили</Table.Th>
                <Table.Th>Мин – макс</Table.Th>
                <Table.Th>С дефицитом</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.directions.map((d) => (
                <Table.Tr key={d.code} onClick={() => setDirection(d.code)} style={{ cursor: "pointer" }}>
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>{formatPercent(d.mean)}</Table.Td>
                  <Table.Td>{formatPercent(d.median)}</Table.Td>
                  <Table.Td>
                    {formatNumber(d.q1)} – {formatNumber(d.q3)}
                  </Table.Td>
                  <Table.Td>
                    {formatNumber(d.min)} – {formatNumber(d.max)}
                  </Table.Td>
                  <Table.Td>{formatPercent(d.deficitShare)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {shown && (
            <Suspense fallback={<Loader size="sm" />}>
              <AnalyticsCharts
                histogram={shown.histogram}
                histogramTitle={`Направление ${shown.code}`}
                years={a.dynamics.cycles.map((c) => c.year)}
                means={a.dynamics.directionMeans}
              />
            </Suspense>
          )}
          <Card withBorder>
            <Title order={4}>Организации × направления, %</Title>
            <Table withTableBorder fz="xs" mt="xs" data-testid="heatmap">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Организация</Table.Th>
                  {a.directionCodes.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                  <Table.Th>Итог</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.matrix.map((m) => (
                  <Table.Tr key={m.organization.id}>
                    <Table.Td>{m.organization.name}</Table.Td>
                    {m.percents.map((p, i) => (
                      <Table.Td key={a.directionCodes[i]} style={{ background: cellColor(p) }}>
                        {formatNumber(p)}
                      </Table.Td>
                    ))}
                    <Table.Td fw={700}>{formatNumber(m.totalPercent)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <ProblemList title="Низкий уровень" items={a.problems.lowLevel} unit="%" />
            <ProblemList title="Повторные дефициты" items={a.problems.repeatedDeficits} unit="" />
            <ProblemList title="Снижение два цикла подряд" items={a.problems.fallingTwoCycles} unit="%" />
          </SimpleGrid>
          <Card withBorder>
            <Title order={4}>Устойчивость мест</Title>
            <Text size="sm" c="dimmed">
              Веса направлений случайно меняются на ±{formatNumber(a.rankStability.spread * 100)} % ({a.rankStability.draws} расчётов);
              полоса — места от 5 до 95 % расчётов. Перекрывающиеся полосы — разница в рейтинге несущественна.
            </Text>
            <Stack gap={2} mt="xs">
              {ranks.map((r) => (
                <Group key={r.organization.id} gap="xs" wrap="nowrap">
                  <Text size="xs" w={40}>
                    {r.rank}
                  </Text>
                  <Text size="xs" w={240} truncate>
                    {r.organization.name}
                  </Text>
                  <div style={{ position: "relative", flex: 1, height: 10, background: "var(--mantine-color-gray-1)" }}>
                    <div
                      style={{
                        position: "absolute",
                        left: `${((r.low - 1) / maxRank) * 100}%`,
                        width: `${Math.max(1, ((r.high - r.low + 1) / maxRank) * 100)}%`,
                        top: 0,
                        bottom: 0,
                        background: "var(--mantine-color-indigo-4)",
                      }}
                    />
                  </div>
                  <Text size="xs" w={70}>
                    {r.low}–{r.high}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}

function ProblemList({
  title,
  items,
  unit,
}: {
  title: string;
  items: { organization: { id: string; name: string }; value: number | null }[];
  unit: string;
}) {
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text fw={600}>{title}</Text>
        <Badge color={items.length ? "red" : "gray"}>{items.length}</Badge>
      </Group>
      <Stack gap={2} mt="xs">
        {items.slice(0, 10).map((i) => (
          <Text size="xs" key={i.organization.id}>
            {i.organization.name} — {formatNumber(i.value)} {unit}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
