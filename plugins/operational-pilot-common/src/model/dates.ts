/*
 * Date arithmetic on epoch milliseconds. The engine never reads the system clock: `now` always comes from the input.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses an ISO date or date-time; undefined for missing or invalid values (bad data must not throw). */
export function parseTime(
  value: string | undefined | null,
): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `YYYY-MM-DD` (UTC). */
export function toDay(ms: number): string {
  return toIso(ms).slice(0, 10);
}

/** Whole days elapsed from `fromMs` to `toMs` (negative when `toMs` is earlier). */
export function wholeDays(fromMs: number, toMs: number): number {
  const d = (toMs - fromMs) / DAY_MS;
  return d >= 0 ? Math.floor(d) : -Math.floor(-d);
}

/** "1 day" / "12 days". */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A short human rendering of a duration in days ("12 days", "0 days"), rounding down. */
export function daysText(ms: number): string {
  return plural(Math.max(0, Math.floor(ms / DAY_MS)), 'day');
}

/** Rounds to `digits` decimals, avoiding `-0`. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
