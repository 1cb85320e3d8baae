import { Alert, Anchor, Badge, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { errorText } from "../../components/api-error.ts";
import { FileCheckSave } from "../../components/FileCheckSave.tsx";
import { ImportErrors } from "../../components/ImportErrors.tsx";
import { graphql, type ResultOf } from "../../graphql.ts";

/** urql sends the File variable as a GraphQL multipart request. */
const ImportRegistryMutation = graphql(`
  mutation ImportRegistry($file: File!, $dryRun: Boolean) {
    importFile(kind: ORGANIZATION_REGISTRY, file: $file, dryRun: $dryRun) {
      rowsTotal rowsImported isDryRun errors { row column message }
      registryChanges { row organization action field before after }
    }
  }
`);

type Outcome = ResultOf<typeof ImportRegistryMutation>["importFile"];

const ACTIONS = { CREATE: ["green", "новая"], UPDATE: ["blue", "изменение"], APPOINT: ["orange", "руководитель"] } as const;

/** The registry import: template, upload, the dry run's changes and errors, then the commit. */
export function RegistryImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching: isBusy }, importRegistry] = useMutation(ImportRegistryMutation);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    const response = await importRegistry({ file, dryRun });
    if (response.error) setFailure(errorText(response.error));
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
      <FileCheckSave
        label="Файл реестра (.xlsx или .csv)"
        file={file}
        onFile={(f) => {
          setFile(f);
          setResult(null);
        }}
        isBusy={isBusy}
        canSave={!!canCommit}
        onCheck={() => run(true)}
        onSave={() => run(false)}
      />
      {failure && <Alert color="red">{failure}</Alert>}
      {result && <ImportErrors errors={result.errors} />}
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
