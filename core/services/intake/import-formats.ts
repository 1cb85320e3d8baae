// The registered import formats: the core's own and those the directions contribute, validated once
// per registry with the owner of each problem named, like the directions themselves.
import type { ImportFormatDefinition } from "../../direction/import/format.js";
import type { Registry } from "../../direction/registry.js";
import { ConfigError } from "../../errors.js";
import { CORE_IMPORT_FORMATS } from "./formats/index.js";

export interface ImportFormats {
  readonly list: readonly ImportFormatDefinition[];
  get(kind: string): ImportFormatDefinition | undefined;
}

const KIND_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

function formatProblems(format: ImportFormatDefinition): string[] {
  const at = `import format "${format.kind}"`;
  const problems: string[] = [];
  if (!KIND_PATTERN.test(format.kind ?? "")) problems.push(`${at} must be upper snake case (e.g. "VPR_RESULTS")`);
  if (!format.title) problems.push(`${at} has no title`);
  if (typeof format.read !== "function") problems.push(`${at} has no read function`);
  if (format.detect !== undefined && typeof format.detect !== "function") problems.push(`${at} has a detect that is not a function`);
  if (format.codec && (typeof format.codec.encode !== "function" || typeof format.codec.decode !== "function"))
    problems.push(`${at} has a codec without encode and decode`);
  const isCycleBound = format.cycleBound ?? true;
  if (!isCycleBound && typeof format.apply !== "function") problems.push(`${at} fills no cycle (cycleBound: false) but has no apply`);
  if (isCycleBound && format.apply) problems.push(`${at} has apply, which only formats with cycleBound: false may have`);
  if (!isCycleBound && format.codec) problems.push(`${at} fills no cycle, so no source derives from it: it needs no codec`);
  return problems;
}

function collect(registry: Registry): ImportFormats {
  const problems: string[] = [];
  const formats = new Map<string, { format: ImportFormatDefinition; owner: string }>();
  const owned = [
    ...CORE_IMPORT_FORMATS.map((format) => ({ format, owner: "[core]" })),
    ...registry.directions.flatMap((d) => (d.importFormats ?? []).map((format) => ({ format, owner: `[direction:${d.id}]` }))),
  ];
  for (const { format, owner } of owned) {
    for (const p of formatProblems(format)) problems.push(`${owner} ${p}`);
    const taken = formats.get(format.kind);
    // Directions that read the same format each list it (so either works alone): one value, one format.
    if (taken?.format === format) continue;
    if (taken) problems.push(`${owner} import format "${format.kind}" is already registered by ${taken.owner}`);
    else formats.set(format.kind, { format, owner });
  }
  for (const direction of registry.directions) {
    for (const source of direction.sources) {
      const at = `[direction:${direction.id}] source "${source.id}"`;
      if (source.kind !== "import") continue;
      const format = source.importKind ? formats.get(source.importKind)?.format : undefined;
      if (!format) {
        problems.push(`${at} is filled by unregistered import format "${source.importKind ?? ""}"`);
        continue;
      }
      if (source.derive && !format.codec) problems.push(`${at} derives from "${format.kind}", which keeps no records (no codec)`);
      if (format.codec && !source.derive) problems.push(`${at} reads record-based "${format.kind}" but has no derive`);
    }
  }
  if (problems.length) throw new ConfigError(`Invalid import formats:\n  ${problems.join("\n  ")}`);
  const list = Object.freeze([...formats.values()].map((f) => f.format));
  return Object.freeze({ list, get: (kind: string) => formats.get(kind)?.format });
}

const byRegistry = new WeakMap<Registry, ImportFormats>();

/** The formats of a registry; throws a ConfigError naming the owner of every problem. */
export function importFormatsOf(registry: Registry): ImportFormats {
  let formats = byRegistry.get(registry);
  if (!formats) {
    formats = collect(registry);
    byRegistry.set(registry, formats);
  }
  return formats;
}

/** Whether imports of this format fill a cycle (and need one). */
export const isCycleBound = (format: ImportFormatDefinition): boolean => format.cycleBound ?? true;
