// API tokens for outside reporting systems (read-only): create (shown once), revoke, last use.
import { Alert, Badge, Button, Card, Group, Stack, Table, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { errorText } from "../../components/api-error.ts";
import { EmptyState, QueryState } from "../../components/QueryState.tsx";
import { formatDateTime } from "../../format.ts";
import { CreateTokenMutation, RevokeTokenMutation, TokensQuery } from "./api.ts";
import { ShownOnce } from "./ShownOnce.tsx";

export function TokensPage() {
  const [result, refetch] = useQuery({ query: TokensQuery });
  const [creating, createToken] = useMutation(CreateTokenMutation);
  const [revoking, revokeToken] = useMutation(RevokeTokenMutation);
  const [token, setToken] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: "" }, validate: { name: (v) => (v.trim() ? null : "Укажите, для кого токен") } });
  const submit = form.onSubmit(async ({ name }) => {
    const r = await createToken({ name: name.trim() });
    if (r.data) {
      setToken(r.data.createApiToken);
      form.reset();
      // The token list is not named by the mutation's result: reload it.
      refetch({ requestPolicy: "network-only" });
    }
  });
  const revoke = async (id: string) => {
    await revokeToken({ id });
    refetch({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Title order={2}>API-токены</Title>
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Group align="end">
            <TextInput
              label="Назначение токена"
              placeholder="Отчётная система региона"
              style={{ flex: 1 }}
              {...form.getInputProps("name")}
            />
            <Button type="submit" loading={creating.fetching}>
              Создать токен
            </Button>
          </Group>
        </form>
      </Card>
      {creating.error && <Alert color="red">{errorText(creating.error)}</Alert>}
      {revoking.error && <Alert color="red">{errorText(revoking.error)}</Alert>}
      {token && <ShownOnce title="Токен создан (только чтение)" secret={token} onClose={() => setToken(null)} />}
      <QueryState result={result}>
        {(data) =>
          data.apiTokens.length === 0 ? (
            <EmptyState>Токенов пока нет.</EmptyState>
          ) : (
            <Card withBorder p={0}>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Назначение</Table.Th>
                      <Table.Th>Создан</Table.Th>
                      <Table.Th>Последнее использование</Table.Th>
                      <Table.Th>Состояние</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.apiTokens.map((t) => (
                      <Table.Tr key={t.id}>
                        <Table.Td>{t.name}</Table.Td>
                        <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
                        <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "не использовался"}</Table.Td>
                        <Table.Td>
                          {t.revokedAt ? (
                            <Badge color="gray" tt="none" style={{ flexShrink: 0 }}>
                              отозван {formatDateTime(t.revokedAt)}
                            </Badge>
                          ) : (
                            <Button
                              size="compact-xs"
                              variant="default"
                              color="red"
                              onClick={() => revoke(t.id)}
                              aria-label={`Отозвать «${t.name}»`}
                            >
                              Отозвать
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )
        }
      </QueryState>
    </Stack>
  );
}
