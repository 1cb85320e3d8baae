// «Объективность»: the municipality's organizations × grade × subject with signal badges and
// filters; one organization's charts below when it is chosen.
import { Alert, Anchor, Group, Select, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { directionHref, type PageSlotProps } from "../../plugin-api.ts";
import { OrganizationSignals } from "./OrganizationSignals.tsx";
import { CyclesQuery, type SignalRow, SignalsQuery } from "./queries.ts";
import { SignalBadge } from "./SignalBadge.tsx";
import { KIND_LABELS, KINDS } from "./signal-text.ts";

interface Row {
  key: string;
  organization: SignalRow["organization"];
  grade: number | null;
  subject: string | null;
  signals: SignalRow[];
}

function rowsOf(signals: readonly SignalRow[]): Row[] {
  const rows = new Map<string, Row>();
  for (const s of signals) {
    const key = `${s.organization.id}|${s.grade}|${s.subject}`;
    const row = rows.get(key) ?? { key, organization: s.organization, grade: s.grade, subject: s.subject, signals: [] };
    rows.set(key, row);
    row.signals.push(s);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.organization.name.localeCompare(b.organization.name, "ru") ||
      (a.grade ?? 0) - (b.grade ?? 0) ||
      (a.subject ?? "").localeCompare(b.subject ?? "", "ru"),
  );
}

export function ObjectivityPage({ cycleId, organizationId }: PageSlotProps) {
  const [{ data: cycles }] = useQuery({ query: CyclesQuery });
  const selected = cycles?.cycles.find((c) => c.id === cycleId) ?? cycles?.cycles[0];
  const [{ data, error, fetching }] = useQuery({ query: SignalsQuery, variables: { cycleId: selected?.id ?? "" }, pause: !selected });
  const [subject, setSubject] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [onlyRaised, setOnlyRaised] = useState(false);
  const all = useMemo(() => rowsOf(data?.objectivitySignals ?? []), [data]);
  const rows = all.filter(
    (r) =>
      (!subject || r.subject === subject) &&
      (!grade || String(r.grade) === grade) &&
      (!onlyRaised || r.signals.some((s) => s.isRaised && s.kind !== "MARK_SHARE_CAP")),
  );
  const subjects = [...new Set(all.map((r) => r.subject ?? ""))].sort();
  const grades = [...new Set(all.map((r) => String(r.grade)))].sort();
  const chosen = all.find((r) => r.organization.id === organizationId)?.organization;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Объективность результатов ВПР</Title>
        <Select
          label="Цикл мониторинга"
          w={300}
          data={(cycles?.cycles ?? []).map((c) => ({ value: c.id, label: `${c.year} · ${c.title}` }))}
          value={selected?.id ?? null}
          onChange={(v) => {
            if (v) window.location.hash = directionHref("objectivity", v);
          }}
        />
      </Group>
      <Text c="dimmed" size="sm">
        Сигналы риска, не выводы: каждый называет свои числа, порог, объём выборки и надёжность. Наведите на значок — пояснение.
      </Text>
      <Group>
        <Select placeholder="Все предметы" clearable data={subjects} value={subject} onChange={setSubject} w={200} />
        <Select
          placeholder="Все параллели"
          clearable
          data={grades.map((g) => ({ value: g, label: `${g} класс` }))}
          value={grade}
          onChange={setGrade}
          w={160}
        />
        <Switch label="Только с сигналами" checked={onlyRaised} onChange={(e) => setOnlyRaised(e.currentTarget.checked)} />
      </Group>
      {error && <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {!fetching && data && all.length === 0 && <Text>Индивидуальные результаты ВПР за этот цикл не загружены.</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Организация</Table.Th>
              <Table.Th>Класс</Table.Th>
              <Table.Th>Предмет</Table.Th>
              {KINDS.map((k) => (
                <Table.Th key={k}>{KIND_LABELS[k]}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Anchor href={directionHref("objectivity", selected?.id, r.organization.id)}>{r.organization.name}</Anchor>
                </Table.Td>
                <Table.Td>{r.grade}</Table.Td>
                <Table.Td>{r.subject}</Table.Td>
                {KINDS.map((k) => (
                  <Table.Td key={k}>
                    <SignalBadge signals={r.signals.filter((s) => s.kind === k)} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {chosen && (
        <OrganizationSignals name={chosen.name} signals={(data?.objectivitySignals ?? []).filter((s) => s.organization.id === chosen.id)} />
      )}
    </Stack>
  );
}
