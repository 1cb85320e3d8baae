// The head's side of a return: correct the returned values and send the direction back for review.
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import {
  directionElements,
  type ElementInfo,
  errorProblems,
  errorText,
  type Methodology,
  ResubmitMutation,
  type ReviewItem,
  ReviewValuesQuery,
  returnedText,
  SetValuesMutation,
} from "./api.ts";

interface Draft {
  value: string;
  comment: string;
}

function ValueInput({ element, value, onChange }: { element: ElementInfo; value: string; onChange: (value: string) => void }) {
  const label = `${element.title} (${element.code})`;
  if (element.type === "boolean" || element.type === "level") {
    const options =
      element.type === "boolean"
        ? [
            { value: "true", label: "да" },
            { value: "false", label: "нет" },
          ]
        : element.options.map((o) => ({ value: o.value, label: o.label }));
    return <Select aria-label={label} data={options} value={value || null} onChange={(v) => onChange(v ?? "")} clearable w={200} />;
  }
  return <TextInput aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} w={200} />;
}

export function LeaderCorrection(props: {
  cycleId: string;
  item: ReviewItem;
  methodology: Methodology | undefined;
  isOpen: boolean;
  onDone: (notice: string) => void;
}) {
  const { cycleId, item } = props;
  const organizationId = item.organization.id;
  const [{ data }] = useQuery({ query: ReviewValuesQuery, variables: { cycleId, organizationId } });
  const [saving, save] = useMutation(SetValuesMutation);
  const [sending, resubmit] = useMutation(ResubmitMutation);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [response, setResponse] = useState("");
  const [message, setMessage] = useState<{ color: string; text: string; details?: string[] } | null>(null);

  const all = directionElements(props.methodology, item.direction, item.organization.kind);
  const editable = all.filter((e) => (item.returnedElements.length ? item.returnedElements.includes(e.code) : e.enteredBy !== "expert"));
  const stored = new Map((data?.dataValues ?? []).map((v) => [v.element, v]));
  const current = (code: string): Draft =>
    drafts[code] ?? { value: stored.get(code)?.value ?? "", comment: stored.get(code)?.comment ?? "" };
  const change = (code: string, patch: Partial<Draft>) => setDrafts({ ...drafts, [code]: { ...current(code), ...patch } });

  const saveValues = async () => {
    const values = Object.entries(drafts).map(([element, d]) => ({
      element,
      value: d.value.trim() === "" ? null : d.value.trim(),
      comment: d.comment.trim() || null,
    }));
    if (!values.length) return setMessage({ color: "gray", text: "Изменений нет." });
    const result = await save({ cycleId, organizationId, values });
    if (result.error) {
      const text = errorText(result.error);
      const details = errorProblems(result.error)
        .map((p) => p.message)
        .filter((d) => !text.includes(d));
      return setMessage({ color: "red", text, details });
    }
    setDrafts({});
    setMessage({ color: "green", text: "Исправления сохранены. Отправьте направление на повторную проверку." });
  };

  const send = async () => {
    if (Object.keys(drafts).length) return setMessage({ color: "orange", text: "Сначала сохраните исправления." });
    const result = await resubmit({ cycleId, organizationId, direction: item.direction, response: response.trim() || null });
    if (result.error) return setMessage({ color: "red", text: errorText(result.error) });
    setMessage(null);
    setResponse("");
    props.onDone(`Направление ${item.direction} отправлено на повторную проверку.`);
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>
          Возвращено на доработку: {item.direction}. {item.directionTitle}
        </Title>
        <Text size="sm">
          {item.organization.name} · эксперт: {item.expertName ?? "оператор мониторинга"}
        </Text>
        <Alert color="orange">
          <Text size="sm">Причина: {item.returnReason ?? "—"}</Text>
          <Text size="sm">Что исправить: {returnedText(item, all)}</Text>
        </Alert>
        {props.isOpen ? (
          <>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Показатель данных</Table.Th>
                  <Table.Th>Значение</Table.Th>
                  <Table.Th>Комментарий</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {editable.map((element) => (
                  <Table.Tr key={element.code}>
                    <Table.Td>
                      <Text size="sm">
                        {element.title}{" "}
                        <Text span size="xs" c="dimmed">
                          {element.code}
                          {element.unit ? `, ${element.unit}` : ""}
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ValueInput
                        element={element}
                        value={current(element.code).value}
                        onChange={(value) => change(element.code, { value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Комментарий: ${element.title}`}
                        value={current(element.code).comment}
                        onChange={(e) => change(element.code, { comment: e.currentTarget.value })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button variant="light" onClick={saveValues} loading={saving.fetching}>
                Сохранить исправления
              </Button>
            </Group>
            <Textarea
              label="Ответ эксперту (необязательно)"
              autosize
              minRows={2}
              value={response}
              onChange={(e) => setResponse(e.currentTarget.value)}
            />
            {message && (
              <Alert color={message.color}>
                {message.text}
                {message.details?.map((d) => (
                  <Text key={d} size="sm">
                    {d}
                  </Text>
                ))}
              </Alert>
            )}
            <Button onClick={send} loading={sending.fetching} w="fit-content">
              Отправить повторно
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Цикл уже не на этапе сбора данных или экспертизы: исправления не принимаются.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
