// One small error class per meaning. Expected errors reach users with a Russian message;
// everything else is masked by the server and logged in full.
import { GraphQLError } from "graphql";

export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

export interface InputProblem {
  /** What the problem is about: an element code, an argument or a file cell. */
  field?: string;
  message: string;
}

abstract class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** The user sent something that cannot be accepted; nothing was changed. */
export class InputError extends AppError {
  readonly problems: readonly InputProblem[];
  constructor(message: string, problems: readonly InputProblem[] = []) {
    super(message, "BAD_USER_INPUT", problems.length ? { problems } : {});
    this.problems = problems;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, "NOT_FOUND");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Недостаточно прав для этого действия.") {
    super(message, "FORBIDDEN");
  }
}

export class AuthenticationError extends AppError {
  constructor(message = "Требуется вход в систему.") {
    super(message, "UNAUTHENTICATED");
  }
}

/** A developer's mistake in configuration or a direction plugin: stops start-up. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}
