// Primary-score histogram with the fitted expectation, the mark boundaries and the peaks marked.
export interface HistogramData {
  histogram: number[];
  expected: number[];
  boundaries: { mark: number; boundary: number; observed: number; expected: number; pValue: number }[];
}

const W = 560;
const H = 200;
const PAD = { left: 32, right: 8, top: 16, bottom: 28 };

export function Histogram({ data, isRaised }: { data: HistogramData; isRaised: boolean }) {
  const n = data.histogram.length;
  const top = Math.max(1, ...data.histogram, ...data.expected);
  const bw = (W - PAD.left - PAD.right) / n;
  const x = (s: number) => PAD.left + s * bw;
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const k = Math.max(1, data.boundaries.length);
  const isPeak = (b: HistogramData["boundaries"][number]) => isRaised && b.pValue * k < 0.05 && b.observed > b.expected;
  const curve = data.expected.map((e, s) => `${s === 0 ? "M" : "L"}${x(s) + bw / 2},${y(e)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="Распределение первичных баллов">
      <title>Распределение первичных баллов</title>
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#868e96" />
      {data.histogram.map((c, s) => {
        const peak = data.boundaries.find((b) => b.boundary === s && isPeak(b));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a score is its position on the scale
          <g key={s}>
            <rect x={x(s) + 1} y={y(c)} width={Math.max(1, bw - 2)} height={H - PAD.bottom - y(c)} fill={peak ? "#e03131" : "#748ffc"}>
              <title>{`${s} б.: ${c} работ`}</title>
            </rect>
            {(s % 5 === 0 || s === n - 1) && (
              <text x={x(s) + bw / 2} y={H - PAD.bottom + 14} fontSize="10" textAnchor="middle" fill="#495057">
                {s}
              </text>
            )}
          </g>
        );
      })}
      <path d={curve} fill="none" stroke="#2b8a3e" strokeWidth="2" />
      {data.boundaries.map((b) => (
        <g key={b.mark}>
          <line x1={x(b.boundary)} y1={PAD.top - 4} x2={x(b.boundary)} y2={H - PAD.bottom} stroke="#495057" strokeDasharray="4 3" />
          <text x={x(b.boundary) + 3} y={PAD.top + 6} fontSize="11" fill={isPeak(b) ? "#e03131" : "#495057"}>
            {`«${b.mark}» ≥ ${b.boundary}${isPeak(b) ? " пик" : ""}`}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 4} fontSize="10" fill="#495057">
        балл; столбцы — работы, линия — ожидание, пунктир — границы, красный — пик
      </text>
    </svg>
  );
}
