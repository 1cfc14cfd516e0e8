import { useState } from 'react';
import styles from './shared.module.css';

export interface ChartPoint {
  /** ISO day (YYYY-MM-DD), shown on the x axis. */
  x: string;
  /** Value between 0 and `max`. */
  y: number;
}

const WIDTH = 900;
const PAD = { top: 16, right: 12, bottom: 20, left: 32 };
/** Up to this many points, every point's value is written next to it. */
const LABEL_ALL_POINTS = 14;

/**
 * The y range shown: [0, max] when `fromZero`, otherwise the values' range widened to whole steps of 5 (at
 * least 10 wide), so that a 60 → 65 change fills a visible part of the chart instead of a few pixels.
 */
export function chartRange(
  values: number[],
  max: number,
  fromZero: boolean,
): { low: number; high: number } {
  if (fromZero || values.length === 0) return { low: 0, high: max };
  let low = Math.max(0, Math.floor((Math.min(...values) - 2) / 5) * 5);
  let high = Math.min(max, Math.ceil((Math.max(...values) + 2) / 5) * 5);
  if (high - low < 10) {
    // Widen to 10 inside [0, max].
    low = Math.max(0, Math.min(low, high - 10));
    high = Math.min(max, low + 10);
  }
  return { low, high };
}

/**
 * A small dependency-free SVG line chart. The y axis zooms on the values (see `chartRange`; `fromZero` keeps
 * 0–max). Values are written on the chart (every point when there are few, otherwise the first, last, lowest and
 * highest); each point is focusable with an accessible name and shows its value on hover or focus.
 */
export function LineChart(props: {
  points: ChartPoint[];
  label: string;
  max?: number;
  height?: number;
  fromZero?: boolean;
  formatX?: (x: string) => string;
  /** Accessible name of one point; defaults to "x: y". */
  pointLabel?: (point: ChartPoint) => string;
}) {
  const [active, setActive] = useState<number>();
  const max = props.max ?? 100;
  const height = props.height ?? 160;
  const values = props.points.map(p => p.y);
  const { low, high } = chartRange(values, max, !!props.fromZero);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const n = props.points.length;
  const px = (i: number) =>
    PAD.left + (n <= 1 ? innerW / 2 : (i * innerW) / (n - 1));
  const py = (v: number) =>
    PAD.top +
    innerH -
    ((Math.max(low, Math.min(high, v)) - low) / (high - low || 1)) * innerH;
  const coords = props.points.map((p, i) => `${px(i)},${py(p.y)}`);
  const formatX = props.formatX ?? ((x: string) => x);
  const show = (v: number) => String(Math.round(v * 10) / 10);
  const pointLabel =
    props.pointLabel ?? ((p: ChartPoint) => `${formatX(p.x)}: ${show(p.y)}`);
  const lowest = values.indexOf(Math.min(...values));
  const highest = values.indexOf(Math.max(...values));
  const labelled = (i: number) =>
    n <= LABEL_ALL_POINTS ||
    i === 0 ||
    i === n - 1 ||
    i === lowest ||
    i === highest;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={props.label}
      preserveAspectRatio="none"
    >
      {[low, (low + high) / 2, high].map(v => (
        <g key={v} aria-hidden="true">
          <line
            className={styles.chartGrid}
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={py(v)}
            y2={py(v)}
          />
          <text
            className={styles.chartText}
            x={PAD.left - 4}
            y={py(v) + 3}
            textAnchor="end"
          >
            {Math.round(v)}
          </text>
        </g>
      ))}
      {n > 1 ? (
        <polygon
          aria-hidden="true"
          className={styles.chartArea}
          points={`${px(0)},${py(low)} ${coords.join(' ')} ${px(n - 1)},${py(
            low,
          )}`}
        />
      ) : null}
      {n > 0 ? (
        <polyline
          aria-hidden="true"
          className={styles.chartLine}
          points={coords.join(' ')}
        />
      ) : null}
      {props.points.map((p, i) => (
        <g key={p.x}>
          <circle
            className={styles.chartPoint}
            cx={px(i)}
            cy={py(p.y)}
            r={n > 60 ? 2 : 3.5}
            fill="currentColor"
            tabIndex={0}
            role="img"
            aria-label={pointLabel(p)}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(undefined)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive(undefined)}
          >
            <title>{pointLabel(p)}</title>
          </circle>
          {labelled(i) || active === i ? (
            <text
              aria-hidden="true"
              className={
                active === i ? styles.chartValueActive : styles.chartValue
              }
              x={px(i)}
              y={py(p.y) - 7}
              textAnchor={labelAnchor(i, n)}
            >
              {active === i ? pointLabel(p) : show(p.y)}
            </text>
          ) : null}
        </g>
      ))}
      {n > 0 ? (
        <g aria-hidden="true">
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
        </g>
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
  const n = props.values.length;
  // Zoomed on the values like LineChart, so that small changes show.
  const { low, high } = chartRange(props.values, props.max ?? 100, false);
  const pts = props.values
    .map((v, i) => {
      const x = n <= 1 ? w / 2 : (i * (w - 4)) / (n - 1) + 2;
      const clamped = Math.max(low, Math.min(high, v));
      const y = h - 2 - ((clamped - low) / (high - low || 1)) * (h - 4);
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

/** Keeps the first and last value labels inside the chart. */
function labelAnchor(index: number, count: number): 'start' | 'end' | 'middle' {
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}
