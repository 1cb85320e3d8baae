// Share of «2» over the years, with the +10 п.п. threshold drawn from the first year.
export interface YearShare {
  year: number;
  share2: number;
  sampleSize: number;
}

const W = 280;
const H = 120;
const PAD = 28;

export function DynamicsLine({ years }: { years: YearShare[] }) {
  if (years.length < 2) return <p style={{ fontSize: 12, color: "#868e96" }}>Нет результатов прошлых лет.</p>;
  const top = Math.max(20, ...years.map((y) => y.share2 + 12));
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (years.length - 1);
  const y = (v: number) => H - PAD - (v / top) * (H - 2 * PAD);
  const path = years.map((p, i) => `${i === 0 ? "M" : "L"}${x(i)},${y(p.share2)}`).join(" ");
  const before = years.at(-2)?.share2 ?? 0;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} role="img" aria-label="Динамика доли «2»">
      <title>Динамика доли «2»</title>
      <line x1={PAD} y1={y(before + 10)} x2={W - PAD} y2={y(before + 10)} stroke="#e03131" strokeDasharray="4 3" />
      <text x={W - PAD} y={y(before + 10) - 3} fontSize="9" textAnchor="end" fill="#e03131">
        +10 п.п.
      </text>
      <path d={path} fill="none" stroke="#364fc7" strokeWidth="2" />
      {years.map((p, i) => (
        <g key={p.year}>
          <circle cx={x(i)} cy={y(p.share2)} r="3" fill="#364fc7" />
          <text x={x(i)} y={y(p.share2) - 6} fontSize="10" textAnchor="middle">
            {`${Math.round(p.share2 * 10) / 10} %`}
          </text>
          <text x={x(i)} y={H - 8} fontSize="10" textAnchor="middle" fill="#495057">
            {p.year}
          </text>
        </g>
      ))}
    </svg>
  );
}
