// «Понизили / подтвердили / повысили» as one stacked bar.
import { Group, Progress, Text, Tooltip } from "@mantine/core";

export function JournalBar({ lowered, confirmed, raised }: { lowered: number; confirmed: number; raised: number }) {
  const total = Math.max(1, lowered + confirmed + raised);
  const part = (n: number) => (100 * n) / total;
  const label = (n: number) => `${n} (${Math.round(part(n))} %)`;
  return (
    <div>
      <Progress.Root size={22}>
        <Tooltip label={`Понизили: ${label(lowered)}`}>
          <Progress.Section value={part(lowered)} color="red">
            <Progress.Label>{Math.round(part(lowered))} %</Progress.Label>
          </Progress.Section>
        </Tooltip>
        <Tooltip label={`Подтвердили: ${label(confirmed)}`}>
          <Progress.Section value={part(confirmed)} color="green">
            <Progress.Label>{Math.round(part(confirmed))} %</Progress.Label>
          </Progress.Section>
        </Tooltip>
        <Tooltip label={`Повысили: ${label(raised)}`}>
          <Progress.Section value={part(raised)} color="blue">
            <Progress.Label>{Math.round(part(raised))} %</Progress.Label>
          </Progress.Section>
        </Tooltip>
      </Progress.Root>
      <Group gap="md" mt={4}>
        <Text size="xs" c="red">
          понизили {label(lowered)}
        </Text>
        <Text size="xs" c="green">
          подтвердили {label(confirmed)}
        </Text>
        <Text size="xs" c="blue">
          повысили {label(raised)}
        </Text>
      </Group>
    </div>
  );
}
