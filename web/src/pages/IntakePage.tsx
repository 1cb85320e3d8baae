import { Alert, Badge, Button, Card, FileInput, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { formatDate, formatPercent, plural, STATUS_LABELS } from "../format.ts";
import { graphql } from "../graphql.ts";
import { uploadFile } from "../upload.ts";

// The import kinds come from the server's registered formats: a format a plugin adds shows up here.
const CyclesQuery = graphql(`query IntakeCycles { cycles { id year status deadline } importFormats { kind title cycleBound } }`);
const CompletenessQuery = graphql(`
  query Completeness($cycleId: ID!) {
    completeness(cycleId: $cycleId) { organization { id name } percent filled required deadlineStatus }
    importBatches(cycleId: $cycleId) { id kind fileName status rowsTotal valuesChanged createdAt createdBy }
  }
`);
const UndoMutation = graphql(`mutation UndoBatch($id: ID!) { undoImportBatch(batchId: $id) }`);

const IMPORT = `mutation Import($cycleId: ID, $kind: ImportKind!, $file: File!, $dryRun: Boolean) {
  importFile(cycleId: $cycleId, kind: $kind, file: $file, dryRun: $dryRun) {
    rowsTotal rowsImported isDryRun batchId errors { row column message } warnings { message } changes { element } } }`;

interface ImportData {
  importFile: {
    rowsTotal: number;
    rowsImported: number;
    isDryRun: boolean;
    batchId: string | null;
    errors: { row: number | null; column: string | null; message: string }[];
    warnings: { message: string }[];
    changes: { element: string }[];
  };
}

const DEADLINE = { COMPLETE: ["green", "заполнено"], ON_TIME: ["blue", "в срок"], OVERDUE: ["red", "срок истёк"] } as const;

export function IntakePage() {
  const [{ data: cycles }] = useQuery({ query: CyclesQuery });
  const collecting = cycles?.cycles.filter((c) => c.status === "COLLECTING" || c.status === "REVIEW") ?? [];
  const [cycleId, setCycleId] = useState<string | null>(null);
  const selected = collecting.find((c) => c.id === cycleId) ?? collecting[0];
  const [{ data }, refetch] = useQuery({ query: CompletenessQuery, variables: { cycleId: selected?.id ?? "" }, pause: !selected });
  const [, undo] = useMutation(UndoMutation);
  const formats = cycles?.importFormats ?? [];
  const [kind, setKind] = useState<string | null>(null);
  const format = formats.find((f) => f.kind === kind) ?? formats[0];
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportData["importFile"] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file || !selected || !format) return;
    setBusy(true);
    setFailure(null);
    const response = await uploadFile<ImportData>(
      IMPORT,
      { cycleId: format.cycleBound ? selected.id : null, kind: format.kind, dryRun },
      file,
    );
    setBusy(false);
    if (response.errors?.length) setFailure(response.errors[0]?.message ?? "Ошибка импорта");
    else setResult(response.data?.importFile ?? null);
    if (!dryRun) refetch({ requestPolicy: "network-only" });
  };

  if (cycles && !selected) return <Alert>Нет цикла на этапе сбора данных или экспертизы.</Alert>;
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
      <Card withBorder>
        <Stack>
          <Title order={4}>Импорт файла</Title>
          <Group align="end">
            <Select
              label="Что загружаем"
              data={formats.map((f) => ({ value: f.kind, label: f.title }))}
              value={format?.kind ?? null}
              onChange={setKind}
              w={340}
            />
            <FileInput
              label="Файл .xlsx или .csv"
              placeholder="Выберите файл"
              value={file}
              onChange={setFile}
              accept=".xlsx,.csv"
              w={300}
            />
            <Button onClick={() => run(true)} loading={isBusy} disabled={!file} variant="light">
              Проверить
            </Button>
            <Button onClick={() => run(false)} loading={isBusy} disabled={!file || !result?.isDryRun || result.errors.length > 0}>
              Сохранить
            </Button>
          </Group>
          {failure && <Alert color="red">{failure}</Alert>}
          {result && result.errors.length > 0 && (
            <Alert
              color="red"
              title={`Файл не импортирован: ${result.errors.length} ${plural(result.errors.length, ["ошибка", "ошибки", "ошибок"])}`}
            >
              <Table>
                <Table.Tbody>
                  {result.errors.slice(0, 50).map((e) => (
                    <Table.Tr key={`${e.row}-${e.column}-${e.message}`}>
                      <Table.Td>{e.row ?? ""}</Table.Td>
                      <Table.Td>{e.column ?? ""}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          )}
          {result && result.errors.length === 0 && (
            <Alert color={result.isDryRun ? "blue" : "green"}>
              {result.isDryRun ? "Проверка пройдена" : "Сохранено"}: строк {result.rowsTotal}, изменений значений {result.changes.length}.
              {result.warnings.map((w) => (
                <Text key={w.message} size="sm" c="orange">
                  {w.message}
                </Text>
              ))}
            </Alert>
          )}
        </Stack>
      </Card>
      <Title order={4}>Полнота данных</Title>
      <Table striped>
        <Table.Tbody>
          {data?.completeness.map((c) => (
            <Table.Tr key={c.organization.id}>
              <Table.Td>{c.organization.name}</Table.Td>
              <Table.Td w={220}>
                <Progress value={c.percent} />
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
