// One direction of one organization: its values and documents, and what the user may do with it.
import { Alert, Anchor, Badge, Group, List, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { formatDate } from "../../format.ts";
import {
  directionElements,
  errorText,
  formatValue,
  type Methodology,
  REVIEW_STATUS,
  type ReviewItem,
  type ReviewStatus,
  ReviewValuesQuery,
  type Role,
  returnedText,
  SOURCE_LABELS,
} from "./api.ts";
import { AcceptForm, ReturnForm } from "./ReviewActions.tsx";

export function StatusBadge({ status }: { status: ReviewStatus }) {
  return (
    <Badge color={REVIEW_STATUS[status].color} miw="max-content">
      {REVIEW_STATUS[status].label}
    </Badge>
  );
}

export function ReviewPanel(props: {
  cycleId: string;
  isOpen: boolean;
  item: ReviewItem;
  role: Role;
  methodology: Methodology | undefined;
  onChanged: () => void;
}) {
  const { cycleId, item, role } = props;
  const [{ data, error, fetching }] = useQuery({
    query: ReviewValuesQuery,
    variables: { cycleId, organizationId: item.organization.id },
    requestPolicy: "cache-and-network",
  });
  const elements = directionElements(props.methodology, item.direction, item.organization.kind);
  const codes = new Set(elements.map((e) => e.code));
  const values = new Map((data?.dataValues ?? []).map((v) => [v.element, v]));
  const documents = (data?.evidence ?? []).filter((e) => e.element === null || codes.has(e.element));
  const returned = new Set(item.status === "RETURNED" ? item.returnedElements : []);
  const canReview = role === "EXPERT" || role === "OPERATOR";

  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={item.status} />
        <Text size="sm">эксперт: {item.expertName ?? "не назначен (проверяет оператор)"}</Text>
        {item.reviewedAt && <Text size="sm">· проверено {formatDate(item.reviewedAt)}</Text>}
      </Group>
      {(item.status === "RETURNED" || item.status === "RESUBMITTED") && (
        <Alert color={item.status === "RETURNED" ? "orange" : "blue"} title="Возврат на доработку">
          <Text size="sm">Причина: {item.returnReason ?? "—"}</Text>
          <Text size="sm">Значения: {returnedText(item, elements)}</Text>
          {item.response && <Text size="sm">Ответ руководителя: {item.response}</Text>}
        </Alert>
      )}
      {error && <Alert color="orange">{errorText(error)}</Alert>}
      {fetching && !data && <Loader size="sm" />}
      <Title order={5}>Значения направления</Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Показатель данных</Table.Th>
            <Table.Th>Значение</Table.Th>
            <Table.Th>Комментарий</Table.Th>
            <Table.Th>Внесено</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {elements.map((element) => {
            const value = values.get(element.code);
            return (
              <Table.Tr key={element.code}>
                <Table.Td>
                  <Text size="sm">
                    {element.title}{" "}
                    <Text span c="dimmed" size="xs">
                      {element.code}
                      {element.unit ? `, ${element.unit}` : ""}
                    </Text>
                  </Text>
                  {element.enteredBy === "expert" && (
                    <Badge size="xs" variant="outline">
                      оценка эксперта
                    </Badge>
                  )}
                  {returned.has(element.code) && (
                    <Badge size="xs" color="orange">
                      возвращено
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatValue(value?.value, element)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{value?.comment ?? ""}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {value?.enteredAt ? formatDate(value.enteredAt) : "—"}
                    {value?.source ? ` · ${SOURCE_LABELS[value.source] ?? value.source}` : ""}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Title order={5}>Подтверждающие документы</Title>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Документов нет.
        </Text>
      ) : (
        <List size="sm">
          {documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor href={d.url} target="_blank" rel="noreferrer">
                {d.fileName}
              </Anchor>{" "}
              <Text span size="xs" c="dimmed">
                {d.element ? (elements.find((e) => e.code === d.element)?.title ?? d.element) : "к организации в целом"}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canReview && !props.isOpen && (
        <Text size="sm" c="dimmed">
          Принимать и возвращать значения можно на этапах сбора данных и экспертизы.
        </Text>
      )}
      {canReview && props.isOpen && (
        <>
          <AcceptForm cycleId={cycleId} item={item} methodology={props.methodology} onDone={props.onChanged} />
          <ReturnForm cycleId={cycleId} item={item} elements={elements} onDone={props.onChanged} />
        </>
      )}
      {role === "LEADER" && item.status === "RETURNED" && (
        <Text size="sm">Исправьте значения в блоке «Возвращено на доработку» над таблицей и отправьте направление повторно.</Text>
      )}
    </Stack>
  );
}
