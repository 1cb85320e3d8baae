// Expected errors: one AppError with a code, and a small named constructor per meaning. They belong
// to no transport — services throw them, the GraphQL masking plugin (core/server/errors.ts) turns the
// code into `extensions.code`, the HTTP handlers into a status. Everything else is masked by the
// server and logged in full.

export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

export interface InputProblem {
  /** What the problem is about: an element code, an argument or a file cell. */
  field?: string;
  message: string;
}

/** A refusal the user may see: a Russian message, a code, and details for the client (e.g. `problems`). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user sent something that cannot be accepted; nothing was changed. */
export class InputError extends AppError {
  readonly problems: readonly InputProblem[];
  constructor(message: string, problems: readonly InputProblem[] = []) {
    super("BAD_USER_INPUT", message, problems.length ? { problems } : {});
    this.problems = problems;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Недостаточно прав для этого действия.") {
    super("FORBIDDEN", message);
  }
}

export class AuthenticationError extends AppError {
  constructor(message = "Требуется вход в систему.") {
    super("UNAUTHENTICATED", message);
  }
}

/** A developer's mistake in configuration or a direction plugin: stops start-up. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}
