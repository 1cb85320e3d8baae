// The methodology editor of a cycle: direction weights and on/off, indicators on/off, «в рейтинге»
// and their rule parameters, level thresholds and comparison groups. Saves a new version through
// updateMethodology (with the version seen, so a concurrent edit is refused); the API's messages
// appear beside the fields they name; read-only when the API says the cycle's methodology is fixed.
import { Accordion, Alert, Badge, Button, Card, Group, Loader, Select, Stack, Switch, Table, Text, TextInput, Title } from "@mantine/core";
import { readFragment } from "gql.tada";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { STATUS_LABELS } from "../../format.ts";
import { problemsByElement } from "../../forms/element-value.ts";
import { href } from "../../route.ts";
import { EditorCyclesQuery, EditorMethodologyQuery, type EditorVersion, UpdateMethodologyMutation, VersionFields } from "./api.ts";
import { buildChanges, type EditorDraft, emptyDraft } from "./changes.ts";
import { RuleEditor } from "./RuleEditor.tsx";
import { VersionDiff } from "./VersionDiff.tsx";

export function MethodologyEditorPage(props: { cycleId?: string }) {
  const [{ data: cycles }] = useQuery({ query: EditorCyclesQuery });
  // the chosen cycle lives in the address (#/methodology/:cycleId), so a link or a reload keeps it
  const setCycleId = (id: string | null) => {
    if (id) window.location.hash = href({ page: "methodology", cycleId: id });
  };
  const all = cycles?.cycles ?? [];
  const cycle = all.find((c) => c.id === props.cycleId) ?? all.find((c) => c.viewerCan.editMethodology) ?? all[0];
  const [{ data, error }, refetch] = useQuery({ query: EditorMethodologyQuery, variables: { cycleId: cycle?.id ?? "" }, pause: !cycle });
  if (cycles && !cycle) return <Alert>Циклов мониторинга пока нет.</Alert>;
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!cycle || !data) return <Loader />;
  const current = readFragment(VersionFields, data.methodology);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Методика цикла</Title>
        <Select
          label="Цикл"
          w={300}
          data={all.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
          value={cycle.id}
          onChange={setCycleId}
        />
      </Group>
      <Group gap="xs">
        <Badge variant="light">версия {current.version}</Badge>
        {cycle.isMethodologyFrozen && <Badge color="gray">зафиксирована публикацией — только просмотр</Badge>}
        {!cycle.isMethodologyFrozen && !cycle.viewerCan.editMethodology && <Badge color="gray">только просмотр</Badge>}
      </Group>
      <Editor
        key={`${cycle.id}/${current.version}`}
        cycleId={cycle.id}
        version={current}
        canEdit={cycle.viewerCan.editMethodology}
        onSaved={() => refetch({ requestPolicy: "network-only" })}
      />
      {current.version > 1 && <VersionDiff cycleId={cycle.id} current={current} />}
    </Stack>
  );
}

