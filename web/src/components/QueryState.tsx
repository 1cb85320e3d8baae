// Loading, error and empty states, the same on every page.
import { Alert, Center, Loader, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { errorText } from "./api-error.ts";

export function LoadingState({ label = "Загрузка…" }: { label?: string }) {
  return (
    <Center py="lg" role="status" aria-label={label}>
      <Loader size="sm" />
    </Center>
  );
}

export function ErrorState({ error, title = "Ошибка" }: { error: CombinedError | string | null | undefined; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert">
      {typeof error === "string" ? error : errorText(error)}
    </Alert>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" py="md">
      {children}
    </Text>
  );
}

/** Shows the error or the loader until `data` arrives, then the page. */
export function QueryState<T>(props: { result: { data?: T; error?: CombinedError; fetching: boolean }; children: (data: T) => ReactNode }) {
  const { data, error, fetching } = props.result;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return fetching ? <LoadingState /> : null;
  return <>{props.children(data)}</>;
}
