// Request bodies are refused by their declared length before anything reads them: a GraphQL
// document is small, only a multipart upload may carry a file. Node's parser never reads past
// Content-Length, so the check is a real bound; a body without one (chunked) is refused.
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatSize } from "../services/intake/read/types.js";
import { GRAPHQL_BODY_MAX_BYTES } from "./query-limits.js";

/** Multipart overhead above the file itself: the operations, the map and the part headers. */
const MULTIPART_OVERHEAD = 256 * 1024;

function refuse(res: ServerResponse, status: number, message: string): true {
  res
    .writeHead(status, { "content-type": "application/json; charset=utf-8", connection: "close" })
    .end(JSON.stringify({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] }));
  return true;
}

/** Refuses an oversized or unbounded body; true when the response is already sent. */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, fileMaxBytes: number): boolean {
  if (req.method !== "POST" && req.method !== "PUT" && req.method !== "PATCH") return false;
  const isMultipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/");
  const max = isMultipart ? fileMaxBytes + MULTIPART_OVERHEAD : GRAPHQL_BODY_MAX_BYTES;
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return false; // no body at all
    return refuse(res, 411, "Запрос отклонён: не указана длина тела запроса (Content-Length).");
  }
  if (Number(declared) <= max) return false;
  return refuse(
    res,
    413,
    isMultipart
      ? `Запрос отклонён: файл больше допустимых ${formatSize(fileMaxBytes)}.`
      : `Запрос отклонён: тело запроса GraphQL больше ${formatSize(GRAPHQL_BODY_MAX_BYTES)}.`,
  );
}
