// Issue 17, defects 3, 6 and 9 through the real HTTP entry: CORS is same-origin unless CORS_ORIGINS
// lists an origin; every route carries the security headers; HSTS and Secure cookies only over
// HTTPS; GraphiQL and introspection only where enabled.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "../core/config.js";
import { INTROSPECTION_OFF_MESSAGE } from "../core/server/introspection.js";
import { createTestApp, type GraphQLResponse, listen, type TestApp } from "./helpers/app.js";

let t: TestApp;
let server: { url: string; close(): Promise<void> };
let webDir: string;
beforeAll(async () => {
  t = await createTestApp({ corsOrigins: ["https://portal.example.ru"] });
  webDir = mkdtempSync(path.join(tmpdir(), "orientir-web-"));
  writeFileSync(path.join(webDir, "index.html"), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  server = await listen(t, { webDir });
});
afterAll(async () => {
  await server.close();
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

const post = (url: string, headers: Record<string, string> = {}, query = "{ __typename }") =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

describe("CORS", () => {
  test("a foreign origin and the opaque null origin get no CORS headers", async () => {
    for (const origin of ["http://evil.example", "null"]) {
      const response = await post(`${server.url}/graphql`, { origin });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      const preflight = await fetch(`${server.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  test("an origin listed in CORS_ORIGINS is allowed with credentials", async () => {
    const response = await post(`${server.url}/graphql`, { origin: "https://portal.example.ru" });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://portal.example.ru");
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
  });

  test("CORS_ORIGINS is validated at start-up", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example.ru, http://b.example.ru:8080" }).CORS_ORIGINS).toEqual([
      "https://a.example.ru",
      "http://b.example.ru:8080",
    ]);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    for (const bad of ["null", "*", "https://a.example.ru/", "a.example.ru"])
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS \(разрешённые источники CORS\)/);
  });
});

describe("security headers", () => {
  const routes = ["/", "/graphql", "/files/evidence/1", "/templates/cycles/1/monitoring.xlsx", "/health"];

  test("every route has CSP with frame-ancestors 'none', nosniff and Referrer-Policy; no HSTS over plain HTTP", async () => {
    for (const route of routes) {
      const response = route === "/graphql" ? await post(`${server.url}${route}`) : await fetch(`${server.url}${route}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, route).toContain("frame-ancestors 'none'");
      expect(csp, route).toContain("script-src 'self'");
      expect(csp, route).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get("x-content-type-options"), route).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), route).toBe("no-referrer");
      expect(response.headers.get("x-frame-options"), route).toBe("DENY");
      expect(response.headers.get("strict-transport-security"), route).toBeNull();
    }
  });

  test("styles may be inline (Mantine injects them), scripts may not", async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'none'/);
  });

  test("HSTS and Secure cookies when PUBLIC_URL is https", async () => {
    const https = await listen(t, { security: { isPublicHttps: true, isBehindProxy: false } });
    try {
      expect((await fetch(`${https.url}/health`)).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await https.close();
    }
  });

  test("behind a trusted proxy, X-Forwarded-Proto: https turns on HSTS and the Secure cookie", async () => {
    const proxied = await createTestApp({ isBehindProxy: true });
    const proxy = await listen(proxied, { security: { isPublicHttps: false, isBehindProxy: true } });
    try {
      await proxied.signIn("ADMIN", { login: "boss" });
      const login = (proto: string) =>
        post(`${proxy.url}/graphql`, { "x-forwarded-proto": proto }, `mutation { login(login: "boss", password: "secret") { id } }`);
      const secure = await login("https");
      expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
      expect(secure.headers.get("set-cookie")).toMatch(/; Secure/);
      const plain = await login("http");
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      expect(plain.headers.get("set-cookie")).not.toMatch(/Secure/);
    } finally {
      await proxy.close();
      await proxied.close();
    }
  });
});

describe("GraphiQL and introspection", () => {
  test("are off by default: introspection is refused in Russian, GET with text/html shows no GraphiQL", async () => {
    const response = (await (await post(`${server.url}/graphql`, {}, "{ __schema { types { name } } }")).json()) as GraphQLResponse;
    expect(response.errors?.[0]?.message).toBe(INTROSPECTION_OFF_MESSAGE);
    expect((await t.gql('{ __type(name: "Query") { name } }')).errors?.[0]?.message).toBe(INTROSPECTION_OFF_MESSAGE);
    expect((await t.gql("{ __typename }")).data).toEqual({ __typename: "Query" });
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("graphiql");
  });

  test("are on in demo mode or with GRAPHIQL=1", async () => {
    const demo = await createTestApp({ isGraphiQLEnabled: true });
    try {
      expect((await demo.gql("{ __schema { queryType { name } } }")).data).toEqual({ __schema: { queryType: { name: "Query" } } });
      const page = await demo.app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
      expect(await page.text()).toContain("graphiql");
    } finally {
      await demo.close();
    }
    expect(loadConfig({ GRAPHIQL: "1" }).GRAPHIQL).toBe(true);
  });
});
