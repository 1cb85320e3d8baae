// GraphQL documents of the data-collection page.
import { graphql, type ResultOf } from "../../graphql.ts";

// The import kinds come from the server's registered formats: a format a plugin adds shows up here.
export const ImportFormatsQuery = graphql(`query ImportFormats { importFormats { kind title cycleBound } }`);

export const CompletenessQuery = graphql(`
  query Completeness($cycleId: ID!) {
    completeness(cycleId: $cycleId) { organization { id name } percent filled required deadlineStatus }
    importBatches(cycleId: $cycleId) { id kind fileName status rowsTotal valuesChanged createdAt createdBy }
  }
`);

export const UndoBatchMutation = graphql(`mutation UndoBatch($id: ID!) { undoImportBatch(batchId: $id) }`);

/** urql sends the File variable as a GraphQL multipart request. */
export const ImportMutation = graphql(`
  mutation IntakeImport($cycleId: ID, $kind: ImportKind!, $file: File!, $dryRun: Boolean, $progressKey: String) {
    importFile(cycleId: $cycleId, kind: $kind, file: $file, dryRun: $dryRun, progressKey: $progressKey) {
      rowsTotal rowsImported isDryRun batchId
      errors { row column message }
      warnings { row column message organizationId }
      changes { organizationId element before after }
    }
  }
`);

export type ImportOutcome = ResultOf<typeof ImportMutation>["importFile"];
export type ImportFormat = ResultOf<typeof ImportFormatsQuery>["importFormats"][number];
