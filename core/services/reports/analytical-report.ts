// Аналитическая справка по циклу: from the reader's data to document blocks. Every section is
// present; where its data is missing (no scores, no previous cycle, a direction switched off, a
// section the reader may not see) a note says so in its place.
import { barChart, columnChart } from "./charts.js";
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
import type { AnalyticalData } from "./report-data.js";

export const ANALYTICAL_SECTIONS = [
  "1. Назначение и правовые основания",
  "2. Участники мониторинга",
  "3. Методика оценки",
  "4. Результаты по направлениям",
  "5. Рейтинг по группам сравнения",
  "6. Дефициты и их частота",
  "7. Адресные рекомендации",
  "8. Управленческие решения",
  "9. Сравнение с предыдущим циклом",
  "10. Объективность результатов",
  "11. Выводы",
] as const;

const h = (index: number): Block => ({ kind: "heading", text: ANALYTICAL_SECTIONS[index] as string });
const note = (text: string): Block => ({ kind: "note", text });

const SIGNAL_NAMES: Record<string, string> = {
  FEDERAL_LIST: "в федеральном перечне необъективных результатов",
  JOURNAL_LOWERED: "отметки ВПР ниже журнальных",
  JOURNAL_GAPS2: "расхождение с журналом по двойкам",
  BOUNDARY_PEAK: "пик на границе отметок",
  SHARE2_DYNAMICS: "резкое изменение доли двоек",
  MARK_SHARE_CAP: "превышение пределов долей отметок",
};

function directionTitle(data: AnalyticalData, code: string): string {
  return data.methodology?.directions.find((d) => d.code === code)?.title ?? code;
}

function methodologySection(data: AnalyticalData): Block[] {
  const m = data.methodology;
  if (!m) return [note("Методика цикла недоступна.")];
  const off = m.directions.filter((d) => !d.isEnabled);
  const outOfRating = m.directions.flatMap((d) =>
    d.indicators.filter((i) => d.isEnabled && (!i.isEnabled || !i.usedInRating)).map((i) => ({ d, i })),
  );
  return [
    {
      kind: "paragraph",
      text: `Оценка выполнена по версии ${m.version} методики цикла. Уровень эффективности: высокий — от ${num(m.levels.high, 0)} %, средний — от ${num(m.levels.medium, 0)} %, ниже — низкий. Итог руководителя — взвешенная сумма процентов по направлениям.`,
    },
    {
      kind: "table",
      header: ["Код", "Направление", "Вес", "Показатели", "Учитывается"],
      widths: [0.8, 5, 0.8, 1.5, 1.7],
      rows: m.directions.map((d) => [d.code, d.title, num(d.weight, 2), d.indicators.length, d.isEnabled ? "да" : "нет (отключено)"]),
    },
    off.length
      ? note(`Отключены в этом цикле (не входят в итог): ${off.map((d) => `${d.code} «${d.title}»`).join("; ")}.`)
      : { kind: "paragraph", text: "Все направления методики учитываются в итоге." },
    outOfRating.length
      ? {
          kind: "bullets",
          items: outOfRating.map(
            ({ i }) =>
              `${i.code} «${i.title}» — ${i.isEnabled ? "информационный показатель, в рейтинг не входит" : "отключён в этом цикле"}`,
          ),
        }
      : { kind: "paragraph", text: "Все показатели включённых направлений входят в рейтинг." },
  ];
}

function directionsSection(data: AnalyticalData): Block[] {
  const a = data.analytics;
  if (!a || a.directions.every((d) => d.count === 0)) return [note("Баллы цикла ещё не рассчитаны: результатов по направлениям нет.")];
  const rows = a.directions.map((d) => [
    d.code,
    directionTitle(data, d.code),
    d.count,
    percent(d.mean),
    percent(d.median),
    `${num(d.min)}–${num(d.max)}`,
    percent(d.deficitShare),
  ]);
  const chart = barChart({
    labels: a.directions.map((d) => `${d.code} ${directionTitle(data, d.code)}`),
    series: [{ name: "Среднее, %", values: a.directions.map((d) => d.mean) }],
  });
  return [
    {
      kind: "table",
      header: ["Код", "Направление", "Орг.", "Среднее", "Медиана", "Мин.–макс., %", "Доля дефицитов"],
      widths: [0.8, 4, 0.8, 1.3, 1.3, 1.6, 1.4],
      rows,
    },
    { kind: "image", ...chart, caption: "Рисунок 1. Средний процент выполнения по направлениям" },
  ];
}

