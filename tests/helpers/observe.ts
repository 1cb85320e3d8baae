// Records every value an element's attribute takes while the page runs, so a test can assert that
// a transient element (a progress bar) appeared however briefly it was on screen.
import type { Page } from "playwright-core";

export async function recordAttribute(page: Page, attribute: string): Promise<() => Promise<string[]>> {
  await page.evaluate((name) => {
    const seen = new Set<string>();
    (window as unknown as Record<string, Set<string>>)[`seen:${name}`] = seen;
    new MutationObserver(() => {
      const element = document.querySelector(`[${name}]`);
      if (element) seen.add(element.getAttribute(name) ?? "");
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, attribute);
  return () => page.evaluate((name) => [...((window as unknown as Record<string, Set<string>>)[`seen:${name}`] ?? [])], attribute);
}
