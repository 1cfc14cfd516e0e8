import { InputError } from '@backstage/errors';
import type {
  HistoryPoint,
  Level,
  PortfolioQuery,
  Tier,
  TrendResponse,
  TrendSeries,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { AggregateCache } from './aggregateCache';
import { filteredEvaluations } from './portfolio';
import {
  chunk,
  deleteForEntities,
  toDay,
  toJson,
  toNumber,
  toOptionalRefKey,
  toRefKey,
} from './conversions';
import {
  restrictToVisible,
  Visibility,
  VisibilityCandidates,
} from './visibility';

/** One entity's readiness on one (UTC) day. */
export interface SnapshotRecord {
  entityRef: string;
  score: number;
  verdict: Verdict;
  level: Level;
  tier: Tier;
  owner?: string;
  system?: string;
  /** Category scores, `null` when no criterion of the category applies. */
  categories: Record<string, number | null>;
}

export type TrendGroupBy = TrendResponse['groupBy'];

export interface TrendFilter {
  owner?: string[];
  system?: string[];
  tier?: Tier[];
  /**
   * The other portfolio filters (domain, kind, verdict, level, POA, lifecycle mismatch, text): the trend keeps
   * the history of the entities matching them today, so it follows the portfolio table's filtered set.
   */
  current?: Omit<
    PortfolioQuery,
    'owner' | 'system' | 'tier' | 'orderBy' | 'order' | 'limit' | 'offset'
  >;
  /** The caller's catalog read access (server-side only): absent = every entity. */
  visibility?: Visibility;
}

export interface SnapshotsStore {
  /** Writes the day's snapshot of the given entities; recording the same entity and day again replaces it. */
  record(day: Date | string, snapshots: SnapshotRecord[]): Promise<void>;
  /**
   * Copies every present evaluation into the day's snapshot, in SQL (no rows travel through Node). Re-running it
   * the same day replaces that day's snapshot. Returns the number of rows written.
   */
  recordFromEvaluations(day: Date | string): Promise<number>;
  /** The entity's daily points from `sinceDay` (inclusive), oldest first. */
  history(entityRef: string, sinceDay: Date | string): Promise<HistoryPoint[]>;
  /**
   * Average score and entity count per key and day from `sinceDay` (inclusive). Series are sorted by key, points
   * by day; snapshots without a value for the key (e.g. no system) are left out.
   */
  trend(
    groupBy: TrendGroupBy,
    sinceDay: Date | string,
    filter?: TrendFilter,
  ): Promise<TrendResponse>;
  /** Deletes snapshots of days before `day`; returns how many. */
  purgeBefore(day: Date | string): Promise<number>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface SnapshotRow {
  entity_ref: string;
  day: string;
  score: number;
  verdict: string;
  level: string;
  tier: string;
  owner: string | null;
  system: string | null;
  categories: string;
}

const TABLE = 'snapshots';
/** `portfolio`: one series of the whole (filtered) portfolio, grouped on a constant. */
const GROUP_COLUMNS: Record<TrendGroupBy, string> = {
  owner: 'owner',
  system: 'system',
  tier: 'tier',
  portfolio: "'portfolio'",
};
// 9 columns per row: stays under SQLite's historical 999 bind-parameter limit.
const ROWS_PER_INSERT = 100;

export class DatabaseSnapshotsStore implements SnapshotsStore {
  private readonly aggregates: AggregateCache;

  constructor(private readonly db: Knex) {
    this.aggregates = new AggregateCache(db);
  }

  async record(day: Date | string, snapshots: SnapshotRecord[]) {
    const dayKey = toDay(day);
    const rows: SnapshotRow[] = snapshots.map(snapshot => ({
      entity_ref: toRefKey(snapshot.entityRef),
      day: dayKey,
      score: snapshot.score,
      verdict: snapshot.verdict,
      level: snapshot.level,
      tier: snapshot.tier,
      owner: toOptionalRefKey(snapshot.owner),
      system: toOptionalRefKey(snapshot.system),
      categories: toJson(snapshot.categories),
    }));
    await this.db.transaction(async trx => {
      for (const batch of chunk(rows, ROWS_PER_INSERT)) {
        await trx(TABLE)
          .insert(batch)
          .onConflict(['entity_ref', 'day'])
          .merge();
      }
    });
  }

  async recordFromEvaluations(day: Date | string): Promise<number> {
    const dayKey = toDay(day);
    return this.db.transaction(async trx => {
      // Entities that left the catalog leave today's snapshot.
      await trx(TABLE)
        .where({ day: dayKey })
        .whereNotIn(
          'entity_ref',
          trx('evaluations').select('entity_ref').whereNull('missing_since'),
        )
        .delete();
      // An upsert, not delete + insert: two replicas may snapshot the same day at the same time.
      await trx.raw(
        `insert into snapshots (entity_ref, day, score, verdict, level, tier, owner, system, categories)
         select entity_ref, ?, score, verdict, level, tier, owner, system, coalesce(categories, '{}')
         from evaluations where missing_since is null
         on conflict (entity_ref, day) do update set
           score = excluded.score, verdict = excluded.verdict, level = excluded.level, tier = excluded.tier,
           owner = excluded.owner, system = excluded.system, categories = excluded.categories`,
        [dayKey],
      );
      const [row] = await trx(TABLE)
        .where({ day: dayKey })
        .count({ count: '*' });
      return toNumber(row?.count);
    });
  }

  async history(
    entityRef: string,
    sinceDay: Date | string,
  ): Promise<HistoryPoint[]> {
    const rows: SnapshotRow[] = await this.db(TABLE)
      .select('day', 'score', 'verdict', 'level')
      .where({ entity_ref: toRefKey(entityRef) })
      .andWhere('day', '>=', toDay(sinceDay))
      .orderBy('day', 'asc');
    return rows.map(row => ({
      day: row.day,
      score: toNumber(row.score),
      verdict: row.verdict as Verdict,
      level: row.level as Level,
    }));
  }

  async trend(
    groupBy: TrendGroupBy,
    sinceDay: Date | string,
    filter: TrendFilter = {},
  ): Promise<TrendResponse> {
    if (!GROUP_COLUMNS[groupBy]) {
      throw new InputError(`Cannot group the trend by ${groupBy}`);
    }
    if (filter.visibility !== undefined) {
      return this.computeTrend(groupBy, sinceDay, filter);
    }
    // Data only (the first day is part of the input): served from the aggregate cache while the data holds.
    return this.aggregates.get(
      'trend',
      { groupBy, sinceDay: toDay(sinceDay), filter },
      new Date(),
      async () => ({
        value: await this.computeTrend(groupBy, sinceDay, filter),
      }),
    );
  }

  private async computeTrend(
    groupBy: TrendGroupBy,
    sinceDay: Date | string,
    filter: TrendFilter,
  ): Promise<TrendResponse> {
    const column = GROUP_COLUMNS[groupBy];
    if (filter.visibility === 'none') return { groupBy, series: [] };
    const query = this.db(TABLE)
      .select(this.db.raw(`${column} as group_key`))
      .select('day')
      .select(this.db.raw('avg(score) as average_score'))
      .select(this.db.raw('count(*) as entities'))
      .where('day', '>=', toDay(sinceDay));
    if (groupBy === 'portfolio') {
      query.groupBy('day').orderBy('day', 'asc');
    } else {
      query
        .whereNotNull(column)
        .groupBy(column, 'day')
        .orderBy([
          { column, order: 'asc' },
          { column: 'day', order: 'asc' },
        ]);
    }
    applyFilter(this.db, query, filter);
    restrictToVisible(this.db, query, 'entity_ref', filter.visibility);
    const rows: Array<{
      group_key: string;
      day: string;
      average_score: number | string;
      entities: number | string;
    }> = await query;

    const series: TrendSeries[] = [];
    for (const row of rows) {
      let current = series[series.length - 1];
      if (!current || current.key !== row.group_key) {
        current = { key: row.group_key, points: [] };
        series.push(current);
      }
      current.points.push({
        day: row.day,
        averageScore: Math.round(toNumber(row.average_score) * 10) / 10,
        entities: toNumber(row.entities),
      });
    }
    return { groupBy, series };
  }

  async purgeBefore(day: Date | string): Promise<number> {
    return this.db(TABLE).where('day', '<', toDay(day)).delete();
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function applyFilter(db: Knex, query: Knex.QueryBuilder, filter: TrendFilter) {
  const current = filter.current ?? {};
  if (Object.values(current).some(value => value !== undefined)) {
    // A join (not `IN`): the planner can start from the few matching evaluations and read their snapshots by key.
    query.join(
      filteredEvaluations(db, current)
        .select('e.entity_ref as current_ref')
        .as('c'),
      'c.current_ref',
      `${TABLE}.entity_ref`,
    );
  }
  if (filter.owner?.length) {
    query.whereIn('owner', filter.owner.map(toRefKey));
  }
  if (filter.system?.length) {
    query.whereIn('system', filter.system.map(toRefKey));
  }
  if (filter.tier?.length) {
    query.whereIn('tier', filter.tier);
  }
}

/**
 * The refs whose catalog read access matters for a trend: entities with a snapshot since `sinceDay` matching the
 * filter (candidates of the visibility check).
 */
export function trendCandidates(
  sinceDay: Date | string,
  filter: TrendFilter = {},
): VisibilityCandidates {
  return db => {
    const query = db(TABLE)
      .distinct('entity_ref')
      .where('day', '>=', toDay(sinceDay));
    applyFilter(db, query, filter);
    return query;
  };
}
