// The head's card charts, loaded only with the card (see docs/dependencies.md: Mantine charts on
// recharts, lazily): the nine directions against the group mean, and the total over the years.
import "@mantine/charts/styles.css";
import { LineChart, RadarChart } from "@mantine/charts";
import { Card, SimpleGrid, Text } from "@mantine/core";

export interface ScorecardChartsProps {
  directions: { code: string; percent: number | null }[];
  means: { code: string; mean: number | null }[];
  history: { year: number; totalPercent: number | null }[];
}

export default function ScorecardCharts({ directions, means, history }: ScorecardChartsProps) {
  const radar = directions.map((d) => ({
    direction: d.code,
    organization: d.percent ?? 0,
    mean: means.find((m) => m.code === d.code)?.mean ?? 0,
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Text fw={600}>Направления: организация и среднее по группе, %</Text>
        <RadarChart
          h={300}
          data={radar}
          dataKey="direction"
          withLegend
          series={[
            { name: "organization", label: "организация", color: "indigo.6", opacity: 0.3 },
            { name: "mean", label: "среднее по виду", color: "orange.6", opacity: 0.15 },
          ]}
        />
      </Card>
      <Card withBorder>
        <Text fw={600}>Итог по годам, %</Text>
        <LineChart
          h={300}
          data={history.map((h) => ({ year: String(h.year), total: h.totalPercent }))}
          dataKey="year"
          yAxisProps={{ domain: [0, 100] }}
          series={[{ name: "total", label: "итог", color: "indigo.6" }]}
        />
      </Card>
    </SimpleGrid>
  );
}
