import { Alert, Button, MultiSelect, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { DateField } from "../../components/DateField.tsx";
import { todayIso } from "../../format.ts";
import { errorText, OrganizationChoicesQuery, type REORGANIZATION_LABELS, ReorganizeMutation } from "./api.ts";

type Kind = keyof typeof REORGANIZATION_LABELS;

/** Records a reorganization of the organization `from`: the other organizations and new names as the kind needs. */
export function ReorganizeForm(props: { from: { id: string; name: string; kind: "SCHOOL" | "PRESCHOOL" | "ADDITIONAL" }; onDone(): void }) {
  const [kind, setKind] = useState<Kind>("JOIN");
  const [date, setDate] = useState(todayIso());
  const [orderNumber, setOrderNumber] = useState("");
  const [others, setOthers] = useState<string[]>([]);
  const [names, setNames] = useState(["", ""]);
  const [{ data }] = useQuery({ query: OrganizationChoicesQuery });
  const [result, reorganize] = useMutation(ReorganizeMutation);
  const choices = (data?.organizations.edges ?? [])
    .filter((e) => e.node.id !== props.from.id)
    .map((e) => ({ value: e.node.id, label: e.node.name }));
  const newOrganizations = (kind === "MERGE" ? names.slice(0, 1) : names)
    .filter(Boolean)
    .map((fullName) => ({ fullName, kind: props.from.kind }));
  const submit = async () => {
    const input = {
      kind,
      date,
      orderNumber: orderNumber || null,
      organizationIds: kind === "MERGE" ? [props.from.id, ...others] : kind === "JOIN" ? others : [props.from.id],
      survivorId: kind === "JOIN" ? props.from.id : null,
      newOrganizations: kind === "MERGE" || kind === "SPLIT" ? newOrganizations : null,
      newFullName: kind === "RENAME" ? names[0] : null,
    };
    const res = await reorganize({ input });
    if (res.data) props.onDone();
  };
  return (
    <Stack>
      <Select
        label="Вид реорганизации"
        value={kind}
        allowDeselect={false}
        onChange={(v) => setKind((v ?? "JOIN") as Kind)}
        data={[
          { value: "JOIN", label: `присоединение к «${props.from.name}»` },
          { value: "MERGE", label: "слияние в новую организацию" },
          { value: "SPLIT", label: "разделение на новые организации" },
          { value: "RENAME", label: "переименование" },
          { value: "CLOSE", label: "ликвидация" },
        ]}
      />
      <SimpleGrid cols={2}>
        <DateField label="Дата" value={date || null} onChange={(v) => setDate(v ?? "")} />
        <TextInput label="Номер приказа" value={orderNumber} onChange={(e) => setOrderNumber(e.currentTarget.value)} />
      </SimpleGrid>
      {(kind === "JOIN" || kind === "MERGE") && (
        <MultiSelect
          label={kind === "JOIN" ? "Присоединяемые организации" : "Вместе с организациями"}
          searchable
          data={choices}
          value={others}
          onChange={setOthers}
        />
      )}
      {(kind === "MERGE" || kind === "SPLIT" || kind === "RENAME") &&
        (kind === "SPLIT" ? names : names.slice(0, 1)).map((name, i) => (
          <TextInput
            // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are positional
            key={i}
            label={
              kind === "RENAME"
                ? "Новое полное наименование"
                : `Полное наименование новой организации${kind === "SPLIT" ? ` ${i + 1}` : ""}`
            }
            value={name}
            onChange={(e) => setNames(names.map((n, j) => (j === i ? e.currentTarget.value : n)))}
          />
        ))}
      {errorText(result.error) && <Alert color="red">{errorText(result.error)}</Alert>}
      <Button onClick={submit}>Записать реорганизацию</Button>
    </Stack>
  );
}
