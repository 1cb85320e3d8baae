// The course of a scoring run: scoreCycle writes it under the client's key and this bar polls
// scoringProgress until the mutation returns — organizations computed out of all, then writing.
import { Progress, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { usePoll } from "../../components/use-poll.ts";
import { ScoringProgressQuery } from "./api.ts";

const POLL_MS = 400;
const LABELS = { loading: "Загрузка значений и методики", computing: "Расчёт", writing: "Запись баллов и рекомендаций", done: "Готово" };

export function ScoringProgressBar({ progressKey }: { progressKey: string }) {
  const [{ data }, poll] = useQuery({ query: ScoringProgressQuery, variables: { key: progressKey }, requestPolicy: "network-only" });
  usePoll(poll, POLL_MS);
  const p = data?.scoringProgress;
  // Computing is most of the run: 5–85 %; writing takes the rest.
  const percent = !p
    ? 2
    : p.stage === "loading"
      ? 5
      : p.stage === "computing"
        ? 5 + Math.round((80 * p.done) / Math.max(1, p.total))
        : p.stage === "writing"
          ? 90
          : 100;
  return (
    <Stack gap={4} data-scoring-progress={p?.stage ?? "starting"}>
      <Text size="sm">
        {p ? LABELS[p.stage] : "Запуск расчёта"}
        {p?.stage === "computing" ? `: ${p.done} из ${p.total} организаций` : ""}…
      </Text>
      <Progress value={percent} animated striped aria-label={`Ход расчёта: ${percent} %`} />
    </Stack>
  );
}
