import { launchChromium } from "./helpers/browser.ts";
const base = "http://127.0.0.1:4571";
const browser = await launchChromium();
const shots: [string, string, number][] = [["operator", "dashboard", 1280], ["operator", "cycles", 1280], ["admin", "admin/users", 1280], ["admin", "admin/tokens", 820], ["admin", "admin/audit", 1280], ["leader", "account", 820]];
for (const [login, path, w] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  page.on("pageerror", (e) => console.log("pageerror", e.message));
  page.on("console", (m) => m.type() === "error" && console.log("console", m.text()));
  await page.goto(`${base}/#/login`);
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", "demo");
  await page.click("button[type=submit]");
  await page.getByRole("button", { name: "Выйти" }).waitFor();
  await page.goto(`${base}/#/${path}`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `tests/screenshots/look-${path.replace("/", "-")}-${w}.png`, fullPage: true });
  console.log(path, "ok");
}
await browser.close();
