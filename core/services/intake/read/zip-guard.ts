// Checks an .xlsx's zip before any reader sees it: refuses zip bombs and zips that are not
// workbooks (a renamed .docx), with Russian messages.
//
// Declared sizes cannot be trusted (issue 17: a 510 KB file declared 1 000 bytes for a 500 MB entry),
// so every entry is inflated here as a stream and the bytes that actually come out are counted;
// inflation stops as soon as the limit is passed. yauzl's validateEntrySizes also refuses an entry
// whose real size differs from the declared one. exceljs (JSZip) then reads the same entries from the
// same central directory, so it inflates no more than what was counted here.
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { FileRejected, type ReadLimits } from "./types.js";

/** More entries than any workbook has: a directory of millions of empty files is a bomb too. */
const MAX_ENTRIES = 10_000;

class TooLarge extends Error {}

/** yauzl's validateEntrySizes: more bytes came out than the directory declared. */
const isForgedSize = (error: unknown) => error instanceof Error && error.message.startsWith("too many bytes in the stream");

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(error ?? new Error("no zip")) : resolve(zip),
    );
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error ?? new Error("no stream")) : resolve(stream)));
  });
}

/** Inflates every entry, counting real bytes against `budget`; returns the entry names. */
async function inflateAll(bytes: Buffer, budget: number): Promise<{ names: string[]; inflated: number }> {
  const zip = await openZip(bytes);
  const names: string[] = [];
  let inflated = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (names.length > MAX_ENTRIES) return reject(new TooLarge());
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        openEntry(zip, entry).then((stream) => {
          stream.on("data", (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > budget) {
              stream.destroy();
              reject(new TooLarge());
            }
          });
          stream.on("error", (error) => {
            stream.destroy();
            reject(isForgedSize(error) ? new TooLarge() : error);
          });
          stream.on("end", () => zip.readEntry());
        }, reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return { names, inflated };
}

export async function guardXlsxZip(bytes: Buffer, limits: ReadLimits): Promise<void> {
  const budget = Math.min(limits.maxUnzippedBytes, bytes.length * limits.maxRatio);
  let names: string[];
  try {
    ({ names } = await inflateAll(bytes, budget));
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new FileRejected(
        `Файл отклонён: после распаковки он занял бы больше ${Math.max(1, Math.round(budget / 1024 / 1024))} МБ (подозрение на «zip-бомбу»).`,
        "zip-bomb",
      );
    }
    throw new FileRejected("Файл повреждён: архив книги Excel не читается. Сохраните книгу заново.", "corrupt");
  }
  if (!names.includes("xl/workbook.xml")) {
    throw new FileRejected(
      "Файл не является книгой Excel (.xlsx): внутри нет листов книги. Возможно, это документ Word с другим расширением.",
      "not-workbook",
    );
  }
}
