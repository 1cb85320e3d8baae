// The operator's data entry for any organization: the same generated form the head uses.
import { Alert, Group, Loader, Select, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { useCycles } from "../../components/current-cycle.tsx";
import { useShell } from "../../components/viewer.tsx";
import { STATUS_LABELS } from "../../format.ts";
import { DataEntryForm } from "../../forms/DataEntryForm.tsx";
import { graphql } from "../../graphql.ts";

// The organizations of the municipality the shell works in (regional staff choose it in the header).
const EntryChoicesQuery = graphql(`
  query EntryChoices($municipalityId: ID) {
    organizations(first: 200, filter: { municipalityId: $municipalityId }) { edges { node { id name kind } } }
  }
`);

export function DataEntryPage(props: { cycleId?: string; organizationId?: string }) {
  const { municipalityId } = useShell();
  const { cycles: shellCycles } = useCycles();
  const [{ data, error }] = useQuery({ query: EntryChoicesQuery, variables: { municipalityId } });
  const [cycleId, setCycleId] = useState<string | null>(props.cycleId ?? null);
  const [organizationId, setOrganizationId] = useState<string | null>(props.organizationId ?? null);
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  if (!data) return <Loader />;
  const cycles = shellCycles.filter((c) => c.isOpenForData);
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles[0];
  const organizations = data.organizations.edges.map((e) => e.node);
  const organization = organizations.find((o) => o.id === organizationId);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Ввод данных</Title>
        <Group>
          <Select
            label="Цикл"
            w={240}
            data={cycles.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
            value={cycle?.id ?? null}
            onChange={setCycleId}
          />
          <Select
            label="Организация"
            w={360}
            searchable
            placeholder="выберите организацию"
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organization?.id ?? null}
            onChange={setOrganizationId}
          />
        </Group>
      </Group>
      {!cycle && <Alert>Нет цикла на этапе сбора данных или экспертизы.</Alert>}
      {cycle && !organization && <Alert>Выберите организацию, чтобы увидеть и изменить её данные.</Alert>}
      {cycle && organization && (
        <DataEntryForm
          key={`${cycle.id}/${organization.id}`}
          cycleId={cycle.id}
          organizationId={organization.id}
          organizationKind={organization.kind}
        />
      )}
    </Stack>
  );
}
