// Any accepted file → sheets. The format is decided by the bytes, not the name: an .xlsx is a zip
// with a workbook inside, an encrypted workbook is an OLE compound file, anything else is read as CSV.
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";
import { DEFAULT_LIMITS, FileRejected, formatSize, type ImportProblem, type ReadLimits, type ReadTable } from "./types.js";

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isCompoundFile = (b: Buffer) =>
  b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

export async function readTable(args: {
  fileName: string;
  bytes: Buffer;
  limits?: ReadLimits;
}): Promise<{ table: ReadTable; problems: ImportProblem[] }> {
  const limits = args.limits ?? DEFAULT_LIMITS;
  const { bytes, fileName } = args;
  if (bytes.length > limits.maxBytes) {
    throw new FileRejected(`Файл больше допустимых ${formatSize(limits.maxBytes)}.`, "too-large");
  }
  if (bytes.length === 0) throw new FileRejected("Файл пустой.", "empty");
  const isXlsxName = /\.xlsx$/i.test(fileName);
  if (isCompoundFile(bytes)) {
    throw new FileRejected(
      "Книга защищена паролем (или это старый формат .xls). Снимите пароль и сохраните книгу в формате .xlsx.",
      "encrypted",
    );
  }
  if (isZip(bytes)) {
    const { sheets, problems } = await readXlsx(bytes, limits);
    return { table: { format: "xlsx", sheets }, problems };
  }
  if (isXlsxName)
    throw new FileRejected("Файл назван .xlsx, но не является книгой Excel. Сохраните его в Excel или LibreOffice как .xlsx.", "not-xlsx");
  if (!/\.(csv|txt)$/i.test(fileName)) {
    throw new FileRejected("Поддерживаются файлы .xlsx и .csv.", "unsupported");
  }
  return { table: { format: "csv", sheets: [readCsv(bytes, fileName)] }, problems: [] };
}
