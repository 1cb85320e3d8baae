// One signal as a badge; the tooltip is its one-sentence Russian explanation with the numbers.
import { Badge, Tooltip } from "@mantine/core";
import type { SignalRow } from "./queries.ts";
import { badgeColor, badgeText } from "./signal-text.ts";

export function SignalBadge({ signals }: { signals: readonly SignalRow[] }) {
  if (!signals.length) return <>—</>;
  const raised = signals.filter((s) => s.isRaised);
  const shown = raised[0] ?? signals.find((s) => s.reliability !== "notAnalysed") ?? (signals[0] as SignalRow);
  const text = signals.length > 1 && raised.length ? `${badgeText(shown)} (${raised.length} из ${signals.length})` : badgeText(shown);
  return (
    <Tooltip multiline w={420} label={(raised.length ? raised : [shown]).map((s) => s.explanation).join(" ")}>
      <Badge color={badgeColor(shown)} variant={shown.isRaised ? "filled" : "light"}>
        {text}
      </Badge>
    </Tooltip>
  );
}
