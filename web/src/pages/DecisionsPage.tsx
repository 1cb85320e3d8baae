// «Управленческие решения»: the register with measures (overdue flagged) and the effect table.
import { Alert, Badge, Button, Card, Group, Loader, Modal, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { formatDate } from "../format.ts";
import { DecisionsQuery, KIND_LABELS, MEASURE_LABELS } from "./decisions/api.ts";
import { DecisionForm } from "./decisions/DecisionForm.tsx";
import { EffectTable } from "./decisions/EffectTable.tsx";

export function DecisionsPage({ role }: { role: string | null }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: DecisionsQuery, pause: !role });
  const [laterCycle, setLaterCycle] = useState<Record<string, string | null>>({});
  const [isCreating, setCreating] = useState(false);
  if (!role) return <Alert>Войдите в систему: реестр решений ведут управление образования и оператор.</Alert>;
  if (fetching && !data) return <Loader />;
  if (error) return <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  const cycles = data?.cycles ?? [];
  const canWrite = role === "OPERATOR" || role === "DEPARTMENT";
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Управленческие решения</Title>
        {canWrite && <Button onClick={() => setCreating(true)}>Новое решение</Button>}
      </Group>
      {data?.decisions.length === 0 && <Text c="dimmed">Решений пока нет.</Text>}
      {data?.decisions.map((d) => {
        const later = cycles.filter((c) => c.year > d.cycle.year);
        const chosen = laterCycle[d.id] ?? later.at(-1)?.id ?? null;
        return (
          <Card withBorder key={d.id} data-decision={d.id}>
            <Group justify="space-between">
              <Title order={4}>
                {KIND_LABELS[d.kind]} № {d.number} от {formatDate(d.date)}
              </Title>
              {d.hasOverdueMeasures && <Badge color="red">есть просроченные мероприятия</Badge>}
            </Group>
            <Text>{d.title}</Text>
            <Text size="sm" c="dimmed">
              По итогам {d.cycle.year} года · {d.organizations.map((o) => o.name).join(", ")} · направления{" "}
              {d.directionCodes.join(", ") || "—"} · показатели {d.indicatorCodes.join(", ") || "—"}
              {d.fileUrl && (
                <>
                  {" "}
                  · документ: <a href={d.fileUrl}>{d.fileName}</a>
                </>
              )}
            </Text>
            <Table mt="xs">
              <Table.Tbody>
                {d.measures.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.title}</Table.Td>
                    <Table.Td>{m.responsible}</Table.Td>
                    <Table.Td>срок {formatDate(m.dueOn)}</Table.Td>
                    <Table.Td miw={150}>
                      <Badge color={m.isOverdue ? "red" : m.status === "DONE" ? "green" : "gray"}>
                        {m.isOverdue ? "просрочено" : (MEASURE_LABELS[m.status] ?? m.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{m.completionNote}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {later.length > 0 && chosen ? (
              <Stack mt="sm" gap="xs">
                <Group>
                  <Text fw={600}>Эффект мер</Text>
                  <Select
                    aria-label="Цикл, по которому оценивается эффект"
                    w={140}
                    data={later.map((c) => ({ value: c.id, label: String(c.year) }))}
                    value={chosen}
                    onChange={(v) => setLaterCycle({ ...laterCycle, [d.id]: v })}
                  />
                </Group>
                <EffectTable decisionId={d.id} cycleId={chosen} />
              </Stack>
            ) : (
              <Text size="sm" c="dimmed" mt="xs">
                Эффект можно будет оценить по следующему циклу мониторинга.
              </Text>
            )}
          </Card>
        );
      })}
      <Modal opened={isCreating} onClose={() => setCreating(false)} title="Новое управленческое решение" size="xl">
        <DecisionForm
          cycles={cycles}
          onDone={() => {
            setCreating(false);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      </Modal>
    </Stack>
  );
}
