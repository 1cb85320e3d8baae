// DOCX of a report with the `docx` library: A4, a title block, numbered headings, bordered tables
// with a repeated header row, charts as images, page numbers in the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ReportDocument } from "./document-model.js";

const FONT = "Times New Roman";
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** A4 text width in twentieths of a point (210 mm − 30 mm − 15 mm). */
const TEXT_WIDTH = 9355;

const cellText = (value: string | number | null): string =>
  value === null ? "—" : typeof value === "number" ? value.toLocaleString("ru-RU", { maximumFractionDigits: 1 }) : value;

function table(block: Extract<Block, { kind: "table" }>): Table {
  const count = block.header.length;
  const widths = block.widths ?? block.header.map(() => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const cell = (text: string, isHeader: boolean, index: number) =>
    new TableCell({
      width: { size: columnWidths[index] ?? 1000, type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, color: "auto", fill: "E7ECF2" } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader, size: 20, font: FONT })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, true, i)) }),
      ...block.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: Array.from({ length: count }, (_v, i) => cell(cellText(row[i] ?? null), false, i)) }),
      ),
    ],
  });
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [new TextRun({ text: block.text, bold: true, font: FONT, size: block.level === 2 ? 24 : 28, color: "000000" })],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          indent: { firstLine: 567 },
          children: [new TextRun({ text: block.text, bold: block.isBold, font: FONT, size: 24 })],
        }),
      ];
    case "note":
      return [
        new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, italics: true, font: FONT, size: 24 })] }),
      ];
    case "bullets":
      return block.items.map(
        (item) =>
          new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: item, font: FONT, size: 24 })] }),
      );
    case "table":
      return [table(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case "image":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: Boolean(block.caption),
          children: [new ImageRun({ type: "png", data: block.png, transformation: { width: block.width, height: block.height } })],
        }),
        ...(block.caption
          ? [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { after: 160 },
                children: [new TextRun({ text: block.caption, italics: true, font: FONT, size: 20 })],
              }),
            ]
          : []),
      ];
  }
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  const centered = (text: string, options: { size: number; isBold?: boolean; after?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: options.after ?? 80 },
      children: [new TextRun({ text, bold: options.isBold, font: FONT, size: options.size })],
    });
  return [
    centered(doc.issuer, { size: 24, after: 40 }),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 1 } },
      spacing: { after: 360 },
      children: [],
    }),
    centered(doc.title.toUpperCase(), { size: 32, isBold: true }),
    centered(doc.subtitle, { size: 26, after: 160 }),
    ...doc.meta.map((line) => centered(line, { size: 22, after: 40 })),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const signatures = doc.signatures.map(
    (line) =>
      new Paragraph({
        spacing: { before: 360 },
        tabStops: [{ type: "right", position: TEXT_WIDTH }],
        children: [new TextRun({ text: `${line}\t____________________`, font: FONT, size: 24 })],
      }),
  );
  const document = new Document({
    creator: "«Ориентир»",
    title: `${doc.title}. ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ["Страница ", PageNumber.CURRENT, " из ", PageNumber.TOTAL_PAGES], font: FONT, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [...titleBlock(doc), ...doc.blocks.flatMap(render), ...signatures],
      },
    ],
  });
  return Packer.toBuffer(document);
}
