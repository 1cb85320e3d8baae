// The methodology as the plugins define it: public, since the methodology is not secret.

import type { ResolvedDataElement, ResolvedDirection, ResolvedIndicator } from "../direction/resolved.js";
import { ruleMaxPoints } from "../direction/rules.js";
import type { DataSourceDefinition, ElementOption } from "../direction/types.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";

export function addDirections(builder: Builder, enums: Enums) {
  const Option = builder.objectRef<ElementOption>("ElementOption").implement({
    description: "Допустимое значение элемента типа «уровень»",
    fields: (t) => ({ value: t.exposeString("value"), label: t.exposeString("label") }),
  });

  const DataElement = builder.objectRef<ResolvedDataElement>("DataElement").implement({
    description: "Элемент данных — исходное значение, которое вносится или импортируется",
    fields: (t) => ({
      code: t.exposeString("code"),
      title: t.exposeString("title"),
      type: t.exposeString("type", { description: "integer, number, percent, boolean, level или text" }),
      unit: t.exposeString("unit"),
      min: t.float({ nullable: true, resolve: (e) => e.min ?? null }),
      max: t.float({ nullable: true, resolve: (e) => e.max ?? null }),
      hint: t.string({ nullable: true, resolve: (e) => e.hint ?? null }),
      isRequired: t.exposeBoolean("isRequired"),
      enteredBy: t.field({
        type: enums.EnteredBy,
        description: "Кто вносит значение: organization — организация (руководитель или оператор), expert — эксперт",
        resolve: (e) => e.enteredBy,
      }),
      options: t.field({ type: [Option], resolve: (e) => [...e.options] }),
      appliesTo: t.field({ type: [enums.OrgKind], resolve: (e) => [...e.appliesTo] }),
      partOf: t.string({
        nullable: true,
        description: "Код элемента-целого, которого значение не может превышать (часть ≤ целое); null — нет",
        resolve: (e, _args, ctx) =>
          ctx.registry.directions.flatMap((d) => d.constraints ?? []).find((c) => c.part === e.code)?.whole ?? null,
      }),
      direction: t.string({
        description: "Код направления, объявившего элемент",
        resolve: (e, _args, ctx) => ctx.registry.directions.find((d) => d.elements.includes(e))?.code ?? "",
      }),
    }),
  });

  const Source = builder.objectRef<ResolvedIndicator["source"]>("IndicatorSource").implement({
    description: "Источник показателя: src — опубликованная методика, prop — предложение разработчиков",
    fields: (t) => ({ kind: t.field({ type: enums.IndicatorSourceKind, resolve: (s) => s.kind }), reference: t.exposeString("reference") }),
  });

  const Indicator = builder.objectRef<ResolvedIndicator>("Indicator").implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      title: t.exposeString("title"),
      unit: t.exposeString("unit"),
      description: t.string({ nullable: true, resolve: (i) => i.description ?? null }),
      maxPoints: t.float({ resolve: (i) => ruleMaxPoints(i.rule) }),
      appliesTo: t.field({ type: [enums.OrgKind], resolve: (i) => [...i.appliesTo] }),
      elements: t.stringList({ description: "Коды элементов данных, которые читает показатель", resolve: (i) => [...i.elements] }),
      usedInRating: t.exposeBoolean("usedInRating"),
      ruleType: t.field({ type: enums.RuleType, resolve: (i) => i.rule.type }),
      rule: t.field({ type: "JSON", description: "Параметры правила по умолчанию", resolve: (i) => i.rule }),
      recommendationTemplates: t.stringList({ resolve: (i) => i.recommendations.map((r) => r.text) }),
      source: t.field({ type: Source, resolve: (i) => i.source }),
    }),
  });

  const DataSource = builder.objectRef<DataSourceDefinition>("DataSource").implement({
    fields: (t) => ({
      id: t.exposeString("id"),
      title: t.exposeString("title"),
      kind: t.field({ type: enums.DataSourceKind, resolve: (s) => s.kind }),
      elements: t.stringList({ resolve: (s) => [...s.elements] }),
    }),
  });

  const Direction = builder.objectRef<ResolvedDirection>("Direction").implement({
    description: "Направление мониторинга (плагин)",
    fields: (t) => ({
      id: t.exposeString("id"),
      code: t.exposeString("code"),
      title: t.exposeString("title"),
      description: t.exposeString("description"),
      weight: t.exposeFloat("weight"),
      indicators: t.field({ type: [Indicator], resolve: (d) => [...d.indicators] }),
      elements: t.field({ type: [DataElement], resolve: (d) => [...d.elements] }),
      sources: t.field({ type: [DataSource], resolve: (d) => [...d.sources] }),
    }),
  });

  builder.queryFields((t) => ({
    directions: t.field({
      type: [Direction],
      description: "Направления мониторинга с показателями (методика по умолчанию)",
      resolve: (_root, _args, ctx) => [...ctx.registry.directions],
    }),
    dataElements: t.field({
      type: [DataElement],
      args: { direction: t.arg.string({ description: "id или код направления" }) },
      resolve: (_root, args, ctx) => {
        if (!args.direction) return [...ctx.registry.elements];
        const direction = ctx.registry.direction(args.direction);
        return direction ? [...direction.elements] : [];
      },
    }),
  }));
  return { Direction, Indicator, DataElement };
}