function Editor(props: { cycleId: string; version: EditorVersion; canEdit: boolean; onSaved: () => void }) {
  const { version, canEdit } = props;
  const [draft, setDraft] = useState<EditorDraft>(() => emptyDraft(version));
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const [saving, update] = useMutation(UpdateMethodologyMutation);
  const built = buildChanges(version, draft);
  const patch = (next: Partial<EditorDraft>) => setDraft((d) => ({ ...d, ...next }));

  const onSave = async () => {
    setNotice(null);
    if (Object.keys(built.invalid).length) {
      setErrors(built.invalid);
      return setNotice({ color: "red", text: "Не сохранено: исправьте отмеченные поля." });
    }
    const result = await update({
      cycleId: props.cycleId,
      changes: built.changes,
      comment: comment.trim() || null,
      expectedVersion: version.version,
    });
    if (result.error) {
      const fields = new Set(["levels", "directions", ...version.directions.flatMap((d) => [d.code, ...d.indicators.map((i) => i.code)])]);
      const { byElement, general } = problemsByElement(result.error.graphQLErrors, fields);
      setErrors(byElement);
      return setNotice({ color: "red", text: ["Методика не сохранена.", ...general].join(" ") });
    }
    setNotice({ color: "green", text: `Сохранена версия ${result.data?.updateMethodology.version}.` });
    props.onSaved();
  };

  return (
    <Stack>
      <Card withBorder>
        <Group align="start">
          <TextInput
            label="Порог высокого уровня, %"
            value={draft.high}
            onChange={(e) => patch({ high: e.currentTarget.value })}
            disabled={!canEdit}
            error={errors.levels}
            w={200}
          />
          <TextInput
            label="Порог среднего уровня, %"
            value={draft.medium}
            onChange={(e) => patch({ medium: e.currentTarget.value })}
            disabled={!canEdit}
            w={200}
          />
          <Select
            label="Группы сравнения"
            data={[
              { value: "KIND", label: "по виду организации" },
              { value: "KIND_AND_SIZE", label: "по виду и размеру" },
            ]}
            value={draft.comparisonGroups}
            onChange={(v) => v && patch({ comparisonGroups: v as EditorDraft["comparisonGroups"] })}
            disabled={!canEdit}
            w={240}
          />
        </Group>
        {errors.directions && (
          <Text c="red" size="sm" mt="xs">
            {errors.directions}
          </Text>
        )}
      </Card>
      <Accordion variant="separated" multiple>
        {version.directions.map((d) => {
          const dd = draft.directions[d.code] ?? { weight: "", isEnabled: true };
          const wrong = [d.code, ...d.indicators.map((i) => i.code)].filter((c) => errors[c]).length;
          return (
            <Accordion.Item key={d.code} value={d.code} data-direction={d.code}>
              <Accordion.Control>
                <Group gap="xs">
                  <b>{d.code}</b> {d.title} <Badge variant="light">вес {dd.weight || "—"}</Badge>
                  {!dd.isEnabled && <Badge color="gray">выключено</Badge>}
                  {wrong > 0 && <Badge color="red">ошибок: {wrong}</Badge>}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Group align="start" mb="sm">
                  <TextInput
                    label={`Вес направления ${d.code}`}
                    value={dd.weight}
                    inputMode="decimal"
                    onChange={(e) => patch({ directions: { ...draft.directions, [d.code]: { ...dd, weight: e.currentTarget.value } } })}
                    error={errors[d.code]}
                    disabled={!canEdit}
                    w={220}
                  />
                  <Switch
                    mt={30}
                    label="Направление включено"
                    checked={dd.isEnabled}
                    onChange={(e) =>
                      patch({ directions: { ...draft.directions, [d.code]: { ...dd, isEnabled: e.currentTarget.checked } } })
                    }
                    disabled={!canEdit}
                  />
                </Group>
                <Table.ScrollContainer minWidth={900}>
                  <Table verticalSpacing={4}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Показатель</Table.Th>
                        <Table.Th>Включён</Table.Th>
                        <Table.Th>В рейтинге</Table.Th>
                        <Table.Th>Правило и параметры</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.indicators.map((i) => {
                        const di = draft.indicators[i.code] ?? { isEnabled: true, usedInRating: true, rule: "" };
                        const set = (next: Partial<typeof di>) =>
                          patch({ indicators: { ...draft.indicators, [i.code]: { ...di, ...next } } });
                        return (
                          <Table.Tr key={i.code} data-indicator={i.code}>
                            <Table.Td>
                              <Text size="sm" title={i.code}>
                                {i.title}
                              </Text>
                              <Text size="xs" c="dimmed">
                                до {String(i.maxPoints).replace(".", ",")} б. · {i.unit}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Switch
                                aria-label={`Показатель включён: ${i.title}`}
                                checked={di.isEnabled}
                                onChange={(e) => set({ isEnabled: e.currentTarget.checked })}
                                disabled={!canEdit}
                              />
                            </Table.Td>
                            <Table.Td>
                              <Switch
                                aria-label={`В рейтинге: ${i.title}`}
                                checked={di.usedInRating}
                                onChange={(e) => set({ usedInRating: e.currentTarget.checked })}
                                disabled={!canEdit}
                              />
                            </Table.Td>
                            <Table.Td>
                              <RuleEditor
                                title={i.title}
                                ruleType={i.ruleType}
                                value={di.rule}
                                onChange={(rule) => set({ rule })}
                                error={errors[i.code]}
                                disabled={!canEdit}
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {canEdit && (
        <Card withBorder padding="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }}>
          <Group justify="space-between" align="end">
            <TextInput label="Комментарий к версии" value={comment} onChange={(e) => setComment(e.currentTarget.value)} w={360} />
            {notice ? (
              <Alert color={notice.color} p="xs" style={{ flex: 1 }} role={notice.color === "red" ? "alert" : "status"}>
                {notice.text}
              </Alert>
            ) : (
              <Text size="sm" c="dimmed">
                {built.count ? `Изменений: ${built.count}` : "Изменений нет"}
              </Text>
            )}
            <Button onClick={onSave} loading={saving.fetching} disabled={built.count === 0}>
              Сохранить новую версию
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
