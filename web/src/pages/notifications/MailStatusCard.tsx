// The administrator's view of mail delivery: whether SMTP is configured, the outbox counts, and the
// dead letters (not delivered after every try) with the last error; they can be sent again.
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery } from "urql";
import { formatDateTime } from "../../format.ts";
import { MailStatusQuery, RetryDeadLetters } from "./api.ts";

export function MailStatusCard() {
  const [{ data, error }, refetch] = useQuery({ query: MailStatusQuery, requestPolicy: "network-only" });
  const [retry, send] = useMutation(RetryDeadLetters);
  if (error) return <Alert color="red">{error.graphQLErrors[0]?.message ?? "Не удалось загрузить состояние почты."}</Alert>;
  const status = data?.mailStatus;
  if (!status) return null;
  return (
    <Card withBorder data-testid="mail-status">
      <Stack>
        <Title order={4}>Почтовая рассылка</Title>
        {status.isEnabled ? (
          <Text>
            Письма отправляются от имени {status.from}. В очереди: {status.pending}, отправлено: {status.sent}, не доставлено: {status.dead}
            .
          </Text>
        ) : (
          <Alert color="yellow">
            Почта выключена: не задан адрес почтового сервера (переменная окружения SMTP_URL). Уведомления видны только в приложении.
          </Alert>
        )}
        {status.deadLetters.length > 0 && (
          <>
            <Group justify="space-between">
              <Text fw={600}>Недоставленные письма</Text>
              <Button
                size="xs"
                loading={retry.fetching}
                onClick={async () => {
                  await send({ ids: status.deadLetters.map((l) => l.id) });
                  refetch({ requestPolicy: "network-only" });
                }}
              >
                Отправить повторно
              </Button>
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Получатель</Table.Th>
                  <Table.Th>Тема</Table.Th>
                  <Table.Th>Попыток</Table.Th>
                  <Table.Th>Ошибка</Table.Th>
                  <Table.Th>Создано</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.deadLetters.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.toAddress}</Table.Td>
                    <Table.Td>{l.subject}</Table.Td>
                    <Table.Td>{l.attempts}</Table.Td>
                    <Table.Td>{l.lastError}</Table.Td>
                    <Table.Td>{formatDateTime(l.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}
