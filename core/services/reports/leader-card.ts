// Карта руководителя: the organization and its head, the total, level and place, the radar of the
// directions against the municipal mean, every indicator, deficits with recommendations, dynamics.
import { columnChart, radarChart } from "./charts.js";
import {
  type Block,
  formatDate,
  KIND_TITLES,
  LEVEL_NAMES,
  num,
  percent,
  RECOMMENDATION_STATUS_NAMES,
  type ReportDocument,
} from "./document-model.js";
import type { CardData } from "./report-data.js";

export const CARD_SECTIONS = [
  "1. Организация и руководитель",
  "2. Итог оценки",
  "3. Результаты по направлениям",
  "4. Показатели",
  "5. Дефициты и рекомендации",
  "6. Динамика по циклам",
] as const;

const h = (index: number): Block => ({ kind: "heading", text: CARD_SECTIONS[index] as string });
const note = (text: string): Block => ({ kind: "note", text });
const STATUS = { SCORED: "оценён", MISSING: "нет данных", NOT_APPLICABLE: "не применяется" } as Record<string, string>;

export function cardDocument(data: CardData, organizationName: string): ReportDocument {
  const { cycle } = data;
  const s = data.scorecard;
  const base = {
    issuer: `Орган местного самоуправления, осуществляющий управление в сфере образования — ${cycle.municipality.name}`,
    title: "Карта руководителя",
    subtitle: `${organizationName}, ${cycle.title}`,
    meta: [`Сформировано ${formatDate(data.generatedAt)}`],
    signatures: ["Оператор мониторинга", "С картой ознакомлен(а), руководитель"],
  };
  if (!s)
    return {
      ...base,
      blocks: CARD_SECTIONS.flatMap((_t, i) => [
        h(i),
        note(i === 0 ? `Баллы цикла «${cycle.title}» ещё не рассчитаны: карта будет заполнена после расчёта.` : "Нет данных."),
      ]),
    };
  const disabled = new Set(data.methodology?.directions.filter((d) => !d.isEnabled).map((d) => d.code) ?? []);
  const means = new Map(s.groupMeans.map((g) => [g.code, g.mean]));
  const dirs = s.directions.filter((d) => !disabled.has(d.code));
  const deficits = s.indicators.filter((i) => i.status === "SCORED" && i.points !== null && i.maxPoints > 0 && i.points < i.maxPoints / 2);
  const blocks: Block[] = [
    h(0),
    {
      kind: "table",
      header: ["Сведение", "Значение"],
      widths: [2, 5],
      rows: [
        ["Организация", s.organization.fullName],
        ["Вид", KIND_TITLES[s.organization.kind] ?? s.organization.kind],
        ["Адрес", s.organization.address ?? "—"],
        [
          "Руководитель",
          s.leader ? `${s.leader.fullName}${s.isNewLeader ? " (в должности менее 6 месяцев)" : ""}` : "руководитель не назначен",
        ],
        ["Цикл", `${cycle.title} (${cycle.year})`],
      ],
    },
    h(1),
    s.totalPercent === null
      ? note(
          s.missingCount
            ? `Итог не рассчитан: не хватает данных по ${s.missingCount} показателям.`
            : "Итог, уровень и место станут доступны после публикации результатов цикла.",
        )
      : {
          kind: "table",
          header: ["Итог, %", "Уровень эффективности", "Место в группе сравнения"],
          widths: [1, 1.4, 1.4],
          rows: [[num(s.totalPercent), LEVEL_NAMES[s.level ?? ""] ?? "—", s.rank ?? "—"]],
        },
    h(2),
    {
      kind: "table",
      header: ["Код", "Направление", "Баллы", "Из", "%", "Среднее по группе, %"],
      widths: [0.8, 4, 0.9, 0.9, 0.9, 1.6],
      rows: s.directions.map((d) => [
        d.code,
        `${d.title}${disabled.has(d.code) ? " (отключено в цикле)" : ""}`,
        num(d.points),
        num(d.maxPoints),
        percent(d.percent),
        percent(means.get(d.code) ?? null),
      ]),
    },
    ...(dirs.length >= 3
      ? [
          {
            kind: "image",
            ...radarChart({
              labels: dirs.map((d) => d.code),
              series: [
                { name: "Организация", values: dirs.map((d) => d.percent) },
                { name: "Среднее по группе", values: dirs.map((d) => means.get(d.code) ?? null) },
              ],
            }),
            caption: "Рисунок 1. Проценты по направлениям и среднее по муниципалитету (группа сравнения)",
          } as Block,
        ]
      : [note("Для лепестковой диаграммы нужно не меньше трёх направлений.")]),
    h(3),
    s.indicators.length
      ? {
          kind: "table",
          header: ["Код", "Показатель", "Значение", "Баллы", "Пояснение"],
          widths: [0.8, 3, 1.2, 1, 3.5],
          rows: s.indicators.map((i) => [
            i.code,
            i.title,
            i.value ?? STATUS[i.status] ?? i.status,
            i.points === null ? "—" : `${num(i.points)} из ${num(i.maxPoints)}`,
            i.explanation,
          ]),
        }
      : note("Показателей нет."),
    h(4),
    deficits.length
      ? { kind: "bullets", items: deficits.map((i) => `${i.code} «${i.title}»: ${num(i.points)} из ${num(i.maxPoints)}`) }
      : note("Дефицитов не выявлено."),
    s.recommendations.length
      ? {
          kind: "table",
          header: ["Показатель", "Рекомендация", "Статус"],
          widths: [1, 6, 1.6],
          rows: s.recommendations.map((r) => [
            r.indicatorCode ?? r.directionCode ?? "—",
            r.text,
            RECOMMENDATION_STATUS_NAMES[r.status] ?? r.status,
          ]),
        }
      : note("Адресных рекомендаций нет."),
    h(5),
  ];
  const history = s.history.filter((p) => p.totalPercent !== null);
  if (history.length < 2)
    blocks.push(note(history.length ? "Предыдущих циклов нет: динамика появится со следующего года." : "Нет рассчитанных итогов."));
  else
    blocks.push(
      {
        kind: "table",
        header: ["Год", "Итог, %", "Уровень"],
        widths: [1, 1, 1.5],
        rows: history.map((p) => [String(p.year), num(p.totalPercent), LEVEL_NAMES[p.level ?? ""] ?? "—"]),
      },
      {
        kind: "image",
        ...columnChart({
          labels: history.map((p) => String(p.year)),
          series: [{ name: "Итог, %", values: history.map((p) => p.totalPercent) }],
          max: 100,
        }),
        caption: "Рисунок 2. Итог руководителя по циклам",
      },
    );
  return { ...base, blocks };
}
