/*
 * Checks the OpenAPI schema cannot express (calendar dates, ordering of dates, entity ref kinds…). Each check
 * returns field errors with the path of the field in the request body, so forms can show them in place.
 */
import { parseEntityRef } from '@backstage/catalog-model';
import type { OperationalMetadata } from '@operational-pilot/backstage-plugin-common';
import type { FieldError } from './errors';

/** A real calendar date (rejects 2026-02-31). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A real calendar date (`YYYY-MM-DD`, read as midnight UTC) or a real date-time WITH its time zone
 * (`2026-06-30T10:00:00Z`, `…+02:00`): a date-time without a zone would mean a different instant on every server.
 */
export function isDateOrDateTime(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (value.length === 10) return isCalendarDate(value);
  const match = DATE_TIME.exec(value);
  if (!match || !isCalendarDate(match[1])) return false;
  const [hours, minutes, seconds = '0'] = [match[2], match[3], match[4]];
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return false;
  }
  if (match[6] !== undefined && (Number(match[6]) > 23 || Number(match[7]) > 59)) {
    return false;
  }
  return true;
}

/** Parses an ISO date or a zoned date-time; undefined when it is not a real instant (see isDateOrDateTime). */
export function parseInstant(value: string): Date | undefined {
  if (!isDateOrDateTime(value)) return undefined;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function checkDate(
  errors: FieldError[],
  path: string,
  value: string | undefined,
) {
  if (value !== undefined && !isCalendarDate(value)) {
    errors.push({ path, message: `${value} is not a valid calendar date` });
  }
}

export function checkInstant(
  errors: FieldError[],
  path: string,
  value: string | undefined,
): Date | undefined {
  if (value === undefined) return undefined;
  const instant = parseInstant(value);
  if (!instant) {
    errors.push({
      path,
      message: `${value} is not a valid date or date-time with a time zone`,
    });
  }
  return instant;
}

/** The ref must parse and be of one of the kinds (refs without a kind take `defaultKind`). */
export function checkRef(
  errors: FieldError[],
  path: string,
  value: string | undefined,
  kinds: string[],
  defaultKind = kinds[0],
) {
  if (value === undefined) return;
  try {
    const ref = parseEntityRef(value, { defaultKind });
    if (!kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
      errors.push({
        path,
        message: `${value} must refer to a ${kinds.join(' or ')}, not a ${ref.kind}`,
      });
    }
  } catch (e) {
    errors.push({ path, message: `${value} is not an entity reference` });
  }
}

const PEOPLE = ['user', 'group'];

export function validateOperationalMetadata(
  metadata: OperationalMetadata,
  prefix = 'metadata',
): FieldError[] {
  const errors: FieldError[] = [];
  const at = (path: string) => `${prefix}.${path}`;

  for (const [role, ref] of Object.entries(metadata.roles ?? {})) {
    checkRef(errors, at(`roles.${role}`), ref, PEOPLE, 'user');
  }
  for (const [level, support] of Object.entries(metadata.support ?? {})) {
    checkRef(errors, at(`support.${level}.group`), support?.group, PEOPLE, 'group');
  }
  checkRef(errors, at('slo.owner'), metadata.slo?.owner, PEOPLE, 'group');
  checkRef(
    errors,
    at('continuity.agreedBy'),
    metadata.continuity?.agreedBy,
    PEOPLE,
    'user',
  );
  checkDate(errors, at('sla.agreedAt'), metadata.sla?.agreedAt);
  checkDate(errors, at('continuity.agreedAt'), metadata.continuity?.agreedAt);

  const { rtoMinutes, rpoMinutes } = metadata.continuity ?? {};
  metadata.freezePeriods?.forEach((period, i) => {
    checkDate(errors, at(`freezePeriods.${i}.from`), period.from);
    checkDate(errors, at(`freezePeriods.${i}.to`), period.to);
    if (
      isCalendarDate(period.from) &&
      isCalendarDate(period.to) &&
      period.from > period.to
    ) {
      errors.push({
        path: at(`freezePeriods.${i}.to`),
        message: `the freeze ends (${period.to}) before it starts (${period.from})`,
      });
    }
  });
  metadata.vendors?.forEach((vendor, i) =>
    checkDate(errors, at(`vendors.${i}.supportExpiresAt`), vendor.supportExpiresAt),
  );
  const names = new Set<string>();
  metadata.environments?.forEach((env, i) => {
    const key = env.name.toLocaleLowerCase('en-US');
    if (names.has(key)) {
      errors.push({
        path: at(`environments.${i}.name`),
        message: `environment ${env.name} is listed twice`,
      });
    }
    names.add(key);
  });
  if (
    metadata.sla?.p1ResponseMinutes !== undefined &&
    metadata.sla?.p1RestoreMinutes !== undefined &&
    metadata.sla.p1RestoreMinutes < metadata.sla.p1ResponseMinutes
  ) {
    errors.push({
      path: at('sla.p1RestoreMinutes'),
      message: 'the P1 restore time cannot be shorter than the P1 response time',
    });
  }
  if (
    rtoMinutes !== undefined &&
    rpoMinutes !== undefined &&
    metadata.continuity?.drStrategy === 'active-active' &&
    rtoMinutes > 24 * 60
  ) {
    errors.push({
      path: at('continuity.rtoMinutes'),
      message: 'an active-active strategy with an RTO over 24 hours is contradictory',
    });
  }
  return errors;
}
