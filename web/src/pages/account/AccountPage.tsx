// The viewer's own account: who they are and a password change (for every role).
import { Alert, Button, Card, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useMutation } from "urql";
import { errorText } from "../../components/api-error.ts";
import { ROLE_LABELS } from "../../format.ts";
import { graphql } from "../../graphql.ts";
import type { PageProps } from "../../routes.tsx";

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export function AccountPage({ viewer }: PageProps) {
  const [state, change] = useMutation(ChangePassword);
  const [isDone, setDone] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", repeat: "" },
    validate: {
      currentPassword: (v) => (v ? null : "Введите текущий пароль"),
      // The length rule is the server's: its message is shown as is.
      newPassword: (v) => (v ? null : "Введите новый пароль"),
      repeat: (v, all) => (v === all.newPassword ? null : "Пароли не совпадают"),
    },
  });
  if (!viewer) return null;
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    const result = await change({ currentPassword, newPassword });
    if (!result.error) {
      setDone(true);
      form.reset();
    }
  });
  return (
    <Stack maw={480}>
      <Title order={2}>Учётная запись</Title>
      <Text>
        {viewer.fullName} · {viewer.login} · {ROLE_LABELS[viewer.role]}
        {viewer.organization ? ` · ${viewer.organization.name}` : ""}
      </Text>
      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={3}>Смена пароля</Title>
            <PasswordInput label="Текущий пароль" autoComplete="current-password" {...form.getInputProps("currentPassword")} />
            <PasswordInput label="Новый пароль" autoComplete="new-password" {...form.getInputProps("newPassword")} />
            <PasswordInput label="Новый пароль ещё раз" autoComplete="new-password" {...form.getInputProps("repeat")} />
            {state.error && <Alert color="red">{errorText(state.error)}</Alert>}
            {isDone && <Alert color="green">Пароль изменён. Другие сеансы этой учётной записи завершены.</Alert>}
            <Button type="submit" loading={state.fetching}>
              Сменить пароль
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
