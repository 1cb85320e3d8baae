// A direction an expert returned: the reason, what to correct, and the resubmit step (the
// corrections themselves are made in the form below).
import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { HeadResubmitMutation, type HeadReviewItem } from "./api.ts";

export function ReturnedDirection(props: {
  cycleId: string;
  organizationId: string;
  item: HeadReviewItem;
  titleOf: (code: string) => string;
  onDone: (notice: string) => void;
}) {
  const { item } = props;
  const [response, setResponse] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, resubmit] = useMutation(HeadResubmitMutation);
  const send = async () => {
    setError(null);
    const result = await resubmit({
      cycleId: props.cycleId,
      organizationId: props.organizationId,
      direction: item.direction,
      response: response.trim() || null,
    });
    if (result.error) return setError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    props.onDone(`Направление ${item.direction} отправлено на повторную проверку.`);
  };
  return (
    <Alert color="orange" title={`Возвращено на доработку: ${item.direction}. ${item.directionTitle}`} data-returned={item.direction}>
      <Stack gap={6}>
        <Text size="sm">
          Эксперт: {item.expertName ?? "оператор мониторинга"}. Причина: {item.returnReason ?? "—"}
        </Text>
        <Text size="sm">
          Что исправить: {item.returnedElements.length ? item.returnedElements.map(props.titleOf).join("; ") : "всё направление"}
        </Text>
        <Group align="end">
          <Textarea
            label="Ответ эксперту"
            placeholder="что исправлено"
            value={response}
            onChange={(e) => setResponse(e.currentTarget.value)}
            w={420}
            autosize
            minRows={1}
          />
          <Button onClick={send} loading={sending.fetching}>
            Отправить на повторную проверку
          </Button>
        </Group>
        {error && <Text c="red">{error}</Text>}
      </Stack>
    </Alert>
  );
}
