// The operator's view of the current cycle: its stage and deadline, how complete the data is by
// organization and by direction, how far the review has got, and what needs attention.
import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Stepper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { CycleSelector, useCurrentCycle } from "../../components/current-cycle.tsx";
import { EmptyState, QueryState } from "../../components/QueryState.tsx";
import { daysUntil, formatDate, formatPercent, plural, STATUS_LABELS } from "../../format.ts";
import { href } from "../../route.ts";
import type { PageProps } from "../../routes.tsx";
import { DashboardQuery } from "./api.ts";
import { byDirection } from "./totals.ts";

const STAGES = ["DRAFT", "COLLECTING", "REVIEW", "SCORED", "PUBLISHED", "ARCHIVED"] as const;
const DEADLINE = { COMPLETE: ["green", "заполнено"], ON_TIME: ["blue", "в срок"], OVERDUE: ["red", "срок истёк"] } as const;

function countdown(deadline: string): { text: string; color: string } {
  const days = daysUntil(deadline);
  if (days > 0) return { text: `до срока ${days} ${plural(days, ["день", "дня", "дней"])}`, color: days <= 7 ? "orange" : "blue" };
  if (days === 0) return { text: "срок — сегодня", color: "orange" };
  return { text: `срок истёк ${-days} ${plural(-days, ["день", "дня", "дней"])} назад`, color: "red" };
}

export function DashboardPage({ params }: PageProps) {
  const cycle = useCurrentCycle({ cycleId: params.cycleId });
  if (!cycle) return <EmptyState>Циклов мониторинга пока нет. Создайте первый на странице «Циклы».</EmptyState>;
  const left = countdown(cycle.deadline);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Панель цикла</Title>
        <CycleSelector value={cycle} toHref={(id) => href({ page: "dashboard", cycleId: id })} />
      </Group>
      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{cycle.title}</Text>
            <Group gap="xs">
              <Text size="sm">срок {formatDate(cycle.deadline)}</Text>
              <Badge color={left.color} variant="light" tt="none" style={{ flexShrink: 0 }}>
                {left.text}
              </Badge>
            </Group>
          </Group>
          <Stepper active={STAGES.indexOf(cycle.status)} size="xs" allowNextStepsSelect={false}>
            {STAGES.map((s) => (
              <Stepper.Step key={s} label={STATUS_LABELS[s]} />
            ))}
          </Stepper>
          <Anchor href={href({ page: "cycles", cycleId: cycle.id })} size="sm">
            Перейти к управлению циклом →
          </Anchor>
        </Stack>
      </Card>
      <CycleProgress cycleId={cycle.id} />
    </Stack>
  );
}

