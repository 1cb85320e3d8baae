// Writes the printed GraphQL schema to schema.graphql (committed; a test fails when it drifts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { directions } from "../../plugins/index.js";
import { buildSchema } from "../schema/index.js";

const file = path.resolve(import.meta.dirname, "../../schema.graphql");
writeFileSync(file, `${printSchema(buildSchema({ directions }))}\n`);
process.stdout.write(`schema written to ${file}\n`);
