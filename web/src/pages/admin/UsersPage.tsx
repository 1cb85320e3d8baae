// Accounts: create (temporary password shown once), deactivate or reactivate, reset a password.
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { errorText } from "../../components/api-error.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { formatDate, ROLE_LABELS } from "../../format.ts";
import type { PageProps } from "../../routes.tsx";
import { ResetPasswordMutation, UpdateUserMutation, UsersQuery } from "./api.ts";
import { CreateUserForm } from "./CreateUserForm.tsx";
import { ShownOnce } from "./ShownOnce.tsx";

export function UsersPage({ viewer }: PageProps) {
  const [result] = useQuery({ query: UsersQuery });
  const [update, updateUser] = useMutation(UpdateUserMutation);
  const [reset, resetPassword] = useMutation(ResetPasswordMutation);
  const [newPassword, setNewPassword] = useState<{ login: string; password: string } | null>(null);
  const onReset = async (id: string, login: string) => {
    const r = await resetPassword({ userId: id });
    if (r.data) setNewPassword({ login, password: r.data.resetPassword });
  };
  return (
    <Stack>
      <Title order={2}>Пользователи</Title>
      <CreateUserForm />
      {newPassword && (
        <ShownOnce
          title={`Новый временный пароль «${newPassword.login}»`}
          secret={newPassword.password}
          onClose={() => setNewPassword(null)}
        />
      )}
      {(update.error || reset.error) && <Alert color="red">{errorText(update.error ?? reset.error)}</Alert>}
      <QueryState result={result}>
        {(data) => (
          <Card withBorder p={0}>
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Логин</Table.Th>
                    <Table.Th>ФИО</Table.Th>
                    <Table.Th>Роль</Table.Th>
                    <Table.Th>Организация</Table.Th>
                    <Table.Th>Создана</Table.Th>
                    <Table.Th>Действия</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.users.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm">{u.login}</Text>
                          {!u.isActive && (
                            <Badge color="gray" tt="none" style={{ flexShrink: 0 }}>
                              отключена
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{u.fullName}</Table.Td>
                      <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
                      <Table.Td>{u.organization?.name ?? u.municipality?.name ?? "—"}</Table.Td>
                      <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                      <Table.Td>
                        {u.id !== viewer?.id && (
                          <Group gap={6} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="default"
                              onClick={() => updateUser({ id: u.id, input: { isActive: !u.isActive } })}
                              aria-label={`${u.isActive ? "Отключить" : "Включить"} ${u.login}`}
                            >
                              {u.isActive ? "Отключить" : "Включить"}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="default"
                              onClick={() => onReset(u.id, u.login)}
                              aria-label={`Сбросить пароль ${u.login}`}
                            >
                              Сбросить пароль
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
