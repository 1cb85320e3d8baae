// Identity helpers: they only give plugin authors type checking and completion.
import type { DataElementDefinition, DirectionDefinition, IndicatorDefinition, NotApplicable, NotedValue } from "./types.js";

export const defineDirection = (direction: DirectionDefinition): DirectionDefinition => direction;
export const defineIndicator = (indicator: IndicatorDefinition): IndicatorDefinition => indicator;
export const defineElement = (element: DataElementDefinition): DataElementDefinition => element;
export const defineElements = (elements: DataElementDefinition[]): DataElementDefinition[] => elements;

/** Returned by `compute` when the indicator does not apply: «нет 11 класса». */
export const notApplicable = (reason: string): NotApplicable => ({ notApplicable: reason });

export const isNotApplicable = (value: unknown): value is NotApplicable =>
  typeof value === "object" && value !== null && "notApplicable" in value;

/** Returned by `compute` to explain what lies behind a value: the note is appended to the score's
 *  explanation («… → 0 баллов; пик у границы „3“ в 5 кл., математика: …»). */
export const withNote = (value: NotedValue["value"], note: string): NotedValue => ({ value, note });

export const isNoted = (value: unknown): value is NotedValue =>
  typeof value === "object" &&
  value !== null &&
  "note" in value &&
  typeof (value as { note: unknown }).note === "string" &&
  "value" in value;

/** Share in percent rounded *down* to 0.1, for scales whose top band is «all» (100 %): rounding to
 *  the nearest tenth would show 2 999 of 3 000 as 100 %. `null` when the base is zero. */
export function shareOfAll(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 1000) / whole) / 10;
}

/** Share in percent, rounded to 0.1; `null` when the base is zero. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
