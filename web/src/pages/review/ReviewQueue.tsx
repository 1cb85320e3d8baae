// The review queue grouped by organization: one row per organization with its directions as
// status badges (a click opens the direction drawer), paged so a municipality's ~300 units stay readable.
import { Badge, Group, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { Paging } from "../../components/Paging.tsx";
import { REVIEW_STATUS, type ReviewItem } from "./api.ts";

const PAGE_SIZE = 10;

export function ReviewQueue(props: { items: readonly ReviewItem[]; selectedKey: string | null; onSelect: (item: ReviewItem) => void }) {
  const byOrganization = new Map<string, ReviewItem[]>();
  for (const item of props.items) byOrganization.set(item.organization.id, [...(byOrganization.get(item.organization.id) ?? []), item]);
  const groups = [...byOrganization.values()];
  const pages = Math.max(1, Math.ceil(groups.length / PAGE_SIZE));
  const [page, setPage] = useState(1);
  const current = Math.min(page, pages);
  const shown = groups.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Организация</Table.Th>
              <Table.Th>Направления (нажмите, чтобы проверить)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((group) => {
              const organization = group[0]?.organization;
              if (!organization) return null;
              const waiting = group.filter((i) => i.status === "PENDING" || i.status === "RESUBMITTED").length;
              return (
                <Table.Tr key={organization.id} data-organization={organization.id}>
                  <Table.Td w={300}>
                    <Text size="sm" fw={500}>
                      {organization.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      ждут проверки: {waiting} из {group.length}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {group.map((item) => {
                        const status = REVIEW_STATUS[item.status];
                        const key = `${item.organization.id}|${item.direction}`;
                        return (
                          <UnstyledButton
                            key={key}
                            onClick={() => props.onSelect(item)}
                            aria-label={`${item.direction} · ${status?.label ?? item.status}: ${organization.name}, «${item.directionTitle}»`}
                            title={`${item.directionTitle}${item.expertName ? ` · эксперт: ${item.expertName}` : ""}`}
                            data-unit={key}
                          >
                            <Badge
                              color={status?.color ?? "gray"}
                              variant={key === props.selectedKey ? "filled" : "light"}
                              style={{ cursor: "pointer" }}
                            >
                              {item.direction} · {status?.label ?? item.status}
                            </Badge>
                          </UnstyledButton>
                        );
                      })}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            организаций: {groups.length}, страница {current} из {pages}
          </Text>
          <Paging total={pages} value={current} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
