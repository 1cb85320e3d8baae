// The operator assigns an expert to directions of organizations, or removes assignments.
import { Accordion, Alert, Button, Group, MultiSelect, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { AssignMutation, ExpertsQuery, errorText, UnassignMutation } from "./api.ts";

export function AssignForm(props: {
  cycleId: string;
  organizations: readonly { id: string; name: string }[];
  directions: readonly { code: string; title: string }[];
  isOpen: boolean;
  onDone: () => void;
}) {
  const [{ data, error }] = useQuery({ query: ExpertsQuery });
  const [assigning, assign] = useMutation(AssignMutation);
  const [unassigning, unassign] = useMutation(UnassignMutation);
  const [expertId, setExpertId] = useState<string | null>(null);
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [directions, setDirections] = useState<string[]>([]);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const expert = data?.experts.find((e) => e.id === expertId);

  const missing = () => (!organizationIds.length ? "Выберите организации." : !directions.length ? "Выберите направления." : null);

  const onAssign = async () => {
    const problem = expertId ? missing() : "Выберите эксперта.";
    if (problem || !expertId) return setMessage({ color: "red", text: problem ?? "" });
    const result = await assign({ cycleId: props.cycleId, expertId, organizationIds, directions });
    if (result.error) return setMessage({ color: "red", text: errorText(result.error) });
    setMessage({ color: "green", text: `Назначено: ${result.data?.assignExpert ?? 0} (эксперт ${expert?.fullName ?? ""}).` });
    props.onDone();
  };

  const onUnassign = async () => {
    const problem = missing();
    if (problem) return setMessage({ color: "red", text: problem });
    const result = await unassign({ cycleId: props.cycleId, organizationIds, directions });
    if (result.error) return setMessage({ color: "red", text: errorText(result.error) });
    setMessage({ color: "green", text: `Снято назначений: ${result.data?.unassignExperts ?? 0}.` });
    props.onDone();
  };

  return (
    // Folded once the review is over: the table matters more then.
    <Accordion variant="contained" defaultValue={props.isOpen ? "assign" : null}>
      <Accordion.Item value="assign">
        <Accordion.Control>Назначить эксперта</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {error && <Alert color="orange">{errorText(error)}</Alert>}
            {!props.isOpen && (
              <Text size="sm" c="dimmed">
                Экспертов назначают до завершения экспертизы цикла.
              </Text>
            )}
            <Group align="end">
              <Select
                label="Эксперт"
                placeholder="выберите"
                searchable
                w={280}
                data={(data?.experts ?? []).map((e) => ({
                  value: e.id,
                  label: e.organization ? `${e.fullName} (${e.organization.name})` : e.fullName,
                }))}
                value={expertId}
                onChange={setExpertId}
              />
              <MultiSelect
                label="Направления"
                placeholder="D1…D9"
                w={280}
                data={props.directions.map((d) => ({ value: d.code, label: `${d.code}. ${d.title}` }))}
                value={directions}
                onChange={setDirections}
              />
            </Group>
            <Group align="end">
              <MultiSelect
                label="Организации"
                placeholder="выберите"
                searchable
                w={572}
                styles={{ input: { maxHeight: 120, overflowY: "auto" } }}
                data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
                value={organizationIds}
                onChange={setOrganizationIds}
              />
              <Button variant="subtle" size="xs" onClick={() => setOrganizationIds(props.organizations.map((o) => o.id))}>
                все
              </Button>
              <Button variant="subtle" size="xs" onClick={() => setOrganizationIds([])} disabled={!organizationIds.length}>
                очистить
              </Button>
            </Group>
            {expert?.organization && (
              <Text size="xs" c="dimmed">
                Эксперт работает в «{expert.organization.name}» и не может оценивать эту организацию.
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Выбрано организаций: {organizationIds.length} из {props.organizations.length}
            </Text>
            {message && <Alert color={message.color}>{message.text}</Alert>}
            <Group>
              <Button onClick={onAssign} loading={assigning.fetching} disabled={!props.isOpen}>
                Назначить
              </Button>
              <Button variant="light" color="red" onClick={onUnassign} loading={unassigning.fetching} disabled={!props.isOpen}>
                Снять назначение
              </Button>
            </Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
