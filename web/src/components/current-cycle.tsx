// The current cycle, one rule for every page: the cycle named in the address, else the one the
// person picked last, else the newest that serves the page's purpose — for results, the newest
// whose rating the viewer may see (for anonymous visitors: the newest published one).
import { Group, Select, Text } from "@mantine/core";
import { useLocation } from "wouter";
import { formatDate, STATUS_LABELS } from "../format.ts";
import { CycleStatusBadge } from "./StatusBadge.tsx";
import { recall, remember } from "./session-memory.ts";
import { type ShellCycle, useShell } from "./viewer.tsx";

export type CyclePurpose = "results" | "work";

const STORAGE_KEY = "orientir.cycle";

/** Newest first, as the API orders them. */
export function pickCycle(cycles: readonly ShellCycle[], options: { cycleId?: string; purpose: CyclePurpose }): ShellCycle | null {
  const named = options.cycleId ? cycles.find((c) => c.id === options.cycleId) : undefined;
  if (named) return named;
  const usable = options.purpose === "results" ? cycles.filter((c) => c.viewerCan.seeRatings) : cycles;
  const last = recall(STORAGE_KEY);
  return usable.find((c) => c.id === last) ?? usable[0] ?? null;
}

export function useCycles(): { cycles: readonly ShellCycle[]; fetching: boolean } {
  const { data, fetching } = useShell();
  return { cycles: data?.cycles ?? [], fetching };
}

export function useCurrentCycle(options: { cycleId?: string; purpose?: CyclePurpose } = {}): ShellCycle | null {
  const { cycles } = useCycles();
  return pickCycle(cycles, { cycleId: options.cycleId, purpose: options.purpose ?? "work" });
}

/** A cycle picker that writes the choice into the address (`toHref`) so it can be shared. */
export function CycleSelector(props: {
  value: ShellCycle | null;
  toHref: (cycleId: string) => string;
  purpose?: CyclePurpose;
  label?: string;
}) {
  const { cycles } = useCycles();
  const [, navigate] = useLocation();
  const options = props.purpose === "results" ? cycles.filter((c) => c.viewerCan.seeRatings) : cycles;
  return (
    // On a phone the badge and the deadline go under the select instead of being cut off.
    <Group gap="xs" align="end" wrap="wrap">
      <Select
        label={props.label ?? "Цикл мониторинга"}
        w={{ base: "100%", xs: 300 }}
        allowDeselect={false}
        data={options.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
        value={props.value?.id ?? null}
        onChange={(value) => {
          if (!value) return;
          // Without storage (private mode) the address still carries the choice.
          remember(STORAGE_KEY, value);
          navigate(props.toHref(value).replace(/^#/, ""));
        }}
      />
      {props.value && (
        <Group gap={6} pb={6} wrap="nowrap">
          <CycleStatusBadge status={props.value.status} />
          <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            срок {formatDate(props.value.deadline)}
          </Text>
        </Group>
      )}
    </Group>
  );
}
