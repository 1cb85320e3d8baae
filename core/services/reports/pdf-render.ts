// PDF straight from the document blocks with pdfkit and the embedded DejaVu font: the path when
// LibreOffice is not installed (or REPORTS_PDF_ENGINE=pdfkit). Same blocks as the DOCX.
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Block, ReportDocument } from "./document-model.js";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const MARGIN = { top: 57, bottom: 57, left: 85, right: 43 };

type Pdf = InstanceType<typeof PDFDocument>;

function drawTable(pdf: Pdf, block: Extract<Block, { kind: "table" }>): void {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const weights = block.widths ?? block.header.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * width);
  const row = (cells: string[], isHeader: boolean) => {
    pdf.font(isHeader ? "bold" : "regular").fontSize(9);
    const height = Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: (widths[i] ?? 50) - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN.bottom) pdf.addPage();
    const top = pdf.y;
    let x = MARGIN.left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 50;
      if (isHeader) pdf.rect(x, top, w, height).fillAndStroke("#e7ecf2", "#000");
      else pdf.rect(x, top, w, height).stroke("#000");
      pdf.fillColor("#000").text(text, x + 3, top + 3, { width: w - 6 });
      x += w;
    });
    pdf.x = MARGIN.left;
    pdf.y = top + height;
  };
  const text = (v: string | number | null) =>
    v === null ? "—" : typeof v === "number" ? v.toLocaleString("ru-RU", { maximumFractionDigits: 1 }) : v;
  row(block.header, true);
  for (const cells of block.rows)
    row(
      block.header.map((_h, i) => text(cells[i] ?? null)),
      false,
    );
  pdf.moveDown(0.6);
}

function draw(pdf: Pdf, block: Block): void {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  pdf.x = MARGIN.left;
  switch (block.kind) {
    case "heading":
      if (pdf.y > pdf.page.height - MARGIN.bottom - 80) pdf.addPage();
      pdf
        .moveDown(0.5)
        .font("bold")
        .fontSize(block.level === 2 ? 12 : 14)
        .text(block.text, { width })
        .moveDown(0.3);
      return;
    case "paragraph":
      pdf
        .font(block.isBold ? "bold" : "regular")
        .fontSize(11)
        .text(block.text, { width, align: "justify", indent: 28 })
        .moveDown(0.3);
      return;
    case "note":
      pdf.font("italic").fontSize(11).text(block.text, { width }).moveDown(0.3);
      return;
    case "bullets":
      pdf.font("regular").fontSize(11).list(block.items, { width, bulletRadius: 1.5 }).moveDown(0.3);
      return;
    case "table":
      drawTable(pdf, block);
      return;
    case "image": {
      const scale = Math.min(1, width / block.width) * 0.75;
      const h = block.height * scale;
      if (pdf.y + h > pdf.page.height - MARGIN.bottom) pdf.addPage();
      pdf.image(Buffer.from(block.png), MARGIN.left + (width - block.width * scale) / 2, pdf.y, { width: block.width * scale, height: h });
      pdf.y += h + 4;
      if (block.caption) pdf.font("italic").fontSize(9).text(block.caption, MARGIN.left, pdf.y, { width, align: "center" }).moveDown(0.5);
    }
  }
}

export function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    info: { Title: `${doc.title}. ${doc.subtitle}`, Creator: "«Ориентир»" },
  });
  pdf.registerFont("regular", path.join(FONT_DIR, "DejaVuSerif.ttf"));
  pdf.registerFont("bold", path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"));
  pdf.registerFont("italic", path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"));
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  pdf.font("regular").fontSize(11).text(doc.issuer, { width, align: "center" });
  pdf
    .moveTo(MARGIN.left, pdf.y + 4)
    .lineTo(MARGIN.left + width, pdf.y + 4)
    .stroke();
  pdf.moveDown(2).font("bold").fontSize(16).text(doc.title.toUpperCase(), { width, align: "center" });
  pdf.font("regular").fontSize(13).text(doc.subtitle, { width, align: "center" }).moveDown(0.5);
  for (const line of doc.meta) pdf.fontSize(10).text(line, { width, align: "center" });
  pdf.moveDown(1);
  for (const block of doc.blocks) draw(pdf, block);
  pdf.moveDown(1);
  for (const line of doc.signatures) pdf.font("regular").fontSize(11).text(`${line}    ____________________`, { width }).moveDown(0.8);
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    pdf
      .font("regular")
      .fontSize(8)
      .text(`Страница ${i + 1} из ${range.count}`, MARGIN.left, pdf.page.height - 35, { width, align: "center", lineBreak: false });
  }
  pdf.end();
  return done;
}
