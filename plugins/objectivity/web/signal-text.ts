// Labels and colours of the objectivity signals on the page.
export const KIND_LABELS: Record<string, string> = {
  FEDERAL_LIST: "Перечень",
  JOURNAL_LOWERED: "Журнал: понизили",
  JOURNAL_GAPS2: "Журнал: расхождение ≥ 2",
  BOUNDARY_PEAK: "Пики на границах",
  SHARE2_DYNAMICS: "Динамика «2»",
  MARK_SHARE_CAP: "Пределы долей",
};

export const KINDS = Object.keys(KIND_LABELS);

export const RELIABILITY_LABELS: Record<string, string> = {
  informative: "информативно",
  approximate: "приблизительно",
  notAnalysed: "не анализируется",
};

export interface SignalLike {
  isRaised: boolean;
  reliability: string;
}

/** Red — raised, grey — not analysed, green — analysed, no signal; lighter when approximate. */
export function badgeColor(s: SignalLike): string {
  if (s.reliability === "notAnalysed") return "gray";
  if (s.isRaised) return s.reliability === "approximate" ? "orange" : "red";
  return "green";
}

export function badgeText(s: SignalLike): string {
  if (s.reliability === "notAnalysed") return "не анализ.";
  return s.isRaised ? "сигнал" : "нет";
}
