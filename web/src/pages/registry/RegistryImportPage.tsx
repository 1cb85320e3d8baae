import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { plural } from "../../format.ts";
import { uploadFile } from "../../upload.ts";

const IMPORT = `mutation ImportRegistry($file: File!, $dryRun: Boolean) {
  importFile(kind: ORGANIZATION_REGISTRY, file: $file, dryRun: $dryRun) {
    rowsTotal rowsImported isDryRun errors { row column message }
    registryChanges { row organization action field before after } } }`;

interface Outcome {
  rowsTotal: number;
  rowsImported: number;
  isDryRun: boolean;
  errors: { row: number | null; column: string | null; message: string }[];
  registryChanges: {
    row: number;
    organization: string;
    action: string;
    field: string | null;
    before: string | null;
    after: string | null;
  }[];
}

const ACTIONS = { CREATE: ["green", "новая"], UPDATE: ["blue", "изменение"], APPOINT: ["orange", "руководитель"] } as const;

/** The registry import: template, upload, the dry run's changes and errors, then the commit. */
export function RegistryImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    const response = await uploadFile<{ importFile: Outcome }>(IMPORT, { dryRun }, file);
    setBusy(false);
    if (response.errors?.length) setFailure(response.errors[0]?.message ?? "Ошибка импорта");
    setResult(response.data?.importFile ?? null);
  };
  const canCommit = result?.isDryRun && result.errors.length === 0 && result.rowsImported > 0;
  return (
    <Stack>
      <Title order={2}>Импорт реестра организаций</Title>
      <Card withBorder>
        <Text size="sm">
          Одна строка — организация с руководителем. Столбцы «Наименование», «Вид», «ИНН» обязательны; «Логин ФИС ОКО», «Руководитель»,
          «Дата назначения», «И.о.», «Муниципалитет», «Численность обучающихся», «E-mail руководителя» — по желанию, в любом порядке. Файлы
          .xlsx или .csv (UTF-8 или Windows-1251). Повторный импорт находит организации по ИНН.
        </Text>
        <Anchor href="/templates/organizations.xlsx" mt="xs">
          Скачать шаблон (с текущим реестром)
        </Anchor>
      </Card>
      <Group align="end">
        <FileInput
          label="Файл реестра"
          placeholder="выберите .xlsx или .csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setResult(null);
          }}
          w={360}
          accept=".xlsx,.csv"
        />
        <Button onClick={() => run(true)} disabled={!file} loading={isBusy}>
          Проверить
        </Button>
        <Button onClick={() => run(false)} disabled={!canCommit} loading={isBusy} color="green">
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
              {result.errors.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity
                <Table.Tr key={i}>
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
          {result.isDryRun ? "Проверка пройдена" : "Сохранено"}: строк {result.rowsTotal}, {result.isDryRun ? "изменится" : "изменено"}{" "}
          организаций {result.rowsImported}
          {result.rowsImported === 0 ? " — реестр уже совпадает с файлом." : "."}
        </Alert>
      )}
      {result && result.registryChanges.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Строка</Table.Th>
              <Table.Th>Организация</Table.Th>
              <Table.Th>Что</Table.Th>
              <Table.Th>Было</Table.Th>
              <Table.Th>Стало</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.registryChanges.map((c, i) => {
              const [color, label] = ACTIONS[c.action as keyof typeof ACTIONS] ?? ["gray", c.action];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: changes have no identity
                <Table.Tr key={i}>
                  <Table.Td>{c.row}</Table.Td>
                  <Table.Td>{c.organization}</Table.Td>
                  <Table.Td>
                    <Badge color={color}>{label}</Badge> {c.field ?? ""}
                  </Table.Td>
                  <Table.Td>{c.before ?? "—"}</Table.Td>
                  <Table.Td>{c.after ?? "—"}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
