// Regional staff and visitors of a region's installation choose the municipality whose cycles
// every page works with; a municipal account (or a single-municipality installation) sees none.
import { Select } from "@mantine/core";
import { useShell } from "../components/viewer.tsx";

export function MunicipalityPicker() {
  const { data, municipalityId, chooseMunicipality } = useShell();
  const municipalities = data?.municipalities ?? [];
  if (municipalities.length < 2) return null;
  return (
    <Select
      aria-label="Муниципалитет"
      size="xs"
      w={220}
      searchable
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data={municipalities.map((m) => ({ value: m.id, label: m.name }))}
      value={municipalityId}
      onChange={(id) => id && chooseMunicipality(id)}
    />
  );
}

/** The municipality named in the header: the chosen one in a region, else the installation's. */
export function useMunicipalityName(): string | undefined {
  const { data, municipalityId } = useShell();
  return data?.municipalities.find((m) => m.id === municipalityId)?.name ?? data?.about.municipality;
}
