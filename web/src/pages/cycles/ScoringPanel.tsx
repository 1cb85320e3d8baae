// Scoring the cycle (a preview before publication) and checking that its stored scores are
// reproduced by the methodology snapshot — both as the API reports them.
import { Alert, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useClient, useMutation } from "urql";
import { errorText } from "../../components/api-error.ts";
import { formatDateTime } from "../../format.ts";
import { ReproducibilityQuery, ScoreCycleMutation } from "./api.ts";
import { ScoringProgressBar } from "./ScoringProgressBar.tsx";

interface Check {
  isReproducible: boolean;
  differences: string[];
  changedComputations: string[];
}

export function ScoringPanel(props: { cycleId: string; canScore: boolean; canCheck: boolean }) {
  const client = useClient();
  const [scoring, score] = useMutation(ScoreCycleMutation);
  const [scoredAt, setScoredAt] = useState<string | null>(null);
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [isChecking, setChecking] = useState(false);
  if (!props.canScore && !props.canCheck) return null;
  const runScore = async () => {
    setScoredAt(null);
    const key = crypto.randomUUID();
    setProgressKey(key);
    const result = await score({ cycleId: props.cycleId, progressKey: key });
    setProgressKey(null);
    if (!result.error) setScoredAt(new Date().toISOString());
  };
  const runCheck = async () => {
    setChecking(true);
    setCheckError(null);
    const result = await client.query(ReproducibilityQuery, { cycleId: props.cycleId }, { requestPolicy: "network-only" }).toPromise();
    setChecking(false);
    if (result.error) setCheckError(errorText(result.error));
    else setCheck(result.data?.scoreReproducibility ?? null);
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>Расчёт баллов</Title>
        <Group>
          {props.canScore && (
            <Button onClick={runScore} loading={scoring.fetching}>
              Рассчитать баллы
            </Button>
          )}
          {props.canCheck && (
            <Button variant="default" onClick={runCheck} loading={isChecking}>
              Проверить воспроизводимость
            </Button>
          )}
        </Group>
        {progressKey && <ScoringProgressBar progressKey={progressKey} />}
        {scoring.error && <Alert color="red">{errorText(scoring.error)}</Alert>}
        {scoredAt && !scoring.fetching && <Alert color="green">Баллы пересчитаны {formatDateTime(scoredAt)}.</Alert>}
        {checkError && <Alert color="red">{checkError}</Alert>}
        {check && (
          <Alert
            color={check.isReproducible ? "green" : "orange"}
            title={check.isReproducible ? "Результаты воспроизводимы" : "Есть расхождения"}
          >
            {check.isReproducible
              ? "Пересчёт по снимку методики цикла даёт те же баллы, что сохранены."
              : "Пересчёт по снимку методики даёт другие баллы:"}
            {check.differences.length > 0 && (
              <List size="sm" mt="xs">
                {check.differences.slice(0, 20).map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            )}
            {check.changedComputations.length > 0 && (
              <Text size="sm" mt="xs">
                Расчёт этих показателей изменился в плагинах после фиксации методики: {check.changedComputations.join(", ")}.
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
