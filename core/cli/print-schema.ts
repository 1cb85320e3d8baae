// Writes the printed GraphQL schema of the registered directions and import formats to
// schema.graphql (committed; a test fails when it drifts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { directions } from "../../plugins/index.js";
import { createRegistry } from "../direction/registry.js";
import { buildSchema } from "../schema/index.js";

const file = path.resolve(import.meta.dirname, "../../schema.graphql");
writeFileSync(file, `${printSchema(buildSchema(createRegistry(directions)))}\n`);
process.stdout.write(`schema written to ${file}\n`);
