// «Рекомендации»: the operator approves and sends them; the head works on what was sent.
import { Alert, Group, Loader, Select, Stack, Title } from "@mantine/core";
import { useQuery } from "urql";
import { STATUS_LABELS } from "../format.ts";
import { href } from "../route.ts";
import { errorText, RecCyclesQuery, RecommendationsQuery } from "./recommendations/api.ts";
import { HeadView } from "./recommendations/HeadView.tsx";
import { OperatorView } from "./recommendations/OperatorView.tsx";

export function RecommendationsPage({ cycleId, role }: { cycleId?: string; role: string | null }) {
  const [{ data: cycles }] = useQuery({ query: RecCyclesQuery });
  const list = cycles?.cycles ?? [];
  const cycle = list.find((c) => c.id === cycleId) ?? list[0];
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RecommendationsQuery,
    variables: { cycleId: cycle?.id ?? "" },
    pause: !cycle || !role,
  });
  if (!role) return <Alert>Войдите в систему: рекомендации видят оператор, управление образования и руководитель.</Alert>;
  const reload = () => refetch({ requestPolicy: "network-only" });
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>Адресные рекомендации</Title>
        <Select
          label="Цикл мониторинга"
          w={300}
          data={list.map((c) => ({ value: c.id, label: `${c.year} · ${STATUS_LABELS[c.status]}` }))}
          value={cycle?.id ?? null}
          onChange={(value) => {
            if (value) window.location.hash = href({ page: "recommendations", cycleId: value });
          }}
        />
      </Group>
      {error && <Alert color="orange">{errorText(error)}</Alert>}
      {fetching && !data && <Loader />}
      {data && cycle && role === "LEADER" && <HeadView items={data.recommendations} reload={reload} />}
      {data && cycle && role !== "LEADER" && (
        <OperatorView cycleId={cycle.id} items={data.recommendations} reload={reload} canAct={role === "OPERATOR"} />
      )}
    </Stack>
  );
}
