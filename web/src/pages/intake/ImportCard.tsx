// A file import of the cycle: check (dry run) → see errors, «было → стало» and outliers → save.
// Saving is offered only for the file that was checked, and outliers must be confirmed first.
import { Alert, Card, Checkbox, List, Select, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { errorText } from "../../components/api-error.ts";
import { FileCheckSave } from "../../components/FileCheckSave.tsx";
import { ImportErrors } from "../../components/ImportErrors.tsx";
import { ImportProgressBar } from "../../components/ImportProgressBar.tsx";
import { FormMethodologyQuery } from "../../forms/api.ts";
import type { ElementMeta } from "../../forms/element-value.ts";
import { type ImportFormat, ImportMutation, type ImportOutcome } from "./api.ts";
import { ImportChanges } from "./ImportChanges.tsx";

export function ImportCard(props: {
  cycleId: string;
  formats: readonly ImportFormat[];
  organizations: ReadonlyMap<string, string>;
  onSaved: () => void;
}) {
  const [{ data: methodology }] = useQuery({ query: FormMethodologyQuery });
  const elements = useMemo(
    () => new Map<string, ElementMeta>((methodology?.directions ?? []).flatMap((d) => d.elements.map((e) => [e.code, e] as const))),
    [methodology],
  );
  const [, importFile] = useMutation(ImportMutation);
  const [kind, setKind] = useState<string | null>(null);
  const format = props.formats.find((f) => f.kind === kind) ?? props.formats[0];
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const [isConfirmed, setConfirmed] = useState(false);

  const reset = () => {
    setResult(null);
    setFailure(null);
    setConfirmed(false);
  };
  const run = async (dryRun: boolean) => {
    if (!file || !format) return;
    const key = crypto.randomUUID();
    setProgressKey(key);
    setFailure(null);
    const response = await importFile({
      cycleId: format.cycleBound ? props.cycleId : null,
      kind: format.kind,
      file,
      dryRun,
      progressKey: key,
    });
    setProgressKey(null);
    if (response.error) setFailure(errorText(response.error));
    else setResult(response.data?.importFile ?? null);
    if (!dryRun && !response.error) props.onSaved();
  };
  const warnings = result?.warnings ?? [];
  const canSave = !!result?.isDryRun && result.errors.length === 0 && (warnings.length === 0 || isConfirmed);

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Импорт файла</Title>
        <FileCheckSave
          label="Файл .xlsx или .csv"
          file={file}
          onFile={(value) => {
            setFile(value);
            reset();
          }}
          isBusy={progressKey !== null}
          canSave={canSave}
          onCheck={() => run(true)}
          onSave={() => run(false)}
        >
          <Select
            label="Что загружаем"
            data={props.formats.map((f) => ({ value: f.kind, label: f.title }))}
            value={format?.kind ?? null}
            onChange={(value) => {
              setKind(value);
              reset();
            }}
            w={340}
          />
        </FileCheckSave>
        {progressKey && <ImportProgressBar progressKey={progressKey} />}
        {failure && <Alert color="red">{failure}</Alert>}
        {result && <ImportErrors errors={result.errors} />}
        {result && result.errors.length === 0 && (
          <Alert color={result.isDryRun ? "blue" : "green"}>
            {result.isDryRun ? "Проверка пройдена" : "Сохранено"}: строк {result.rowsTotal}, изменений значений {result.changes.length}.
            {result.isDryRun && " Ничего не записано: посмотрите изменения и сохраните."}
          </Alert>
        )}
        {warnings.length > 0 && (
          <Alert color="orange" title={`Подозрительные значения: ${warnings.length}`} data-import-outliers>
            <List size="sm">
              {warnings.map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no identity
                <List.Item key={i}>
                  {w.organizationId ? `${props.organizations.get(w.organizationId) ?? ""}: ` : ""}
                  {w.message}
                </List.Item>
              ))}
            </List>
            {result?.isDryRun ? (
              <Checkbox
                mt="sm"
                label="Значения проверены по документам организации — сохранить как есть"
                checked={isConfirmed}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
            ) : (
              <Text size="sm" mt="xs">
                Значения сохранены и остаются в списке выбросов на панели цикла.
              </Text>
            )}
          </Alert>
        )}
        {result && result.errors.length === 0 && (
          <ImportChanges changes={result.changes} organizations={props.organizations} elements={elements} />
        )}
      </Stack>
    </Card>
  );
}
