// The operator chooses what becomes public and sees the public page as it will look before
// publishing (publicationPreview); publishing moves the cycle to «Опубликован».
import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../graphql.ts";
import { chartData } from "../public/PublicPage.tsx";
import { PublicResultsTable } from "./PublicResultsTable.tsx";

const PublicCharts = lazy(() => import("../../charts/PublicCharts.tsx"));

const PreviewQuery = graphql(`
  query PublicationPreview($cycleId: ID!, $input: PublicationInput!) {
    publicationPreview(cycleId: $cycleId, input: $input) {
      showLevel showTotal showDirections showLeaderName showAnalyticalReport
      rows { organizationId organizationName kind rank totalPercent level leaderName directions { code percent } }
    }
  }
`);
const PublishMutation = graphql(`
  mutation PublishCycle($cycleId: ID!, $input: PublicationInput!) {
    publishCycle(cycleId: $cycleId, input: $input) { showLevel cycle { id status } }
  }
`);

const FIELDS = [
  ["showLevel", "Уровень эффективности"],
  ["showTotal", "Итоговый процент и место"],
  ["showDirections", "Проценты по направлениям"],
  ["showLeaderName", "ФИО руководителя"],
  ["showAnalyticalReport", "Аналитическая справка (документ)"],
] as const;

type Choice = Record<(typeof FIELDS)[number][0], boolean>;

export function PublishDialog(props: {
  cycleId: string;
  cycleTitle: string;
  initial: Choice | null;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<Choice>(
    props.initial ?? { showLevel: true, showTotal: true, showDirections: true, showLeaderName: false, showAnalyticalReport: true },
  );
  const [preview] = useQuery({ query: PreviewQuery, variables: { cycleId: props.cycleId, input: choice }, pause: !props.opened });
  const [publishing, publish] = useMutation(PublishMutation);
  const onPublish = async () => {
    const result = await publish({ cycleId: props.cycleId, input: choice });
    if (!result.error) props.onDone();
  };
  const p = preview.data?.publicationPreview;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Публикация: ${props.cycleTitle}`} size="xl">
      <Stack>
        <Text size="sm">Что станет доступно всем без входа в систему:</Text>
        <Group>
          {FIELDS.map(([key, label]) => (
            <Checkbox
              key={key}
              label={label}
              checked={choice[key]}
              onChange={(e) => setChoice({ ...choice, [key]: e.currentTarget.checked })}
            />
          ))}
        </Group>
        <Text fw={600}>Предпросмотр публичной страницы</Text>
        {preview.fetching && <Loader size="sm" />}
        {preview.error && <Alert color="red">{preview.error.graphQLErrors[0]?.message ?? preview.error.message}</Alert>}
        {p && (
          <>
            <Suspense fallback={<Loader size="sm" />}>
              <PublicCharts {...chartData(p)} />
            </Suspense>
            <PublicResultsTable publication={p} limit={8} />
          </>
        )}
        {publishing.error && <Alert color="red">{publishing.error.graphQLErrors[0]?.message ?? publishing.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Отмена
          </Button>
          <Button onClick={onPublish} loading={publishing.fetching}>
            Опубликовать
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
