// Schema introspection only where GraphiQL is on (demo, development, GRAPHIQL=1). Elsewhere the
// published contract is schema.graphql in the repository; the web client is typed against that
// file and never introspects.
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";

export const INTROSPECTION_OFF_MESSAGE =
  "Интроспекция схемы отключена на этом сервере: опубликованная схема API — файл schema.graphql (или запустите сервер с GRAPHIQL=1).";

export function introspectionGate(isEnabled: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!isEnabled) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
