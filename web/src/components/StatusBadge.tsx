// Badges of the closed sets; they never shrink or wrap inside a table cell.
import { Badge } from "@mantine/core";
import { LEVEL_COLORS, LEVEL_LABELS, STATUS_COLORS, STATUS_LABELS } from "../format.ts";

const noCut = { flexShrink: 0, overflow: "visible" } as const;

export function CycleStatusBadge({ status }: { status: keyof typeof STATUS_LABELS }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={noCut} tt="none">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function LevelBadge({ level }: { level: keyof typeof LEVEL_LABELS | null | undefined }) {
  if (!level) return <>—</>;
  return (
    <Badge color={LEVEL_COLORS[level]} style={noCut} tt="none">
      {LEVEL_LABELS[level]}
    </Badge>
  );
}
