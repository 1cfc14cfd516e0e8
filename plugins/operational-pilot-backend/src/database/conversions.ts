/*
 * Small conversions shared by the stores. They keep what is written to the database in one canonical form, so
 * that SQLite and PostgreSQL compare, sort and return values identically:
 * - timestamps: ISO 8601 UTC strings with milliseconds (`2026-11-25T10:00:00.000Z`), which sort as text;
 * - days: `YYYY-MM-DD` (UTC);
 * - JSON: text;
 * - entity refs: lower-cased (the catalog compares refs case-insensitively).
 */
import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';

/** Canonical key of an entity ref (or any catalog ref stored in a filter column). */
export function toRefKey(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

export function toOptionalRefKey(
  ref: string | null | undefined,
): string | null {
  return ref ? toRefKey(ref) : null;
}

/** Normalises a date or ISO string to the canonical ISO timestamp. */
export function toTimestamp(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new InputError(`Invalid timestamp: ${String(value)}`);
  }
  return date.toISOString();
}

export function toOptionalTimestamp(
  value: Date | string | null | undefined,
): string | null {
  return value === null || value === undefined || value === ''
    ? null
    : toTimestamp(value);
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of a date, or a `YYYY-MM-DD` string unchanged. */
export function toDay(value: Date | string): string {
  if (typeof value === 'string' && DAY_PATTERN.test(value)) {
    return value;
  }
  return toTimestamp(value).slice(0, 10);
}

export function toOptionalDay(
  value: Date | string | null | undefined,
): string | null {
  return value === null || value === undefined || value === ''
    ? null
    : toDay(value);
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function toOptionalJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function fromOptionalJson<T>(
  text: string | null | undefined,
): T | undefined {
  return text === null || text === undefined
    ? undefined
    : (JSON.parse(text) as T);
}

/** `null` columns become absent properties, as in the domain types. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** PostgreSQL returns counts and sums as strings (bigint/numeric); SQLite as numbers. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) {
    return 0;
  }
  return typeof value === 'number' ? value : Number(value);
}

/** PostgreSQL returns booleans; SQLite returns 0/1. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** Escapes `%`, `_` and the escape character itself for a `LIKE … ESCAPE '\'` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, match => `\\${match}`);
}

/**
 * Splits a list so that `IN (…)` lists and multi-row inserts stay under the bind-parameter limits of both
 * databases (SQLite builds before 3.32 allow 999 parameters).
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

export function isSqlite(knex: Knex): boolean {
  const client = String(knex.client.config.client);
  return client === 'sqlite3' || client === 'better-sqlite3';
}

/** Removes `undefined` values so that a partial patch only updates the columns it names. */
export function definedOnly<T extends Record<string, unknown>>(
  row: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** Deletes the rows of the given entities (chunked); returns how many. */
export async function deleteForEntities(
  db: Knex,
  table: string,
  entityRefs: string[],
): Promise<number> {
  let deleted = 0;
  for (const refs of chunk(entityRefs.map(toRefKey), 500)) {
    deleted += await db(table).whereIn('entity_ref', refs).delete();
  }
  return deleted;
}
