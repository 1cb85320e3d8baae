// Structured JSON logs (pino): one line per event, machine-readable for the operator's log tools.
import { pino } from "pino";

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { app: "orientir" }, timestamp: pino.stdTimeFunctions.isoTime });
}
