/*
 * The portfolio, computed in SQL over the `evaluations` table so that it scales with the catalog:
 * - filters are `IN` lists on indexed columns (refs and kinds compared lower-cased) plus a `LIKE` on `search_text`;
 * - open / overdue action counts per entity come from a grouped sub-query on `actions` (open = open, in_progress,
 *   blocked; overdue = open with a due day before the UTC day of `now`);
 * - the summary is aggregated over the whole filtered set, not just the page;
 * - entities that left the catalog (`missing_since` set) are excluded.
 */
import { InputError } from '@backstage/errors';
import type {
  Level,
  LifecycleMismatch,
  PortfolioItem,
  PortfolioOrderBy,
  PortfolioQuery,
  PortfolioSummary,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { OPEN_ACTION_STATUSES } from './ActionsStore';
import {
  escapeLike,
  optional,
  toBoolean,
  toDay,
  toNumber,
  toRefKey,
  toTimestamp,
} from './conversions';
import { LEVEL_VALUES, TIER_VALUES, VERDICT_VALUES } from './ranks';
import {
  restrictToVisible,
  Visibility,
  VisibilityCandidates,
} from './visibility';

export const PORTFOLIO_MAX_LIMIT = 500;
export const PORTFOLIO_DEFAULT_LIMIT = 50;
const EXPIRY_HORIZON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * SQL of each sort key. Verdict and level sort by rank (worst first when ascending), titles case-insensitively.
 * Nullable keys put empty values last in both directions. Every order ends with `entity_ref` so that pages are
 * stable.
 */
const SORT_EXPRESSIONS: Record<
  PortfolioOrderBy,
  { sql: string; nullable?: boolean }
> = {
  entityRef: { sql: 'e.entity_ref' },
  title: { sql: 'lower(e.title)' },
  kind: { sql: 'e.kind' },
  owner: { sql: 'e.owner', nullable: true },
  system: { sql: 'e.system', nullable: true },
  tier: { sql: 'e.tier' },
  poa: { sql: 'e.poa', nullable: true },
  score: { sql: 'e.score' },
  verdict: { sql: 'e.verdict_rank' },
  level: { sql: 'e.level_rank' },
  blockers: { sql: 'e.blockers_count' },
  openActions: { sql: 'coalesce(a.open_actions, 0)' },
  overdueActions: { sql: 'coalesce(a.overdue_actions, 0)' },
  evaluatedAt: { sql: 'e.evaluated_at' },
};

interface PortfolioRow {
  entity_ref: string;
  title: string;
  kind: string;
  owner: string | null;
  system: string | null;
  domain: string | null;
  tier: string;
  tier_declared: boolean | number;
  poa: string | null;
  score: number;
  verdict: string;
  level: string;
  blockers_count: number;
  open_actions: number | string;
  overdue_actions: number | string;
  evaluated_at: string;
  lifecycle_mismatch: string | null;
}

/**
 * The portfolio query plus, server-side only, the caller's catalog read access (never sent by clients: the HTTP
 * API does not accept it): absent = everything, see database/visibility.ts.
 */
export type ScopedPortfolioQuery = PortfolioQuery & { visibility?: Visibility };

/** Present evaluations matching the query's filters, aliased `e` (the release calendar joins it too). */
export function filteredEvaluations(db: Knex, query: ScopedPortfolioQuery) {
  const builder = db('evaluations as e').whereNull('e.missing_since');
  restrictToVisible(db, builder, 'e.entity_ref', query.visibility);
  const refFilters: Array<[string, string[] | undefined]> = [
    ['e.owner', query.owner],
    ['e.system', query.system],
    ['e.domain', query.domain],
    ['e.kind', query.kind],
    ['e.poa', query.poa],
  ];
  for (const [column, values] of refFilters) {
    if (values?.length) {
      builder.whereIn(column, values.map(toRefKey));
    }
  }
  const exactFilters: Array<[string, string[] | undefined]> = [
    ['e.tier', query.tier],
    ['e.verdict', query.verdict],
    ['e.level', query.level],
  ];
  for (const [column, values] of exactFilters) {
    if (values?.length) {
      builder.whereIn(column, values);
    }
  }
  if (query.lifecycleMismatch) {
    builder.whereNotNull('e.lifecycle_mismatch');
  }
  const text = query.q?.trim().toLocaleLowerCase('en-US');
  if (text) {
    builder.whereRaw(`e.search_text like ? escape '\\'`, [
      `%${escapeLike(text)}%`,
    ]);
  }
  return builder;
}

/**
 * The refs whose catalog read access matters for the query: the filtered evaluations, whatever the caller sees
 * (candidates of the visibility check).
 */
export function portfolioCandidates(
  query: ScopedPortfolioQuery,
): VisibilityCandidates {
  return db =>
    filteredEvaluations(db, { ...query, visibility: undefined }).select(
      'e.entity_ref',
    );
}

/** Open and overdue action counts per entity, aliased `a`. */
function actionCounts(db: Knex, today: string) {
  return db('actions')
    .select('entity_ref')
    .select(db.raw('count(*) as open_actions'))
    .select(
      db.raw(
        'sum(case when due_date < ? then 1 else 0 end) as overdue_actions',
        [today],
      ),
    )
    .whereIn('status', OPEN_ACTION_STATUSES)
    .groupBy('entity_ref')
    .as('a');
}

function orderClause(query: PortfolioQuery): string {
  const orderBy = query.orderBy ?? 'entityRef';
  const sort = SORT_EXPRESSIONS[orderBy];
  if (!sort) {
    throw new InputError(`Cannot sort the portfolio by ${orderBy}`);
  }
  const order = query.order ?? 'asc';
  if (order !== 'asc' && order !== 'desc') {
    throw new InputError(`Invalid sort order ${order}`);
  }
  const nullsLast = sort.nullable
    ? `case when ${sort.sql} is null then 1 else 0 end, `
    : '';
  return `${nullsLast}${sort.sql} ${order}, e.entity_ref asc`;
}

const ITEM_COLUMNS = [
  'e.entity_ref',
  'e.title',
  'e.kind',
  'e.owner',
  'e.system',
  'e.domain',
  'e.tier',
  'e.tier_declared',
  'e.poa',
  'e.score',
  'e.verdict',
  'e.level',
  'e.blockers_count',
  'e.evaluated_at',
  'e.lifecycle_mismatch',
];

const ACTION_SORTS: ReadonlySet<string> = new Set([
  'openActions',
  'overdueActions',
]);

/** Where a keyset page starts: after the row with this sort value and ref. */
interface PageKey {
  sortKey: unknown;
  ref: string;
}

interface Page {
  limit: number;
  offset?: number;
  /** Keyset pagination: rows strictly after this one in the query's order (instead of an offset). */
  after?: PageKey;
  /** Only these (lower-cased) refs, at most a page of them. */
  refs?: string[];
}

/** SQL and bindings of "after `key`" in the order of `orderClause`. */
function afterClause(
  query: PortfolioQuery,
  key: PageKey,
): { sql: string; bindings: unknown[] } {
  const sort = SORT_EXPRESSIONS[query.orderBy ?? 'entityRef'];
  const op = (query.order ?? 'asc') === 'asc' ? '>' : '<';
  if (sort === SORT_EXPRESSIONS.entityRef) {
    // The ref is its own tie-break: one range on the index, not an OR that reads and sorts every row.
    return { sql: `e.entity_ref ${op} ?`, bindings: [key.ref] };
  }
  if (sort.nullable && (key.sortKey === null || key.sortKey === undefined)) {
    // Empty values come last: only empty values with a later ref follow.
    return {
      sql: `(${sort.sql} is null and e.entity_ref > ?)`,
      bindings: [key.ref],
    };
  }
  const emptiesFollow = sort.nullable ? `${sort.sql} is null or ` : '';
  return {
    sql: `(${emptiesFollow}${sort.sql} ${op} ? or (${sort.sql} = ? and e.entity_ref > ?))`,
    bindings: [key.sortKey, key.sortKey, key.ref],
  };
}

async function selectPage(
  db: Knex,
  query: PortfolioQuery,
  now: Date,
  page: Page,
): Promise<{ items: PortfolioItem[]; last?: PageKey }> {
  const today = toDay(now);
  const order = orderClause(query);
  const sortSql = SORT_EXPRESSIONS[query.orderBy ?? 'entityRef'].sql;
  const restrict = (builder: Knex.QueryBuilder) => {
    if (page.after) {
      const after = afterClause(query, page.after);
      builder.whereRaw(after.sql, after.bindings as any[]);
    }
    if (page.refs) builder.whereIn('e.entity_ref', page.refs);
    builder.orderByRaw(order).limit(page.limit);
    if (page.offset) builder.offset(page.offset);
    return builder;
  };
  type Row = PortfolioRow & { sort_key: unknown };
  const lastOf = (rows: Row[]): PageKey | undefined => {
    const last = rows[rows.length - 1];
    return last ? { sortKey: last.sort_key, ref: last.entity_ref } : undefined;
  };
  if (ACTION_SORTS.has(query.orderBy ?? '')) {
    // Sorting by action counts needs them for every row: join the grouped counts.
    const rows: Row[] = await restrict(
      filteredEvaluations(db, query)
        .leftJoin(actionCounts(db, today), 'a.entity_ref', 'e.entity_ref')
        .select(
          ...ITEM_COLUMNS,
          db.raw('coalesce(a.open_actions, 0) as open_actions'),
          db.raw('coalesce(a.overdue_actions, 0) as overdue_actions'),
          db.raw(`${sortSql} as sort_key`),
        ),
    );
    return { items: rows.map(toItem), last: lastOf(rows) };
  }
  // Otherwise take the page from the evaluations alone (index order + limit), then count the actions of the
  // page's entities only: the cost no longer grows with the number of actions in the whole portfolio.
  const rows: Row[] = await restrict(
    filteredEvaluations(db, query).select(
      ...ITEM_COLUMNS,
      db.raw(`${sortSql} as sort_key`),
    ),
  );
  if (rows.length === 0) return { items: [] };
  const counts: Array<{
    entity_ref: string;
    open_actions: number | string;
    overdue_actions: number | string | null;
  }> = await db('actions')
    .select('entity_ref')
    .select(db.raw('count(*) as open_actions'))
    .select(
      db.raw(
        'sum(case when due_date < ? then 1 else 0 end) as overdue_actions',
        [today],
      ),
    )
    .whereIn('status', OPEN_ACTION_STATUSES)
    .whereIn(
      'entity_ref',
      rows.map(r => r.entity_ref),
    )
    .groupBy('entity_ref');
  const byRef = new Map(counts.map(c => [c.entity_ref, c]));
  const items = rows.map(row =>
    toItem({
      ...row,
      open_actions: byRef.get(row.entity_ref)?.open_actions ?? 0,
      overdue_actions: byRef.get(row.entity_ref)?.overdue_actions ?? 0,
    }),
  );
  return { items, last: lastOf(rows) };
}

function pageOf(query: PortfolioQuery) {
  const limit = query.limit ?? PORTFOLIO_DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > PORTFOLIO_MAX_LIMIT) {
    throw new InputError(
      `limit must be an integer between 1 and ${PORTFOLIO_MAX_LIMIT}`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InputError('offset must be a non-negative integer');
  }
  return { limit, offset };
}

/** One page of the portfolio (the total comes with the summary). */
export async function portfolioItems(
  db: Knex,
  query: PortfolioQuery,
  now: Date,
): Promise<PortfolioItem[]> {
  return (await selectPage(db, query, now, pageOf(query))).items;
}

/**
 * Every matching row, in order, read `pageSize` rows at a time for the CSV export.
 *
 * Pages are keyset pages (rows after the last row's sort value and ref), not offsets: a row inserted or deleted
 * before the cursor while the export runs cannot shift the next page (which with offsets writes a row twice or
 * skips one). A row whose sort value changes during the export may still move across the cursor; so each ref is
 * written at most once (refs already written are skipped), and a final pass over the refs in ref order (immutable)
 * writes, at the end, the rows present but not met (moved behind the cursor, or inserted behind it). Every row
 * present from start to end of the export is written exactly once; memory is one ref per row.
 */
export async function* portfolioRows(
  db: Knex,
  query: PortfolioQuery,
  now: Date,
  pageSize: number = PORTFOLIO_MAX_LIMIT,
): AsyncGenerator<PortfolioItem> {
  const limit = Math.min(
    PORTFOLIO_MAX_LIMIT,
    Math.max(1, Math.floor(pageSize)),
  );
  const written = new Set<string>();
  let after: PageKey | undefined;
  for (;;) {
    const page = await selectPage(db, query, now, { limit, after });
    for (const item of page.items) {
      if (written.has(item.entityRef)) continue;
      written.add(item.entityRef);
      yield item;
    }
    if (page.items.length < limit || !page.last) break;
    after = page.last;
  }
  // Catch-up pass, keyset on the ref alone.
  let afterRef: string | undefined;
  for (;;) {
    const refsQuery = filteredEvaluations(db, query)
      .select('e.entity_ref')
      .orderBy('e.entity_ref', 'asc')
      .limit(limit);
    if (afterRef !== undefined) refsQuery.where('e.entity_ref', '>', afterRef);
    const refs: string[] = (await refsQuery).map(
      (row: { entity_ref: string }) => row.entity_ref,
    );
    const missed = refs.filter(ref => !written.has(ref));
    if (missed.length > 0) {
      const page = await selectPage(db, query, now, { limit, refs: missed });
      for (const item of page.items) {
        if (written.has(item.entityRef)) continue;
        written.add(item.entityRef);
        yield item;
      }
    }
    if (refs.length < limit) break;
    afterRef = refs[refs.length - 1];
  }
}

export async function portfolioSummary(
  db: Knex,
  query: PortfolioQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const today = toDay(now);
  const countWhen = (
    column: string,
    values: readonly string[],
    prefix: string,
  ) =>
    values.map(
      (_, index) =>
        `sum(case when e.${column} = ? then 1 else 0 end) as ${prefix}_${index}`,
    );
  const aggregates = [
    'count(*) as total',
    'avg(e.score) as average_score',
    ...countWhen('verdict', VERDICT_VALUES, 'verdict'),
    ...countWhen('level', LEVEL_VALUES, 'level'),
    ...countWhen('tier', TIER_VALUES, 'tier'),
  ];
  const countsQuery = filteredEvaluations(db, query).select(
    db.raw(aggregates.join(', '), [
      ...VERDICT_VALUES,
      ...LEVEL_VALUES,
      ...TIER_VALUES,
    ]),
  );

  // `entity_ref IN (filtered evaluations)` lets both databases answer from the covering indexes on
  // actions(entity_ref, status, due_date) and attestation_expiries(entity_ref, expires_at).
  const entitiesInScope = () =>
    filteredEvaluations(db, query).select('e.entity_ref');

  const actionsQuery = db('actions')
    .whereIn('status', OPEN_ACTION_STATUSES)
    .whereIn('entity_ref', entitiesInScope())
    .select(
      db.raw('count(*) as open_actions'),
      db.raw(
        'sum(case when due_date < ? then 1 else 0 end) as overdue_actions',
        [today],
      ),
    );

  const expiringQuery = db('attestation_expiries')
    .whereIn('entity_ref', entitiesInScope())
    .whereBetween('expires_at', [
      toTimestamp(now),
      toTimestamp(new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY_MS)),
    ])
    .count({ count: '*' });

  // Three independent aggregates: on PostgreSQL they run on three pooled connections at once (the page's latency
  // is the slowest, not the sum); SQLite's single connection runs them in turn.
  const [[counts], [actions], [expiring]] = await Promise.all([
    countsQuery,
    actionsQuery,
    expiringQuery,
  ]);

  const countsOf = <K extends string>(values: readonly K[], prefix: string) =>
    Object.fromEntries(
      values.map((value, index) => [
        value,
        toNumber(counts?.[`${prefix}_${index}`]),
      ]),
    ) as Record<K, number>;

  const average =
    counts?.average_score === null || counts?.average_score === undefined
      ? null
      : Math.round(toNumber(counts.average_score) * 10) / 10;

  return {
    totalEntities: toNumber(counts?.total),
    byVerdict: countsOf<Verdict>(VERDICT_VALUES, 'verdict'),
    byLevel: countsOf<Level>(LEVEL_VALUES, 'level'),
    byTier: countsOf<Tier>(TIER_VALUES, 'tier'),
    averageScore: average,
    openActions: toNumber(actions?.open_actions),
    overdueActions: toNumber(actions?.overdue_actions),
    attestationsExpiringIn30Days: toNumber(expiring?.count),
  };
}

