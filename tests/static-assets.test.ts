// The built web client over the real HTTP entry: hashed assets go out precompressed (brotli, else
// gzip) with a year-long immutable cache; the page itself is always revalidated.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { WEB_DIST } from "../core/server/http.js";
import { createTestApp, listen, type TestApp } from "./helpers/app.js";

let t: TestApp;
let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  t = await createTestApp();
  server = await listen(t);
});
afterAll(async () => {
  await server.close();
  await t.close();
});

/** The entry script the page loads (the biggest file of the first load). */
const entryScript = () => {
  const match = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(path.join(WEB_DIST, "index.html"), "utf8"));
  if (!match?.[1]) throw new Error("index.html names no entry script");
  return match[1];
};

describe("static web client", () => {
  test("every script and stylesheet of the build has a brotli and a gzip twin", () => {
    const assets = readdirSync(path.join(WEB_DIST, "assets"));
    const texts = assets.filter((f) => /\.(js|css)$/.test(f));
    expect(texts.length).toBeGreaterThan(5);
    for (const file of texts) {
      const size = readFileSync(path.join(WEB_DIST, "assets", file)).length;
      if (size < 1024) continue;
      expect(assets, file).toContain(`${file}.br`);
      expect(assets, file).toContain(`${file}.gz`);
    }
  });

  test("a hashed script goes out in brotli, cached for a year", async () => {
    const script = entryScript();
    const response = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("vary")?.toLowerCase()).toContain("accept-encoding");
    expect(response.headers.get("content-type")).toContain("javascript");
    // fetch decodes the body: it must be exactly the built file.
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(readFileSync(path.join(WEB_DIST, script)))).toBe(true);
    const raw = readFileSync(path.join(WEB_DIST, `${script}.br`));
    expect(brotliDecompressSync(raw).equals(body)).toBe(true);
    expect(raw.length).toBeLessThan(body.length / 2.5);
  });

  test("gzip when brotli is not accepted, identity when nothing is", async () => {
    const script = entryScript();
    const gzip = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(readFileSync(path.join(WEB_DIST, `${script}.gz`))).length).toBe(readFileSync(path.join(WEB_DIST, script)).length);
    await gzip.arrayBuffer();
    const plain = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await plain.arrayBuffer()).byteLength).toBe(readFileSync(path.join(WEB_DIST, script)).length);
  });

  test("the page and any client route are revalidated on every visit", async () => {
    for (const url of ["/", "/index.html", "/some/client/route"]) {
      const response = await fetch(`${server.url}${url}`, { headers: { "accept-encoding": "br, gzip" } });
      expect(response.status, url).toBe(200);
      expect(response.headers.get("cache-control"), url).toBe("no-cache");
      expect(await response.text(), url).toContain('<div id="root">');
    }
  });
});