function ratingSection(data: AnalyticalData): Block[] {
  if (!data.ratings.length) return [note("Рейтинг не сформирован: нет рассчитанных результатов с полными данными.")];
  const blocks: Block[] = [];
  const pub = data.publicChoice;
  const levels = ["HIGH", "MEDIUM", "LOW"];
  const kinds = [...new Set(data.ratings.map((r) => r.organization.kind))];
  if (data.ratings.some((r) => r.level !== null))
    blocks.push({
      kind: "image",
      ...columnChart({
        labels: kinds.map((k) => (KIND_TITLES[k] ?? k).split(" ")[0] as string),
        series: levels.map((l) => ({
          name: LEVEL_NAMES[l] as string,
          values: kinds.map((k) => data.ratings.filter((r) => r.organization.kind === k && r.level === l).length),
        })),
      }),
      caption: "Рисунок 2. Число руководителей по уровням эффективности",
    });
  for (const group of [...new Set(data.ratings.map((r) => r.comparisonGroup))]) {
    const rows = data.ratings.filter((r) => r.comparisonGroup === group);
    const kind = rows[0]?.organization.kind ?? "";
    blocks.push({ kind: "heading", level: 2, text: `${KIND_TITLES[kind] ?? kind}${group !== kind ? ` (${group})` : ""}` });
    blocks.push({
      kind: "table",
      header: ["Место", "Организация", "Руководитель", "Итог, %", "Уровень"],
      widths: [0.8, 3.6, 3, 1.1, 1.2],
      rows: rows.map((r) => [
        (pub && !pub.showTotal) || r.rank === null ? "—" : r.rank,
        r.organization.shortName,
        pub && !pub.showLeaderName
          ? "не публикуется"
          : r.leader
            ? `${r.leader.fullName}${r.isNewLeader ? " (менее 6 мес.)" : ""}`
            : "руководитель не назначен",
        pub && !pub.showTotal ? "—" : num(r.totalPercent),
        (pub && !pub.showLevel) || r.level === null ? "—" : (LEVEL_NAMES[r.level] ?? r.level),
      ]),
    });
  }
  return blocks;
}

function deficitsSection(data: AnalyticalData): Block[] {
  const list = (data.analytics?.indicators ?? [])
    .filter((i) => (i.deficitShare ?? 0) > 0)
    .sort((a, b) => (b.deficitShare ?? 0) - (a.deficitShare ?? 0));
  if (!list.length) return [note("Дефицитов не выявлено (или баллы ещё не рассчитаны).")];
  const titles = new Map(data.methodology?.directions.flatMap((d) => d.indicators.map((i) => [i.code, i.title] as const)) ?? []);
  return [
    {
      kind: "paragraph",
      text: "Дефицит — показатель, по которому руководитель набрал меньше половины возможных баллов. Частота — доля организаций с дефицитом среди тех, к кому показатель применим.",
    },
    {
      kind: "table",
      header: ["Показатель", "Наименование", "Организаций", "Частота дефицита"],
      widths: [1, 5.5, 1.2, 1.5],
      rows: list.slice(0, 15).map((i) => [i.code, titles.get(i.code) ?? "", i.count, percent(i.deficitShare)]),
    },
  ];
}

function recommendationsSection(data: AnalyticalData): Block[] {
  const list = data.recommendations;
  if (list === null) return [note("Сведения о рекомендациях вам недоступны.")];
  if (!list.length) return [note("Адресных рекомендаций по циклу нет.")];
  const statuses = Object.keys(RECOMMENDATION_STATUS_NAMES);
  return [
    {
      kind: "paragraph",
      text: `Сформировано адресных рекомендаций: ${list.length}, из них повторных (дефицит сохраняется второй цикл) — ${list.filter((r) => r.isRepeated).length}.`,
    },
    {
      kind: "table",
      header: ["Статус", "Число", "Доля"],
      widths: [4, 1, 1],
      rows: statuses.map((s) => {
        const n = list.filter((r) => r.status === s).length;
        return [RECOMMENDATION_STATUS_NAMES[s] as string, n, percent((n / list.length) * 100)];
      }),
    },
  ];
}

