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
import { toBoolean, toNumber } from './conversions';
import { CATEGORY_RESULTS, CRITERION_FAILURES } from './criterionResults';
import { filteredEvaluations, ScopedPortfolioQuery } from './portfolio';

// Defaults of `limit`; openapi.yaml bounds it (≤ 100).
export const HEATMAP_DEFAULT_LIMIT = 20;
export const FAILING_CRITERIA_DEFAULT_LIMIT = 10;

/** 0–100 with one decimal (`whole` > 0). */
function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0;
}

type HeatmapTeam = PortfolioHeatmap['teams'][number];

/**
 * Teams of the filtered entities with stored criterion outcomes, worst first (lowest share of passing criteria
 * over all categories, then by ref, no owner last), at most `limit`, each with one cell per category.
 *
 * SQL sums the category rows per (team, category) — the join of every category row to its entity is the cost —
 * and returns them in team then category order (the GROUP BY order: no further sort on SQLite); the few hundred
 * groups are ranked here. The teams' entity counts (with the entities that have no category row) come from the
 * evaluations alone, read at the same time.
 */
export async function portfolioHeatmap(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { limit: number },
): Promise<PortfolioHeatmap> {
  const [rows, counts]: [
    Array<Record<string, unknown>>,
    Array<Record<string, unknown>>,
  ] = await Promise.all([
    filteredEvaluations(db, query)
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
          ].join(', '),
        ),
      )
      .orderBy([
        { column: 'e.owner', order: 'asc' },
        { column: 'c.category', order: 'asc' },
      ]),
    filteredEvaluations(db, query)
      .groupBy('e.owner')
      .select(db.raw('e.owner as group_key, count(*) as entities')),
  ]);
  const entities = new Map<string | null, number>();
  for (const row of counts) {
    entities.set(
      (row.group_key as string | null) ?? null,
      toNumber(row.entities),
    );
  }

  // Teams in the database's order of their refs (its collation), which breaks ties of the passing share below.
  const teams = new Map<
    string | null,
    HeatmapTeam & { passing: number; order: number }
  >();
  for (const row of rows) {
    const key = (row.group_key as string | null) ?? null;
    const team = teams.get(key) ?? {
      key,
      entities: entities.get(key) ?? 0,
      applicable: 0,
      passing: 0,
      passingShare: 0,
      failing: 0,
      cells: [],
      order: teams.size,
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
    team.applicable += cell.applicable;
    team.passing += cell.passing;
    team.failing += cell.failing;
    teams.set(key, team);
  }
  // Lowest passing share first, compared exactly (cross-multiplied integers: applicable > 0 in every stored row).
  const listed = [...teams.values()]
    .sort(
      (a, b) =>
        a.passing * b.applicable - b.passing * a.applicable ||
        (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
        a.order - b.order,
    )
    .slice(0, options.limit);
  return {
    categories: [
      ...new Set(listed.flatMap(team => team.cells.map(c => c.category))),
    ].sort(),
    totalTeams: teams.size,
    teams: listed.map(({ passing, order, ...team }) => ({
      ...team,
      passingShare: shareOf(passing, team.applicable),
    })),
  };
}

/** Failures per criterion, category and blocking flag (the group key of the counts below). */
interface FailureCount {
  criterion_id: string;
  category: string;
  blocking: unknown;
  failing: number | string;
}

const FAILURE_GROUP = ['f.criterion_id', 'f.category', 'f.blocking'];

/**
 * Every stored failure counted per group: read from criterion_failures_criterion_idx alone, in its order. Groups
 * come in that order (the database's collation), which ranks ties and picks categories below.
 */
function allFailureCounts(db: Knex): Promise<FailureCount[]> {
  return db(`${CRITERION_FAILURES} as f`)
    .select(...FAILURE_GROUP, db.raw('count(*) as failing'))
    .groupBy(...FAILURE_GROUP)
    .orderBy(FAILURE_GROUP);
}

/**
 * The failures of `entities` (evaluations aliased `alias`, such as the filtered ones) per group, read entity by
 * entity. `CROSS JOIN` keeps SQLite on that order (it would otherwise rather scan every failure in the order of the
 * index above, to skip sorting the groups); PostgreSQL plans it as the inner join it is.
 */
function failureCountsOf(
  db: Knex,
  entities: Knex.QueryBuilder,
  alias: string,
): Promise<FailureCount[]> {
  return entities
    .crossJoin(db.raw('?? as f', [CRITERION_FAILURES]))
    .where('f.entity_ref', db.ref(`${alias}.entity_ref`))
    .select(...FAILURE_GROUP, db.raw('count(*) as failing'))
    .groupBy(...FAILURE_GROUP)
    .orderBy(FAILURE_GROUP);
}

/**
 * The criteria failed by the most filtered entities (then by the most blocking failures, then by id), at most
 * `limit`; `share` is the part of the filtered entities that fail each.
 *
 * Counting the failures of the filtered entities joins every failure to its entity, which is the cost at 10,000
 * entities (~30 failures each). When the filtered entities are most of the stored evaluations (no filter, a broad
 * one), the complement is cheaper: every stored failure counted from an index (no join), minus the failures of the
 * stored evaluations left out (missing, hidden from the caller, filtered out). This relies on criterion rows
 * existing only for stored evaluations (written in the same transaction, deleted with them: criterionResults.ts).
 */
export async function failingCriteria(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { limit: number },
): Promise<PortfolioFailingCriteria> {
  const [[counted], [stored]] = await Promise.all([
    filteredEvaluations(db, query).count({ n: '*' }),
    db('evaluations').count({ n: '*' }),
  ]);
  const evaluated = toNumber(counted?.n);
  if (evaluated === 0) {
    return { evaluatedEntities: 0, totalCriteria: 0, criteria: [] };
  }
  const leftOut = toNumber(stored?.n) - evaluated;
  // A full index scan costs about a third of joining as many failures: subtract when fewer than half as many
  // entities are left out as kept (kept > 2/3 of the stored ones).
  let counts: FailureCount[];
  if (leftOut < evaluated / 2) {
    const [all, excluded] = await Promise.all([
      allFailureCounts(db),
      leftOut > 0
        ? failureCountsOf(
            db,
            db('evaluations as x').whereNotExists(
              filteredEvaluations(db, query)
                .select(db.raw('1'))
                .whereRaw('e.entity_ref = x.entity_ref'),
            ),
            'x',
          )
        : Promise.resolve([]),
    ]);
    counts = subtract(all, excluded);
  } else {
    counts = await failureCountsOf(db, filteredEvaluations(db, query), 'e');
  }
  const criteria = rankCriteria(counts);
  return {
    evaluatedEntities: evaluated,
    totalCriteria: criteria.length,
    criteria: criteria.slice(0, options.limit).map(criterion => ({
      ...criterion,
      share: shareOf(criterion.failing, evaluated),
    })),
  };
}

const groupKey = (row: FailureCount) =>
  JSON.stringify([row.criterion_id, row.category, toBoolean(row.blocking)]);

/** `all` minus `excluded`, group by group (empty groups dropped). */
function subtract(
  all: FailureCount[],
  excluded: FailureCount[],
): FailureCount[] {
  const minus = new Map(
    excluded.map(row => [groupKey(row), toNumber(row.failing)]),
  );
  return all
    .map(row => ({
      ...row,
      failing: toNumber(row.failing) - (minus.get(groupKey(row)) ?? 0),
    }))
    .filter(row => row.failing > 0);
}

type RankedCriterion = Omit<
  PortfolioFailingCriteria['criteria'][number],
  'share'
>;

/**
 * One entry per failed criterion, most failing first, then most blocking failures, then by id. Its category is the
 * greatest among its failures (a criterion keeps its category unless the model changed it). `counts` are in the
 * database's order of (criterion, category): ids and categories are compared by its collation, as an ORDER BY and
 * max() would.
 */
function rankCriteria(counts: FailureCount[]): RankedCriterion[] {
  const byId = new Map<string, RankedCriterion>();
  for (const row of counts) {
    const failing = toNumber(row.failing);
    const id = String(row.criterion_id);
    const entry = byId.get(id) ?? {
      criterionId: id,
      category: '',
      failing: 0,
      blocking: 0,
    };
    entry.failing += failing;
    if (toBoolean(row.blocking)) entry.blocking += failing;
    entry.category = String(row.category);
    byId.set(id, entry);
  }
  // Stable: ties keep the database's order of ids.
  return [...byId.values()].sort(
    (a, b) => b.failing - a.failing || b.blocking - a.blocking,
  );
}
