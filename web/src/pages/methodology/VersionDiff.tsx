// The difference of the current version against an earlier one (the previous by default).
import { Card, List, Select, Stack, Text, Title } from "@mantine/core";
import { readFragment } from "gql.tada";
import { useState } from "react";
import { useQuery } from "urql";
import { formatDateTime } from "../../forms/time.ts";
import { EditorMethodologyQuery, type EditorVersion, VersionFields } from "./api.ts";
import { methodologyDiff } from "./diff.ts";

export function VersionDiff(props: { cycleId: string; current: EditorVersion }) {
  const [against, setAgainst] = useState(props.current.version - 1);
  const [{ data }] = useQuery({ query: EditorMethodologyQuery, variables: { cycleId: props.cycleId, version: against } });
  const before = data ? readFragment(VersionFields, data.methodology) : null;
  const lines = before ? methodologyDiff(before, props.current) : [];
  return (
    <Card withBorder data-testid="methodology-diff">
      <Stack gap="xs">
        <Title order={4}>Изменения версии {props.current.version}</Title>
        <Text size="sm" c="dimmed">
          {formatDateTime(props.current.createdAt)} · {props.current.createdBy ?? "—"}
          {props.current.comment ? ` · «${props.current.comment}»` : ""}
        </Text>
        <Select
          label="по сравнению с версией"
          w={200}
          data={Array.from({ length: props.current.version - 1 }, (_, k) => String(k + 1))}
          value={String(against)}
          onChange={(v) => v && setAgainst(Number(v))}
        />
        {before && lines.length === 0 && <Text size="sm">Отличий нет.</Text>}
        <List size="sm">
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
