// Storage of imported source rows: the format's codec makes the text, and large row sets are
// gzipped (as base64 text: the PGlite adapter cannot bind bytea), which makes a 100 000-row ВПР
// commit write ~1 MB instead of ~5 MB.
import { gunzipSync, gzipSync } from "node:zlib";
import { type ImportFormatDefinition, jsonCodec } from "../../direction/import/format.js";

const GZIP_PREFIX = "gz:";
const GZIP_FROM = 64 * 1024;
const plainJson = jsonCodec<unknown>();

export function encodeRecords<R>(format: ImportFormatDefinition<R>, records: readonly R[]): string {
  const json = (format.codec ?? plainJson).encode(records);
  return json.length < GZIP_FROM ? json : GZIP_PREFIX + gzipSync(json, { level: 1 }).toString("base64");
}

export function decodeRecords<R>(format: ImportFormatDefinition<R>, stored: string): R[] {
  const json = stored.startsWith(GZIP_PREFIX)
    ? gunzipSync(Buffer.from(stored.slice(GZIP_PREFIX.length), "base64")).toString("utf8")
    : stored;
  return format.codec ? format.codec.decode(json) : (plainJson.decode(json) as R[]);
}
