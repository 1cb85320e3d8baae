// «Отчёты»: the documents of the selected cycle the viewer may download (the API says which:
// Cycle.reports), and — for the operator — the publication with its preview.
import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { formatDate, STATUS_LABELS } from "../../format.ts";
import { graphql } from "../../graphql.ts";
import { DownloadButton } from "./DownloadButton.tsx";
import { PublishDialog } from "./PublishDialog.tsx";

const ReportsQuery = graphql(`
  query ReportsCycles {
    cycles { id year title status publishedAt viewerCanPublish reports { kind title format url isLong } }
  }
`);
const PublicationQuery = graphql(`
  query CyclePublication($cycleId: ID!) {
    publication(cycleId: $cycleId) { showLevel showTotal showDirections showLeaderName showAnalyticalReport publishedAt }
  }
`);

const CHOICE_LABELS = {
  showLevel: "уровень",
  showTotal: "итог и место",
  showDirections: "направления",
  showLeaderName: "ФИО руководителя",
  showAnalyticalReport: "аналитическая справка",
} as const;

export function ReportsPage({ cycleId }: { cycleId?: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportsQuery });
  const [picked, setPicked] = useState<string | null>(cycleId ?? null);
  const [isDialogOpen, setDialogOpen] = useState(false);
  const cycles = data?.cycles ?? [];
  const cycle = cycles.find((c) => c.id === picked) ?? cycles[0];
  const [publication, refetchPublication] = useQuery({ query: PublicationQuery, variables: { cycleId: cycle?.id ?? "0" }, pause: !cycle });
  if (fetching) return <Loader />;
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!cycle) return <Alert>Циклов мониторинга пока нет.</Alert>;
  const current = publication.data?.publication ?? null;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Отчёты</Title>
        <Select
          label="Цикл"
          data={cycles.map((c) => ({ value: c.id, label: c.title }))}
          value={cycle.id}
          onChange={setPicked}
          allowDeselect={false}
        />
      </Group>
      <Group gap="xs">
        <Badge variant="light">{STATUS_LABELS[cycle.status]}</Badge>
        {cycle.publishedAt && <Text size="sm">опубликован {formatDate(cycle.publishedAt)}</Text>}
      </Group>
      <Card withBorder>
        <Title order={4} mb="sm">
          Документы цикла
        </Title>
        {cycle.reports.length === 0 ? (
          <Text c="dimmed">Документов этого цикла, доступных вам, нет.</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {cycle.reports.map((r) => (
                <Table.Tr key={r.url}>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline">{r.format.toUpperCase()}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <DownloadButton url={r.url} label="Скачать" isLong={r.isLong} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Публикация результатов
        </Title>
        {current ? (
          <Text size="sm">
            Опубликовано {formatDate(current.publishedAt)}:{" "}
            {(Object.keys(CHOICE_LABELS) as (keyof typeof CHOICE_LABELS)[])
              .filter((k) => current[k])
              .map((k) => CHOICE_LABELS[k])
              .join(", ") || "только названия организаций"}
            . <a href={`#/public/${cycle.id}`}>Публичная страница</a>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Результаты цикла не опубликованы.
          </Text>
        )}
        {cycle.viewerCanPublish && (
          <Button mt="sm" onClick={() => setDialogOpen(true)}>
            {current ? "Изменить публикацию" : "Опубликовать…"}
          </Button>
        )}
      </Card>
      {isDialogOpen && (
        <PublishDialog
          opened
          cycleId={cycle.id}
          cycleTitle={cycle.title}
          initial={
            current && {
              showLevel: current.showLevel,
              showTotal: current.showTotal,
              showDirections: current.showDirections,
              showLeaderName: current.showLeaderName,
              showAnalyticalReport: current.showAnalyticalReport,
            }
          }
          onClose={() => setDialogOpen(false)}
          onDone={() => {
            setDialogOpen(false);
            refetch({ requestPolicy: "network-only" });
            refetchPublication({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Stack>
  );
}
