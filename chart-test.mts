import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 600, height: 400 });
chart.setOption({ animation:false, title: { text: "Проверка кириллицы" }, xAxis: { type: "category", data: ["Школа", "Сад"] }, yAxis: {}, series: [{ type: "bar", data: [3, 5] }] });
const svg = chart.renderToSVGString();
const t = Date.now();
const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
console.log(png.length, Date.now() - t);
import { writeFileSync } from "node:fs"; writeFileSync("/tmp/chart.png", png);
