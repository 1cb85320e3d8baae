// GraphQL ids are decoded once, at the schema boundary: every field argument of type ID (also in lists
// and input objects) reaches the resolver as the database id, a number. A malformed id is the user's
// mistake, named by its argument («Неверный идентификатор цикла: «abc».»). Pothos builds the built-in
// `ID` scalar itself, so the decoding wraps the resolvers of the built schema instead of the scalar.
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";
import { parseId } from "./ids.js";

/** The Russian genitive of what an argument names, for the message. */
const WHAT: Record<string, string> = {
  cycleId: "цикла",
  organizationId: "организации",
  organizationIds: "организации",
  survivorId: "организации",
  expertId: "эксперта",
  userId: "пользователя",
  appointmentId: "назначения",
  batchId: "пакета импорта",
  decisionId: "решения",
  municipalityId: "муниципалитета",
  leaderId: "руководителя",
};

/** Whether a value of `type` contains an ID anywhere (inputs are acyclic in practice; depth-bounded). */
function hasId(type: GraphQLInputType, depth = 0): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return hasId(inner.ofType, depth);
  if (isScalarType(inner)) return inner.name === "ID";
  if (isInputObjectType(inner) && depth < 5) return Object.values(inner.getFields()).some((f) => hasId(f.type, depth + 1));
  return false;
}

function decode(value: unknown, type: GraphQLInputType, name: string, fallback: string): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return (value as unknown[]).map((v) => decode(v, inner.ofType, name, fallback));
  if (isScalarType(inner)) return inner.name === "ID" ? parseId(value as string | number, WHAT[name] ?? fallback) : value;
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(object).map(([key, v]) => [key, fields[key] ? decode(v, fields[key].type, key, fallback) : v]),
    );
  }
  return value;
}

/** Wraps every field with an ID argument so that its resolver gets numbers. */
export function decodeIdArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const withIds: readonly GraphQLArgument[] = field.args.filter((a) => hasId(a.type));
      if (!withIds.length) continue;
      const original = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const decoded = { ...args };
        for (const arg of withIds) {
          if (arg.name in decoded) decoded[arg.name] = decode(decoded[arg.name], arg.type, arg.name, "записи");
        }
        return original(source, decoded, ctx, info);
      };
    }
  }
  return schema;
}
