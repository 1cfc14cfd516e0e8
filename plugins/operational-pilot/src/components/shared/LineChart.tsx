import styles from './shared.module.css';

export interface ChartPoint {
  /** ISO day (YYYY-MM-DD), shown on the x axis. */
  x: string;
  /** Value between 0 and `max`. */
  y: number;
}

const WIDTH = 900;
const PAD = { top: 8, right: 8, bottom: 20, left: 28 };

/**
 * A small dependency-free SVG line chart (0–max on the y axis). The accessible name summarises the series;
 * each point carries a tooltip.
 */
export function LineChart(props: {
  points: ChartPoint[];
  label: string;
  max?: number;
  height?: number;
  formatX?: (x: string) => string;
}) {
  const max = props.max ?? 100;
  const height = props.height ?? 160;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const n = props.points.length;
  const px = (i: number) =>
    PAD.left + (n <= 1 ? innerW / 2 : (i * innerW) / (n - 1));
  const py = (v: number) =>
    PAD.top + innerH - (Math.max(0, Math.min(max, v)) / max) * innerH;
  const coords = props.points.map((p, i) => `${px(i)},${py(p.y)}`);
  const formatX = props.formatX ?? ((x: string) => x);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={props.label}
      preserveAspectRatio="none"
    >
      {[0, 0.5, 1].map(f => (
        <g key={f}>
          <line
            className={styles.chartGrid}
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={py(f * max)}
            y2={py(f * max)}
          />
          <text
            className={styles.chartText}
            x={PAD.left - 4}
            y={py(f * max) + 3}
            textAnchor="end"
          >
            {Math.round(f * max)}
          </text>
        </g>
      ))}
      {n > 1 ? (
        <polygon
          className={styles.chartArea}
          points={`${px(0)},${py(0)} ${coords.join(' ')} ${px(n - 1)},${py(0)}`}
        />
      ) : null}
      {n > 0 ? (
        <polyline className={styles.chartLine} points={coords.join(' ')} />
      ) : null}
      {props.points.map((p, i) => (
        <circle
          key={p.x}
          cx={px(i)}
          cy={py(p.y)}
          r={n > 60 ? 1.5 : 3}
          fill="currentColor"
        >
          <title>{`${formatX(p.x)}: ${Math.round(p.y * 10) / 10}`}</title>
        </circle>
      ))}
      {n > 0 ? (
        <>
          <text
            className={styles.chartText}
            x={px(0)}
            y={height - 4}
            textAnchor="start"
          >
            {formatX(props.points[0].x)}
          </text>
          {n > 1 ? (
            <text
              className={styles.chartText}
              x={px(n - 1)}
              y={height - 4}
              textAnchor="end"
            >
              {formatX(props.points[n - 1].x)}
            </text>
          ) : null}
        </>
      ) : null}
    </svg>
  );
}

/** A tiny line without axes, for tables. */
export function Sparkline(props: {
  values: number[];
  label: string;
  max?: number;
  width?: number;
  height?: number;
}) {
  const w = props.width ?? 120;
  const h = props.height ?? 28;
  const max = props.max ?? 100;
  const n = props.values.length;
  const pts = props.values
    .map((v, i) => {
      const x = n <= 1 ? w / 2 : (i * (w - 4)) / (n - 1) + 2;
      const y = h - 2 - (Math.max(0, Math.min(max, v)) / max) * (h - 4);
      return `${x},${y}`;
    })
    .join(' ');
  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={props.label}
    >
      {n > 0 ? <polyline className={styles.chartLine} points={pts} /> : null}
    </svg>
  );
}
