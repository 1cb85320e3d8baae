// Creating a cycle: the reporting year, a title and the deadline (the server's default — 1 February
// of the next year — applies when the field is left empty).
import { Alert, Button, Card, Group, NumberInput, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "urql";
import { errorText } from "../../components/api-error.ts";
import { DateField } from "../../components/DateField.tsx";
import { useShell } from "../../components/viewer.tsx";
import { formatDate, todayIso } from "../../format.ts";
import { CreateCycleMutation } from "./api.ts";

export function CreateCycleForm(props: { onCreated: (cycleId: string) => void }) {
  const [state, create] = useMutation(CreateCycleMutation);
  // In a region the cycle belongs to the municipality chosen in the header.
  const { municipalityId } = useShell();
  const form = useForm({
    initialValues: { year: Number(todayIso().slice(0, 4)), title: "", deadline: null as string | null },
    validate: { year: (v) => (Number.isInteger(v) ? null : "Укажите отчётный год") },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await create({
      input: { year: values.year, title: values.title.trim() || null, deadline: values.deadline, municipalityId },
    });
    if (result.data) {
      form.reset();
      props.onCreated(result.data.createCycle.id);
    }
  });
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>Новый цикл мониторинга</Title>
          <Group align="start" grow>
            <NumberInput label="Отчётный год" required thousandSeparator="" min={2000} max={2100} {...form.getInputProps("year")} />
            <TextInput
              label="Название"
              placeholder={`Мониторинг ${form.values.year}`}
              description="Необязательно"
              {...form.getInputProps("title")}
            />
            <DateField
              label="Срок сдачи данных"
              description={`По умолчанию ${formatDate(`${form.values.year + 1}-02-01`)}`}
              clearable
              value={form.values.deadline}
              onChange={(v) => form.setFieldValue("deadline", v)}
            />
          </Group>
          {state.error && <Alert color="red">{errorText(state.error)}</Alert>}
          <Group>
            <Button type="submit" loading={state.fetching}>
              Создать цикл
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
