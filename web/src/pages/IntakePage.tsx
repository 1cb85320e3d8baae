import { Alert, Anchor, Badge, Button, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { useCycles } from "../components/current-cycle.tsx";
import { formatDate, formatPercent, STATUS_LABELS } from "../format.ts";
import { href } from "../route.ts";
import { CompletenessQuery, ImportFormatsQuery, UndoBatchMutation } from "./intake/api.ts";
import { ImportCard } from "./intake/ImportCard.tsx";

const DEADLINE = { COMPLETE: ["green", "заполнено"], ON_TIME: ["blue", "в срок"], OVERDUE: ["red", "срок истёк"] } as const;
/** The registry has its own page with its own «было → стало» (pages/registry/RegistryImportPage.tsx). */
const REGISTRY_KIND = "ORGANIZATION_REGISTRY";

export function IntakePage() {
  const { cycles, fetching: isLoadingCycles } = useCycles();
  const [{ data: formatList }] = useQuery({ query: ImportFormatsQuery });
  const collecting = cycles.filter((c) => c.isOpenForData);
  const [cycleId, setCycleId] = useState<string | null>(null);
  const selected = collecting.find((c) => c.id === cycleId) ?? collecting[0];
  const [{ data }, refetch] = useQuery({ query: CompletenessQuery, variables: { cycleId: selected?.id ?? "" }, pause: !selected });
  const [, undo] = useMutation(UndoBatchMutation);
  const formats = (formatList?.importFormats ?? []).filter((f) => f.kind !== REGISTRY_KIND);
  const organizations = useMemo(
    () => new Map((data?.completeness ?? []).map((c) => [c.organization.id, c.organization.name] as const)),
    [data],
  );

  if (!isLoadingCycles && !selected) return <Alert>Нет цикла на этапе сбора данных или экспертизы.</Alert>;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Сбор данных</Title>
        <Select
          label="Цикл"
          w={300}
          data={collecting.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
          value={selected?.id ?? null}
          onChange={setCycleId}
        />
      </Group>
      {selected && (
        <Text c="dimmed" size="sm">
          Срок: {formatDate(selected.deadline)} ·{" "}
          <a href={`/templates/cycles/${selected.id}/monitoring.xlsx`}>скачать шаблон мониторинга (.xlsx)</a>
        </Text>
      )}
      {selected?.viewerCan.importData && (
        <ImportCard
          key={selected.id}
          cycleId={selected.id}
          formats={formats}
          organizations={organizations}
          onSaved={() => refetch({ requestPolicy: "network-only" })}
        />
      )}
      <Text size="sm" c="dimmed">
        Реестр организаций загружается на странице{" "}
        <Anchor href={href({ page: "registry-import" })} underline="always">
          «Импорт реестра»
        </Anchor>
        .
      </Text>
      <Title order={4}>Полнота данных</Title>
      <Table striped>
        <Table.Tbody>
          {data?.completeness.map((c) => (
            <Table.Tr key={c.organization.id}>
              <Table.Td>{c.organization.name}</Table.Td>
              <Table.Td w={220}>
                <Progress value={c.percent} aria-label={`Полнота данных: ${c.organization.name}`} />
              </Table.Td>
              <Table.Td>
                {formatPercent(c.percent)} ({c.filled} из {c.required})
              </Table.Td>
              <Table.Td>
                <Badge color={DEADLINE[c.deadlineStatus as keyof typeof DEADLINE]?.[0] ?? "gray"}>
                  {DEADLINE[c.deadlineStatus as keyof typeof DEADLINE]?.[1] ?? c.deadlineStatus}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>Пакеты импорта</Title>
      <Table>
        <Table.Tbody>
          {data?.importBatches.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{formatDate(b.createdAt)}</Table.Td>
              <Table.Td>{b.fileName}</Table.Td>
              <Table.Td>{b.createdBy ?? "—"}</Table.Td>
              <Table.Td>
                строк {b.rowsTotal}, изменений {b.valuesChanged}
              </Table.Td>
              <Table.Td>
                {b.status === "COMMITTED" ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => undo({ id: b.id }).then(() => refetch({ requestPolicy: "network-only" }))}
                  >
                    Отменить
                  </Button>
                ) : (
                  <Badge variant="light">{b.status === "UNDONE" ? "отменён" : "заменён"}</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
