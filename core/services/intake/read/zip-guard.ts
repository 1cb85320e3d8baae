// Reads an .xlsx's zip directory before anything is inflated: refuses zip bombs and zips that are
// not workbooks (a renamed .docx), with Russian messages.
import yauzl from "yauzl";
import { FileRejected, type ReadLimits } from "./types.js";

function entries(bytes: Buffer): Promise<{ name: string; uncompressed: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("no zip"));
      const list: { name: string; uncompressed: number }[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        list.push({ name: entry.fileName, uncompressed: entry.uncompressedSize });
        zip.readEntry();
      });
      zip.on("end", () => resolve(list));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

export async function guardXlsxZip(bytes: Buffer, limits: ReadLimits): Promise<void> {
  let list: { name: string; uncompressed: number }[];
  try {
    list = await entries(bytes);
  } catch {
    throw new FileRejected("Файл повреждён: архив книги Excel не читается. Сохраните книгу заново.", "corrupt");
  }
  const total = list.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > limits.maxUnzippedBytes || total > bytes.length * limits.maxRatio) {
    throw new FileRejected(
      `Файл отклонён: после распаковки он занял бы ${Math.round(total / 1024 / 1024)} МБ (подозрение на «zip-бомбу»).`,
      "zip-bomb",
    );
  }
  if (!list.some((e) => e.name === "xl/workbook.xml")) {
    throw new FileRejected(
      "Файл не является книгой Excel (.xlsx): внутри нет листов книги. Возможно, это документ Word с другим расширением.",
      "not-workbook",
    );
  }
}
