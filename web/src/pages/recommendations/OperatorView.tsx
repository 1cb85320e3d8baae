// The operator's desk: every recommendation of the cycle with filters, bulk approval and sending,
// text edits, drops with a reason, merging several of one organization, and the operator's own.
import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import type { ResultOf } from "../../graphql.ts";
import {
  AddRecommendation,
  ApproveRecommendations,
  DropRecommendation,
  errorText,
  MergeRecommendations,
  REC_STATUS,
  type RecommendationsQuery,
  type RecStatus,
  SendRecommendations,
  UpdateRecommendation,
} from "./api.ts";

type Rec = ResultOf<typeof RecommendationsQuery>["recommendations"][number];

/** What the dialog is doing: one record's text or drop reason, a merge of the selected, or a new one. */
type Editing =
  | { mode: "edit"; rec: Rec; text: string }
  | { mode: "drop"; rec: Rec; text: string }
  | { mode: "merge"; ids: string[]; text: string }
  | { mode: "add"; organizationId: string | null; directionCode: string | null; text: string };

const DIALOG_TITLES: Record<Editing["mode"], string> = {
  edit: "Текст рекомендации",
  drop: "Снять рекомендацию",
  merge: "Объединить рекомендации",
  add: "Своя рекомендация",
};

export function RecBadges({ r }: { r: Rec }) {
  return (
    <Group gap={4}>
      <Badge color={REC_STATUS[r.status as RecStatus].color}>{REC_STATUS[r.status as RecStatus].label}</Badge>
      {r.isRepeated && (
        <Badge color="red" variant="light">
          повторный дефицит
        </Badge>
      )}
      {r.isOutdated && (
        <Badge color="orange" variant="outline">
          устарела
        </Badge>
      )}
      {r.isOwn && <Badge variant="outline">своя</Badge>}
      {r.isOverdue && <Badge color="red">просрочена</Badge>}
    </Group>
  );
}

