// Charts for documents: ECharts renders SVG on the server (no DOM), resvg turns it into PNG with
// the bundled DejaVu font, so Cyrillic labels look the same on every machine.
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = [path.join(FONT_DIR, "DejaVuSans.ttf"), path.join(FONT_DIR, "DejaVuSans-Bold.ttf")];

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

function toPng(option: echarts.EChartsOption, width: number, height: number): ChartImage {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: "DejaVu Sans" }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // Twice the size for print, shown at the nominal size in the document.
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return { png, width, height };
}

/** Horizontal bars, one per label (e.g. the mean percent of each direction). */
export function barChart(args: { labels: string[]; series: { name: string; values: (number | null)[] }[]; max?: number }): ChartImage {
  const height = Math.max(160, 40 + args.labels.length * (18 + 10 * args.series.length));
  return toPng(
    {
      grid: { left: 230, right: 40, top: args.series.length > 1 ? 30 : 10, bottom: 30 },
      legend: args.series.length > 1 ? { top: 0 } : undefined,
      xAxis: { type: "value", max: args.max ?? 100 },
      yAxis: { type: "category", data: args.labels, inverse: true, axisLabel: { width: 220, overflow: "truncate" } },
      series: args.series.map((s) => ({
        name: s.name,
        type: "bar",
        data: s.values,
        label: {
          show: true,
          position: "right",
          formatter: (p: { value: unknown }) =>
            typeof p.value === "number" ? p.value.toLocaleString("ru-RU", { maximumFractionDigits: 1 }) : "",
        },
      })),
      color: ["#3b6bb3", "#c9a227", "#7a8a99"],
    },
    600,
    height,
  );
}

/** Radar of direction percentages against a reference (the municipal mean). */
export function radarChart(args: { labels: string[]; series: { name: string; values: (number | null)[] }[] }): ChartImage {
  return toPng(
    {
      legend: { bottom: 0 },
      radar: { indicator: args.labels.map((name) => ({ name, max: 100 })), radius: "62%", axisName: { color: "#222", fontSize: 11 } },
      series: [{ type: "radar", data: args.series.map((s) => ({ name: s.name, value: s.values.map((v) => v ?? 0) })) }],
      color: ["#3b6bb3", "#c9a227"],
    },
    560,
    420,
  );
}

/** Columns over years or categories (levels, dynamics). */
export function columnChart(args: { labels: string[]; series: { name: string; values: (number | null)[] }[]; max?: number }): ChartImage {
  return toPng(
    {
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      legend: args.series.length > 1 ? { top: 0 } : undefined,
      xAxis: { type: "category", data: args.labels },
      yAxis: { type: "value", ...(args.max ? { max: args.max } : {}) },
      series: args.series.map((s) => ({ name: s.name, type: "bar", data: s.values, label: { show: true, position: "top" } })),
      color: ["#3b6bb3", "#c9a227", "#b33b3b"],
    },
    560,
    300,
  );
}
