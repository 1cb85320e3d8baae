// The operator's desk: every recommendation of the cycle with filters, bulk approval and sending,
// text edits and drops with a reason.
import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import type { ResultOf } from "../../graphql.ts";
import {
  ApproveRecommendations,
  DropRecommendation,
  errorText,
  REC_STATUS,
  type RecommendationsQuery,
  type RecStatus,
  SendRecommendations,
  UpdateRecommendation,
} from "./api.ts";

type Rec = ResultOf<typeof RecommendationsQuery>["recommendations"][number];

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
  const [editing, setEditing] = useState<{ rec: Rec; mode: "edit" | "drop"; text: string } | null>(null);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const [, approve] = useMutation(ApproveRecommendations);
  const [, send] = useMutation(SendRecommendations);
  const [, update] = useMutation(UpdateRecommendation);
  const [, drop] = useMutation(DropRecommendation);

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
  const save = async () => {
    if (!editing) return;
    const res =
      editing.mode === "edit"
        ? await update({ id: editing.rec.id, text: editing.text })
        : await drop({ id: editing.rec.id, reason: editing.text });
    const error = errorText(res.error);
    if (error) return setNotice({ color: "red", text: error });
    setEditing(null);
    reload();
  };
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
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === "drop" ? "Снять рекомендацию" : "Текст рекомендации"}
      >
        <Stack>
          <Textarea
            autosize
            minRows={3}
            label={editing?.mode === "drop" ? "Причина" : "Текст"}
            value={editing?.text ?? ""}
            onChange={(e) => editing && setEditing({ ...editing, text: e.currentTarget.value })}
          />
          <Button onClick={save}>{editing?.mode === "drop" ? "Снять" : "Сохранить"}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
