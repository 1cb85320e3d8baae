import { Alert, Anchor, Badge, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { formatDate, formatPercent, KIND_LABELS, LEVEL_COLORS, LEVEL_LABELS, todayIso } from "../../format.ts";
import { href } from "../../route.ts";
import { AppointmentsCard } from "./AppointmentsCard.tsx";
import {
  CloseOrganizationMutation,
  errorText,
  OrganizationQuery,
  REORGANIZATION_LABELS,
  ReopenOrganizationMutation,
  UndoReorganizationMutation,
  UpdateOrganizationMutation,
} from "./api.ts";
import { OrganizationForm, toInput } from "./OrganizationForm.tsx";
import { ReorganizeForm } from "./ReorganizeForm.tsx";

const links = (list: { id: string; name: string }[]) =>
  list.length
    ? list.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ", "}
          <Anchor href={href({ page: "organization", organizationId: o.id })}>{o.name}</Anchor>
        </span>
      ))
    : "—";

export function OrganizationPage(props: { organizationId: string; canEdit: boolean }) {
  const [{ data, fetching }, refetch] = useQuery({ query: OrganizationQuery, variables: { id: props.organizationId } });
  const [modal, setModal] = useState<"edit" | "close" | "reorganize" | null>(null);
  const [closedOn, setClosedOn] = useState(todayIso());
  const [updated, update] = useMutation(UpdateOrganizationMutation);
  const [closed, close] = useMutation(CloseOrganizationMutation);
  const [reopened, reopen] = useMutation(ReopenOrganizationMutation);
  const [undone, undo] = useMutation(UndoReorganizationMutation);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const org = data?.organization;
  if (fetching && !org) return <Loader />;
  if (!org) return <Alert color="gray">Организация не найдена.</Alert>;
  const fields: [string, string][] = [
    ["Полное наименование", org.fullName],
    ["Вид / тип", `${KIND_LABELS[org.kind]}${org.orgType ? ` · ${org.orgType}` : ""}`],
    ["ИНН / КПП / ОГРН", [org.inn ?? "—", org.kpp ?? "—", org.ogrn ?? "—"].join(" / ")],
    ["Логин ФИС ОКО", org.fisOkoLogin ?? "—"],
    ["Адрес", org.address ?? "—"],
    ["Численность обучающихся", org.contingent === null ? "—" : String(org.contingent)],
    ["Муниципалитет", org.municipality.name],
    ["Открыта / закрыта", `${formatDate(org.openedOn)} / ${formatDate(org.closedOn)}`],
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {org.name} {!org.isOpen && <Badge color="gray">закрыта {formatDate(org.closedOn)}</Badge>}
        </Title>
        {props.canEdit && (
          <Group>
            <Button variant="default" onClick={() => setModal("edit")}>
              Изменить
            </Button>
            {org.isOpen ? (
              <>
                <Button variant="default" onClick={() => setModal("reorganize")}>
                  Реорганизация
                </Button>
                <Button color="red" variant="light" onClick={() => setModal("close")}>
                  Закрыть
                </Button>
              </>
            ) : (
              <Button variant="light" onClick={async () => (await reopen({ id: org.id })).data && reload()}>
                Открыть снова
              </Button>
            )}
          </Group>
        )}
      </Group>
      {errorText(reopened.error ?? undone.error) && <Alert color="red">{errorText(reopened.error ?? undone.error)}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={2} spacing="xs">
          {fields.map(([label, value]) => (
            <div key={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <AppointmentsCard
        organizationId={org.id}
        appointments={org.appointments}
        canEdit={props.canEdit}
        isOpen={org.isOpen}
        onChange={reload}
      />
      <Card withBorder>
        <Title order={4} mb="sm">
          Реорганизации
        </Title>
        <Text size="sm">Предшественники: {links(org.predecessors)}</Text>
        <Text size="sm">Правопреемники: {links(org.successors)}</Text>
        {org.reorganizations.map((r) => (
          <Group key={r.id} gap="xs" mt="xs">
            <Text size="sm">
              {formatDate(r.date)} — {REORGANIZATION_LABELS[r.kind]}
              {r.orderNumber ? ` (приказ № ${r.orderNumber})` : ""}: {r.predecessors.map((p) => p.name).join(", ") || org.name}
              {r.successors.length ? ` → ${r.successors.map((s) => s.name).join(", ")}` : ""}
            </Text>
            {props.canEdit && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={async () => (await undo({ id: r.id })).data && reload()}>
                отменить
              </Button>
            )}
          </Group>
        ))}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Результаты прошлых циклов
        </Title>
        {org.pastResults.length === 0 ? (
          <Text c="dimmed">Нет результатов.</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Год</Table.Th>
                <Table.Th>Организация</Table.Th>
                <Table.Th>Руководитель</Table.Th>
                <Table.Th>Итог</Table.Th>
                <Table.Th>Уровень</Table.Th>
                <Table.Th>Место</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {org.pastResults.map((r) => (
                <Table.Tr key={`${r.cycle.id}-${r.organization.id}`}>
                  <Table.Td>
                    <Anchor href={href({ page: "scorecard", cycleId: r.cycle.id, organizationId: r.organization.id })}>
                      {r.cycle.year}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.organization.name}</Table.Td>
                  <Table.Td>
                    {r.leader?.fullName ?? "—"} {r.isNewLeader && <Badge color="blue">новый руководитель</Badge>}
                  </Table.Td>
                  <Table.Td>{formatPercent(r.totalPercent)}</Table.Td>
                  <Table.Td>{r.level ? <Badge color={LEVEL_COLORS[r.level]}>{LEVEL_LABELS[r.level]}</Badge> : "—"}</Table.Td>
                  <Table.Td>{r.rank ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Modal opened={modal === "edit"} onClose={() => setModal(null)} title="Реквизиты организации" size="lg">
        <OrganizationForm
          initial={{
            fullName: org.fullName,
            shortName: org.shortName,
            kind: org.kind,
            orgType: org.orgType,
            inn: org.inn ?? "",
            kpp: org.kpp ?? "",
            ogrn: org.ogrn ?? "",
            fisOkoLogin: org.fisOkoLogin ?? "",
            address: org.address ?? "",
            contingent: org.contingent,
            municipalityId: org.municipality.id,
          }}
          municipalities={[]}
          submitLabel="Сохранить"
          error={errorText(updated.error)}
          onCancel={() => setModal(null)}
          onSubmit={async (values) => {
            if ((await update({ id: org.id, input: toInput(values) })).data) {
              setModal(null);
              reload();
            }
          }}
        />
      </Modal>
      <Modal opened={modal === "close"} onClose={() => setModal(null)} title="Закрыть организацию">
        <Stack>
          <DateField label="Дата закрытия" value={closedOn || null} onChange={(v) => setClosedOn(v ?? "")} />
          <Text size="sm" c="dimmed">
            Действующий руководитель будет освобождён этой датой.
          </Text>
          {errorText(closed.error) && <Alert color="red">{errorText(closed.error)}</Alert>}
          <Button
            color="red"
            onClick={async () => {
              if ((await close({ id: org.id, closedOn })).data) {
                setModal(null);
                reload();
              }
            }}
          >
            Закрыть
          </Button>
        </Stack>
      </Modal>
      <Modal opened={modal === "reorganize"} onClose={() => setModal(null)} title="Реорганизация" size="lg">
        <ReorganizeForm
          from={{ id: org.id, name: org.name, kind: org.kind }}
          onDone={() => {
            setModal(null);
            reload();
          }}
        />
      </Modal>
    </Stack>
  );
}
