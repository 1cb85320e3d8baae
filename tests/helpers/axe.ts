// Accessibility check for browser tests: injects axe-core into a playwright page and fails on any
// serious or critical violation, naming the rule and the offending elements.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the page as it is now (empty when none). */
export async function axeViolations(page: Page, ignore: readonly string[] = []): Promise<Violation[]> {
  // Evaluated through the devtools protocol, so the page's Content-Security-Policy (script-src 'self')
  // need not be loosened for the check.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => (v.impact === "serious" || v.impact === "critical") && !ignore.includes(v.id));
}

/** Throws with a readable list when the page has serious or critical accessibility violations. */
/** `ignore`: rule ids a caller knowingly leaves open (say why at the call). */
export async function expectAccessible(page: Page, where: string, ignore: readonly string[] = []): Promise<void> {
  const violations = await axeViolations(page, ignore);
  if (!violations.length) return;
  const text = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    )
    .join("\n");
  throw new Error(`${where}: ${violations.length} serious accessibility violation(s)\n${text}`);
}
