// The parts of an .xlsx zip, inflated as streams and tokenized as they come out: no part, and no
// sheet, is ever held whole in memory as text or as a model. Every byte inflated, from any entry,
// counts against one budget (zip-guard.ts).
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import yauzl from "yauzl";
import { type XmlHandlers, XmlTokenizer } from "./xml-tokenizer.js";
import { isForgedSize, MAX_ENTRIES, TooLarge } from "./zip-guard.js";

export interface XlsxZip {
  has(name: string): boolean;
  /** Streams the part through the tokenizer; resolves when it is fully read. */
  parse(name: string, handlers: XmlHandlers): Promise<void>;
  /** Inflates (and discards) every entry not parsed yet, so that all of them are counted once. */
  inflateRest(except: ReadonlySet<string>): Promise<void>;
  close(): void;
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error ?? new Error("no stream")) : resolve(stream)));
  });
}

async function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      if (entries.size > MAX_ENTRIES) return reject(new TooLarge());
      zip.readEntry();
    });
    zip.readEntry();
  });
  return entries;
}

export async function openXlsxZip(bytes: Buffer, budget = Number.POSITIVE_INFINITY): Promise<XlsxZip> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, z) =>
      error || !z ? reject(error ?? new Error("no zip")) : resolve(z),
    ),
  );
  let entries: Map<string, yauzl.Entry>;
  try {
    entries = await listEntries(zip);
  } catch (error) {
    zip.close();
    throw error;
  }
  const done = new Set<string>();
  let inflated = 0;
  /** Inflates one entry, chunk by chunk, counting against the budget. */
  const inflate = async (name: string, onChunk?: (chunk: Buffer) => void) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    done.add(name);
    if (name.endsWith("/")) return;
    const stream = await openEntry(zip, entry);
    await new Promise<void>((resolve, reject) => {
      stream.on("data", (chunk: Buffer) => {
        inflated += chunk.length;
        if (inflated > budget) {
          stream.destroy();
          return reject(new TooLarge());
        }
        try {
          onChunk?.(chunk);
        } catch (error) {
          stream.destroy();
          reject(error);
        }
      });
      stream.on("error", (error) => {
        stream.destroy();
        reject(isForgedSize(error) ? new TooLarge() : error);
      });
      stream.on("end", () => resolve());
    });
  };
  return {
    has: (name) => entries.has(name),
    async parse(name, handlers) {
      const tokenizer = new XmlTokenizer(handlers);
      const decoder = new StringDecoder("utf8");
      await inflate(name, (chunk) => tokenizer.write(decoder.write(chunk)));
      tokenizer.write(decoder.end());
      tokenizer.end();
    },
    async inflateRest(except) {
      for (const name of entries.keys()) if (!done.has(name) && !except.has(name)) await inflate(name);
    },
    close: () => zip.close(),
  };
}

/** The floor of reading a sheet, for the bench: inflate it and tokenize it, build nothing. */
export async function tokenizeOnly(bytes: Buffer, part: string): Promise<number> {
  const zip = await openXlsxZip(bytes);
  let elements = 0;
  try {
    await zip.parse(part, {
      open: () => {
        elements++;
      },
    });
  } finally {
    zip.close();
  }
  return elements;
}