/**
 * Until when the summary's clock-driven count holds with time alone (database/aggregateCache.ts): attestations
 * expiring in [now, now + 30 days] change when the first of them expires or when the next later one comes within 30
 * days. Computed over every expiry, not only the filtered ones: earlier, never later, than needed.
 */
export async function summaryValidUntil(db: Knex, now: Date): Promise<Date> {
  const horizon = new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY_MS);
  const [[leaving], [entering]] = await Promise.all([
    db('attestation_expiries')
      .min({ at: 'expires_at' })
      .where('expires_at', '>=', toTimestamp(now)),
    db('attestation_expiries')
      .min({ at: 'expires_at' })
      .where('expires_at', '>', toTimestamp(horizon)),
  ]);
  return earliestOf(now, [
    leaving?.at && new Date(leaving.at),
    entering?.at &&
      new Date(new Date(entering.at).getTime() - EXPIRY_HORIZON_DAYS * DAY_MS),
  ]);
}

/** The earliest of `instants` (undefined ones ignored), and never before `now`; far in the future when none. */
export function earliestOf(now: Date, instants: unknown[]): Date {
  const times = instants
    .filter((at): at is Date => at instanceof Date)
    .map(at => Math.max(at.getTime(), now.getTime()));
  return new Date(times.length ? Math.min(...times) : 8.64e15);
}

function toItem(row: PortfolioRow): PortfolioItem {
  return {
    entityRef: row.entity_ref,
    title: row.title,
    kind: row.kind,
    owner: optional(row.owner),
    system: optional(row.system),
    domain: optional(row.domain),
    tier: row.tier as Tier,
    tierDeclared: toBoolean(row.tier_declared),
    poa: optional(row.poa),
    score: toNumber(row.score),
    verdict: row.verdict as Verdict,
    level: row.level as Level,
    blockers: toNumber(row.blockers_count),
    openActions: toNumber(row.open_actions),
    overdueActions: toNumber(row.overdue_actions),
    evaluatedAt: row.evaluated_at,
    ...(row.lifecycle_mismatch
      ? { lifecycleMismatch: row.lifecycle_mismatch as LifecycleMismatch }
      : {}),
  };
}
