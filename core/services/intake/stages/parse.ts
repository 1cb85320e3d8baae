// Stage «parse»: sheets → what the chosen format finds in them (values, source records, problems).
// The format is the plugin's; this stage names the organizations it may refer to.
import type { FormatContext, ImportFormatDefinition, ParsedImport } from "../../../direction/import/format.js";
import type { ReadTable } from "../read/types.js";

export function parseStage(format: ImportFormatDefinition, table: ReadTable, context: FormatContext): ParsedImport {
  return format.read(table, context);
}
