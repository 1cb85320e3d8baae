// The data-entry form generated from the plugins: a section per direction, an input per element
// type, the API's Russian messages beside the fields they concern. Saving sends every changed value
// in one setDataValues (all or nothing); when one is refused, everything typed stays in the form.
// What the viewer may change comes from the API (valueEditScope), not from role checks here.
import { Accordion, Alert, Badge, Button, Card, Group, Loader, Stack, Table, Text, TextInput, Tooltip } from "@mantine/core";
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { type FormElement, FormMethodologyQuery, FormValuesQuery, SaveValuesMutation } from "./api.ts";
import { ElementInput } from "./ElementInput.tsx";
import { EvidenceFiles } from "./EvidenceFiles.tsx";
import { changedValues, type Draft, displayValue, inputText, partWholeHint, problemsByElement, type StoredValue } from "./element-value.ts";
import { ValueHistory } from "./ValueHistory.tsx";

type OrgKind = "SCHOOL" | "PRESCHOOL" | "ADDITIONAL";

export function DataEntryForm(props: {
  cycleId: string;
  organizationId: string;
  organizationKind: OrgKind;
  /** Only these directions (codes), e.g. the returned ones; all when absent. */
  directions?: readonly string[];
  onSaved?: () => void;
}) {
  const { cycleId, organizationId } = props;
  const [{ data: methodology }] = useQuery({ query: FormMethodologyQuery });
  const [{ data, error: loadError }, refetch] = useQuery({ query: FormValuesQuery, variables: { cycleId, organizationId } });
  const [saving, save] = useMutation(SaveValuesMutation);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);

  const directions = useMemo(
    () =>
      (methodology?.directions ?? [])
        .filter((d) => !props.directions || props.directions.includes(d.code))
        .map((d) => ({ ...d, elements: d.elements.filter((e) => e.appliesTo.includes(props.organizationKind)) }))
        .filter((d) => d.elements.length > 0),
    [methodology, props.directions, props.organizationKind],
  );
  const elements = useMemo(() => new Map(directions.flatMap((d) => d.elements).map((e) => [e.code, e])), [directions]);
  const stored = useMemo(() => new Map<string, StoredValue>((data?.dataValues ?? []).map((v) => [v.element, v])), [data]);
  const editable = new Set(data?.valueEditScope.elements ?? []);
  const scope = data?.valueEditScope;

  if (loadError) return <Alert color="red">{loadError.graphQLErrors[0]?.message ?? "Не удалось загрузить данные организации."}</Alert>;
  if (!methodology || !data) return <Loader />;

  const draftOf = (code: string): Draft => {
    const element = elements.get(code);
    return drafts[code] ?? { text: element ? inputText(element, stored.get(code)?.value) : "", comment: stored.get(code)?.comment ?? "" };
  };
  const edit = (code: string, patch: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [code]: { ...draftOf(code), ...patch } }));
    setErrors(({ [code]: _, ...rest }) => rest);
  };
  const changes = changedValues([...elements.values()], stored, drafts);

  const onSave = async () => {
    setNotice(null);
    const result = await save({ cycleId, organizationId, values: changes });
    if (result.error) {
      const { byElement, general } = problemsByElement(result.error.graphQLErrors, new Set(elements.keys()));
      setErrors(byElement);
      const count = Object.keys(byElement).length;
      setNotice({
        color: "red",
        text: [
          count
            ? `Не сохранено: исправьте ${count === 1 ? "отмеченное поле" : `отмеченные поля (${count})`}; введённые значения не потеряны.`
            : "",
          ...general,
        ]
          .filter(Boolean)
          .join(" "),
      });
      return;
    }
    setDrafts({});
    setErrors({});
    setNotice({ color: "green", text: `Сохранено значений: ${changes.length}.` });
    refetch({ requestPolicy: "network-only" });
    props.onSaved?.();
  };
  const onFiles = (text: string | null, error: string | null) => {
    setNotice(error ? { color: "red", text: error } : text ? { color: "green", text } : null);
    refetch({ requestPolicy: "network-only" });
  };
  const filesOf = (code: string | null) => data.evidence.filter((f) => f.element === code);

  const row = (element: FormElement) => {
    const canEdit = editable.has(element.code);
    const draft = draftOf(element.code);
    const isExpert = element.enteredBy === "expert";
    const hint = partWholeHint(element, elements, (c) => draftOf(c).text);
    return (
      <Table.Tr key={element.code} data-row={element.code}>
        <Table.Td>
          <Tooltip label={element.code} openDelay={300}>
            <Text size="sm" component="span">
              {element.title}
            </Text>
          </Tooltip>{" "}
          {isExpert && (
            <Badge size="xs" variant="light" color="grape">
              вносит эксперт
            </Badge>
          )}
          {element.hint && (
            <Text size="xs" c="dimmed">
              {element.hint}
            </Text>
          )}
          {hint && (
            <Text size="xs" c={hint.endsWith("сейчас больше.") ? "orange" : "dimmed"}>
              {hint}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {canEdit ? (
            <ElementInput
              element={element}
              value={draft.text}
              error={errors[element.code]}
              onChange={(text) => edit(element.code, { text })}
            />
          ) : (
            <Text size="sm">{displayValue(element, stored.get(element.code)?.value)}</Text>
          )}
        </Table.Td>
        <Table.Td>
          {canEdit ? (
            <TextInput
              size="xs"
              aria-label={`${isExpert ? "Обоснование" : "Комментарий"}: ${element.title}`}
              placeholder={isExpert ? "обоснование (обязательно)" : "комментарий"}
              value={draft.comment}
              onChange={(e) => edit(element.code, { comment: e.currentTarget.value })}
              w={200}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {stored.get(element.code)?.comment ?? ""}
            </Text>
          )}
        </Table.Td>
        <Table.Td w={160}>
          <EvidenceFiles
            cycleId={cycleId}
            organizationId={organizationId}
            element={element.code}
            files={filesOf(element.code)}
            canChange={canEdit}
            onChanged={onFiles}
          />
        </Table.Td>
        <Table.Td>
          {stored.has(element.code) && <ValueHistory cycleId={cycleId} organizationId={organizationId} element={element} />}
        </Table.Td>
      </Table.Tr>
    );
  };

  const missingIn = (codes: readonly FormElement[]) => codes.filter((e) => e.isRequired && !stored.has(e.code)).length;
  return (
    <Stack data-form="entry">
      {scope?.lockedReason && <Alert color="yellow">{scope.lockedReason}</Alert>}
      <Card withBorder padding="sm">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            Документы организации
          </Text>
          <EvidenceFiles
            cycleId={cycleId}
            organizationId={organizationId}
            element={null}
            files={filesOf(null)}
            canChange={scope?.canAttachDocuments ?? false}
            label="Прикрепить документ (PDF, фото, DOCX)"
            onChanged={onFiles}
          />
        </Group>
      </Card>
      <Accordion variant="separated" multiple defaultValue={directions.slice(0, 1).map((d) => d.code)}>
        {directions.map((d) => {
          const missing = missingIn(d.elements);
          const typed = changes.filter((c) => d.elements.some((e) => e.code === c.element)).length;
          const wrong = d.elements.filter((e) => errors[e.code]).length;
          return (
            <Accordion.Item key={d.code} value={d.code} data-direction={d.code}>
              <Accordion.Control>
                <Group gap="xs">
                  <b>{d.code}</b> {d.title}
                  {missing > 0 ? (
                    <Badge color="orange" variant="light">
                      не заполнено: {missing}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light">
                      заполнено
                    </Badge>
                  )}
                  {typed > 0 && <Badge variant="outline">изменено: {typed}</Badge>}
                  {wrong > 0 && <Badge color="red">ошибок: {wrong}</Badge>}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Table.ScrollContainer minWidth={900}>
                  <Table verticalSpacing={4}>
                    <Table.Tbody>{d.elements.map(row)}</Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <Card withBorder padding="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }}>
        <Group justify="space-between">
          {notice ? (
            <Alert color={notice.color} p="xs" style={{ flex: 1 }} role={notice.color === "red" ? "alert" : "status"}>
              {notice.text}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {changes.length ? `Изменено значений: ${changes.length}` : "Изменений нет"}
            </Text>
          )}
          <Button onClick={onSave} loading={saving.fetching} disabled={changes.length === 0}>
            Сохранить
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
