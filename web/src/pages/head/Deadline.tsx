// The stage and the deadline with a countdown in days (Asia/Yekaterinburg).
import { Badge, Group, Text } from "@mantine/core";
import { formatDate, plural, STATUS_LABELS } from "../../format.ts";
import { daysLeft } from "../../forms/time.ts";
import type { HeadCycle } from "./api.ts";

export function Deadline({ cycle }: { cycle: HeadCycle }) {
  const days = daysLeft(cycle.deadline);
  const countdown =
    days > 0
      ? `осталось ${days} ${plural(days, ["день", "дня", "дней"])}`
      : days === 0
        ? "сегодня последний день"
        : `срок истёк ${-days} ${plural(-days, ["день", "дня", "дней"])} назад`;
  const color = days < 0 ? "red" : days <= 7 ? "orange" : "blue";
  return (
    <Group gap="sm" data-deadline={cycle.deadline}>
      <Badge size="lg" variant="light">
        {cycle.year} · {STATUS_LABELS[cycle.status]}
      </Badge>
      <Text>
        Срок внесения данных: <b>{formatDate(cycle.deadline)}</b>
      </Text>
      <Badge color={color} size="lg">
        {countdown}
      </Badge>
    </Group>
  );
}