export function OperatorView(props: { cycleId: string; items: Rec[]; reload: () => void; canAct: boolean }) {
  const { cycleId, items, reload, canAct } = props;
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [direction, setDirection] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isOverdueOnly, setOverdueOnly] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const [, approve] = useMutation(ApproveRecommendations);
  const [, send] = useMutation(SendRecommendations);
  const [, update] = useMutation(UpdateRecommendation);
  const [, drop] = useMutation(DropRecommendation);
  const [, merge] = useMutation(MergeRecommendations);
  const [, add] = useMutation(AddRecommendation);

  const organizations = [...new Map(items.map((r) => [r.organization.id, r.organization.name])).entries()];
  const directions = [...new Set(items.map((r) => r.directionCode).filter((d): d is string => !!d))].sort((a, b) =>
    a.localeCompare(b, "ru", { numeric: true }),
  );
  const shown = items.filter(
    (r) =>
      (!organizationId || r.organization.id === organizationId) &&
      (!direction || r.directionCode === direction) &&
      (!status || r.status === status) &&
      (!isOverdueOnly || r.isOverdue),
  );
  const ids = selected.size ? [...selected] : shown.map((r) => r.id);
  const run = async (what: "approve" | "send") => {
    const res = what === "approve" ? await approve({ cycleId, ids }) : await send({ cycleId, ids });
    const error = errorText(res.error);
    const count = res.data ? ("approveRecommendations" in res.data ? res.data.approveRecommendations : res.data.sendRecommendations) : 0;
    setNotice(
      error
        ? { color: "red", text: error }
        : { color: "green", text: `${what === "approve" ? "Утверждено" : "Направлено руководителям"}: ${count}.` },
    );
    setSelected(new Set());
    reload();
  };
  const submit = (e: Editing) => {
    if (e.mode === "edit") return update({ id: e.rec.id, text: e.text });
    if (e.mode === "drop") return drop({ id: e.rec.id, reason: e.text });
    if (e.mode === "merge") return merge({ ids: e.ids, text: e.text });
    return add({ input: { cycleId, organizationId: e.organizationId ?? "", directionCode: e.directionCode, text: e.text } });
  };
  const save = async () => {
    if (!editing) return;
    const res = await submit(editing);
    const error = errorText(res.error);
    if (error) return setNotice({ color: "red", text: error });
    if (editing.mode === "merge") setSelected(new Set());
    setEditing(null);
    reload();
  };
  const chosen = items.filter((r) => selected.has(r.id));
  const isMergeable = chosen.length >= 2 && new Set(chosen.map((r) => r.organization.id)).size === 1;
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <Stack>
      <Group align="end">
        <Select
          label="Организация"
          w={260}
          clearable
          searchable
          data={organizations.map(([value, label]) => ({ value, label }))}
          value={organizationId}
          onChange={setOrganizationId}
        />
        <Select label="Направление" w={140} clearable data={directions} value={direction} onChange={setDirection} />
        <Select
          label="Статус"
          w={200}
          clearable
          data={Object.entries(REC_STATUS).map(([value, s]) => ({ value, label: s.label }))}
          value={status}
          onChange={setStatus}
        />
        <Checkbox label="только просроченные" checked={isOverdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      <Group display={canAct ? undefined : "none"}>
        <Button onClick={() => run("approve")}>
          {selected.size ? `Утвердить выбранные (${selected.size})` : "Утвердить показанные черновики"}
        </Button>
        <Button variant="light" onClick={() => run("send")}>
          {selected.size ? `Направить выбранные (${selected.size})` : "Направить утверждённые руководителям"}
        </Button>
        <Button
          variant="light"
          disabled={!isMergeable}
          title={isMergeable ? undefined : "Выберите две или больше рекомендации одной организации"}
          onClick={() => setEditing({ mode: "merge", ids: chosen.map((r) => r.id), text: chosen.map((r) => r.text).join("\n") })}
        >
          Объединить выбранные
        </Button>
        <Button variant="subtle" onClick={() => setEditing({ mode: "add", organizationId, directionCode: direction, text: "" })}>
          Добавить свою
        </Button>
        <Text size="sm" c="dimmed">
          Показано: {shown.length} из {items.length}
        </Text>
      </Group>
      {notice && <Alert color={notice.color}>{notice.text}</Alert>}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>Организация</Table.Th>
            <Table.Th>Код</Table.Th>
            <Table.Th>Рекомендация</Table.Th>
            <Table.Th miw={200}>Статус</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.id} data-rec={r.id}>
              <Table.Td>
                <Checkbox aria-label="выбрать" disabled={!canAct} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
              </Table.Td>
              <Table.Td>{r.organization.name}</Table.Td>
              <Table.Td>{r.indicatorCode ?? r.directionCode ?? "—"}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.text}</Text>
                {r.isOutdated && (
                  <Text size="xs" c="orange">
                    Текст написан для значения «{r.basisValue ?? "—"}», сейчас — «{r.currentValue ?? "дефицита нет"}».
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RecBadges r={r} />
              </Table.Td>
              <Table.Td>
                {canAct && (r.status === "DRAFT" || r.status === "APPROVED") && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ rec: r, mode: "edit", text: r.text })}>
                      Изменить
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setEditing({ rec: r, mode: "drop", text: "" })}>
                      Снять
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? DIALOG_TITLES[editing.mode] : ""}>
        <Stack>
          {editing?.mode === "add" && (
            <>
              <Select
                label="Организация"
                searchable
                data={organizations.map(([value, label]) => ({ value, label }))}
                value={editing.organizationId}
                onChange={(value) => setEditing({ ...editing, organizationId: value })}
              />
              <Select
                label="Направление (необязательно)"
                clearable
                data={directions}
                value={editing.directionCode}
                onChange={(value) => setEditing({ ...editing, directionCode: value })}
              />
            </>
          )}
          {editing?.mode === "merge" && (
            <Text size="sm" c="dimmed">
              Останется одна рекомендация с этим текстом; остальные {editing.ids.length - 1} будут отмечены как объединённые.
            </Text>
          )}
          <Textarea
            autosize
            minRows={3}
            label={editing?.mode === "drop" ? "Причина" : "Текст"}
            value={editing?.text ?? ""}
            onChange={(e) => editing && setEditing({ ...editing, text: e.currentTarget.value })}
          />
          <Button onClick={save}>{editing?.mode === "drop" ? "Снять" : editing?.mode === "merge" ? "Объединить" : "Сохранить"}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
