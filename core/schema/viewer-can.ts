// What the viewer may do, for the web client's menus and buttons: `me { can }` for capabilities
// that do not depend on a cycle, `Cycle.viewerCan` for those that also depend on its status. Each
// answer is computed from the root field's own authScopes (field-scopes.ts) and the workflow tables
// of domain/cycle-workflow.ts — the rules the API enforces, stated once.
import type { ObjectRef } from "@pothos/core";
import type { GraphQLResolveInfo, GraphQLSchema } from "graphql";
import { canSeeResults } from "../domain/access.js";
import type { SessionUser } from "../domain/actor.js";
import {
  ASSIGNABLE_STATUSES,
  type CycleTransition,
  cycleTransitions,
  FORWARD,
  isOpenForData,
  METHODOLOGY_STATUSES,
  SCORABLE_STATUSES,
} from "../domain/cycle-workflow.js";
import type { CycleStatus } from "../generated/prisma/client.js";
import type { Builder, SchemaTypes } from "./builder.js";
import type { Enums } from "./enums.js";
import { fieldAllows } from "./field-scopes.js";

/** Capability → the root field it stands for, and what it lets the viewer do. */
export const VIEWER_CAPABILITIES = {
  editRegistry: ["Mutation.createOrganization", "Вести реестр организаций и руководителей"],
  importFiles: ["Mutation.importFile", "Загружать файлы (реестр, данные мониторинга)"],
  createCycle: ["Mutation.createCycle", "Создавать циклы мониторинга"],
  manageCycles: ["Mutation.setCycleStatus", "Переводить циклы по этапам"],
  scoreCycles: ["Mutation.scoreCycle", "Рассчитывать баллы"],
  editMethodology: ["Mutation.updateMethodology", "Изменять методику цикла"],
  readCompleteness: ["Query.completeness", "Видеть полноту данных цикла"],
  enterData: ["Mutation.setDataValues", "Вносить значения показателей"],
  assignExperts: ["Mutation.assignExpert", "Назначать экспертов"],
  reviewDirections: ["Mutation.acceptDirection", "Принимать и возвращать направления на экспертизе"],
  resubmitDirections: ["Mutation.resubmitDirection", "Исправлять возвращённые направления"],
  readReview: ["Query.reviewItems", "Видеть ход экспертизы"],
  readAnalytics: ["Query.analytics", "Видеть аналитику"],
  readDecisions: ["Query.decisions", "Видеть управленческие решения"],
  decide: ["Mutation.createDecision", "Принимать управленческие решения"],
  readRecommendations: ["Query.recommendations", "Видеть рекомендации"],
  manageRecommendations: ["Mutation.approveRecommendations", "Утверждать и направлять рекомендации"],
  readAudit: ["Query.auditEvents", "Читать журнал аудита"],
  manageUsers: ["Mutation.createUser", "Управлять учётными записями"],
  manageTokens: ["Mutation.createApiToken", "Управлять API-токенами"],
  changePassword: ["Mutation.changePassword", "Менять свой пароль"],
} as const satisfies Record<string, readonly [string, string]>;

interface Viewer {
  user: SessionUser | null;
  schema: GraphQLSchema;
}
interface CycleViewer extends Viewer {
  id: number;
  status: CycleStatus;
}

export const viewerOf = (user: SessionUser | null, info: GraphQLResolveInfo): Viewer => ({ user, schema: info.schema });

export function addViewerCan(
  builder: Builder,
  enums: Enums,
  User: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, SessionUser>,
) {
  const ViewerCapabilities = builder.objectRef<Viewer>("ViewerCapabilities").implement({
    description: "Что может делать текущий пользователь (вычислено из правил доступа API)",
    fields: (t) =>
      Object.fromEntries(
        Object.entries(VIEWER_CAPABILITIES).map(([name, [field, description]]) => [
          name,
          t.boolean({ description, resolve: (v) => fieldAllows(v.schema, v.user, field) }),
        ]),
      ),
  });

  const Transition = builder.objectRef<CycleTransition>("CycleTransition").implement({
    description: "Допустимый переход цикла в другой статус",
    fields: (t) => ({
      status: t.field({ type: enums.CycleStatus, resolve: (tr) => tr.to }),
      isBack: t.exposeBoolean("isBack", { description: "Возврат на прежний этап" }),
      requiresReason: t.boolean({ description: "Нужна причина (при возврате)", resolve: (tr) => tr.isBack }),
      guard: t.exposeString("guard", { description: "Что проверяется при переходе" }),
    }),
  });

  const allows = (v: Viewer, field: string) => fieldAllows(v.schema, v.user, field);
  const CycleCapabilities = builder.objectRef<CycleViewer>("CycleCapabilities").implement({
    description: "Что может делать текущий пользователь с этим циклом на его нынешнем этапе",
    fields: (t) => ({
      changeStatus: t.boolean({
        resolve: (v) => allows(v, "Mutation.setCycleStatus") && cycleTransitions(v.status).length > 0,
      }),
      transitions: t.field({
        type: [Transition],
        description: "Переходы, доступные пользователю; пусто, если он не меняет статус",
        resolve: (v) => (allows(v, "Mutation.setCycleStatus") ? cycleTransitions(v.status) : []),
      }),
      publish: t.boolean({ resolve: (v) => allows(v, "Mutation.setCycleStatus") && FORWARD[v.status] === "PUBLISHED" }),
      score: t.boolean({ resolve: (v) => allows(v, "Mutation.scoreCycle") && SCORABLE_STATUSES.includes(v.status) }),
      checkReproducibility: t.boolean({ resolve: (v) => allows(v, "Query.scoreReproducibility") }),
      editMethodology: t.boolean({
        resolve: (v) => allows(v, "Mutation.updateMethodology") && METHODOLOGY_STATUSES.includes(v.status),
      }),
      enterData: t.boolean({ resolve: (v) => allows(v, "Mutation.setDataValues") && isOpenForData(v.status) }),
      importData: t.boolean({ resolve: (v) => allows(v, "Mutation.importFile") && isOpenForData(v.status) }),
      assignExperts: t.boolean({ resolve: (v) => allows(v, "Mutation.assignExpert") && ASSIGNABLE_STATUSES.includes(v.status) }),
      review: t.boolean({ resolve: (v) => allows(v, "Mutation.acceptDirection") && isOpenForData(v.status) }),
      seeRatings: t.boolean({
        description: "Рейтинг цикла доступен пользователю (после публикации — всем)",
        resolve: (v, _args, ctx) => canSeeResults({ prisma: ctx.prisma, user: v.user, cycle: { id: v.id, status: v.status } }),
      }),
    }),
  });

  builder.objectField(User, "can", (t) =>
    t.field({ type: ViewerCapabilities, resolve: (user, _args, _ctx, info) => viewerOf(user, info) }),
  );
  builder.prismaObjectField("Cycle", "viewerCan", (t) =>
    t.field({
      type: CycleCapabilities,
      description: "Что текущий пользователь может сделать с циклом",
      resolve: (cycle, _args, ctx, info) => ({ ...viewerOf(ctx.user, info), id: cycle.id, status: cycle.status }),
    }),
  );
}