const DECISION_KINDS: Record<string, string> = {
  ORDER: "Приказ",
  DIRECTIVE: "Распоряжение",
  INSTRUCTION: "Указание",
  RECOMMENDATION: "Рекомендация",
};

function decisionsSection(data: AnalyticalData): Block[] {
  if (data.decisions === null) return [note("Реестр управленческих решений вам недоступен.")];
  if (!data.decisions.length) return [note("Управленческих решений по итогам цикла не принято.")];
  const blocks: Block[] = [];
  for (const d of data.decisions) {
    blocks.push({
      kind: "paragraph",
      isBold: true,
      text: `${DECISION_KINDS[d.kind] ?? d.kind} от ${formatDate(d.date)} № ${d.number} «${d.title}» (организаций: ${d.organizations.length})`,
    });
    if (d.measures.length)
      blocks.push({
        kind: "table",
        header: ["Мера", "Ответственный", "Срок", "Статус"],
        widths: [4, 2.4, 1.2, 1.6],
        rows: d.measures.map((m) => [
          m.title,
          m.responsible,
          formatDate(m.dueOn),
          `${m.status === "DONE" ? "выполнена" : m.status === "PLANNED" ? "запланирована" : m.status}${m.isOverdue ? " (просрочена)" : ""}`,
        ]),
      });
  }
  return blocks;
}

function comparisonSection(data: AnalyticalData): Block[] {
  const dyn = data.analytics?.dynamics;
  const index = dyn?.cycles.findIndex((c) => c.cycleId === data.cycle.id) ?? -1;
  if (!dyn || index < 1) return [note("Предыдущего цикла нет: сравнение появится со следующего года.")];
  const prev = dyn.cycles[index - 1] as { year: number };
  const rows = dyn.directionMeans.map((s) => {
    const before = s.values[index - 1] ?? null;
    const after = s.values[index] ?? null;
    return [
      s.directionCode,
      directionTitle(data, s.directionCode),
      percent(before),
      percent(after),
      before !== null && after !== null ? num(after - before) : "—",
    ];
  });
  return [
    {
      kind: "table",
      header: ["Код", "Направление", `${prev.year}, %`, `${data.cycle.year}, %`, "Изменение, п.п."],
      widths: [0.8, 4.5, 1.2, 1.2, 1.5],
      rows,
    },
    {
      kind: "image",
      ...barChart({
        labels: dyn.directionMeans.map((s) => s.directionCode),
        series: [
          { name: String(prev.year), values: dyn.directionMeans.map((s) => s.values[index - 1] ?? null) },
          { name: String(data.cycle.year), values: dyn.directionMeans.map((s) => s.values[index] ?? null) },
        ],
      }),
      caption: "Рисунок 3. Средние по направлениям: предыдущий и текущий циклы",
    },
  ];
}

function objectivitySection(data: AnalyticalData): Block[] {
  if (data.signals === null) return [note("Сигналы объективности вам недоступны.")];
  const raised = data.signals.filter((s) => s.isRaised);
  if (!raised.length) return [note("Сигналов необъективности результатов оценочных процедур не выявлено.")];
  const kinds = [...new Set(raised.map((s) => s.kind))];
  return [
    {
      kind: "paragraph",
      text: `Сигналы необъективности выявлены у ${new Set(raised.map((s) => s.organization.id)).size} организаций (всего сигналов: ${raised.length}). Сигнал — повод для проверки, а не вывод о нарушении.`,
    },
    {
      kind: "table",
      header: ["Вид сигнала", "Сигналов", "Организаций"],
      widths: [5, 1, 1],
      rows: kinds.map((k) => [
        SIGNAL_NAMES[k] ?? k,
        raised.filter((s) => s.kind === k).length,
        new Set(raised.filter((s) => s.kind === k).map((s) => s.organization.id)).size,
      ]),
    },
  ];
}

