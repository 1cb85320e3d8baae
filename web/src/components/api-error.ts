// The text a person sees for a failed request: the API's Russian message (it says what to fix),
// or a plain sentence when the server cannot be reached — never a stack or an English exception.
import type { CombinedError } from "urql";

export function errorText(error: CombinedError | null | undefined): string {
  if (!error) return "";
  const first = error.graphQLErrors[0]?.message;
  if (first) return first;
  if (error.networkError) return "Сервер недоступен. Проверьте подключение и обновите страницу.";
  return "Не удалось выполнить запрос. Обновите страницу.";
}
