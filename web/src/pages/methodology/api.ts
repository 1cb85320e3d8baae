// GraphQL documents of the methodology editor.
import { graphql, type ResultOf } from "../../graphql.ts";

export const EditorCyclesQuery = graphql(`
  query EditorCycles { cycles { id year title status methodologyVersion isMethodologyFrozen viewerCan { editMethodology } } }
`);

export const VersionFields = graphql(`
  fragment EditorVersion on MethodologyVersion {
    version comment createdAt createdBy comparisonGroups levels { high medium }
    directions { code title weight isEnabled indicators { code title unit isEnabled usedInRating ruleType rule maxPoints } }
  }
`);

export const EditorMethodologyQuery = graphql(
  `
  query EditorMethodology($cycleId: ID!, $version: Int) {
    methodology(cycleId: $cycleId, version: $version) { ...EditorVersion }
  }
`,
  [VersionFields],
);

export const UpdateMethodologyMutation = graphql(`
  mutation EditorUpdate($cycleId: ID!, $changes: MethodologyChangesInput!, $comment: String, $expectedVersion: Int) {
    updateMethodology(cycleId: $cycleId, changes: $changes, comment: $comment, expectedVersion: $expectedVersion) { version }
  }
`);

export type EditorVersion = ResultOf<typeof VersionFields>;
