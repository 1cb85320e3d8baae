// Which PDF engine: LibreOffice converting the DOCX (the same file a department edits) when it is
// installed; otherwise pdfkit with an embedded Cyrillic font. REPORTS_PDF_ENGINE=pdfkit|libreoffice
// forces one (tests use it to cover both).
import type { ReportDocument } from "./document-model.js";
import { renderDocx } from "./docx-render.js";
import { convertWithLibreOffice, findLibreOffice } from "./libreoffice.js";
import { renderPdf } from "./pdf-render.js";

export type PdfEngine = "libreoffice" | "pdfkit";

export function pdfEngine(forced: string | undefined = process.env.REPORTS_PDF_ENGINE): PdfEngine {
  if (forced === "pdfkit") return "pdfkit";
  if (forced === "libreoffice") return "libreoffice";
  return findLibreOffice() ? "libreoffice" : "pdfkit";
}

export async function documentPdf(doc: ReportDocument, engine: PdfEngine = pdfEngine()): Promise<Buffer> {
  if (engine === "pdfkit") return renderPdf(doc);
  const soffice = findLibreOffice();
  if (!soffice) throw new Error("LibreOffice не найден (REPORTS_PDF_ENGINE=libreoffice)");
  return convertWithLibreOffice({ soffice, docx: await renderDocx(doc) });
}
