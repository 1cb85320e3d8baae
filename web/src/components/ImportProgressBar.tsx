// The course of a running import: the server writes its stage under the client's key
// (importFile's progressKey) and this bar polls importProgress until the request returns.
import { Progress, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../graphql.ts";
import { usePoll } from "./use-poll.ts";

const ProgressQuery = graphql(`query ImportProgressBar($key: String!) { importProgress(key: $key) { stage done total } }`);

const STAGES = {
  uploading: { label: "Передача файла", percent: 10 },
  reading: { label: "Чтение файла", percent: 30 },
  checking: { label: "Проверка значений", percent: 55 },
  writing: { label: "Запись в базу", percent: 80 },
  done: { label: "Готово", percent: 100 },
  failed: { label: "Остановлено: в файле ошибки", percent: 100 },
} as const;

const POLL_MS = 400;

export function ImportProgressBar({ progressKey }: { progressKey: string }) {
  const [{ data }, poll] = useQuery({ query: ProgressQuery, variables: { key: progressKey }, requestPolicy: "network-only" });
  usePoll(poll, POLL_MS);
  const progress = data?.importProgress;
  const stage = STAGES[progress?.stage ?? "uploading"];
  const rows = progress && progress.total > 0 ? ` · строк ${progress.total}` : "";
  return (
    <Stack gap={4} data-import-progress={progress?.stage ?? "uploading"}>
      <Progress
        value={stage.percent}
        animated={stage.percent < 100}
        striped
        color={progress?.stage === "failed" ? "red" : undefined}
        aria-label="Ход импорта"
      />
      <Text size="sm" c="dimmed">
        {stage.label}
        {rows}…
      </Text>
    </Stack>
  );
}
