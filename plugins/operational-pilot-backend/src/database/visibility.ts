/*
 * Catalog read access of one caller, cached in `catalog_visibility` (migration 20261203000500) so that SQL can join
 * it: the portfolio and the views built on it never send the caller's visible refs as an `IN` list (SQLite allows
 * 32766 bound variables, PostgreSQL 65535) and never stream the whole catalog per request. Only refs our own SQL
 * selects (the filtered candidates) are asked to the catalog, 500 at a time, and each answer is trusted for a
 * short TTL (service/catalogVisibility.ts).
 */
import type { Knex } from 'knex';
import { chunk, toRefKey, toTimestamp } from './conversions';

export const VISIBILITY_TABLE = 'catalog_visibility';

/**
 * Which entities a caller sees: `'none'` (no catalog read access at all) or the cached answers for `subject`
 * checked at or after `checkedSince`. Absent means everything (read access is not restricted).
 */
export type Visibility = 'none' | { subject: string; checkedSince: string };

/** Where the candidates to check come from. */
export type VisibilityCandidates = (db: Knex) => Knex.QueryBuilder;

// 4 columns per row: stays under SQLite's historical 999 bind-parameter limit.
const ROWS_PER_INSERT = 200;

/** The refs the caller may see, as a sub-query (for `whereIn(column, …)`). */
export function visibleRefsQuery(
  db: Knex,
  visibility: Exclude<Visibility, 'none'>,
) {
  return db(VISIBILITY_TABLE)
    .select('entity_ref')
    .where('subject', visibility.subject)
    .where('visible', true)
    .where('checked_at', '>=', visibility.checkedSince);
}

/** Restricts `builder` to the rows whose `column` is an entity the caller may see. */
export function restrictToVisible(
  db: Knex,
  builder: Knex.QueryBuilder,
  column: string,
  visibility: Visibility | undefined,
): Knex.QueryBuilder {
  if (visibility === 'none') return builder.whereRaw('1 = 0');
  if (visibility) builder.whereIn(column, visibleRefsQuery(db, visibility));
  return builder;
}

export interface VisibilityStore {
  /**
   * Up to `limit` refs (ascending, after `after`) among `candidates` (a query selecting a column `entity_ref`) that
   * have no fresh answer for the visibility's subject yet.
   */
  unchecked(
    visibility: Exclude<Visibility, 'none'>,
    candidates: VisibilityCandidates,
    limit: number,
    after?: string,
  ): Promise<string[]>;
  /** Stores the catalog's answer for each of `refs` (visible when in `visible`, lower-cased). */
  record(
    subject: string,
    refs: string[],
    visible: ReadonlySet<string>,
    checkedAt: Date,
  ): Promise<void>;
  /** Deletes answers checked before `before`; returns how many. */
  purgeBefore(before: Date): Promise<number>;
}

export class DatabaseVisibilityStore implements VisibilityStore {
  constructor(private readonly db: Knex) {}

  async unchecked(
    visibility: Exclude<Visibility, 'none'>,
    candidates: VisibilityCandidates,
    limit: number,
    after?: string,
  ): Promise<string[]> {
    const db = this.db;
    const query = db
      .select('c.entity_ref')
      .from(candidates(db).as('c'))
      .whereNotExists(
        db(`${VISIBILITY_TABLE} as v`)
          .select(db.raw('1'))
          .where('v.subject', visibility.subject)
          .where('v.checked_at', '>=', visibility.checkedSince)
          .whereRaw('v.entity_ref = c.entity_ref'),
      )
      .orderBy('c.entity_ref', 'asc')
      .limit(limit);
    if (after !== undefined) query.where('c.entity_ref', '>', after);
    const rows: Array<{ entity_ref: string }> = await query;
    return rows.map(row => row.entity_ref);
  }

  async record(
    subject: string,
    refs: string[],
    visible: ReadonlySet<string>,
    checkedAt: Date,
  ): Promise<void> {
    const at = toTimestamp(checkedAt);
    // In ref order, so that concurrent writers lock rows in the same order (PostgreSQL).
    const rows = [...new Set(refs.map(toRefKey))].sort().map(ref => ({
      subject,
      entity_ref: ref,
      visible: visible.has(ref),
      checked_at: at,
    }));
    for (const batch of chunk(rows, ROWS_PER_INSERT)) {
      // Two requests of the same caller may check the same refs at once: the latest answer wins.
      await this.db(VISIBILITY_TABLE)
        .insert(batch)
        .onConflict(['subject', 'entity_ref'])
        .merge(['visible', 'checked_at']);
    }
  }

  async purgeBefore(before: Date): Promise<number> {
    return this.db(VISIBILITY_TABLE)
      .where('checked_at', '<', toTimestamp(before))
      .delete();
  }
}
