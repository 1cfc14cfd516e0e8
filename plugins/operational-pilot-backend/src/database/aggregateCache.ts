/*
 * Answers of portfolio aggregates kept in the database (`aggregate_cache`, migration 20261205000000), so that the
 * portfolio's pages do not re-aggregate the whole portfolio on every request.
 *
 * An answer is served again only while nothing it was computed from has changed:
 * - **data**: it is labelled with the data version read *before* it was computed. Triggers move that version on
 *   every committed write to a table an aggregate reads (see the migration), whoever writes: a store, a purge,
 *   another replica. An answer's data is therefore at least as new as its label, and it is served only while the
 *   version still equals its label.
 * - **time**: an aggregate that depends on the clock (overdue = due before today, "expiring within 30 days") says
 *   until when its answer holds with time alone (`validUntil`); every answer also ends at the next UTC midnight and
 *   is only served at or after the instant it was computed for.
 *
 * Answers that depend on who asks (a caller with restricted catalog read access) are never cached, nor is anything
 * computed inside a transaction (its writes may roll back). Several replicas share the cache through the database.
 */
import type { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { isSqlite, toNumber, toTimestamp } from './conversions';

const TABLE = 'aggregate_cache';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Entries older than this are deleted by `compact` (their data version is long gone, or nobody asks any more). */
const MAX_ENTRY_AGE_MS = DAY_MS;
/**
 * Entries kept by `compact` at most, the newest (a first page is ≈ 20 KB: ≈ 40 MB). Every filter, sort, page and
 * search is an entry of its own.
 */
export const MAX_AGGREGATE_ENTRIES = 2_000;

/** An aggregate's answer and, when the clock alone can change it, the instant until which it holds. */
export interface Computed<T> {
  value: T;
  validUntil?: Date;
}

/** JSON with sorted keys and without `undefined` members: equal inputs give equal keys. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member) => {
    if (member && typeof member === 'object' && !Array.isArray(member)) {
      return Object.fromEntries(
        Object.entries(member)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1)), // keys of one object differ
      );
    }
    return member;
  });
}

function nextUtcMidnight(now: Date): Date {
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1),
  );
}

/** The version of the data aggregates read, as SQL (see the migration). */
function dataVersionSql(db: Knex): string {
  return isSqlite(db)
    ? 'select version from data_version where id = 1'
    : 'select sum(weight) from data_changes';
}

/** Rows of a raw query (better-sqlite3 gives the array, pg a result object). */
function rowsOf(result: any): Array<Record<string, unknown>> {
  return Array.isArray(result) ? result : result.rows;
}

export class AggregateCache {
  constructor(
    private readonly db: Knex,
    private readonly maxEntries: number = MAX_AGGREGATE_ENTRIES,
  ) {}

  /** The current data version (it changes with every committed write to a table aggregates read). */
  async dataVersion(): Promise<number> {
    const [row] = rowsOf(
      await this.db.raw(`select (${dataVersionSql(this.db)}) as version`),
    );
    return toNumber(row?.version);
  }

  /**
   * The answer of aggregate `name` for `input` at `now`: the stored one when it still holds, otherwise `compute()`'s,
   * stored for the next caller. `input` must hold everything the answer depends on except the data and the clock.
   */
  async get<T>(
    name: string,
    input: unknown,
    now: Date,
    compute: () => Promise<Computed<T>>,
  ): Promise<T> {
    if (this.db.isTransaction) return (await compute()).value;
    const key = createHash('sha256')
      .update(`${name}\n${canonicalJson(input)}`)
      .digest('hex');
    const at = toTimestamp(now);
    const versionSql = dataVersionSql(this.db);
    // One round trip: the current version and the entry if it holds (same statement, same snapshot).
    const [row] = rowsOf(
      await this.db.raw(
        `select (${versionSql}) as current_version,
           (select payload from ${TABLE} where cache_key = ? and data_version = (${versionSql})
              and valid_from <= ? and valid_until > ?) as payload`,
        [key, at, at],
      ),
    );
    if (typeof row?.payload === 'string') return JSON.parse(row.payload) as T;

    const version = toNumber(row?.current_version);
    const { value, validUntil } = await compute();
    const midnight = nextUtcMidnight(now);
    const until =
      validUntil && validUntil.getTime() < midnight.getTime()
        ? validUntil
        : midnight;
    if (until.getTime() > now.getTime()) {
      // Best effort: the answer is right either way; a failed store only costs the next reader a computation.
      await this.db(TABLE)
        .insert({
          cache_key: key,
          data_version: version,
          valid_from: at,
          valid_until: toTimestamp(until),
          payload: JSON.stringify(value),
        })
        .onConflict('cache_key')
        .merge()
        .catch(() => undefined);
    }
    return value;
  }

  /**
   * Housekeeping, run by the scheduled evaluation task: deletes entries computed more than a day before `now` (or
   * after it: a clock set back) and all but the newest `maxEntries`; on PostgreSQL, folds the recorded transactions
   * into row 0 (the version, their sum, is unchanged: one statement, atomic).
   */
  async compact(now: Date): Promise<void> {
    await this.db(TABLE)
      .where(
        'valid_from',
        '<',
        toTimestamp(new Date(now.getTime() - MAX_ENTRY_AGE_MS)),
      )
      .orWhere('valid_from', '>', toTimestamp(now))
      .delete();
    await this.db(TABLE)
      .whereIn(
        'cache_key',
        this.db(TABLE)
          .select('cache_key')
          .orderBy([
            { column: 'valid_from', order: 'desc' },
            { column: 'cache_key', order: 'asc' },
          ])
          .offset(this.maxEntries),
      )
      .delete();
    if (!isSqlite(this.db)) {
      await this.db.raw(`
        with folded as (delete from data_changes where txid <> 0 returning weight)
        update data_changes set weight = weight + (select coalesce(sum(weight), 0) from folded)
        where txid = 0`);
    }
  }
}
