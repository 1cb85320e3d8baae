// The public page (no sign-in): the published cycles and, for the chosen one, exactly the fields the
// operator published, with charts, the open data and (if published) the analytical report.
import { Alert, Anchor, Card, Group, Loader, Select, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useQuery } from "urql";
import { formatDate, KIND_LABELS } from "../../format.ts";
import { graphql } from "../../graphql.ts";
import { DownloadButton } from "../reports/DownloadButton.tsx";
import { type PublicationView, PublicResultsTable } from "../reports/PublicResultsTable.tsx";

const PublicCharts = lazy(() => import("../../charts/PublicCharts.tsx"));

const PublicationsQuery = graphql(`
  query Publications {
    publications {
      cycle { id year title }
      showLevel showTotal showDirections showLeaderName showAnalyticalReport publishedAt isPreview
      analyticalReportUrl openDataCsvUrl openDataJsonUrl
      rows { organizationId organizationName kind rank totalPercent level leaderName directions { code percent } }
    }
  }
`);

export function chartData(p: PublicationView) {
  const kinds = [...new Set(p.rows.map((r) => r.kind))];
  const levels = p.showLevel
    ? kinds.map((k) => {
        const of = p.rows.filter((r) => r.kind === k);
        return {
          kind: KIND_LABELS[k],
          high: of.filter((r) => r.level === "HIGH").length,
          medium: of.filter((r) => r.level === "MEDIUM").length,
          low: of.filter((r) => r.level === "LOW").length,
        };
      })
    : null;
  const codes = [...new Set(p.rows.flatMap((r) => r.directions?.map((d) => d.code) ?? []))];
  const directionMeans = p.showDirections
    ? codes.map((code) => {
        const values = p.rows
          .map((r) => r.directions?.find((d) => d.code === code)?.percent)
          .filter((v): v is number => typeof v === "number");
        return { code, mean: values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0 };
      })
    : null;
  return { levels, directionMeans };
}

export function PublicPage({ cycleId }: { cycleId?: string }) {
  const [{ data, fetching, error }] = useQuery({ query: PublicationsQuery });
  const [picked, setPicked] = useState<string | null>(cycleId ?? null);
  if (fetching) return <Loader />;
  if (error) return <Alert color="red">{error.message}</Alert>;
  const list = data?.publications ?? [];
  if (!list.length)
    return (
      <Stack>
        <Title order={2}>Открытые результаты мониторинга</Title>
        <Alert>Опубликованных результатов пока нет.</Alert>
      </Stack>
    );
  const current = list.find((p) => p.cycle.id === picked) ?? list[0];
  if (!current) return null;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Открытые результаты мониторинга</Title>
        <Select
          label="Цикл"
          data={list.map((p) => ({ value: p.cycle.id, label: p.cycle.title }))}
          value={current.cycle.id}
          onChange={setPicked}
          allowDeselect={false}
        />
      </Group>
      <Text c="dimmed" size="sm">
        {current.cycle.title} · опубликовано {formatDate(current.publishedAt)} · организаций: {current.rows.length}
      </Text>
      <Suspense fallback={<Loader />}>
        <PublicCharts {...chartData(current)} />
      </Suspense>
      <Card withBorder>
        <PublicResultsTable publication={current} />
      </Card>
      <Group>
        <Text size="sm">Открытые данные:</Text>
        <Anchor href={current.openDataCsvUrl} size="sm">
          CSV
        </Anchor>
        <Anchor href={current.openDataJsonUrl} size="sm">
          JSON
        </Anchor>
        {current.analyticalReportUrl && <DownloadButton url={current.analyticalReportUrl} label="Аналитическая справка (PDF)" isLong />}
      </Group>
    </Stack>
  );
}
