/*
 * Criterion outcomes of the stored evaluations (migration 20261203000700), replaced together with the evaluation
 * row so that the heat map and the most failing criteria (portfolioCriteria.ts) aggregate them in SQL:
 * - `category_results`: per entity and category, how many criteria apply, pass and fail;
 * - `criterion_failures`: the failing criteria of each entity.
 */
import type {
  CriterionStatus,
  EntityReadiness,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { chunk, toRefKey } from './conversions';

export const CATEGORY_RESULTS = 'category_results';
export const CRITERION_FAILURES = 'criterion_failures';

/** Statuses that earn credit (the engine's `isPassing`). */
const PASSING_STATUSES: readonly CriterionStatus[] = [
  'pass',
  'expiring',
  'grace',
];
/** Statuses that block the verdict when the criterion is blocking (the engine's verdict rules). */
const FAILING_STATUSES: readonly CriterionStatus[] = [
  'fail',
  'stale',
  'unknown',
];

/** The outcome of one applicable criterion (waived ones included: applicable, neither passing nor failing). */
export interface CriterionOutcome {
  criterionId: string;
  category: string;
  status: CriterionStatus;
  blocking: boolean;
}

interface CategoryResultRow {
  entity_ref: string;
  category: string;
  applicable: number;
  passing: number;
  failing: number;
}

interface CriterionFailureRow {
  entity_ref: string;
  criterion_id: string;
  category: string;
  status: string;
  blocking: boolean;
}

// At most 5 columns per row: stays under SQLite's historical 999 bind-parameter limit.
const ROWS_PER_INSERT = 190;

/**
 * The applicable criteria of a full (not compacted: categories present) evaluation result. Not-applicable ones are
 * left out: they count nowhere. A criterion listed twice keeps its last result.
 */
export function criterionOutcomes(
  readiness: Pick<EntityReadiness, 'criteria'>,
): CriterionOutcome[] {
  const byId = new Map<string, CriterionOutcome>();
  for (const criterion of readiness.criteria) {
    if (criterion.status === 'not-applicable' || !criterion.category) continue;
    byId.set(criterion.id, {
      criterionId: criterion.id,
      category: criterion.category,
      status: criterion.status,
      blocking: Boolean(criterion.blocking),
    });
  }
  return [...byId.values()];
}

function rowsOf(entityRef: string, outcomes: CriterionOutcome[]) {
  const categories = new Map<string, CategoryResultRow>();
  const failures: CriterionFailureRow[] = [];
  for (const outcome of outcomes) {
    const row = categories.get(outcome.category) ?? {
      entity_ref: entityRef,
      category: outcome.category,
      applicable: 0,
      passing: 0,
      failing: 0,
    };
    row.applicable += 1;
    if (PASSING_STATUSES.includes(outcome.status)) row.passing += 1;
    if (FAILING_STATUSES.includes(outcome.status)) {
      row.failing += 1;
      failures.push({
        entity_ref: entityRef,
        criterion_id: outcome.criterionId,
        category: outcome.category,
        status: outcome.status,
        blocking: outcome.blocking,
      });
    }
    categories.set(outcome.category, row);
  }
  return { categories: [...categories.values()], failures };
}

/**
 * Replaces the rows of the `written` entities (lower-cased refs) by those of their `outcomes`. Called inside the
 * evaluation upsert's transaction, for the refs whose evaluation row was actually written: an older evaluation that
 * did not replace a newer one leaves its rows alone too.
 */
export async function replaceCriterionResults(
  trx: Knex.Transaction,
  written: string[],
  outcomes: Map<string, CriterionOutcome[]>,
): Promise<void> {
  for (const refs of chunk(written, 500)) {
    await trx(CATEGORY_RESULTS).whereIn('entity_ref', refs).delete();
    await trx(CRITERION_FAILURES).whereIn('entity_ref', refs).delete();
  }
  const categories: CategoryResultRow[] = [];
  const failures: CriterionFailureRow[] = [];
  for (const ref of written) {
    const rows = rowsOf(toRefKey(ref), outcomes.get(ref) ?? []);
    categories.push(...rows.categories);
    failures.push(...rows.failures);
  }
  for (const batch of chunk(categories, ROWS_PER_INSERT)) {
    await trx(CATEGORY_RESULTS).insert(batch);
  }
  for (const batch of chunk(failures, ROWS_PER_INSERT)) {
    await trx(CRITERION_FAILURES).insert(batch);
  }
}

/** The tables to delete an entity's rows from, with its evaluation. */
export const CRITERION_TABLES = [CATEGORY_RESULTS, CRITERION_FAILURES];
