// The user's own mail settings: the address notices are mailed to, and a switch to turn mail off.
import { Alert, Button, Card, Group, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { SettingsQuery, UpdateSettings } from "./api.ts";

interface Settings {
  email: string | null;
  isEmailEnabled: boolean;
  isMailOn: boolean;
}

/** The card with the viewer's current settings (the account page shows it). */
export function MailSettings() {
  const [{ data }] = useQuery({ query: SettingsQuery });
  return data ? <MailSettingsCard settings={data.notificationSettings} /> : null;
}

function MailSettingsCard({ settings }: { settings: Settings }) {
  const [email, setEmail] = useState(settings.email ?? "");
  const [isEnabled, setEnabled] = useState(settings.isEmailEnabled);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(UpdateSettings);
  const submit = async () => {
    setSaved(false);
    const response = await save({ email: email.trim() || null, isEmailEnabled: isEnabled });
    if (!response.error) setSaved(true);
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>Уведомления по электронной почте</Title>
        {!settings.isMailOn && (
          <Alert color="yellow">Отправка писем на сервере не настроена: уведомления приходят только сюда, в «Ориентир».</Alert>
        )}
        <TextInput
          label="Адрес электронной почты"
          placeholder="ivanova@school.ru"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={result.error?.graphQLErrors[0]?.message}
        />
        <Switch label="Присылать уведомления на почту" checked={isEnabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        <Group>
          <Button onClick={submit} loading={result.fetching}>
            Сохранить
          </Button>
          {saved && <Text c="green">Сохранено</Text>}
        </Group>
      </Stack>
    </Card>
  );
}
