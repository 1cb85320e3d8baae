// The reviewer's decisions: accept (a zero score needs a comment) or return values to the head.
import { Alert, Button, Card, Checkbox, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { formatNumber } from "../../format.ts";
import {
  AcceptMutation,
  type ElementInfo,
  errorProblems,
  errorText,
  type Methodology,
  ReturnMutation,
  type ReviewItem,
  ReviewScorecardQuery,
} from "./api.ts";

interface CommentField {
  code: string;
  title: string;
  note: string;
  existing: string | null;
}

export function AcceptForm(props: { cycleId: string; item: ReviewItem; methodology: Methodology | undefined; onDone: () => void }) {
  const { cycleId, item } = props;
  const organizationId = item.organization.id;
  // The scorecard is a hint only: it may be stale or not yet calculated; the server has the last word.
  const [{ data: card }, refetchCard] = useQuery({ query: ReviewScorecardQuery, variables: { cycleId, organizationId } });
  const [state, accept] = useMutation(AcceptMutation);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [named, setNamed] = useState<{ field: string; message: string }[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const indicatorTitle = (code: string) =>
    props.methodology?.directions.flatMap((d) => d.indicators).find((i) => i.code === code)?.title ?? code;
  const fields: CommentField[] = [];
  for (const i of card?.scorecard?.indicators ?? []) {
    if (i.directionCode !== item.direction || i.status !== "SCORED" || i.points !== 0) continue;
    fields.push({ code: i.code, title: i.title, note: `0 из ${formatNumber(i.maxPoints)} баллов`, existing: i.expertComment ?? null });
  }
  for (const p of named) {
    const known = fields.find((f) => f.code === p.field);
    if (known) known.note = p.message || known.note;
    else fields.push({ code: p.field, title: indicatorTitle(p.field), note: p.message, existing: null });
  }

  const submit = async () => {
    setFailure(null);
    setDone(false);
    const comments = fields.map((f) => ({ indicator: f.code, text: (texts[f.code] ?? "").trim() })).filter((c) => c.text);
    const result = await accept({ cycleId, organizationId, direction: item.direction, comments });
    if (result.error) {
      setFailure(errorText(result.error));
      const problems = errorProblems(result.error);
      if (problems.length) setNamed(problems);
      return;
    }
    setNamed([]);
    setTexts({});
    setDone(true);
    refetchCard({ requestPolicy: "network-only" });
    props.onDone();
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={5}>Принять направление</Title>
        {fields.length > 0 ? (
          <Text size="sm">Показатели с нулевым баллом принимаются только с комментарием эксперта.</Text>
        ) : (
          <Text size="sm" c="dimmed">
            Показателей с нулевым баллом нет.
          </Text>
        )}
        {fields.map((f) => (
          <Textarea
            key={f.code}
            label={`${f.code}. ${f.title}`}
            description={f.existing ? `${f.note}. Текущий комментарий: «${f.existing}»` : f.note}
            placeholder={f.existing ? "оставить текущий комментарий" : "почему балл нулевой"}
            required={!f.existing}
            error={named.some((p) => p.field === f.code) && !(texts[f.code] ?? "").trim() ? "Нужен комментарий эксперта." : undefined}
            autosize
            minRows={2}
            value={texts[f.code] ?? ""}
            onChange={(e) => setTexts({ ...texts, [f.code]: e.currentTarget.value })}
          />
        ))}
        {failure && <Alert color="red">{failure}</Alert>}
        {done && <Alert color="green">Направление принято.</Alert>}
        <Button color="green" onClick={submit} loading={state.fetching} w="fit-content">
          Принять
        </Button>
      </Stack>
    </Card>
  );
}

export function ReturnForm(props: { cycleId: string; item: ReviewItem; elements: readonly ElementInfo[]; onDone: () => void }) {
  const { cycleId, item } = props;
  // Expert judgements are corrected by the expert, not returned to the head.
  const returnable = props.elements.filter((e) => e.enteredBy !== "expert");
  const [state, sendBack] = useMutation(ReturnMutation);
  const [whole, setWhole] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    if (!whole && !chosen.length) return setFailure("Отметьте значения, которые нужно исправить, или верните всё направление.");
    if (!reason.trim()) return setFailure("Укажите причину возврата: руководитель должен понимать, что исправить.");
    setFailure(null);
    const elements = whole ? [] : chosen;
    const result = await sendBack({
      cycleId,
      organizationId: item.organization.id,
      direction: item.direction,
      elements,
      reason: reason.trim(),
    });
    if (result.error) return setFailure(errorText(result.error));
    setChosen([]);
    setReason("");
    setDone(true);
    props.onDone();
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={5}>Вернуть на доработку</Title>
        <Checkbox label="Вернуть всё направление" checked={whole} onChange={(e) => setWhole(e.currentTarget.checked)} />
        {!whole && (
          <Checkbox.Group label="Значения для исправления" value={chosen} onChange={setChosen}>
            <Stack gap={6} mt="xs">
              {returnable.map((e) => (
                <Checkbox key={e.code} value={e.code} label={`${e.title} (${e.code})`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label="Причина возврата"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        {done && <Alert color="orange">Возвращено руководителю на доработку.</Alert>}
        <Button color="orange" variant="light" onClick={submit} loading={state.fetching} w="fit-content">
          Вернуть на доработку
        </Button>
      </Stack>
    </Card>
  );
}
