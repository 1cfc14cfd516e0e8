/* Client-side checks shared by the forms. They mirror the server's rules; the server stays authoritative. */

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value.trim());
  if (!m) {
    return false;
  }
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return (
    d.getUTCFullYear() === +m[1] &&
    d.getUTCMonth() === +m[2] - 1 &&
    d.getUTCDate() === +m[3]
  );
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** Parses `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (local time) into an ISO timestamp, or undefined. */
export function parseDateTime(value: string): string | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isIsoDate(m[1])) {
    return undefined;
  }
  const [y, mo, d] = m[1].split('-').map(Number);
  const hh = m[2] !== undefined ? Number(m[2]) : 0;
  const mm = m[3] !== undefined ? Number(m[3]) : 0;
  if (hh > 23 || mm > 59) {
    return undefined;
  }
  return new Date(y, mo - 1, d, hh, mm).toISOString();
}

/** Formats an ISO timestamp for a `YYYY-MM-DD HH:MM` input (local time). */
export function toDateTimeInput(iso?: string): string {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return '';
  }
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(
    d.getHours(),
  )}:${p(d.getMinutes())}`;
}

const ENTITY_REF =
  /^[a-z0-9][a-z0-9._-]*:(?:[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/i;

/** A reference with an explicit kind: `group:ops-team`, `user:default/jdoe`. */
export function isEntityRef(value: string): boolean {
  return ENTITY_REF.test(value.trim());
}

export function isTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60;
}

export function isWeekdays(value: string): boolean {
  return /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(
    value.trim().toUpperCase().replace(/\s+/g, ''),
  );
}

/** Parses a decimal number typed in either locale convention (`99.5` or `99,5`). */
export function parseNumber(value: string): number | undefined {
  const s = value.trim().replace(',', '.');
  if (s === '' || !/^-?\d+(\.\d+)?$/.test(s)) {
    return undefined;
  }
  return Number(s);
}

/** Splits free text into non-empty trimmed lines (or comma-separated items). */
export function splitList(
  value: string,
  separator: RegExp = /[\n,]/,
): string[] {
  return value
    .split(separator)
    .map(s => s.trim())
    .filter(Boolean);
}