function conclusions(data: AnalyticalData): Block[] {
  if (!data.ratings.length) return [note("Выводы будут сделаны после расчёта баллов цикла.")];
  const count = (level: string) => data.ratings.filter((r) => r.level === level).length;
  const totals = data.ratings.map((r) => r.totalPercent).filter((v): v is number => v !== null);
  const dirs = (data.analytics?.directions ?? []).filter((d) => d.mean !== null).sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0));
  // An anonymous reader's copy states only what was published.
  const items = [
    data.ratings.some((r) => r.level !== null)
      ? `Оценено руководителей: ${data.ratings.length}; высокий уровень — ${count("HIGH")}, средний — ${count("MEDIUM")}, низкий — ${count("LOW")}.`
      : `Оценено руководителей: ${data.ratings.length}.`,
    ...(totals.length ? [`Средний итог по муниципалитету — ${percent(totals.reduce((s, v) => s + v, 0) / totals.length)}.`] : []),
  ];
  const weakest = dirs[0];
  const strongest = dirs[dirs.length - 1];
  if (weakest && strongest && weakest !== strongest)
    items.push(
      `Наиболее слабое направление — ${weakest.code} «${directionTitle(data, weakest.code)}» (${percent(weakest.mean)}), наиболее сильное — ${strongest.code} «${directionTitle(data, strongest.code)}» (${percent(strongest.mean)}).`,
    );
  if (count("LOW"))
    items.push(
      `Руководителям с низким уровнем (${count("LOW")}) рекомендуется адресная методическая помощь и контроль выполнения рекомендаций.`,
    );
  return [{ kind: "bullets", items }];
}

export function analyticalDocument(data: AnalyticalData): ReportDocument {
  const { cycle } = data;
  const participants = data.participants.reduce((s, p) => s + p.count, 0);
  return {
    issuer: `Орган местного самоуправления, осуществляющий управление в сфере образования — ${cycle.municipality.name}`,
    title: "Аналитическая справка",
    subtitle: `по итогам мониторинга эффективности деятельности руководителей муниципальных образовательных организаций, ${cycle.title}`,
    meta: [
      `${cycle.municipality.region}, ${cycle.municipality.name}`,
      `Сформировано ${formatDate(data.generatedAt)}`,
      cycle.publishedAt
        ? `Результаты опубликованы ${formatDate(cycle.publishedAt)}`
        : "Результаты не опубликованы: для служебного пользования",
    ],
    blocks: [
      h(0),
      {
        kind: "paragraph",
        text: `Мониторинг проводится в целях объективной оценки эффективности деятельности руководителей муниципальных образовательных организаций, выявления их профессиональных дефицитов и принятия обоснованных управленческих решений. Правовые основания: Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» (ст. 97 «Информационная открытость системы образования. Мониторинг в системе образования»); порядок проведения мониторинга эффективности руководителей, утверждённый приказом органа управления образованием (${cycle.municipality.name}). Отчётный период — ${cycle.year} год, срок представления данных — ${formatDate(cycle.deadline)}.`,
      },
      h(1),
      participants
        ? {
            kind: "table",
            header: ["Вид организаций", "Число"],
            widths: [5, 1],
            rows: [...data.participants.map((p) => [KIND_TITLES[p.kind] ?? p.kind, p.count]), ["Всего", participants]],
          }
        : note("В цикле нет организаций."),
      h(2),
      ...methodologySection(data),
      h(3),
      ...directionsSection(data),
      h(4),
      ...ratingSection(data),
      h(5),
      ...deficitsSection(data),
      h(6),
      ...recommendationsSection(data),
      h(7),
      ...decisionsSection(data),
      h(8),
      ...comparisonSection(data),
      h(9),
      ...objectivitySection(data),
      h(10),
      ...conclusions(data),
    ],
    signatures: ["Начальник органа управления образованием", "Исполнитель (оператор мониторинга)"],
  };
}
