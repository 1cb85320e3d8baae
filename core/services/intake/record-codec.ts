// Compact storage of imported source rows. A ВПР file repeats the same task layout on every row:
// it is stored once per organization and the rows as arrays, about six times smaller than plain
// JSON objects — what makes a 100 000-row commit cheap to write.
import { gunzipSync, gzipSync } from "node:zlib";
import type { VprStudentRecord } from "../../direction/records.js";
import type { ImportKind } from "../../direction/types.js";

interface VprGroup {
  subject: string;
  grade: number;
  tasks: { name: string; maxPoints: number; level: VprStudentRecord["tasks"][number]["level"] }[];
  rows: [string, string, string, (number | null)[], number | null, number | null, number | null][];
}

function encodeVpr(records: readonly VprStudentRecord[]): string {
  const groups = new Map<string, VprGroup>();
  for (const r of records) {
    const layout = r.tasks.map((t) => ({ name: t.name, maxPoints: t.maxPoints, level: t.level }));
    const key = `${r.subject}|${r.grade}|${JSON.stringify(layout)}`;
    const group = groups.get(key) ?? { subject: r.subject, grade: r.grade, tasks: layout, rows: [] };
    groups.set(key, group);
    group.rows.push([r.className, r.variant, r.studentCode, r.tasks.map((t) => t.score), r.primaryScore, r.mark, r.journalMark]);
  }
  return JSON.stringify({ v: 1, groups: [...groups.values()] });
}

function decodeVpr(text: string): VprStudentRecord[] {
  const { groups } = JSON.parse(text) as { groups: VprGroup[] };
  return groups.flatMap((g) =>
    g.rows.map(([className, variant, studentCode, scores, primaryScore, mark, journalMark]) => ({
      subject: g.subject,
      grade: g.grade,
      className,
      variant,
      studentCode,
      tasks: g.tasks.map((t, i) => ({ ...t, score: scores[i] ?? null })),
      primaryScore,
      mark,
      journalMark,
    })),
  );
}

// Large row sets are gzipped (as base64 text: the PGlite adapter cannot bind bytea), which makes
// a 100 000-row ВПР commit write ~1 MB instead of ~5 MB.
const GZIP_PREFIX = "gz:";
const GZIP_FROM = 64 * 1024;

export function encodeRecords(kind: ImportKind, records: readonly unknown[]): string {
  const json = kind === "VPR_RESULTS" ? encodeVpr(records as VprStudentRecord[]) : JSON.stringify(records);
  return json.length < GZIP_FROM ? json : GZIP_PREFIX + gzipSync(json, { level: 1 }).toString("base64");
}

export function decodeRecords(kind: ImportKind, stored: string): unknown[] {
  const json = stored.startsWith(GZIP_PREFIX)
    ? gunzipSync(Buffer.from(stored.slice(GZIP_PREFIX.length), "base64")).toString("utf8")
    : stored;
  return kind === "VPR_RESULTS" ? decodeVpr(json) : (JSON.parse(json) as unknown[]);
}
