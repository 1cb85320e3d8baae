// First load of the web client as an anonymous visitor opens it: Chromium with a cold cache against
// `npm run demo` on localhost. Measures the JavaScript bytes on the wire (compressed, as served)
// and the time from navigation until the rating table is visible. Median of several cold loads.
// The floor: the same browser showing a plain HTML table of the same rows from a bare node:http
// server (no JavaScript) — what a first visit costs before any of our code runs.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchChromium } from "../core/dev/chromium.js";
import { atMost, type Figure } from "./figures.js";

export const FIRST_LOAD_JS_TARGET_KB = 250;
export const TABLE_VISIBLE_TARGET_MS = 1000;
const ROOT = path.resolve(import.meta.dirname, "..");

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function startDemo(dataDir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "core/cli/main.ts", "--demo"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error("demo server exited");
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { port, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("demo server did not start");
}

/** A plain page with a 35-row table, served by node:http: the browser's own cost of a first visit. */
function startFloorServer(): Promise<{ port: number; close: () => void }> {
  const rows = Array.from({ length: 35 }, (_, i) => `<tr><td>${i + 1}</td><td>МАОУ «СОШ № ${i + 1}»</td><td>72,5 %</td></tr>`).join("");
  const html = `<!doctype html><html lang="ru"><meta charset="utf-8"><title>floor</title><table><tbody>${rows}</tbody></table></html>`;
  const server = createHttpServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ port: (server.address() as { port: number }).port, close: () => server.close() })),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchWebFirstLoad(runs = 5): Promise<{ measured: Record<string, number>; figures: Figure[] }> {
  const build = spawn(process.execPath, ["--import", "tsx", "core/cli/build-web-if-stale.ts"], { cwd: ROOT, stdio: "inherit" });
  await new Promise((resolve) => build.once("exit", resolve));
  const dataDir = mkdtempSync(path.join(tmpdir(), "orientir-bench-web-"));
  const server = await startDemo(dataDir);
  const browser = await launchChromium();
  const jsBytes: number[] = [];
  const tableMs: number[] = [];
  const floorMs: number[] = [];
  const floor = await startFloorServer();
  let requests = 0;
  try {
    for (let run = 0; run < runs; run++) {
      // A new context has an empty cache: every load is a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      let count = 0;
      page.on("requestfinished", (request) => {
        count++;
        if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(`http://127.0.0.1:${server.port}/`);
      await page.locator("table tbody tr").first().waitFor({ timeout: 30_000 });
      tableMs.push(await page.evaluate(() => performance.now()));
      jsBytes.push((await Promise.all(scripts)).reduce((s, b) => s + b, 0));
      requests = count;
      await context.close();
      const bare = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const floorPage = await bare.newPage();
      await floorPage.goto(`http://127.0.0.1:${floor.port}/`);
      await floorPage.locator("table tbody tr").first().waitFor({ timeout: 30_000 });
      floorMs.push(await floorPage.evaluate(() => performance.now()));
      await bare.close();
    }
  } finally {
    await browser.close();
    floor.close();
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
  const kb = Math.round(median(jsBytes) / 1024);
  const ms = Math.round(median(tableMs));
  const floorVisibleMs = Math.round(median(floorMs));
  return {
    measured: {
      runs,
      requests,
      firstLoadJsKb: kb,
      tableVisibleMs: ms,
      floorTableVisibleMs: floorVisibleMs,
      timesFloor: Math.round((ms / floorVisibleMs) * 10) / 10,
    },
    figures: [
      atMost("web first load: JS on the wire", "pglite", kb, "KB", FIRST_LOAD_JS_TARGET_KB),
      atMost("web first load: rating table visible", "pglite", ms, "ms", TABLE_VISIBLE_TARGET_MS),
    ],
  };
}

// Run alone: `npx tsx bench/web-first-load.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchWebFirstLoad();
  console.table(result.figures);
  console.table([result.measured]);
}
