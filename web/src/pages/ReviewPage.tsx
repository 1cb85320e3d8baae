import { Alert, Badge, Drawer, Group, Loader, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { useCycles } from "../components/current-cycle.tsx";
import { STATUS_LABELS } from "../format.ts";
import { href } from "../route.ts";
import { AssignForm } from "./review/AssignForm.tsx";
import { errorText, REVIEW_STATUS, type ReviewItem, ReviewMethodologyQuery, ReviewQuery, type Role } from "./review/api.ts";
import { LeaderCorrection } from "./review/LeaderCorrection.tsx";
import { ReviewPanel } from "./review/ReviewPanel.tsx";
import { ReviewQueue } from "./review/ReviewQueue.tsx";

const itemKey = (item: ReviewItem) => `${item.organization.id}|${item.direction}`;

export function ReviewPage({ cycleId, role }: { cycleId?: string; role: Role | null }) {
  if (!role) return <Alert>Войдите в систему: экспертиза доступна оператору, эксперту, управлению образования и руководителю.</Alert>;
  return <Review cycleId={cycleId} role={role} />;
}

function Review({ cycleId, role }: { cycleId?: string; role: Role }) {
  const { cycles: list, fetching: isLoadingCycles } = useCycles();
  // Cycles come newest first: the one under review, else the newest.
  const cycle = list.find((c) => c.id === cycleId) ?? list.find((c) => c.isOpenForData) ?? list[0];
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReviewQuery, variables: { cycleId: cycle?.id ?? "" }, pause: !cycle });
  const [{ data: methodology }] = useQuery({ query: ReviewMethodologyQuery });
  const [status, setStatus] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });

  const items = data?.reviewItems ?? [];
  const organizations = [...new Map(items.map((i) => [i.organization.id, i.organization])).values()];
  const shown = items.filter((i) => (!status || i.status === status) && (!organizationId || i.organization.id === organizationId));
  const selected = items.find((i) => itemKey(i) === selectedKey) ?? null;
  const returned = role === "LEADER" ? items.filter((i) => i.status === "RETURNED") : [];
  const summary = data?.reviewSummary;

  if (!isLoadingCycles && !cycle) return <Alert>Циклов мониторинга пока нет.</Alert>;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Экспертиза</Title>
        <Select
          label="Цикл мониторинга"
          w={360}
          data={list.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
          value={cycle?.id ?? null}
          onChange={(value) => {
            if (!value) return;
            setSelectedKey(null);
            setOrganizationId(null);
            window.location.hash = href({ page: "review", cycleId: value });
          }}
        />
      </Group>
      {cycle && !cycle.isOpenForData && (
        <Text c="dimmed" size="sm">
          {cycle.title}: статус «{STATUS_LABELS[cycle.status]}», решения экспертизы уже не меняются.
        </Text>
      )}
      {error && <Alert color="orange">{errorText(error)}</Alert>}
      {summary && (
        <Group gap="xs">
          <Text size="sm">Всего направлений организаций: {summary.total}</Text>
          <Badge color="green">принято: {summary.accepted}</Badge>
          <Badge color="orange">возвращено: {summary.returned}</Badge>
          <Badge color="blue">исправлено, ждёт проверки: {summary.resubmitted}</Badge>
          <Badge color="gray">не проверено: {summary.pending}</Badge>
          <Badge color="grape" variant="light">
            без эксперта: {summary.unassigned}
          </Badge>
          {summary.isComplete && (
            <Badge color="green" variant="outline">
              экспертиза завершена
            </Badge>
          )}
        </Group>
      )}
      {cycle &&
        returned.map((item) => (
          <LeaderCorrection
            key={itemKey(item)}
            cycleId={cycle.id}
            item={item}
            methodology={methodology}
            isOpen={cycle.isOpenForData}
            onDone={(text) => {
              setNotice(text);
              reload();
            }}
          />
        ))}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {cycle && role === "OPERATOR" && (
        <AssignForm
          key={cycle.id}
          cycleId={cycle.id}
          organizations={organizations}
          directions={methodology?.directions ?? []}
          isOpen={cycle.viewerCan.assignExperts}
          onDone={reload}
        />
      )}
      <Group align="end">
        <Select
          label="Статус"
          placeholder="все"
          clearable
          w={260}
          data={Object.entries(REVIEW_STATUS).map(([value, s]) => ({ value, label: s.label }))}
          value={status}
          onChange={setStatus}
        />
        {organizations.length > 1 && (
          <Select
            label="Организация"
            placeholder="все"
            clearable
            searchable
            w={320}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organizationId}
            onChange={setOrganizationId}
          />
        )}
        <Text size="sm" c="dimmed">
          показано {shown.length} из {items.length}
        </Text>
      </Group>
      {fetching && !data && <Loader />}
      {data && items.length === 0 && (
        <Text>{role === "EXPERT" ? "Вам не назначено ни одного направления в этом цикле." : "Направлений для экспертизы нет."}</Text>
      )}
      {shown.length > 0 && <ReviewQueue items={shown} selectedKey={selectedKey} onSelect={(item) => setSelectedKey(itemKey(item))} />}
      <Drawer
        opened={selected !== null}
        onClose={() => setSelectedKey(null)}
        position="right"
        size="xl"
        title={selected ? `${selected.organization.name} · ${selected.direction}. ${selected.directionTitle}` : ""}
      >
        {selected && cycle && (
          <ReviewPanel
            key={itemKey(selected)}
            cycleId={cycle.id}
            isOpen={cycle.isOpenForData}
            item={selected}
            role={role}
            methodology={methodology}
            onChanged={reload}
          />
        )}
      </Drawer>
    </Stack>
  );
}
