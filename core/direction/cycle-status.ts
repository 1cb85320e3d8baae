// The statuses in which a cycle's values, documents, imports and review change. Stated here, in the
// plugin API, so plugins (a standalone import that fills open cycles) read the same rule as the core
// (core/domain/open-for-data.ts re-exports it).
import type { CycleStatus } from "../generated/prisma/client.js";

export const OPEN_FOR_DATA: readonly CycleStatus[] = ["COLLECTING", "REVIEW"];
