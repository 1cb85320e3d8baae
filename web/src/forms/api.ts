// GraphQL documents of the data-entry form.
import { graphql, type ResultOf } from "../graphql.ts";

export const FormMethodologyQuery = graphql(`
  query FormMethodology {
    directions {
      id code title
      elements { code title type unit min max hint isRequired enteredBy appliesTo partOf options { value label } }
    }
  }
`);

export const FormValuesQuery = graphql(`
  query FormValues($cycleId: ID!, $organizationId: ID!) {
    dataValues(cycleId: $cycleId, organizationId: $organizationId) { element value comment source enteredAt }
    evidence(cycleId: $cycleId, organizationId: $organizationId) { id element fileName size url uploadedAt }
    valueEditScope(cycleId: $cycleId, organizationId: $organizationId) { elements canAttachDocuments lockedReason }
  }
`);

export const ValueHistoryQuery = graphql(`
  query FormValueHistory($cycleId: ID!, $organizationId: ID!, $element: String!) {
    valueHistory(cycleId: $cycleId, organizationId: $organizationId, element: $element) { at action before after actor source comment }
  }
`);

export const SaveValuesMutation = graphql(`
  mutation FormSaveValues($cycleId: ID!, $organizationId: ID!, $values: [DataValueInput!]!) {
    setDataValues(cycleId: $cycleId, organizationId: $organizationId, values: $values) { element value comment enteredAt }
  }
`);

export const RemoveEvidenceMutation = graphql(`mutation FormRemoveEvidence($id: ID!) { removeEvidence(id: $id) }`);

/** urql sends a File variable as a GraphQL multipart request. */
export const AttachEvidenceMutation = graphql(`
  mutation FormAttachEvidence($cycleId: ID!, $organizationId: ID!, $element: String, $file: File!) {
    attachEvidence(cycleId: $cycleId, organizationId: $organizationId, element: $element, file: $file) { id fileName }
  }
`);

export type FormDirection = ResultOf<typeof FormMethodologyQuery>["directions"][number];
export type FormElement = FormDirection["elements"][number];
export type FormEvidence = ResultOf<typeof FormValuesQuery>["evidence"][number];
