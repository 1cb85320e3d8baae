// One AppError with a code, owned by no transport: the masking plugin maps it to GraphQL, the HTTP
// handlers to a status, and nothing else leaks.
import { GraphQLError, locatedError } from "graphql";
import { expect, test } from "vitest";
import { AppError, AuthenticationError, ForbiddenError, InputError, NotFoundError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import { createErrorMasker, exposedCode, httpStatusOf } from "../core/server/errors.js";

const mask = createErrorMasker(createLogger("silent"));

test("services throw transport-free errors", () => {
  const error = new InputError("Неверное значение.", [{ field: "staff.teachers", message: "не число" }]);
  expect(error).toBeInstanceOf(AppError);
  expect(error).not.toBeInstanceOf(GraphQLError);
  expect(error.name).toBe("InputError");
  expect({ code: error.code, details: error.details }).toEqual({
    code: "BAD_USER_INPUT",
    details: { problems: [{ field: "staff.teachers", message: "не число" }] },
  });
});

test("the masking plugin gives GraphQL the code, the details and the place of the error", () => {
  const thrown = locatedError(new NotFoundError("Цикл мониторинга № 7 не найден."), [], ["cycle"]);
  const masked = mask(thrown) as GraphQLError;
  expect(masked).toBeInstanceOf(GraphQLError);
  expect(masked.toJSON()).toEqual({ message: "Цикл мониторинга № 7 не найден.", path: ["cycle"], extensions: { code: "NOT_FOUND" } });
  const input = mask(locatedError(new InputError("Ошибки в данных.", [{ message: "x" }]), [], ["setDataValues"])) as GraphQLError;
  expect(input.extensions).toEqual({ code: "BAD_USER_INPUT", problems: [{ message: "x" }] });
  expect(exposedCode(thrown)).toBe("NOT_FOUND");
});

test("anything else is masked with a reference", () => {
  const masked = mask(locatedError(new Error("connection reset"), [], ["cycles"])) as GraphQLError;
  expect(masked.message).toMatch(/^Внутренняя ошибка сервера\. Сообщите администратору код [0-9a-f]{8}\.$/);
  expect(masked.extensions.code).toBe("INTERNAL_SERVER_ERROR");
  expect(exposedCode(new Error("x"))).toBeNull();
});

test.each([
  [new InputError("—"), 400],
  [new AuthenticationError(), 401],
  [new ForbiddenError(), 403],
  [new NotFoundError("—"), 404],
])("HTTP handlers answer %s with %i", (error, status) => {
  expect(httpStatusOf(error)).toBe(status);
});
