// `npx tsx core/cli/check-directions.ts [plugins/<id>/index.ts …]`: validates directions and runs
// every example — the same checks start-up and the contract test make. Without arguments it
// checks the registered list in plugins/index.ts. For plugin authors.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { exampleFailures } from "../direction/contract.js";
import { createRegistry } from "../direction/registry.js";
import type { DirectionDefinition } from "../direction/types.js";
import { ConfigError } from "../errors.js";

async function load(files: string[]): Promise<DirectionDefinition[]> {
  if (files.length === 0) return [...(await import("../../plugins/index.js")).directions];
  const found: DirectionDefinition[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === "object" && "indicators" in value && "code" in value) found.push(value as DirectionDefinition);
    }
  }
  return found;
}

try {
  const registry = createRegistry(await load(process.argv.slice(2)));
  const failures = exampleFailures(registry);
  const indicators = registry.directions.reduce((n, d) => n + d.indicators.length, 0);
  const examples = registry.directions.reduce((n, d) => n + d.indicators.reduce((m, i) => m + i.examples.length, 0), 0);
  if (failures.length) {
    process.stderr.write(`${failures.join("\n")}\n${failures.length} example(s) failed\n`);
    process.exit(1);
  }
  process.stdout.write(`${registry.directions.length} directions, ${indicators} indicators, ${examples} examples: all pass\n`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
