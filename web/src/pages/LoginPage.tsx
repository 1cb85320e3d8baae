import { Alert, Button, Card, List, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../graphql.ts";

const AboutQuery = graphql(`query About { about { isDemo demoAccounts { login title } } }`);
const LoginMutation = graphql(
  `mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { id role } }`,
);

export function LoginPage({ onDone }: { onDone: () => void }) {
  const [{ data }] = useQuery({ query: AboutQuery });
  const [state, login] = useMutation(LoginMutation);
  const [form, setForm] = useState({ login: "", password: "" });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login(form);
    if (!result.error) {
      onDone();
      window.location.hash = "#/ratings";
    }
  };
  return (
    <Card maw={420} withBorder padding="lg">
      <form onSubmit={submit}>
        <Stack>
          <Title order={3}>Вход</Title>
          <TextInput
            label="Логин"
            name="login"
            autoComplete="username"
            required
            value={form.login}
            onChange={(e) => setForm({ ...form, login: e.currentTarget.value })}
          />
          <PasswordInput
            label="Пароль"
            name="password"
            autoComplete="current-password"
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          {state.error && <Alert color="red">{state.error.graphQLErrors[0]?.message ?? "Не удалось войти."}</Alert>}
          <Button type="submit" loading={state.fetching}>
            Войти
          </Button>
          {data?.about.isDemo && (
            <Alert color="blue" title="Демонстрационный режим">
              <Text size="sm">Пароль у всех учётных записей — demo:</Text>
              <List size="sm">
                {data.about.demoAccounts.map((a) => (
                  <List.Item key={a.login}>
                    <b>{a.login}</b> — {a.title}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
