// Evidence files: typed by content, size-limited, checksummed, downloadable only by those who may
// see the value, audited.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApp, dataOf, fixtureMunicipality, listen, type TestApp, upload } from "./helpers/app.js";

const ATTACH = `mutation($c: ID!, $o: ID!, $file: File!) { attachEvidence(cycleId: $c, organizationId: $o, element: "staff.teachers", file: $file) { id fileName size sha256 contentType url } }`;
const PDF = Buffer.concat([
  Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n"),
  Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)),
  Buffer.from("\ntrailer<<>>\n%%EOF\n"),
]);

let t: TestApp;
let http: { url: string; close(): Promise<void> };
let operator: string;
let cycleId: number;
let ids: Record<string, number>;

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.signIn("OPERATOR");
  ({ cycleId, ids } = await fixtureMunicipality(t));
  http = await listen(t);
});
afterAll(async () => {
  await http.close();
  await t.close();
});

test("a PDF is stored with its checksum and downloaded intact by those who may see the value", async () => {
  const school = ids["6627000001"];
  const { attachEvidence } = dataOf(
    await upload<{ attachEvidence: { id: string; sha256: string; contentType: string; url: string; size: number } }>(
      t,
      ATTACH,
      { c: cycleId, o: school },
      { name: "приказ № 12.pdf", bytes: PDF },
      operator,
    ),
  );
  expect(attachEvidence).toMatchObject({
    contentType: "application/pdf",
    size: PDF.length,
    sha256: createHash("sha256").update(PDF).digest("hex"),
  });
  const listed = dataOf(
    await t.gql<{ evidence: { fileName: string }[] }>(
      `query($c: ID!, $o: ID!) { evidence(cycleId: $c, organizationId: $o) { fileName } }`,
      { c: cycleId, o: school },
      operator,
    ),
  );
  expect(listed.evidence).toEqual([{ fileName: "приказ № 12.pdf" }]);

  const download = await fetch(http.url + attachEvidence.url, { headers: { cookie: operator } });
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
  expect(download.headers.get("content-disposition")).toContain(encodeURIComponent("приказ № 12.pdf"));

  const head = await t.signIn("LEADER", { organizationId: school });
  expect((await fetch(http.url + attachEvidence.url, { headers: { cookie: head } })).status).toBe(200);
  const otherHead = await t.signIn("LEADER", { organizationId: ids["6627000002"] });
  const refused = await fetch(http.url + attachEvidence.url, { headers: { cookie: otherHead } });
  expect(refused.status).toBe(403);
  expect(await refused.text()).toBe("Файл доступен сотрудникам мониторинга, назначенному эксперту и руководителю организации.");
  expect((await fetch(http.url + attachEvidence.url)).status).toBe(401);
  expect(await t.db.prisma.auditEvent.count({ where: { action: "evidence.attach" } })).toBe(1);
});

test("a file of another type or over the limit is refused in Russian, nothing stored", async () => {
  const before = await t.db.prisma.evidenceFile.count();
  const exe = await upload(
    t,
    ATTACH,
    { c: cycleId, o: ids["6627000001"] },
    { name: "setup.pdf", bytes: Buffer.from("MZ\x90\0binary") },
    operator,
  );
  expect(exe.errors?.[0]).toMatchObject({
    message: "Файл «setup.pdf» не подходит: принимаются PDF, сканы (JPEG, PNG, TIFF), DOCX, ODT и XLSX.",
    extensions: { code: "BAD_USER_INPUT" },
  });
  const big = await upload(
    t,
    ATTACH,
    { c: cycleId, o: ids["6627000001"] },
    { name: "big.pdf", bytes: Buffer.concat([PDF, Buffer.alloc(16 * 1024 * 1024)]) },
    operator,
  );
  expect(big.errors?.[0]?.message).toBe("Файл «big.pdf» больше допустимых 15 МБ.");
  expect(await t.db.prisma.evidenceFile.count()).toBe(before);
});

test("the monitoring template downloads for the operator, not for anonymous visitors", async () => {
  const res = await fetch(`${http.url}/templates/cycles/${cycleId}/monitoring.xlsx?direction=D6`, { headers: { cookie: operator } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");
  expect((await fetch(`${http.url}/templates/cycles/${cycleId}/monitoring.xlsx`)).status).toBe(401);
});