function CycleProgress({ cycleId }: { cycleId: string }) {
  const [result] = useQuery({ query: DashboardQuery, variables: { cycleId } });
  return (
    <QueryState result={result}>
      {(data) => {
        const titles = new Map(data.directions.map((d) => [d.code, d.title]));
        const rows = data.completeness;
        const filled = rows.reduce((s, r) => s + r.filled, 0);
        const required = rows.reduce((s, r) => s + r.required, 0);
        const overdue = rows.filter((r) => r.deadlineStatus === "OVERDUE");
        const review = data.reviewSummary;
        return (
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Card withBorder>
                <Text size="sm" c="dimmed">
                  Полнота данных
                </Text>
                <Text fw={700} size="xl">
                  {formatPercent(required ? (100 * filled) / required : 100)}
                </Text>
                <Text size="sm">
                  заполнено полностью: {rows.filter((r) => r.isComplete).length} из {rows.length}
                </Text>
              </Card>
              <Card withBorder>
                <Text size="sm" c="dimmed">
                  Экспертиза
                </Text>
                <Text fw={700} size="xl">
                  {review.accepted} из {review.total}
                </Text>
                <Text size="sm">
                  на проверке {review.pending} · возвращено {review.returned} · исправлено {review.resubmitted} · без эксперта{" "}
                  {review.unassigned}
                </Text>
              </Card>
              <Card withBorder>
                <Text size="sm" c="dimmed">
                  Требует внимания
                </Text>
                <Text fw={700} size="xl">
                  {overdue.length + data.returned.length + data.valueOutliers.length}
                </Text>
                <Text size="sm">
                  просрочено {overdue.length} · возвращено {data.returned.length} · выбросов {data.valueOutliers.length}
                </Text>
              </Card>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <Card withBorder>
                <Title order={3} mb="sm">
                  По направлениям
                </Title>
                <Stack gap="xs">
                  {byDirection(rows).map((d) => (
                    <div key={d.code}>
                      <Group justify="space-between" wrap="nowrap">
                        <Text size="sm" truncate="end">
                          {d.code}. {titles.get(d.code) ?? ""}
                        </Text>
                        <Text size="sm" style={{ flexShrink: 0 }}>
                          {formatPercent(d.percent)}
                        </Text>
                      </Group>
                      <Progress value={d.percent} aria-label={`Полнота ${d.code}`} />
                    </div>
                  ))}
                </Stack>
              </Card>
              <Problems overdue={overdue} returned={data.returned} outliers={data.valueOutliers} />
            </SimpleGrid>
            <Card withBorder>
              <Title order={3} mb="sm">
                По организациям
              </Title>
              {rows.length === 0 ? (
                <EmptyState>Организаций в цикле нет.</EmptyState>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Организация</Table.Th>
                        <Table.Th>Заполнено</Table.Th>
                        <Table.Th w={200}>Полнота</Table.Th>
                        <Table.Th>Срок</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...rows]
                        .sort((a, b) => a.percent - b.percent)
                        .map((r) => {
                          const [color, label] = DEADLINE[r.deadlineStatus as keyof typeof DEADLINE] ?? ["gray", r.deadlineStatus];
                          return (
                            <Table.Tr key={r.organization.id}>
                              <Table.Td>
                                <Anchor href={href({ page: "organization", organizationId: r.organization.id })}>
                                  {r.organization.name}
                                </Anchor>
                              </Table.Td>
                              <Table.Td>
                                {r.filled} из {r.required}
                              </Table.Td>
                              <Table.Td>
                                <Progress value={r.percent} aria-label={`Полнота: ${r.organization.name}`} />
                              </Table.Td>
                              <Table.Td>
                                <Badge color={color} variant="light" tt="none" style={{ flexShrink: 0 }}>
                                  {label}
                                </Badge>
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Card>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function Problems(props: {
  overdue: readonly { organization: { id: string; name: string }; filled: number; required: number }[];
  returned: readonly {
    organization: { id: string; name: string };
    direction: string;
    directionTitle: string;
    returnReason: string | null;
  }[];
  outliers: readonly { organization: { id: string; name: string }; element: string; message: string }[];
}) {
  const isEmpty = !props.overdue.length && !props.returned.length && !props.outliers.length;
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        Проблемы
      </Title>
      {isEmpty && <EmptyState>Просроченных, возвращённых и подозрительных значений нет.</EmptyState>}
      <Stack gap="xs">
        {props.overdue.slice(0, 10).map((r) => (
          <Text size="sm" key={`o${r.organization.id}`}>
            <Badge color="red" variant="light" tt="none" mr={6}>
              просрочено
            </Badge>
            {r.organization.name}: заполнено {r.filled} из {r.required}
          </Text>
        ))}
        {props.returned.slice(0, 10).map((r) => (
          <Text size="sm" key={`r${r.organization.id}-${r.direction}`}>
            <Badge color="orange" variant="light" tt="none" mr={6}>
              возвращено
            </Badge>
            {r.organization.name}, {r.direction} «{r.directionTitle}»{r.returnReason ? `: ${r.returnReason}` : ""}
          </Text>
        ))}
        {props.outliers.slice(0, 10).map((o) => (
          <Text size="sm" key={`v${o.organization.id}-${o.element}`}>
            <Badge color="grape" variant="light" tt="none" mr={6}>
              выброс
            </Badge>
            {o.organization.name}: {o.message}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
