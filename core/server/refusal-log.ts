// Every refused request is logged with who asked and what for: wrong credentials, missing rights,
// forbidden transitions and bad input leave a trace for the administrator, not only a message for
// the user. (Changes themselves are in the audit trail; refusals change nothing, so they go here.)
import type { DefinitionNode, GraphQLError, OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AppContext } from "../schema/context.js";
import { exposedCode } from "./errors.js";

export function refusalLog(): Plugin<AppContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (!("errors" in result) || !result.errors?.length) return;
          const operation = args.document.definitions.find((d: DefinitionNode) => d.kind === "OperationDefinition") as
            | OperationDefinitionNode
            | undefined;
          const user = args.contextValue.user;
          for (const error of result.errors as readonly GraphQLError[]) {
            // Before masking: the code is the AppError's (or the GraphQL layer's own refusal).
            const code = exposedCode(error);
            if (!code) continue;
            args.contextValue.logger.warn(
              {
                code,
                path: error.path?.join("."),
                operation: operation?.name?.value ?? operation?.operation ?? null,
                login: user?.login ?? null,
                role: user?.role ?? null,
                address: args.contextValue.clientAddress,
              },
              `request refused: ${error.message}`,
            );
          }
        },
      };
    },
  };
}
