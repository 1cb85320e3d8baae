// The head's home «Моя организация»: the stage and deadline, what is missing by direction, the
// returned values with the expert's reasons, the data-entry form and links to the results.
import { Alert, Anchor, Badge, Card, Group, Loader, Progress, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { formatPercent } from "../../format.ts";
import { DataEntryForm } from "../../forms/DataEntryForm.tsx";
import { href } from "../../route.ts";
import { HeadCycleQuery, HeadHomeQuery } from "./api.ts";
import { Deadline } from "./Deadline.tsx";
import { ReturnedDirection } from "./ReturnedDirection.tsx";

const RESULTS = ["SCORED", "PUBLISHED", "ARCHIVED"];

export function MyOrganizationPage({ organizationId }: { organizationId: string | null }) {
  if (!organizationId)
    return <Alert color="yellow">Ваша учётная запись не привязана к организации. Обратитесь к оператору мониторинга.</Alert>;
  return <MyOrganization organizationId={organizationId} />;
}

function MyOrganization({ organizationId }: { organizationId: string }) {
  const [{ data, error }] = useQuery({ query: HeadHomeQuery, variables: { organizationId } });
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cycles = (data?.cycles ?? []).filter((c) => c.status !== "DRAFT");
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles.find((c) => c.isOpenForData) ?? cycles[0];
  const [{ data: state }, refetch] = useQuery({
    query: HeadCycleQuery,
    variables: { cycleId: cycle?.id ?? "", organizationId },
    pause: !cycle,
  });
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!data) return <Loader />;
  const organization = data.organization;
  if (!organization) return <Alert color="red">Организация не найдена.</Alert>;
  const titleOfDirection = (code: string) => data.directions.find((d) => d.code === code)?.title ?? code;
  const titleOfElement = (code: string) => state?.dataElements.find((e) => e.code === code)?.title ?? code;
  const completeness = state?.completeness[0];
  const returned = (state?.reviewItems ?? []).filter((i) => i.status === "RETURNED");
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Моя организация: {organization.name}</Title>
        <Select
          label="Цикл мониторинга"
          w={260}
          data={cycles.map((c) => ({ value: c.id, label: `${c.year} · ${c.title}` }))}
          value={cycle?.id ?? null}
          onChange={setCycleId}
        />
      </Group>
      {!cycle && <Alert>Циклов мониторинга пока нет.</Alert>}
      {cycle && <Deadline cycle={cycle} />}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {cycle && completeness && (
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>
                Заполнено {completeness.filled} из {completeness.required} ({formatPercent(completeness.percent)})
              </Text>
              {RESULTS.includes(cycle.status) && (
                <Group gap="md">
                  <Anchor href={href({ page: "scorecard", cycleId: cycle.id, organizationId })}>Мои результаты и карта</Anchor>
                  <Anchor href={href({ page: "recommendations", cycleId: cycle.id })}>Рекомендации</Anchor>
                </Group>
              )}
            </Group>
            <Progress value={completeness.percent} aria-label="Полнота данных организации" />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4}>
              {completeness.directions.map((d) => (
                <Group key={d.code} gap={6} data-completeness={d.code}>
                  <Badge color={d.missing.length ? "orange" : "green"} variant="light" w={64}>
                    {d.filled}/{d.required}
                  </Badge>
                  <Text size="sm">
                    {d.code}. {titleOfDirection(d.code)}
                  </Text>
                </Group>
              ))}
            </SimpleGrid>
          </Stack>
        </Card>
      )}
      {cycle &&
        returned.map((item) => (
          <ReturnedDirection
            key={item.direction}
            cycleId={cycle.id}
            organizationId={organizationId}
            item={item}
            titleOf={titleOfElement}
            onDone={(text) => {
              setNotice(text);
              refetch({ requestPolicy: "network-only" });
            }}
          />
        ))}
      {cycle && (
        <>
          <Title order={3}>Данные организации</Title>
          <DataEntryForm
            key={cycle.id}
            cycleId={cycle.id}
            organizationId={organizationId}
            organizationKind={organization.kind}
            onSaved={() => refetch({ requestPolicy: "network-only" })}
          />
        </>
      )}
    </Stack>
  );
}
