import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { useShell } from "../components/viewer.tsx";
import { formatDate, KIND_LABELS } from "../format.ts";
import { href } from "../route.ts";
import { CreateOrganizationMutation, errorText, ORG_TYPES, OrganizationListQuery } from "./registry/api.ts";
import { emptyOrganization, OrganizationForm, toInput } from "./registry/OrganizationForm.tsx";

type Kind = keyof typeof KIND_LABELS;
const STATUS = [
  { value: "open", label: "действующие" },
  { value: "closed", label: "закрытые" },
  { value: "all", label: "все" },
];

export function OrganizationsPage(props: { canEdit: boolean }) {
  const [kind, setKind] = useState<Kind | "ALL">("ALL");
  const [search, setSearch] = useState("");
  const [orgType, setOrgType] = useState<string | null>(null);
  const [status, setStatus] = useState("open");
  const [withoutLeader, setWithoutLeader] = useState(false);
  const [actingLeader, setActingLeader] = useState(false);
  // The header's municipality is the default; the filter here may widen it to the whole region.
  const headerMunicipality = useShell().municipalityId;
  const [municipalityId, setMunicipalityId] = useState<string | null>(headerMunicipality);
  useEffect(() => {
    setMunicipalityId(headerMunicipality);
    setCursors([null]);
  }, [headerMunicipality]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [isCreating, setCreating] = useState(false);
  const after = cursors[cursors.length - 1] ?? null;
  const filter = {
    search: search.trim() || null,
    orgType,
    isOpen: status === "all" ? null : status === "open",
    withoutLeader: withoutLeader || null,
    actingLeader: actingLeader || null,
    municipalityId,
  };
  const [{ data, error }, refetch] = useQuery({
    query: OrganizationListQuery,
    variables: { kind: kind === "ALL" ? null : kind, after, filter },
  });
  const [created, create] = useMutation(CreateOrganizationMutation);
  const page = data?.organizations;
  const municipalities = data?.municipalities ?? [];
  const reset =
    <T,>(setter: (v: T) => void) =>
    (value: T) => {
      setter(value);
      setCursors([null]);
    };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Организации</Title>
        {props.canEdit && <Button onClick={() => setCreating(true)}>Добавить организацию</Button>}
      </Group>
      <Group align="end">
        <TextInput
          label="Поиск"
          placeholder="наименование, ИНН, логин"
          value={search}
          onChange={(e) => reset(setSearch)(e.currentTarget.value)}
          w={260}
        />
        <SegmentedControl
          value={kind}
          onChange={(v) => {
            reset(setKind)(v as Kind | "ALL");
            setOrgType(null);
          }}
          data={[{ value: "ALL", label: "Все" }, ...Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))]}
        />
        <Select
          label="Тип"
          w={170}
          clearable
          value={orgType}
          onChange={reset(setOrgType)}
          data={kind === "ALL" ? Object.values(ORG_TYPES).flat() : [...ORG_TYPES[kind]]}
        />
        <Select
          label="Состояние"
          w={150}
          value={status}
          allowDeselect={false}
          onChange={(v) => reset(setStatus)(v ?? "open")}
          data={STATUS}
        />
        {municipalities.length > 1 && (
          <Select
            label="Муниципалитет"
            w={200}
            clearable
            value={municipalityId}
            onChange={reset(setMunicipalityId)}
            data={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
      </Group>
      <Group>
        <Checkbox label="без руководителя" checked={withoutLeader} onChange={(e) => reset(setWithoutLeader)(e.currentTarget.checked)} />
        <Checkbox
          label="с исполняющим обязанности"
          checked={actingLeader}
          onChange={(e) => reset(setActingLeader)(e.currentTarget.checked)}
        />
      </Group>
      {error && <Alert color="red">{errorText(error)}</Alert>}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Организация</Table.Th>
            <Table.Th>Тип</Table.Th>
            <Table.Th>Руководитель</Table.Th>
            <Table.Th>ИНН</Table.Th>
            <Table.Th>Логин ФИС ОКО</Table.Th>
            {municipalities.length > 1 && <Table.Th>Муниципалитет</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page?.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>
                <Anchor href={href({ page: "organization", organizationId: node.id })}>{node.name}</Anchor>{" "}
                {!node.isOpen && <Badge color="gray">закрыта</Badge>}
              </Table.Td>
              <Table.Td>{node.orgType ?? KIND_LABELS[node.kind]}</Table.Td>
              <Table.Td>
                {node.currentAppointment ? (
                  <>
                    {node.currentAppointment.leader.fullName} {node.currentAppointment.isActing && <Badge color="orange">и.о.</Badge>}{" "}
                    <Text span c="dimmed" size="sm">
                      с {formatDate(node.currentAppointment.startsOn)}
                    </Text>
                  </>
                ) : (
                  <Badge color="red" variant="light">
                    нет руководителя
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{node.inn ?? "—"}</Table.Td>
              <Table.Td>{node.fisOkoLogin ?? "—"}</Table.Td>
              {municipalities.length > 1 && <Table.Td>{node.municipality.name}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {page && page.edges.length === 0 && <div>Ничего не найдено.</div>}
      <Group>
        <Button variant="default" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          Назад
        </Button>
        <Button
          variant="default"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}
        >
          Далее
        </Button>
      </Group>
      <Modal opened={isCreating} onClose={() => setCreating(false)} title="Новая организация" size="lg">
        <OrganizationForm
          initial={emptyOrganization}
          municipalities={municipalities}
          submitLabel="Создать"
          error={errorText(created.error)}
          onCancel={() => setCreating(false)}
          onSubmit={async (values) => {
            const res = await create({ input: toInput(values) });
            if (res.data) {
              setCreating(false);
              window.location.hash = href({ page: "organization", organizationId: res.data.createOrganization.id });
              refetch({ requestPolicy: "network-only" });
            }
          }}
        />
      </Modal>
    </Stack>
  );
}
