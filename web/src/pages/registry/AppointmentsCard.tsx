import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { formatDate, todayIso } from "../../format.ts";
import { href } from "../../route.ts";
import { AppointMutation, CreateAccountMutation, EndAppointmentMutation, errorText } from "./api.ts";

interface Appointment {
  id: string;
  position: string;
  isActing: boolean;
  startsOn: string;
  endsOn: string | null;
  orderNumber: string | null;
  orderDate: string | null;
  endReason: string | null;
  isCurrent: boolean;
  leader: { id: string; fullName: string; accountLogin?: string | null };
}

const today = () => todayIso();

export function AppointmentsCard(props: {
  organizationId: string;
  appointments: Appointment[];
  canEdit: boolean;
  isOpen: boolean;
  onChange(): void;
}) {
  const [isAppointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<Appointment | null>(null);
  const [account, setAccount] = useState<{ login: string; temporaryPassword: string } | null>(null);
  const [form, setForm] = useState({
    fullName: "",
    email: "",
    phone: "",
    position: "",
    startsOn: today(),
    isActing: false,
    orderNumber: "",
    orderDate: "",
    endCurrent: true,
  });
  const [end, setEnd] = useState({ endsOn: today(), reason: "" });
  const [appointed, appoint] = useMutation(AppointMutation);
  const [ended, endAppointment] = useMutation(EndAppointmentMutation);
  const [accountResult, createAccount] = useMutation(CreateAccountMutation);
  const set = (key: keyof typeof form, value: string | boolean) => setForm({ ...form, [key]: value });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Руководители (назначения)</Title>
        {props.canEdit && props.isOpen && <Button onClick={() => setAppointing(true)}>Назначить руководителя</Button>}
      </Group>
      {errorText(accountResult.error) && <Alert color="red">{errorText(accountResult.error)}</Alert>}
      {account && (
        <Alert color="green" title="Учётная запись руководителя создана" withCloseButton onClose={() => setAccount(null)}>
          Логин <Code>{account.login}</Code>, временный пароль <Code>{account.temporaryPassword}</Code> — показывается один раз: передайте
          его руководителю.
        </Alert>
      )}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ФИО</Table.Th>
            <Table.Th>Должность</Table.Th>
            <Table.Th>Период</Table.Th>
            <Table.Th>Приказ</Table.Th>
            {props.canEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.appointments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor href={href({ page: "leader", leaderId: a.leader.id })}>{a.leader.fullName}</Anchor>{" "}
                {a.isCurrent && <Badge color="green">в должности</Badge>} {a.isActing && <Badge color="orange">и.о.</Badge>}
              </Table.Td>
              <Table.Td>{a.position}</Table.Td>
              <Table.Td>
                {formatDate(a.startsOn)} — {a.endsOn ? formatDate(a.endsOn) : "по настоящее время"}
                {a.endReason && (
                  <Text size="xs" c="dimmed">
                    {a.endReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{a.orderNumber ? `№ ${a.orderNumber}${a.orderDate ? ` от ${formatDate(a.orderDate)}` : ""}` : "—"}</Table.Td>
              {props.canEdit && (
                <Table.Td>
                  <Group gap="xs">
                    {!a.endsOn && (
                      <Button size="xs" variant="light" onClick={() => setEnding(a)}>
                        Завершить
                      </Button>
                    )}
                    {a.isCurrent && !a.leader.accountLogin && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={async () => {
                          const res = await createAccount({ id: a.id });
                          if (res.data) {
                            setAccount(res.data.createLeaderAccount);
                            props.onChange();
                          }
                        }}
                      >
                        Создать учётную запись
                      </Button>
                    )}
                    {a.leader.accountLogin && <Text size="xs">вход: {a.leader.accountLogin}</Text>}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {props.appointments.length === 0 && <Text c="dimmed">Руководитель не назначен.</Text>}
      <Modal opened={isAppointing} onClose={() => setAppointing(false)} title="Назначение руководителя" size="lg">
        <Stack>
          <TextInput label="ФИО" required value={form.fullName} onChange={(e) => set("fullName", e.currentTarget.value)} />
          <SimpleGrid cols={2}>
            <TextInput label="E-mail" value={form.email} onChange={(e) => set("email", e.currentTarget.value)} />
            <TextInput label="Телефон" value={form.phone} onChange={(e) => set("phone", e.currentTarget.value)} />
            <TextInput
              label="Должность"
              placeholder="Директор"
              value={form.position}
              onChange={(e) => set("position", e.currentTarget.value)}
            />
            <DateField label="Дата назначения" value={form.startsOn || null} onChange={(v) => set("startsOn", v ?? "")} />
            <TextInput label="Номер приказа" value={form.orderNumber} onChange={(e) => set("orderNumber", e.currentTarget.value)} />
            <DateField label="Дата приказа" value={form.orderDate || null} onChange={(v) => set("orderDate", v ?? "")} />
          </SimpleGrid>
          <Checkbox
            label="исполняющий обязанности (и.о.)"
            checked={form.isActing}
            onChange={(e) => set("isActing", e.currentTarget.checked)}
          />
          <Checkbox
            label="завершить назначение действующего руководителя накануне"
            checked={form.endCurrent}
            onChange={(e) => set("endCurrent", e.currentTarget.checked)}
          />
          {errorText(appointed.error) && <Alert color="red">{errorText(appointed.error)}</Alert>}
          <Group justify="flex-end">
            <Button
              onClick={async () => {
                const res = await appoint({
                  input: {
                    organizationId: props.organizationId,
                    fullName: form.fullName,
                    email: form.email || null,
                    phone: form.phone || null,
                    position: form.position || null,
                    startsOn: form.startsOn,
                    isActing: form.isActing,
                    orderNumber: form.orderNumber || null,
                    orderDate: form.orderDate || null,
                    endCurrent: form.endCurrent,
                  },
                });
                if (res.data) {
                  setAppointing(false);
                  props.onChange();
                }
              }}
            >
              Назначить
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={ending !== null} onClose={() => setEnding(null)} title={`Завершить назначение: ${ending?.leader.fullName ?? ""}`}>
        <Stack>
          <DateField label="Последний день в должности" value={end.endsOn || null} onChange={(v) => setEnd({ ...end, endsOn: v ?? "" })} />
          <TextInput
            label="Основание"
            placeholder="увольнение, перевод…"
            value={end.reason}
            onChange={(e) => setEnd({ ...end, reason: e.currentTarget.value })}
          />
          {errorText(ended.error) && <Alert color="red">{errorText(ended.error)}</Alert>}
          <Button
            onClick={async () => {
              const res = await endAppointment({ id: ending?.id ?? "", endsOn: end.endsOn, reason: end.reason || null });
              if (res.data) {
                setEnding(null);
                props.onChange();
              }
            }}
          >
            Завершить
          </Button>
        </Stack>
      </Modal>
    </Card>
  );
}
