// DOCX → PDF with LibreOffice headless: a private profile per conversion (parallel runs do not
// share one), a timeout, and the temporary folder removed afterwards.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];

export function findLibreOffice(): string | null {
  const configured = process.env.SOFFICE_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

export async function convertWithLibreOffice(args: { soffice: string; docx: Uint8Array; timeoutMs?: number }): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "orientir-pdf-"));
  try {
    const input = path.join(dir, "document.docx");
    await writeFile(input, args.docx);
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        args.soffice,
        [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input],
        { timeout: args.timeoutMs ?? 120_000, env: { ...process.env, HOME: dir } },
        (error, _stdout, stderr) => (error ? reject(new Error(`LibreOffice: ${error.message} ${stderr}`)) : resolve()),
      );
    });
    return await readFile(path.join(dir, "document.pdf"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
