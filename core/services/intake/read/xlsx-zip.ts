// The parts of an .xlsx zip, inflated as streams and tokenized by saxes as they come out: no part,
// and no sheet, is ever held whole in memory as text or as a model.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl from "yauzl";

export interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export interface XlsxZip {
  has(name: string): boolean;
  /** Streams the part through saxes; resolves when it is fully tokenized. */
  parse(name: string, handlers: XmlHandlers): Promise<void>;
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
      zip.readEntry();
    });
    zip.readEntry();
  });
  return entries;
}

export async function openXlsxZip(bytes: Buffer): Promise<XlsxZip> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, z) =>
      error || !z ? reject(error ?? new Error("no zip")) : resolve(z),
    ),
  );
  const entries = await listEntries(zip);
  return {
    has: (name) => entries.has(name),
    async parse(name, handlers) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`no part ${name}`);
      const parser = new SaxesParser({ position: false });
      if (handlers.open) parser.on("opentag", handlers.open as (tag: unknown) => void);
      if (handlers.close) {
        const close = handlers.close;
        parser.on("closetag", (tag) => close(tag.name));
      }
      if (handlers.text) {
        parser.on("text", handlers.text);
        parser.on("cdata", handlers.text);
      }
      const stream = await openEntry(zip, entry);
      const decoder = new StringDecoder("utf8");
      await new Promise<void>((resolve, reject) => {
        stream.on("data", (chunk: Buffer) => {
          try {
            parser.write(decoder.write(chunk));
          } catch (error) {
            stream.destroy();
            reject(error);
          }
        });
        stream.on("error", reject);
        stream.on("end", () => {
          try {
            parser.write(decoder.end());
            parser.close();
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      });
    },
    close: () => zip.close(),
  };
}

/** The floor of reading a sheet, for the bench: inflate and tokenize it, build nothing. */
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
