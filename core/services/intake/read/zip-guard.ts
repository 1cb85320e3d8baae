// Zip-bomb and not-a-workbook refusals for an .xlsx, with Russian messages.
//
// Declared sizes cannot be trusted (issue 17: a 510 KB file declared 1 000 bytes for a 500 MB entry),
// so the reader (xlsx-zip.ts) counts the bytes that actually come out of every entry it inflates —
// the parts it reads and, once, all the others — and stops as soon as the budget is passed; yauzl's
// validateEntrySizes also refuses an entry whose real size differs from the declared one. Each entry
// is inflated once: checking and reading are the same pass (issue 15).
import { FileRejected, type ReadLimits } from "./types.js";

/** More entries than any workbook has: a directory of millions of empty files is a bomb too. */
export const MAX_ENTRIES = 10_000;

/** Inflating went past the budget. */
export class TooLarge extends Error {}

/** yauzl's validateEntrySizes: more bytes came out than the directory declared. */
export const isForgedSize = (error: unknown) => error instanceof Error && error.message.startsWith("too many bytes in the stream");

/** How many bytes the file may inflate to, all entries together. */
export const inflateBudget = (bytes: Buffer, limits: ReadLimits) => Math.min(limits.maxUnzippedBytes, bytes.length * limits.maxRatio);

export const zipBombRejection = (budget: number) =>
  new FileRejected(
    `Файл отклонён: после распаковки он занял бы больше ${Math.max(1, Math.round(budget / 1024 / 1024))} МБ (подозрение на «zip-бомбу»).`,
    "zip-bomb",
  );

export const notWorkbookRejection = () =>
  new FileRejected(
    "Файл не является книгой Excel (.xlsx): внутри нет листов книги. Возможно, это документ Word с другим расширением.",
    "not-workbook",
  );

export const corruptZipRejection = () =>
  new FileRejected("Файл повреждён: архив книги Excel не читается. Сохраните книгу заново.", "corrupt");
