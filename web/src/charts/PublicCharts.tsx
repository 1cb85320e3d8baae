// Charts of the public page, only from the published fields: heads by level in each kind of
// organization, and the mean percent of each direction.
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Card, SimpleGrid, Text } from "@mantine/core";

export interface PublicChartsProps {
  levels: { kind: string; high: number; medium: number; low: number }[] | null;
  directionMeans: { code: string; mean: number }[] | null;
}

export default function PublicCharts({ levels, directionMeans }: PublicChartsProps) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {levels && (
        <Card withBorder>
          <Text fw={600} mb="xs">
            Руководители по уровням эффективности
          </Text>
          <BarChart
            h={240}
            data={levels}
            dataKey="kind"
            type="stacked"
            series={[
              { name: "high", label: "высокий", color: "green.6" },
              { name: "medium", label: "средний", color: "yellow.6" },
              { name: "low", label: "низкий", color: "red.6" },
            ]}
            withLegend
            xAxisProps={{ interval: 0 }}
          />
        </Card>
      )}
      {directionMeans && (
        <Card withBorder>
          <Text fw={600} mb="xs">
            Средний процент по направлениям
          </Text>
          <BarChart
            h={240}
            data={directionMeans}
            dataKey="code"
            series={[{ name: "mean", label: "среднее, %", color: "blue.6" }]}
            yAxisProps={{ domain: [0, 100] }}
          />
        </Card>
      )}
    </SimpleGrid>
  );
}
