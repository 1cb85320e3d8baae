// CORS: the web client is served from the same origin and needs none. Other origins (a reporting
// portal of the region, say) are allowed only when listed in CORS_ORIGINS; any other origin,
// including the opaque "null" of sandboxed pages and files, gets no CORS headers at all.
import { CSRF_HEADERS } from "./csrf.js";

type CorsAnswer = false | { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number };

export function corsPolicy(allowedOrigins: readonly string[]): (request: Request) => CorsAnswer {
  const allowed = new Set(allowedOrigins.filter((origin) => origin !== "null"));
  return (request) => {
    const origin = request.headers.get("origin");
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "authorization", ...CSRF_HEADERS],
      maxAge: 600,
    };
  };
}
