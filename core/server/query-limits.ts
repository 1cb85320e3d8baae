// Limits on what one GraphQL document may ask for, so that an anonymous request cannot occupy the
// server (issue 17, defect 1: 1 000 aliases of `ratings` blocked /health for 16 s). The numbers sit
// well above the web client's largest document (tests/query-limits.test.ts sends every one of them).
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";

export const QUERY_LIMITS = {
  /** Aliased fields per operation; the web client uses none. */
  aliases: 30,
  /** Nesting of selections; the web client's deepest is 5 (organizations → edges → node → …). */
  depth: 10,
  /** Lexical tokens of the document; the web client's largest has about 150. */
  tokens: 3000,
  /** graphql-armor's cost (objects 2, scalars 1, growing with depth); the web client's costliest
   *  document (the registry's organization list) is about 2 400. */
  cost: 5000,
  directives: 30,
} as const;

/** Bytes of a GraphQL request that is not a file upload (JSON or application/graphql). */
export const GRAPHQL_BODY_MAX_BYTES = 256 * 1024;

/** graphql-armor's English refusals ("Syntax Error: Aliases limit of 30 exceeded, found 31.") → Russian. */
const REFUSALS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Aliases limit of (\d+) exceeded, found (\d+)/, (m) => `псевдонимов полей ${m[2]}, допускается не больше ${m[1]}`],
  [/Query depth limit of (\d+) exceeded, found (\d+)/, (m) => `вложенность ${m[2]}, допускается не больше ${m[1]}`],
  [/Token limit of (\d+) exceeded/, (m) => `документ длиннее ${m[1]} лексем`],
  [/Query Cost limit of (\d+) exceeded, found (\d+)/, (m) => `стоимость ${m[2]}, допускается не больше ${m[1]}`],
  [/Directives limit of (\d+) exceeded, found (\d+)/, (m) => `директив ${m[2]}, допускается не больше ${m[1]}`],
];

/** The Russian refusal for a graphql-armor message, or null when the message is not one. */
export function queryLimitRefusal(message: string): string | null {
  for (const [pattern, describe] of REFUSALS) {
    const match = pattern.exec(message);
    if (match) return `Запрос слишком сложен и отклонён: ${describe(match)}. Разделите его на несколько запросов.`;
  }
  return null;
}

export function queryLimits(): Plugin {
  return EnvelopArmorPlugin({
    maxAliases: { n: QUERY_LIMITS.aliases, exposeLimits: true },
    maxDepth: { n: QUERY_LIMITS.depth, exposeLimits: true, ignoreIntrospection: true, flattenFragments: true },
    maxTokens: { n: QUERY_LIMITS.tokens, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.cost, exposeLimits: true, ignoreIntrospection: true },
    maxDirectives: { n: QUERY_LIMITS.directives, exposeLimits: true },
    // Suggestions ("Did you mean …?") would reveal hidden field names when introspection is off.
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}
