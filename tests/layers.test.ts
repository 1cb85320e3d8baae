// The layers point one way, and `npm run lint` says so: a wrong-way import planted in a copy of the
// project's folders fails the project's own Biome configuration; the same file importing downwards passes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ROOT } from "./helpers/process.js";

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "orientir-layers-"));
  const config = JSON.parse(readFileSync(path.join(ROOT, "biome.json"), "utf8")) as Record<string, unknown>;
  // The copy is no git checkout: the folder overrides are what is under test.
  writeFileSync(path.join(dir, "biome.json"), JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(file: string, source: string): { code: number | null; output: string } {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, source);
  const run = spawnSync(path.join(ROOT, "node_modules/.bin/biome"), ["lint", file], { cwd: dir, encoding: "utf8" });
  rmSync(full);
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const use = (specifier: string, name: string) => `import { ${name} } from "${specifier}";\n\nexport const value = ${name};\n`;

test.each([
  ["core/domain/planted.ts", use("../services/audit.js", "recordAudit"), "core/domain must not import a layer above it"],
  ["core/domain/planted.ts", use("../schema/context.js", "memo"), "core/domain must not import a layer above it"],
  ["core/direction/planted.ts", use("../domain/cycles.js", "getCycle"), "core/direction (the plugin API) must not import"],
  ["core/services/intake/planted.ts", use("../../schema/index.js", "buildSchema"), "core/services must not import"],
  ["core/services/planted.ts", use("../../plugins/index.js", "directions"), "core/services must not import"],
  ["core/schema/planted.ts", use("../server/app.js", "createApp"), "core/schema must not import"],
  ["plugins/probe/planted.ts", use("../../core/services/audit.js", "recordAudit"), "A plugin imports only the plugin API"],
  ["plugins/probe/planted.ts", use("../../core/domain/cycles.js", "getCycle"), "A plugin imports only the plugin API"],
  ["plugins/probe/schema.ts", use("../../core/schema/context.js", "memo"), "A plugin imports only the plugin API"],
  ["plugins/probe/web/Page.ts", use("../../../core/direction/format.js", "formatNumber"), "The web client never imports the server"],
  ["core/direction/types.ts", use("../schema/builder.js", "createBuilder"), "core/direction (the plugin API) must not import"],
  ["web/src/planted.ts", use("../../core/direction/format.js", "formatNumber"), "The web client never imports the server"],
  ["web/src/pages/planted.ts", use("../../../plugins/index.js", "directions"), "The web client never imports the server"],
  ["bench/planted.ts", use("../tests/helpers/db.js", "freshDatabase"), "bench/ shares code with tests through core/"],
])("%s importing %#: the linter refuses it", (file, source, message) => {
  const { code, output } = lint(file, source);
  expect(output).toContain("noRestrictedImports");
  expect(output).toContain(message);
  expect(code).not.toBe(0);
});

test.each([
  ["core/domain/planted.ts", use("../direction/format.js", "formatNumber")],
  ["core/services/planted.ts", use("../domain/cycles.js", "getCycle")],
  ["core/schema/planted.ts", use("../services/audit.js", "recordAudit")],
  ["plugins/probe/planted.ts", use("../../core/direction/define.js", "defineDirection")],
  ["plugins/probe/planted.ts", use("../achievement/formats/vpr-results.js", "vprResultsFormat")],
  ["web/src/planted.ts", use("@mantine/core", "Button")],
  ["web/src/planted.ts", use("../../plugins/objectivity/web/index.ts", "objectivityWeb")],
  ["bench/planted.ts", use("../core/db/scratch-schema.js", "emptyPostgresSchema")],
])("%s importing downwards (%#) passes", (file, source) => {
  const { code, output } = lint(file, source);
  expect(output).not.toContain("noRestrictedImports");
  expect(code, output).toBe(0);
});
