// Downloads a document with the session cookie and shows progress while the server builds it
// (long documents: the analytical report of a large cycle). Errors arrive as the server's Russian text.
import { Button, Group, Loader, Text } from "@mantine/core";
import { useEffect, useState } from "react";

async function saveAs(url: string): Promise<void> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error((await response.text()) || `Ошибка ${response.status}`);
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? url.split("/").pop() ?? "document");
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function DownloadButton({ url, label, isLong = false }: { url: string; label: string; isLong?: boolean }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - startedAt) / 1000)), 500);
    return () => clearInterval(timer);
  }, [startedAt]);
  const onClick = async () => {
    setError(null);
    setDone(false);
    setSeconds(0);
    setStartedAt(Date.now());
    try {
      await saveAs(url);
      setDone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setStartedAt(null);
    }
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" onClick={onClick} loading={startedAt !== null} data-url={url}>
        {label}
      </Button>
      {startedAt !== null && isLong && (
        <Group gap={4} role="status">
          <Loader size="xs" />
          <Text size="xs" c="dimmed">
            Документ формируется… {seconds} с
          </Text>
        </Group>
      )}
      {isDone && (
        <Text size="xs" c="green" role="status">
          Готово
        </Text>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
