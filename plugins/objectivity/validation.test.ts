// The bench's validation, smaller and fixed: rates on synthetic schools with known truth.
import { describe, expect, it } from "vitest";
import { validate } from "../../bench/objectivity/validation.js";

describe("objectivity signals on synthetic schools", () => {
  const report = validate({ clean: 150, planted: 30, seed: 42 });

  it("clean schools: boundary-peak, journal signals and D5 as a whole stay at or below 5 % false positives", () => {
    expect(report.clean.schools).toBe(150);
    expect(report.clean.bySignal.BOUNDARY_PEAK).toBeLessThanOrEqual(5);
    expect(report.clean.bySignal.JOURNAL_LOWERED).toBeLessThanOrEqual(5);
    expect(report.clean.bySignal.JOURNAL_GAPS2).toBeLessThanOrEqual(5);
    expect(report.clean.d5Signal).toBeLessThanOrEqual(5);
    expect(report.clean.d5PointsLost).toBeLessThanOrEqual(5);
  });

  it("planted schools at 60 works per grade and subject: detected in at least 90 %", () => {
    expect(report.planted.push.bySignal.BOUNDARY_PEAK).toBeGreaterThanOrEqual(90);
    expect(report.planted.journal.bySignal.JOURNAL_LOWERED).toBeGreaterThanOrEqual(90);
    expect(report.planted.both.d5Signal).toBeGreaterThanOrEqual(90);
  });

  it("«2» dynamics and mark-share limits, tested against sample size, stay at or below 5 % on clean schools", () => {
    expect(report.clean.bySignal.SHARE2_DYNAMICS).toBeLessThanOrEqual(5);
    expect(report.clean.bySignal.MARK_SHARE_CAP).toBeLessThanOrEqual(5);
  });
});
