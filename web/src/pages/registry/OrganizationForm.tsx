import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { KIND_LABELS } from "../../format.ts";
import { ORG_TYPES } from "./api.ts";

type Kind = keyof typeof KIND_LABELS;
export interface OrganizationValues {
  fullName: string;
  shortName: string;
  kind: Kind;
  orgType: string | null;
  inn: string;
  kpp: string;
  ogrn: string;
  fisOkoLogin: string;
  address: string;
  contingent: number | null;
  municipalityId: string | null;
}

export const emptyOrganization: OrganizationValues = {
  fullName: "",
  shortName: "",
  kind: "SCHOOL",
  orgType: null,
  inn: "",
  kpp: "",
  ogrn: "",
  fisOkoLogin: "",
  address: "",
  contingent: null,
  municipalityId: null,
};

/** The form's values as OrganizationInput: empty text clears the field. */
export const toInput = (v: OrganizationValues) => ({
  fullName: v.fullName,
  shortName: v.shortName || null,
  kind: v.kind,
  orgType: v.orgType,
  inn: v.inn || null,
  kpp: v.kpp || null,
  ogrn: v.ogrn || null,
  fisOkoLogin: v.fisOkoLogin || null,
  address: v.address || null,
  contingent: v.contingent,
  ...(v.municipalityId ? { municipalityId: v.municipalityId } : {}),
});

export function OrganizationForm(props: {
  initial: OrganizationValues;
  municipalities: { id: string; name: string }[];
  submitLabel: string;
  error: string | null;
  onSubmit(values: OrganizationValues): void;
  onCancel(): void;
}) {
  const [v, setV] = useState(props.initial);
  const set = <K extends keyof OrganizationValues>(key: K, value: OrganizationValues[K]) => setV({ ...v, [key]: value });
  return (
    <Stack>
      <TextInput label="Полное наименование" required value={v.fullName} onChange={(e) => set("fullName", e.currentTarget.value)} />
      <TextInput label="Краткое наименование" value={v.shortName} onChange={(e) => set("shortName", e.currentTarget.value)} />
      <SimpleGrid cols={2}>
        <Select
          label="Вид"
          value={v.kind}
          allowDeselect={false}
          data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(value) => setV({ ...v, kind: (value ?? "SCHOOL") as Kind, orgType: null })}
        />
        <Select label="Тип" value={v.orgType} data={[...ORG_TYPES[v.kind]]} clearable onChange={(value) => set("orgType", value)} />
        <TextInput label="ИНН" description="10 цифр" value={v.inn} onChange={(e) => set("inn", e.currentTarget.value)} />
        <TextInput
          label="Логин ФИС ОКО"
          description="edu и цифры"
          value={v.fisOkoLogin}
          onChange={(e) => set("fisOkoLogin", e.currentTarget.value)}
        />
        <TextInput label="КПП" value={v.kpp} onChange={(e) => set("kpp", e.currentTarget.value)} />
        <TextInput label="ОГРН" value={v.ogrn} onChange={(e) => set("ogrn", e.currentTarget.value)} />
        <NumberInput
          label="Численность обучающихся"
          min={0}
          value={v.contingent ?? ""}
          onChange={(n) => set("contingent", typeof n === "number" ? n : null)}
        />
        {props.municipalities.length > 1 && (
          <Select
            label="Муниципалитет"
            value={v.municipalityId}
            data={props.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            onChange={(value) => set("municipalityId", value)}
          />
        )}
      </SimpleGrid>
      <TextInput label="Адрес" value={v.address} onChange={(e) => set("address", e.currentTarget.value)} />
      {props.error && <Alert color="red">{props.error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          Отмена
        </Button>
        <Button onClick={() => props.onSubmit(v)}>{props.submitLabel}</Button>
      </Group>
    </Stack>
  );
}
