// The import formats the core itself owns: generic over the directions (they read element codes and
// the directions' mappings). Formats tied to one direction's data come with that direction.
import type { ImportFormatDefinition } from "../../../direction/import/format.js";
import { organizationRegistryFormat } from "../../registry-import/registry-format.js";
import { selfExaminationFormat } from "./self-examination.js";
import { monitoringTemplateFormat } from "./template.js";

export const CORE_IMPORT_FORMATS: readonly ImportFormatDefinition[] = [
  monitoringTemplateFormat,
  selfExaminationFormat,
  organizationRegistryFormat as ImportFormatDefinition,
];
