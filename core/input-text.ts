// Limits on text that users send, and how errors quote it: a message names the offending input
// without echoing megabytes of it back (issue 17, defect 8).

/** Longest text accepted per argument name; any other string argument gets DEFAULT_MAX. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  comment: 2000,
  reason: 2000,
  note: 2000,
  value: 2000,
  login: 100,
  password: 200,
  fullName: 300,
  shortName: 200,
  title: 300,
  name: 300,
  position: 200,
  query: 200,
};

/** Any string argument or input field without its own limit. */
export const DEFAULT_TEXT_MAX = 10_000;

/** «abc…» (at most `max` characters of the input) for error messages. */
export function quoteInput(text: string, max = 40): string {
  return `«${text.length > max ? `${text.slice(0, max)}…` : text}»`;
}
