import { useMemo } from 'react';
import {
  appLanguageApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Current UI language (the app language API, English when the app has none). */
export function useLanguage(): string {
  const apis = useApiHolder();
  try {
    return apis.get(appLanguageApiRef)?.getLanguage().language ?? 'en';
  } catch {
    return 'en';
  }
}

function toDate(value: string | Date): Date | undefined {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Whole days from `now` to `value` (negative in the past), comparing calendar days in UTC. */
export function daysFromNow(value: string, now: Date = new Date()): number {
  const d = toDate(value);
  if (!d) {
    return 0;
  }
  const startOf = (x: Date) =>
    Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
  return Math.round((startOf(d) - startOf(now)) / DAY_MS);
}

/** An ISO date (YYYY-MM-DD) that is strictly before today. */
export function isPastDate(value: string | undefined, now: Date = new Date()) {
  return !!value && daysFromNow(value, now) < 0;
}

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Locale-aware date, time and relative-time formatters. */
export function useFormatters() {
  const language = useLanguage();
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
    });
    const dateOnlyFormat = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    const dateTimeFormat = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const relativeFormat = new Intl.RelativeTimeFormat(language, {
      numeric: 'auto',
    });
    const numberFormats = new Map<number, Intl.NumberFormat>();

    const date = (value?: string | null) => {
      if (!value) {
        return '';
      }
      const d = toDate(value);
      if (!d) {
        return value;
      }
      return DATE_ONLY.test(value)
        ? dateOnlyFormat.format(d)
        : dateFormat.format(d);
    };
    const dateTime = (value?: string | null) => {
      if (!value) {
        return '';
      }
      const d = toDate(value);
      if (!d) {
        return value;
      }
      return DATE_ONLY.test(value)
        ? dateOnlyFormat.format(d)
        : dateTimeFormat.format(d);
    };
    const relative = (value?: string | null, now: Date = new Date()) => {
      if (!value) {
        return '';
      }
      const d = toDate(value);
      if (!d) {
        return value;
      }
      const diffMs = d.getTime() - now.getTime();
      const abs = Math.abs(diffMs);
      if (!DATE_ONLY.test(value) && abs < 60 * 60 * 1000) {
        return relativeFormat.format(Math.round(diffMs / 60000), 'minute');
      }
      if (!DATE_ONLY.test(value) && abs < DAY_MS) {
        return relativeFormat.format(Math.round(diffMs / 3600000), 'hour');
      }
      const days = daysFromNow(value, now);
      if (Math.abs(days) < 60) {
        return relativeFormat.format(days, 'day');
      }
      return relativeFormat.format(Math.round(days / 30), 'month');
    };
    /** A number with at most `digits` decimals (3 by default: 99.999 % availability). */
    const number = (value: number, digits = 3) => {
      let format = numberFormats.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(language, {
          maximumFractionDigits: digits,
        });
        numberFormats.set(digits, format);
      }
      return format.format(value);
    };
    return { date, dateTime, relative, number, language };
  }, [language]);
}
