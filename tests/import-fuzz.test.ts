// Hardening of issue 17: seeded random mutations of every importer's good fixture files — bytes
// flipped or cut, numbers replaced by garbage, cells and rows removed or repeated inside the
// workbook XML or the CSV text. Whatever comes in: no crash (no INTERNAL_SERVER_ERROR), no partial
// write (a file with errors changes nothing), and every message in Russian. Bounded in count and time;
// FUZZ_SEED reproduces a run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import yauzl from "yauzl";
import { createTestApp, fixtureMunicipality, type TestApp, upload } from "./helpers/app.js";
import { buildZip, type ZipEntry } from "./helpers/forged-zip.js";

const DIR = path.resolve(import.meta.dirname, "fixtures/intake");
const MANIFEST = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as {
  file: string;
  importKind: string;
  expect: string;
}[];
const SEED = Number(process.env.FUZZ_SEED ?? 17);
const MUTATIONS_PER_FILE = 8;
const TIME_BUDGET_MS = 90_000;

const IMPORT = `mutation($c: ID!, $k: ImportKind!, $file: File!) { importFile(cycleId: $c, kind: $k, file: $file, dryRun: false) {
  rowsTotal rowsImported batchId errors { message } } }`;

/** mulberry32: small, seeded, good enough to pick mutations. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GARBAGE = ["-1", "1e309", "99999999999999999999999", "NaN", "", "ё", "12,5,5", "２", "true", "  ", "#REF!", "0x1F", "-0"];

function mutateText(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const span = 1 + Math.floor(next() * 40);
  switch (Math.floor(next() * 4)) {
    case 0: {
      const numbers = [...text.matchAll(/\d+(?:[.,]\d+)?/g)];
      const pick = numbers[Math.floor(next() * numbers.length)];
      if (!pick || pick.index === undefined) return text;
      const garbage = GARBAGE[Math.floor(next() * GARBAGE.length)] as string;
      return text.slice(0, pick.index) + garbage + text.slice(pick.index + pick[0].length);
    }
    case 1:
      return text.slice(0, at) + text.slice(at + span);
    case 2:
      return text.slice(0, at) + text.slice(at, at + span).repeat(2) + text.slice(at + span);
    default: {
      const lines = text.split("\n");
      const i = Math.floor(next() * lines.length);
      const j = Math.floor(next() * lines.length);
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      return lines.join("\n");
    }
  }
}

function mutateBytes(bytes: Buffer, next: () => number): Buffer {
  const out = Buffer.from(bytes);
  if (next() < 0.3) return out.subarray(0, Math.floor(next() * out.length));
  for (let i = 0; i < 1 + Math.floor(next() * 8); i++) out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
  return out;
}

function zipEntries(bytes: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: ZipEntry[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.push({ name: entry.fileName, content: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.readEntry();
    });
  });
}

async function mutate(file: string, bytes: Buffer, next: () => number): Promise<Buffer> {
  if (next() < 0.25) return mutateBytes(bytes, next);
  if (!file.endsWith(".xlsx")) return Buffer.from(mutateText(bytes.toString("latin1"), next), "latin1");
  const entries = await zipEntries(bytes);
  const xml = entries.filter((e) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(e.name));
  const target = xml[Math.floor(next() * xml.length)];
  if (target) target.content = Buffer.from(mutateText(target.content.toString("utf8"), next), "utf8");
  return buildZip(entries);
}

let t: TestApp;
let operator: string;
let cycleId: number;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.signIn("OPERATOR");
  ({ cycleId } = await fixtureMunicipality(t));
});
afterAll(() => t.close());

const counts = async () => [
  await t.db.prisma.dataValue.count(),
  await t.db.prisma.importBatch.count(),
  await t.db.prisma.importRecord.count(),
];

test(`mutated fixtures of every importer: no crash, no partial write, Russian errors (seed ${SEED})`, async () => {
  const next = random(SEED);
  const started = performance.now();
  const good = MANIFEST.filter((e) => e.expect === "ok");
  expect(new Set(good.map((e) => e.importKind)).size).toBeGreaterThanOrEqual(4);
  let runs = 0;
  let refused = 0;
  for (let round = 0; round < MUTATIONS_PER_FILE && performance.now() - started < TIME_BUDGET_MS; round++) {
    for (const entry of good) {
      const bytes = await mutate(entry.file, readFileSync(path.join(DIR, entry.file)), next);
      const before = await counts();
      const response = await upload<{
        importFile: { rowsTotal: number; rowsImported: number; batchId: string | null; errors: { message: string }[] };
      }>(t, IMPORT, { c: cycleId, k: entry.importKind }, { name: entry.file, bytes }, operator);
      const where = `${entry.file}, round ${round}, seed ${SEED}`;
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code, `${where}: ${error.message}`).not.toBe("INTERNAL_SERVER_ERROR");
        expect(error.message, where).toMatch(/[А-Яа-яЁё]/);
      }
      const result = response.data?.importFile;
      if (!result || result.errors.length > 0) {
        refused++;
        expect(await counts(), `${where}: a refused file changed data`).toEqual(before);
        for (const error of result?.errors ?? []) expect(error.message, where).toMatch(/[А-Яа-яЁё]/);
      } else {
        expect(result.batchId, where).not.toBeNull();
        expect(result.rowsImported, where).toBe(result.rowsTotal);
      }
      runs++;
    }
  }
  expect(runs).toBeGreaterThanOrEqual(good.length);
  expect(refused).toBeGreaterThan(0);
}, 180_000);
