// Typed GraphQL documents, checked against the committed schema.graphql by gql.tada.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string; JSON: unknown; ID: string; File: File };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
