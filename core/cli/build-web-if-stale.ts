// `npm start` serves the built web client: build it when missing or older than its sources, so a
// fresh clone needs nothing but `npm ci && npm start`.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "vite";

const web = path.resolve(import.meta.dirname, "../../web");
const builtIndex = path.join(web, "dist/index.html");
const sources = [
  path.join(web, "src"),
  path.join(web, "index.html"),
  path.join(web, "vite.config.ts"),
  path.resolve(web, "../schema.graphql"),
];

function newestChange(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

const isStale = !existsSync(builtIndex) || Math.max(...sources.filter(existsSync).map(newestChange)) > statSync(builtIndex).mtimeMs;
if (isStale) {
  process.stdout.write("Сборка веб-клиента…\n");
  await build({ configFile: path.join(web, "vite.config.ts"), logLevel: "warn" });
}
