import { describe, expect, test } from "vitest";
import {
  changedValues,
  displayValue,
  type ElementMeta,
  inputText,
  partWholeHint,
  problemsByElement,
  type StoredValue,
} from "./element-value.ts";

const el = (code: string, type: string, extra: Partial<ElementMeta> = {}): ElementMeta => ({
  code,
  title: code,
  type,
  unit: "",
  enteredBy: "organization",
  options: [],
  ...extra,
});
const staff = el("staff", "integer", { title: "Педагогов всего", unit: "чел." });
const trained = el("trained", "integer", { title: "Прошли обучение", unit: "чел.", partOf: "staff" });
const share = el("share", "percent", { unit: "%" });
const site = el("site", "boolean");
const level = el("level", "level", { options: [{ value: "high", label: "высокий" }] });
const year = el("year", "integer", { unit: "год" });
const stored = new Map<string, StoredValue>([
  ["share", { element: "share", value: "12.5", comment: null, enteredAt: "2026-11-01T10:00:00.000Z" }],
  ["site", { element: "site", value: "true", comment: "есть", enteredAt: "2026-11-02T10:00:00.000Z" }],
]);

describe("the generated form's model", () => {
  test("stored values show with a decimal comma, да/нет, option labels and years without separators", () => {
    expect(inputText(share, "12.5")).toBe("12,5");
    expect(inputText(year, "2024")).toBe("2024");
    expect(displayValue(year, "2024")).toBe("2024 год");
    expect(displayValue(site, "false")).toBe("нет");
    expect(displayValue(level, "high")).toBe("высокий");
    expect(displayValue(share, "12.5")).toBe("12,5%");
    expect(displayValue(staff, null)).toBe("—");
  });

  test("only what changed is sent, with the version the editor saw; an emptied input clears", () => {
    const changes = changedValues([staff, share, site, level], stored, {
      staff: { text: "40", comment: "" },
      share: { text: "12,5", comment: "" },
      site: { text: "", comment: "есть" },
      level: { text: "", comment: "" },
    });
    expect(changes).toEqual([
      { element: "staff", value: "40", comment: null, expectedEnteredAt: null },
      { element: "site", value: null, comment: "есть", expectedEnteredAt: "2026-11-02T10:00:00.000Z" },
    ]);
  });

  test("a comment alone is a change", () => {
    expect(changedValues([share], stored, { share: { text: "12,5", comment: "по приказу" } })).toEqual([
      { element: "share", value: "12,5", comment: "по приказу", expectedEnteredAt: "2026-11-01T10:00:00.000Z" },
    ]);
  });

  test("the API's problems go to their elements, the rest stays general", () => {
    const { byElement, general } = problemsByElement(
      [
        {
          message: "Значения не сохранены. …",
          extensions: {
            code: "BAD_USER_INPUT",
            problems: [
              { field: "share", message: "Элемент «Доля» (share): значение 150 больше допустимого максимума 100." },
              { field: "other", message: "неизвестный" },
            ],
          },
        },
        { message: "Срок истёк" },
      ],
      new Set(["share", "staff"]),
    );
    expect(byElement).toEqual({ share: "значение 150 больше допустимого максимума 100." });
    expect(general).toEqual(["неизвестный", "Срок истёк"]);
  });

  test("a part over its whole is hinted from what is typed", () => {
    const all = new Map([staff, trained].map((e) => [e.code, e]));
    const typed: Record<string, string> = { staff: "10", trained: "12" };
    expect(partWholeHint(trained, all, (c) => typed[c] ?? "")).toBe("Не больше, чем «Педагогов всего» (10): сейчас больше.");
    typed.trained = "9";
    expect(partWholeHint(trained, all, (c) => typed[c] ?? "")).toBeNull();
    expect(partWholeHint(trained, all, () => "")).toBe("Не больше, чем «Педагогов всего».");
    expect(partWholeHint(staff, all, () => "")).toBeNull();
  });
});

describe("deadlines in Asia/Yekaterinburg", async () => {
  const { daysLeft, formatDateTime, todayInZone } = await import("./time.ts");
  test("the day turns at midnight in Yekaterinburg, not in UTC", () => {
    // 20:30 UTC on 31 Jan is 01:30 on 1 Feb in Yekaterinburg (UTC+5)
    const now = new Date("2027-01-31T20:30:00Z");
    expect(todayInZone(now)).toBe("2027-02-01");
    expect(daysLeft("2027-02-01", now)).toBe(0);
    expect(daysLeft("2027-02-11", now)).toBe(10);
    expect(daysLeft("2027-01-31", now)).toBe(-1);
    expect(formatDateTime("2027-01-31T20:30:00Z")).toBe("01.02.2027, 01:30");
  });
});
