/*
 * Criterion-level views of the portfolio, aggregated in SQL over the stored criterion outcomes (criterionResults.ts)
 * of the same filtered (and visibility-restricted) evaluations as the portfolio table (`filteredEvaluations`):
 * - the heat map: per team (owner) × category, the share of applicable criteria that pass and how many fail,
 *   worst teams first;
 * - the most failing criteria: criteria by number of entities failing them.
 */
import type {
  PortfolioFailingCriteria,
  PortfolioHeatmap,
  PortfolioHeatmapCell,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { toNumber } from './conversions';
import { CATEGORY_RESULTS, CRITERION_FAILURES } from './criterionResults';
import { filteredEvaluations, ScopedPortfolioQuery } from './portfolio';

// Defaults of `limit`; openapi.yaml bounds it (≤ 100).
export const HEATMAP_DEFAULT_LIMIT = 20;
export const FAILING_CRITERIA_DEFAULT_LIMIT = 10;

/** 0–100 with one decimal (`whole` > 0). */
function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0;
}

/**
 * Teams of the filtered entities with stored criterion outcomes, worst first (lowest share of passing criteria
 * over all categories, then by ref, no owner last), at most `limit`, each with one cell per category. One pass over
 * the category rows: the teams' totals and ranks are window functions over the (team, category) groups.
 */
export async function portfolioHeatmap(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { limit: number },
): Promise<PortfolioHeatmap> {
  const cells = filteredEvaluations(db, query)
    .join(`${CATEGORY_RESULTS} as c`, 'c.entity_ref', 'e.entity_ref')
    .groupBy('e.owner', 'c.category')
    .select(
      db.raw(
        [
          'e.owner as group_key',
          'c.category as category',
          'count(*) as entities',
          'sum(c.applicable) as applicable',
          'sum(c.passing) as passing',
          'sum(c.failing) as failing',
          'sum(sum(c.applicable)) over (partition by e.owner) as team_applicable',
          'sum(sum(c.passing)) over (partition by e.owner) as team_passing',
          // One row per team is its first category: counting those counts the teams.
          'min(c.category) over (partition by e.owner) as first_category',
        ].join(', '),
      ),
    );
  const ranked = db
    .select(
      't.*',
      db.raw(
        'dense_rank() over (order by 1.0 * t.team_passing / t.team_applicable asc, case when t.group_key is null then 1 else 0 end, t.group_key asc) as team_rank',
      ),
      db.raw(
        'sum(case when t.category = t.first_category then 1 else 0 end) over () as total_teams',
      ),
    )
    .from(cells.as('t'));
  const rows: Array<Record<string, unknown>> = await db
    .select('*')
    .from(ranked.as('r'))
    .where('r.team_rank', '<=', options.limit)
    .orderBy([
      { column: 'r.team_rank', order: 'asc' },
      { column: 'r.category', order: 'asc' },
    ]);
  if (rows.length === 0) {
    return { categories: [], totalTeams: 0, teams: [] };
  }

  // Every filtered entity of the listed teams (an entity with no applicable criterion has no category row).
  const keys = [
    ...new Set(rows.map(row => (row.group_key as string | null) ?? null)),
  ];
  const named = keys.filter((key): key is string => key !== null);
  const entities = new Map<string | null, number>();
  const counts = await filteredEvaluations(db, query)
    .where(builder => {
      if (named.length > 0) builder.whereIn('e.owner', named);
      if (keys.includes(null)) builder.orWhereNull('e.owner');
    })
    .groupBy('e.owner')
    .select(db.raw('e.owner as group_key, count(*) as entities'));
  for (const row of counts) {
    entities.set(row.group_key ?? null, toNumber(row.entities));
  }

  const teams = new Map<string | null, PortfolioHeatmap['teams'][number]>();
  for (const row of rows) {
    const key = (row.group_key as string | null) ?? null;
    const team = teams.get(key) ?? {
      key,
      entities: entities.get(key) ?? 0,
      applicable: toNumber(row.team_applicable),
      passingShare: shareOf(
        toNumber(row.team_passing),
        toNumber(row.team_applicable),
      ),
      failing: 0,
      cells: [],
    };
    const cell: PortfolioHeatmapCell = {
      category: String(row.category),
      entities: toNumber(row.entities),
      applicable: toNumber(row.applicable),
      passing: toNumber(row.passing),
      passingShare: shareOf(toNumber(row.passing), toNumber(row.applicable)),
      failing: toNumber(row.failing),
    };
    team.cells.push(cell);
    team.failing += cell.failing;
    teams.set(key, team);
  }
  return {
    categories: [...new Set(rows.map(row => String(row.category)))].sort(),
    totalTeams: toNumber(rows[0].total_teams),
    teams: [...teams.values()],
  };
}

/**
 * The criteria failed by the most filtered entities (then by the most blocking failures, then by id), at most
 * `limit`; `share` is the part of the filtered entities that fail each.
 */
export async function failingCriteria(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { limit: number },
): Promise<PortfolioFailingCriteria> {
  const blocking = 'sum(case when f.blocking then 1 else 0 end)';
  const [rows, [counted]] = await Promise.all([
    filteredEvaluations(db, query)
      .join(`${CRITERION_FAILURES} as f`, 'f.entity_ref', 'e.entity_ref')
      .groupBy('f.criterion_id')
      .select(
        db.raw(
          [
            'f.criterion_id as criterion_id',
            'max(f.category) as category',
            'count(*) as failing',
            `${blocking} as blocking`,
            // Criteria before the limit (window functions run after GROUP BY, before LIMIT).
            'count(*) over () as total_criteria',
          ].join(', '),
        ),
      )
      .orderByRaw(`count(*) desc, ${blocking} desc, f.criterion_id asc`)
      .limit(options.limit) as Promise<Array<Record<string, unknown>>>,
    filteredEvaluations(db, query).count({ n: '*' }),
  ]);
  const evaluated = toNumber(counted?.n);
  return {
    evaluatedEntities: evaluated,
    totalCriteria: toNumber(rows[0]?.total_criteria),
    criteria: rows.map(row => ({
      criterionId: String(row.criterion_id),
      category: String(row.category),
      failing: toNumber(row.failing),
      blocking: toNumber(row.blocking),
      share: shareOf(toNumber(row.failing), evaluated),
    })),
  };
}
