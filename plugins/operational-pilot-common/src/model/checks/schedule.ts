/*
 * REL-05 scheduling: is the release slot inside a maintenance window and outside freeze periods? Wall-clock times
 * in a window's time zone come from Intl (pure computation, no I/O).
 */
import type { OperationalMetadata, Release } from '../../domain/types';
import { DAY_MS, parseTime, toIso } from '../dates';
import { combineMessages, type Message, nestMessage } from '../messages';

const WEEK_MINUTES = 7 * 24 * 60;
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      // An unknown time zone is bad data: fall back to UTC rather than throw.
      f = formatter('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes since Monday 00:00 in the given time zone. */
export function weekMinutes(ms: number, timeZone = 'UTC'): number {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find(p => p.type === type)?.value ?? '';
  const day = DAY_CODES.indexOf(get('weekday').slice(0, 2).toUpperCase());
  const hour = Number(get('hour')) % 24;
  const minute = Number(get('minute'));
  return Math.max(0, day) * 24 * 60 + hour * 60 + minute;
}

/** `SU`, `SA,SU`, `MO-FR`, `Sunday` → day indexes (Monday = 0). */
export function parseDays(days: string): number[] {
  const out = new Set<number>();
  for (const token of String(days)
    .split(/[,\s]+/)
    .filter(Boolean)) {
    const [from, to] = token
      .split('-')
      .map(t => DAY_CODES.indexOf(t.slice(0, 2).toUpperCase()));
    if (from < 0) {
      continue;
    }
    if (to === undefined || to < 0) {
      out.add(from);
      continue;
    }
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === to) {
        break;
      }
    }
  }
  return [...out];
}

function parseClock(hhmm: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(hhmm).trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

type MaintenanceWindow = NonNullable<
  OperationalMetadata['maintenanceWindows']
>[number];

export function insideWindow(
  startMs: number,
  endMs: number,
  window: MaintenanceWindow,
): boolean {
  const startMinute = parseClock(window?.start);
  const duration = Number(window?.durationMinutes);
  if (startMinute === undefined || !(duration > 0)) {
    return false;
  }
  const slot = weekMinutes(startMs, window.timezone || 'UTC');
  const slotLength = Math.max(0, (endMs - startMs) / 60000);
  return parseDays(window.days).some(day => {
    const diff =
      (slot - (day * 24 * 60 + startMinute) + WEEK_MINUTES) % WEEK_MINUTES;
    return diff + slotLength <= duration;
  });
}

function describeWindow(w: MaintenanceWindow): Message {
  return {
    key: 'window.describe',
    params: {
      days: String(w.days),
      start: String(w.start),
      minutes: String(w.durationMinutes),
      timezone: w.timezone ? String(w.timezone) : 'UTC',
    },
  };
}

/** End of a freeze: a date-only `to` covers the whole day. */
function freezeEnd(to: string): number | undefined {
  const ms = parseTime(to);
  if (ms === undefined) {
    return undefined;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(to.trim()) ? ms + DAY_MS - 1 : ms;
}

/** The conflict of a release without a valid planned date. */
export function noPlannedDateMessage(release: Release): Message {
  return { key: 'window.noPlannedDate', params: { version: release.version } };
}

/** Conflicts of the release slot with maintenance windows and freezes, as catalogue messages. */
export function slotProblems(
  release: Release,
  operations: OperationalMetadata | undefined,
): Message[] {
  const startMs =
    parseTime(release.window?.start) ?? parseTime(release.plannedAt);
  if (startMs === undefined) {
    return [noPlannedDateMessage(release)];
  }
  const endMs = Math.max(startMs, parseTime(release.window?.end) ?? startMs);
  const shown = `${toIso(startMs).slice(0, 16).replace('T', ' ')} UTC`;
  const problems: Message[] = [];
  const windows = Array.isArray(operations?.maintenanceWindows)
    ? operations!.maintenanceWindows
    : [];
  if (
    windows.length > 0 &&
    !windows.some(w => insideWindow(startMs, endMs, w))
  ) {
    problems.push({
      key: 'window.outside',
      params: {
        slot: shown,
        ...nestMessage('windows', combineMessages(windows.map(describeWindow))),
      },
    });
  }
  const freezes = Array.isArray(operations?.freezePeriods)
    ? operations!.freezePeriods
    : [];
  for (const f of freezes) {
    const fromMs = parseTime(f?.from);
    const toMs = typeof f?.to === 'string' ? freezeEnd(f.to) : undefined;
    if (
      fromMs !== undefined &&
      toMs !== undefined &&
      startMs <= toMs &&
      endMs >= fromMs
    ) {
      problems.push({
        key: f.reason ? 'window.freezeReason' : 'window.freeze',
        params: {
          slot: shown,
          from: f.from,
          to: f.to,
          ...(f.reason ? { reason: f.reason } : {}),
        },
      });
    }
  }
  return problems;
}
