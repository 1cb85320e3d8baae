// A secret the server shows once (a temporary password, an API token): copy it now.
import { Alert, Button, Code, CopyButton, Group, Text } from "@mantine/core";

export function ShownOnce(props: { title: string; secret: string; onClose: () => void }) {
  return (
    <Alert color="yellow" title={props.title} withCloseButton onClose={props.onClose} closeButtonLabel="Скрыть">
      <Group gap="sm" wrap="wrap">
        <Code fz="md" data-testid="shown-once">
          {props.secret}
        </Code>
        <CopyButton value={props.secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? "Скопировано" : "Копировать"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" mt="xs">
        Показывается один раз: сохраните и передайте владельцу. Повторно его не увидеть.
      </Text>
    </Alert>
  );
}
