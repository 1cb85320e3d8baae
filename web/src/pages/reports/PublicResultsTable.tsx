// The public results of a cycle — exactly the fields the publication carries: used by the public
// page and by the operator's preview before publishing.
import { Badge, Table, Text } from "@mantine/core";
import { formatPercent, KIND_LABELS, LEVEL_COLORS, LEVEL_LABELS } from "../../format.ts";

export interface PublicRowView {
  organizationId: string;
  organizationName: string;
  kind: keyof typeof KIND_LABELS;
  rank: number | null;
  totalPercent: number | null;
  level: keyof typeof LEVEL_LABELS | null;
  leaderName: string | null;
  directions: { code: string; percent: number | null }[] | null;
}

export interface PublicationView {
  showLevel: boolean;
  showTotal: boolean;
  showDirections: boolean;
  showLeaderName: boolean;
  rows: PublicRowView[];
}

export function PublicResultsTable({ publication, limit }: { publication: PublicationView; limit?: number }) {
  const codes = [...new Set(publication.rows.flatMap((r) => r.directions?.map((d) => d.code) ?? []))];
  const rows = limit ? publication.rows.slice(0, limit) : publication.rows;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            {publication.showTotal && <Table.Th>Место</Table.Th>}
            <Table.Th>Организация</Table.Th>
            <Table.Th>Вид</Table.Th>
            {publication.showLeaderName && <Table.Th>Руководитель</Table.Th>}
            {publication.showTotal && <Table.Th>Итог</Table.Th>}
            {publication.showLevel && <Table.Th>Уровень</Table.Th>}
            {publication.showDirections && codes.map((c) => <Table.Th key={c}>{c}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.organizationId}>
              {publication.showTotal && <Table.Td>{r.rank ?? "—"}</Table.Td>}
              <Table.Td>{r.organizationName}</Table.Td>
              <Table.Td>{KIND_LABELS[r.kind]}</Table.Td>
              {publication.showLeaderName && <Table.Td>{r.leaderName ?? "—"}</Table.Td>}
              {publication.showTotal && <Table.Td>{formatPercent(r.totalPercent)}</Table.Td>}
              {publication.showLevel && (
                <Table.Td>
                  {r.level ? (
                    <Badge color={LEVEL_COLORS[r.level]} style={{ overflow: "visible" }} miw={90}>
                      {LEVEL_LABELS[r.level]}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </Table.Td>
              )}
              {publication.showDirections &&
                codes.map((c) => (
                  <Table.Td key={c} style={{ whiteSpace: "nowrap" }}>
                    {formatPercent(r.directions?.find((d) => d.code === c)?.percent)}
                  </Table.Td>
                ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {limit && publication.rows.length > limit && (
        <Text size="xs" c="dimmed">
          …и ещё {publication.rows.length - limit}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
