// Every string the request carries — in variables or written into the document — is checked before
// execution: no NUL character (PostgreSQL text cannot hold one) and no more characters than its
// argument's limit (input-text.ts). A refusal names the field and the limit, not the text.
import { type ArgumentNode, Kind, type ObjectFieldNode, type ValueNode, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { InputError } from "../errors.js";
import { DEFAULT_TEXT_MAX, TEXT_LIMITS } from "../input-text.js";
import type { AppContext } from "../schema/context.js";
import { toGraphQLError } from "./errors.js";

function checkText(text: string, field: string): InputError | null {
  if (text.includes("\u0000")) return new InputError(`Поле «${field}» содержит недопустимый символ (NUL).`, [{ field, message: "NUL" }]);
  const max = TEXT_LIMITS[field] ?? DEFAULT_TEXT_MAX;
  if (text.length > max) {
    return new InputError(`Поле «${field}»: текст не длиннее ${max} символов (получено ${text.length}).`, [
      { field, message: `не длиннее ${max} символов` },
    ]);
  }
  return null;
}

function checkValue(value: unknown, field: string): InputError | null {
  if (typeof value === "string") return checkText(value, field);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkValue(item, field);
      if (problem) return problem;
    }
    return null;
  }
  // Plain input objects only: uploaded files (File, Blob) are checked by their own limits.
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, inner] of Object.entries(value)) {
      const problem = checkValue(inner, key);
      if (problem) return problem;
    }
  }
  return null;
}

function checkLiteral(node: ValueNode, field: string): InputError | null {
  if (node.kind === Kind.STRING) return checkText(node.value, field);
  if (node.kind === Kind.LIST) {
    for (const item of node.values) {
      const problem = checkLiteral(item, field);
      if (problem) return problem;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const inner of node.fields) {
      const problem = checkLiteral(inner.value, inner.name.value);
      if (problem) return problem;
    }
  }
  return null;
}

export function inputGuard(): Plugin<AppContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variableField = new Map<string, string>();
      let problem: InputError | null = null;
      const visitNamed = (node: ArgumentNode | ObjectFieldNode) => {
        if (node.value.kind === Kind.VARIABLE) variableField.set(node.value.name.value, node.name.value);
        else if (node.kind === Kind.ARGUMENT) problem ??= checkLiteral(node.value, node.name.value);
      };
      visit(args.document, { Argument: visitNamed, ObjectField: visitNamed });
      for (const [name, value] of Object.entries(args.variableValues ?? {})) {
        problem ??= checkValue(value, variableField.get(name) ?? name);
      }
      if (!problem) return;
      args.contextValue.logger.warn(
        { code: "BAD_USER_INPUT", login: args.contextValue.user?.login ?? null, address: args.contextValue.clientAddress },
        `request refused: ${problem.message}`,
      );
      setResultAndStopExecution({ errors: [toGraphQLError(problem)] });
    },
  };
}
