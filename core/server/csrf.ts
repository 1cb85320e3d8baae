// Cookie sessions and cross-site forms: a browser can send a multipart or form POST to another site
// without a preflight, so such requests carrying our session cookie need a header that a plain form
// cannot set. Ours, and the ones the GraphQL ecosystem's clients already send (graphql-yoga,
// Apollo Client and Apollo upload links, the GraphQL-over-HTTP "preflight" convention).
import type { Plugin } from "graphql-yoga";
import { SESSION_COOKIE } from "../services/auth/sessions.js";
import { readCookie } from "./identity.js";

export const CSRF_HEADER = "x-orientir-csrf";

export const CSRF_HEADERS = [
  CSRF_HEADER,
  "x-graphql-yoga-csrf",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "graphql-preflight",
] as const;

export function csrfProtection(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== "POST" || !readCookie(request.headers.get("cookie"), SESSION_COOKIE)) return;
      const type = request.headers.get("content-type") ?? "";
      if (type.startsWith("application/json") || type.startsWith("application/graphql")) return;
      if (CSRF_HEADERS.some((name) => request.headers.has(name))) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              { message: `Запрос отклонён (защита от CSRF): добавьте заголовок ${CSRF_HEADER}.`, extensions: { code: "FORBIDDEN" } },
            ],
          }),
          { status: 403, headers: { "content-type": "application/json; charset=utf-8" } },
        ),
      );
    },
  };
}
