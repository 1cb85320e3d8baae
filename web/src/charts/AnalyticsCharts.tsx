// Charts of the analytics page, in their own lazily loaded chunk: a histogram of one direction
// and the dynamics of the direction means over the last cycles.
import "@mantine/charts/styles.css";
import { BarChart, LineChart } from "@mantine/charts";
import { Card, SimpleGrid, Text } from "@mantine/core";

const COLORS = ["indigo.6", "teal.6", "orange.6", "grape.6", "red.6", "cyan.6", "lime.7", "pink.6", "yellow.7"];

export interface AnalyticsChartsProps {
  histogram: { from: number; to: number; count: number }[];
  histogramTitle: string;
  years: number[];
  means: { directionCode: string; values: (number | null)[] }[];
}

export default function AnalyticsCharts({ histogram, histogramTitle, years, means }: AnalyticsChartsProps) {
  const lines = years.map((year, i) =>
    Object.fromEntries([["year", String(year)], ...means.map((m) => [m.directionCode, m.values[i] ?? null])]),
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Text fw={600}>{histogramTitle}: распределение организаций</Text>
        <BarChart
          h={260}
          data={histogram.map((b) => ({ bucket: `${b.from}–${b.to}`, count: b.count }))}
          dataKey="bucket"
          series={[{ name: "count", label: "организаций", color: "indigo.6" }]}
        />
      </Card>
      <Card withBorder>
        <Text fw={600}>Среднее по направлениям за последние циклы, %</Text>
        <LineChart
          h={260}
          data={lines}
          dataKey="year"
          withLegend
          yAxisProps={{ domain: [0, 100] }}
          series={means.map((m, i) => ({ name: m.directionCode, color: COLORS[i % COLORS.length] as string }))}
        />
      </Card>
    </SimpleGrid>
  );
}
