/*
 * Portfolio rollups, aggregated in SQL over the same filtered (and visibility-restricted) evaluations as the
 * portfolio table (`filteredEvaluations`):
 * - per team (owner) or system: verdict counts, average score, blockers and overdue actions, worst groups first;
 * - highlights: the biggest score drops over the last days (current score versus the portfolio's oldest daily
 *   snapshot in the window), and the approved waivers still running, with those that expire within 30 days.
 */
import type {
  PortfolioHighlights,
  PortfolioRollups,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { OPEN_ACTION_STATUSES } from './ActionsStore';
import { optional, toDay, toNumber, toTimestamp } from './conversions';
import {
  earliestOf,
  filteredEvaluations,
  ScopedPortfolioQuery,
} from './portfolio';
import { VERDICT_VALUES } from './ranks';

const DAY_MS = 24 * 60 * 60 * 1000;
export const ROLLUP_DEFAULT_LIMIT = 20;
export const ROLLUP_MAX_LIMIT = 100;
export const HIGHLIGHTS_DEFAULT_LIMIT = 10;
export const HIGHLIGHTS_MAX_LIMIT = 50;
const WAIVER_EXPIRY_DAYS = 30;

const GROUP_COLUMNS = { owner: 'e.owner', system: 'e.system' } as const;

function averageOf(value: unknown): number | null {
  return value === null || value === undefined
    ? null
    : Math.round(toNumber(value) * 10) / 10;
}

/** Groups of the filtered entities, worst first (most not-ready, then lowest average), at most `limit`. */
export async function portfolioRollups(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { groupBy: 'owner' | 'system'; limit: number; now: Date },
): Promise<PortfolioRollups> {
  const column = GROUP_COLUMNS[options.groupBy];
  const verdictSums = VERDICT_VALUES.map(
    (_, index) =>
      `sum(case when e.verdict = ? then 1 else 0 end) as verdict_${index}`,
  );
  const notReady = VERDICT_VALUES.indexOf('not-ready');
  const rows: Array<Record<string, unknown>> = await filteredEvaluations(
    db,
    query,
  )
    .select(
      db.raw(
        [
          `${column} as group_key`,
          'count(*) as total',
          'avg(e.score) as average_score',
          'sum(e.blockers_count) as blockers',
          // Groups before the limit (window functions run after GROUP BY, before LIMIT).
          'count(*) over () as total_groups',
          ...verdictSums,
        ].join(', '),
        [...VERDICT_VALUES],
      ),
    )
    .groupBy(column)
    .orderByRaw(
      `sum(case when e.verdict = ? then 1 else 0 end) desc, avg(e.score) asc, case when ${column} is null then 1 else 0 end, ${column} asc`,
      [VERDICT_VALUES[notReady]],
    )
    .limit(options.limit);

  // Overdue actions of the listed groups only (the covering index on actions answers it).
  const keys = rows.map(row => row.group_key as string | null);
  const overdue = new Map<string | null, number>();
  if (rows.length > 0) {
    const named = keys.filter((key): key is string => key !== null);
    const overdueQuery = filteredEvaluations(db, query)
      .join('actions as ac', 'ac.entity_ref', 'e.entity_ref')
      .whereIn('ac.status', OPEN_ACTION_STATUSES)
      .where('ac.due_date', '<', toDay(options.now))
      .where(builder => {
        if (named.length > 0) builder.whereIn(column, named);
        if (keys.includes(null)) builder.orWhereNull(column);
      })
      .groupBy(column)
      .select(db.raw(`${column} as group_key, count(*) as overdue`));
    for (const row of await overdueQuery) {
      overdue.set(row.group_key ?? null, toNumber(row.overdue));
    }
  }

  return {
    groupBy: options.groupBy,
    totalGroups: toNumber(rows[0]?.total_groups),
    groups: rows.map(row => {
      const key = (row.group_key as string | null) ?? null;
      return {
        key,
        total: toNumber(row.total),
        byVerdict: Object.fromEntries(
          VERDICT_VALUES.map((verdict, index) => [
            verdict,
            toNumber(row[`verdict_${index}`]),
          ]),
        ) as Record<Verdict, number>,
        averageScore: averageOf(row.average_score),
        blockers: toNumber(row.blockers),
        overdueActions: overdue.get(key) ?? 0,
      };
    }),
  };
}

/**
 * Until when the highlights hold with time alone (database/aggregateCache.ts): an approved waiver stops being active
 * when it expires, and becomes "expiring" 30 days before. Over every approved waiver: earlier, never later, than needed.
 */
export async function highlightsValidUntil(db: Knex, now: Date): Promise<Date> {
  const horizon = new Date(now.getTime() + WAIVER_EXPIRY_DAYS * DAY_MS);
  const approved = () => db('waivers').where('status', 'approved');
  const [[leaving], [entering]] = await Promise.all([
    approved()
      .min({ at: 'expires_at' })
      .where('expires_at', '>', toTimestamp(now)),
    approved()
      .min({ at: 'expires_at' })
      .where('expires_at', '>', toTimestamp(horizon)),
  ]);
  return earliestOf(now, [
    leaving?.at && new Date(leaving.at),
    entering?.at &&
      new Date(new Date(entering.at).getTime() - WAIVER_EXPIRY_DAYS * DAY_MS),
  ]);
}

/** The biggest drops over the last `days` days and the approved waivers of the filtered entities. */
export async function portfolioHighlights(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { days: number; limit: number; now: Date },
): Promise<PortfolioHighlights> {
  const since = toDay(new Date(options.now.getTime() - options.days * DAY_MS));
  // The reference is the portfolio's oldest snapshot day in the window (one day: a primary-key lookup per entity).
  const drops = await filteredEvaluations(db, query)
    .join('snapshots as s', 's.entity_ref', 'e.entity_ref')
    .where('s.day', db('snapshots').min('day').where('day', '>=', since))
    .whereRaw('s.score > e.score')
    .select(
      'e.entity_ref',
      'e.title',
      'e.owner',
      'e.score',
      'e.verdict',
      's.score as previous_score',
      's.day as since_day',
    )
    .orderByRaw('s.score - e.score desc, e.entity_ref asc')
    .limit(options.limit);

  const nowIso = toTimestamp(options.now);
  const horizon = toTimestamp(
    new Date(options.now.getTime() + WAIVER_EXPIRY_DAYS * DAY_MS),
  );
  const activeWaivers = () =>
    db('waivers as w')
      .where('w.status', 'approved')
      .where('w.expires_at', '>', nowIso)
      .whereIn(
        'w.entity_ref',
        filteredEvaluations(db, query).select('e.entity_ref'),
      );
  const [counts] = await activeWaivers().select(
    db.raw(
      'count(*) as active, sum(case when w.expires_at <= ? then 1 else 0 end) as expiring',
      [horizon],
    ),
  );
  const expiring = await activeWaivers()
    .where('w.expires_at', '<=', horizon)
    .select('w.id', 'w.entity_ref', 'w.criterion_id', 'w.expires_at')
    .orderBy([
      { column: 'w.expires_at', order: 'asc' },
      { column: 'w.id', order: 'asc' },
    ])
    .limit(options.limit);

  return {
    days: options.days,
    drops: drops.map((row: Record<string, any>) => ({
      entityRef: row.entity_ref,
      title: row.title,
      owner: optional(row.owner),
      score: toNumber(row.score),
      previousScore: toNumber(row.previous_score),
      since: row.since_day,
      verdict: row.verdict,
    })),
    waivers: {
      active: toNumber(counts?.active),
      expiringIn30Days: toNumber(counts?.expiring),
      expiring: expiring.map((row: Record<string, any>) => ({
        id: row.id,
        entityRef: row.entity_ref,
        criterionId: row.criterion_id,
        expiresAt: row.expires_at,
      })),
    },
  };
}
