// The effect of a decision in a later cycle: difference of differences per indicator.
import { Alert, Loader, Table, Text } from "@mantine/core";
import { useQuery } from "urql";
import { formatNumber } from "../../format.ts";
import { EffectQuery } from "./api.ts";

export function EffectTable({ decisionId, cycleId }: { decisionId: string; cycleId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: EffectQuery, variables: { decisionId, cycleId } });
  if (fetching) return <Loader size="sm" />;
  if (error) return <Alert color="orange">{error.graphQLErrors[0]?.message ?? error.message}</Alert>;
  const rows = data?.decisionEffect.indicators ?? [];
  return (
    <Table striped data-testid="effect-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Показатель</Table.Th>
          <Table.Th>Организации решения: до → после</Table.Th>
          <Table.Th>Остальные: до → после</Table.Th>
          <Table.Th>Разность разностей</Table.Th>
          <Table.Th>Пояснение</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.indicatorCode}>
            <Table.Td>{r.indicatorCode}</Table.Td>
            <Table.Td>
              {formatNumber(r.linkedBefore)} → {formatNumber(r.linkedAfter)} (n = {r.linkedCount})
            </Table.Td>
            <Table.Td>
              {formatNumber(r.othersBefore)} → {formatNumber(r.othersAfter)} (n = {r.othersCount})
            </Table.Td>
            <Table.Td>
              <Text fw={700} c={r.difference === null ? "dimmed" : r.difference > 0 ? "green" : "red"}>
                {r.difference === null ? "недостаточно данных" : `${r.difference > 0 ? "+" : ""}${formatNumber(r.difference)} п.п.`}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="xs">{r.explanation}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
