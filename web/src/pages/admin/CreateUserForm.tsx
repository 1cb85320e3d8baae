// A new account: login, name, role and — for a head — their organization. The server makes a
// temporary password and returns it once.
import { Alert, Button, Card, Group, Select, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { errorText } from "../../components/api-error.ts";
import { ROLE_LABELS } from "../../format.ts";
import { CreateUserMutation, OrganizationOptionsQuery } from "./api.ts";
import { ShownOnce } from "./ShownOnce.tsx";

type Role = keyof typeof ROLE_LABELS;

export function CreateUserForm() {
  const [state, create] = useMutation(CreateUserMutation);
  const [created, setCreated] = useState<{ login: string; password: string } | null>(null);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [organizations] = useQuery({ query: OrganizationOptionsQuery, variables: { search: debounced || null } });
  const form = useForm({
    initialValues: { login: "", fullName: "", role: "LEADER" as Role, organizationId: null as string | null },
    validate: {
      login: (v) => (v.trim() ? null : "Укажите логин"),
      fullName: (v) => (v.trim() ? null : "Укажите ФИО"),
    },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await create({
      input: { login: values.login.trim(), fullName: values.fullName.trim(), role: values.role, organizationId: values.organizationId },
    });
    if (result.data) {
      setCreated({ login: result.data.createUser.user.login, password: result.data.createUser.temporaryPassword });
      form.reset();
    }
  });
  const options = (organizations.data?.organizations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>Новая учётная запись</Title>
          <Group grow align="start">
            <TextInput label="Логин" required autoComplete="off" {...form.getInputProps("login")} />
            <TextInput label="ФИО" required {...form.getInputProps("fullName")} />
            <Select
              label="Роль"
              required
              allowDeselect={false}
              data={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
              {...form.getInputProps("role")}
            />
          </Group>
          <Select
            label="Организация"
            description="Для руководителя — его организация"
            searchable
            clearable
            nothingFoundMessage="Не найдено"
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            filter={({ options: all }) => all}
            {...form.getInputProps("organizationId")}
          />
          {state.error && <Alert color="red">{errorText(state.error)}</Alert>}
          {created && (
            <ShownOnce
              title={`Учётная запись «${created.login}» создана. Временный пароль`}
              secret={created.password}
              onClose={() => setCreated(null)}
            />
          )}
          <Group>
            <Button type="submit" loading={state.fetching}>
              Создать
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
