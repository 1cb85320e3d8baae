// A new decision: its document, the organizations, directions and indicators it addresses, measures.
import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { CreateDecision, DecisionFormQuery, KIND_LABELS } from "./api.ts";

interface MeasureDraft {
  title: string;
  responsible: string;
  dueOn: string;
}

export function DecisionForm({ cycles, onDone }: { cycles: { id: string; year: number }[]; onDone: () => void }) {
  const [{ data }] = useQuery({ query: DecisionFormQuery });
  const [, create] = useMutation(CreateDecision);
  const [cycleId, setCycleId] = useState<string | null>(cycles[0]?.id ?? null);
  const [kind, setKind] = useState<keyof typeof KIND_LABELS>("ORDER");
  const [number, setNumber] = useState("");
  const [date, setDate] = useState("");
  const [title, setTitle] = useState("");
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [directionCodes, setDirectionCodes] = useState<string[]>([]);
  const [indicatorCodes, setIndicatorCodes] = useState<string[]>([]);
  const [measures, setMeasures] = useState<MeasureDraft[]>([{ title: "", responsible: "", dueOn: "" }]);
  const [error, setError] = useState<string | null>(null);
  const organizations = data?.organizations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const directions = data?.directions ?? [];
  const submit = async () => {
    const res = await create({
      input: {
        cycleId: cycleId ?? "",
        kind,
        number,
        date,
        title,
        organizationIds,
        directionCodes,
        indicatorCodes,
        measures: measures
          .filter((m) => m.title || m.responsible)
          .map((m) => ({ title: m.title, responsible: m.responsible, dueOn: m.dueOn || null })),
      },
    });
    const problems = res.error?.graphQLErrors[0]?.extensions?.problems as { message: string }[] | undefined;
    if (res.error) return setError(problems?.map((p) => p.message).join(" ") ?? res.error.graphQLErrors[0]?.message ?? res.error.message);
    onDone();
  };
  const setMeasure = (i: number, patch: Partial<MeasureDraft>) => setMeasures(measures.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Stack>
      <Group grow>
        <Select
          label="Цикл, по итогам которого"
          data={cycles.map((c) => ({ value: c.id, label: String(c.year) }))}
          value={cycleId}
          onChange={setCycleId}
        />
        <Select
          label="Вид"
          data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          value={kind}
          onChange={(v) => v && setKind(v as keyof typeof KIND_LABELS)}
        />
        <TextInput label="Номер" value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
        <DateField label="Дата" value={date || null} onChange={(v) => setDate(v ?? "")} />
      </Group>
      <TextInput label="Заголовок" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <MultiSelect label="Организации" searchable data={organizations} value={organizationIds} onChange={setOrganizationIds} />
      <Group grow>
        <MultiSelect
          label="Направления"
          data={directions.map((d) => ({ value: d.code, label: `${d.code}. ${d.title}` }))}
          value={directionCodes}
          onChange={setDirectionCodes}
        />
        <MultiSelect
          label="Показатели"
          searchable
          data={directions.flatMap((d) => d.indicators.map((i) => ({ value: i.code, label: `${i.code}. ${i.title}` })))}
          value={indicatorCodes}
          onChange={setIndicatorCodes}
        />
      </Group>
      {measures.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: measures have no identity before they are saved
        <Group key={i} grow>
          <TextInput label={`Мероприятие ${i + 1}`} value={m.title} onChange={(e) => setMeasure(i, { title: e.currentTarget.value })} />
          <TextInput label="Ответственный" value={m.responsible} onChange={(e) => setMeasure(i, { responsible: e.currentTarget.value })} />
          <DateField label="Срок" value={m.dueOn || null} onChange={(v) => setMeasure(i, { dueOn: v ?? "" })} />
        </Group>
      ))}
      <Group>
        <Button variant="subtle" onClick={() => setMeasures([...measures, { title: "", responsible: "", dueOn: "" }])}>
          Добавить мероприятие
        </Button>
        <Button onClick={submit}>Сохранить решение</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}
