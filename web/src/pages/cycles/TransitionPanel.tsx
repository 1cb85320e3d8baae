// Every status step the API offers for the cycle, with what it checks; a step back asks for the
// reason (it goes to the audit log). The server's refusal is shown as it explains what is missing.
import { Alert, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useMutation } from "urql";
import { errorText } from "../../components/api-error.ts";
import { STATUS_LABELS } from "../../format.ts";
import { SetCycleStatusMutation } from "./api.ts";

type Status = keyof typeof STATUS_LABELS;
interface Transition {
  status: Status;
  isBack: boolean;
  requiresReason: boolean;
  guard: string;
}

export function TransitionPanel(props: { cycleId: string; transitions: readonly Transition[] }) {
  const [state, setStatus] = useMutation(SetCycleStatusMutation);
  const [back, setBack] = useState<Transition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: "" },
    validate: { reason: (v) => (v.trim() ? null : "Укажите причину возврата") },
  });
  const run = async (transition: Transition, reason: string | null) => {
    setError(null);
    const result = await setStatus({ cycleId: props.cycleId, status: transition.status, reason });
    if (result.error) setError(errorText(result.error));
    return !result.error;
  };
  if (!props.transitions.length) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>Этап цикла</Title>
        {props.transitions.map((t) => (
          <Group key={t.status} justify="space-between" wrap="nowrap" align="start">
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {t.guard}
            </Text>
            <Button
              variant={t.isBack ? "default" : "filled"}
              loading={state.fetching}
              style={{ flexShrink: 0 }}
              onClick={() => (t.requiresReason ? setBack(t) : run(t, null))}
            >
              {t.isBack ? `Вернуть: «${STATUS_LABELS[t.status]}»` : `Перевести: «${STATUS_LABELS[t.status]}»`}
            </Button>
          </Group>
        ))}
        {error && (
          <Alert color="red" title="Переход не выполнен" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
      <Modal opened={back !== null} onClose={() => setBack(null)} title={back ? `Возврат в «${STATUS_LABELS[back.status]}»` : ""}>
        <form
          onSubmit={form.onSubmit(async ({ reason }) => {
            if (back && (await run(back, reason.trim()))) {
              setBack(null);
              form.reset();
            }
          })}
          noValidate
        >
          <Stack>
            <Textarea label="Причина возврата" required autosize minRows={3} data-autofocus {...form.getInputProps("reason")} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setBack(null)}>
                Отмена
              </Button>
              <Button type="submit" loading={state.fetching}>
                Вернуть
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
