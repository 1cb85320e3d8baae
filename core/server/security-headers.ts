// Security headers on every response (issue 17, defect 6). The web client is a built Vite bundle:
// scripts only from our origin, no inline scripts. Mantine injects <style> elements at run time,
// so styles (only styles) allow 'unsafe-inline'. GraphiQL, when enabled, is a page of yoga's that
// loads its bundle from unpkg with an inline bootstrap script; it alone gets a wider policy.
import type { IncomingMessage, ServerResponse } from "node:http";

const WEB_CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface TransportSecurity {
  /** PUBLIC_URL starts with https://: every response is HTTPS to the user. */
  isPublicHttps: boolean;
  /** TRUST_PROXY: X-Forwarded-Proto from the proxy tells whether the user's connection is HTTPS. */
  isBehindProxy: boolean;
}

/** Whether the user's connection is HTTPS: then HSTS is sent and cookies are Secure. */
export function isHttpsRequest(security: TransportSecurity, forwardedProto: string | null | undefined): boolean {
  if (security.isPublicHttps) return true;
  return security.isBehindProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, security: TransportSecurity): void {
  const isGraphiQL = req.method === "GET" && (req.url ?? "").startsWith("/graphql") && (req.headers.accept ?? "").includes("text/html");
  res.setHeader("content-security-policy", isGraphiQL ? GRAPHIQL_CSP : WEB_CLIENT_CSP);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("cross-origin-opener-policy", "same-origin");
  res.setHeader("cross-origin-resource-policy", "same-origin");
  const proto = req.headers["x-forwarded-proto"];
  if (isHttpsRequest(security, Array.isArray(proto) ? proto[0] : proto)) {
    res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
}
