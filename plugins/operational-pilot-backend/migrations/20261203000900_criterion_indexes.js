// @ts-check

/*
 * The most failing criteria without a join per failure (src/database/portfolioCriteria.ts): when the filtered
 * entities are most of the stored ones, every failure is counted per criterion from this index alone (in index
 * order: no sort, no hash, no table read), and the failures of the few entities left out are subtracted. Columns in
 * the GROUP BY order of that count: criterion, then category and blocking flag.
 *
 * PostgreSQL: no parallel workers for scans of criterion_failures and category_results. Both requests read them
 * whole in 20 to 40 ms in one process at 10,000 entities; a parallel plan (chosen once a table passes 8 MB, e.g.
 * category_results after a few re-evaluations) made them slower, more so when the server's cores were busy: each
 * worker builds its own hash of the evaluations, and starting workers waits for a free core. Measured on 2 shared
 * cores: the failing-criteria count p50 21 ms without workers, 100 ms with; the heat map 36 ms without, 65 ms with.
 */

const INDEX = 'criterion_failures_criterion_idx';
/** Read whole by the heat map and the most failing criteria. */
const TABLES = ['criterion_failures', 'category_results'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('criterion_failures', table => {
    table.index(['criterion_id', 'category', 'blocking'], INDEX);
  });
  if (knex.client.dialect === 'postgresql') {
    for (const table of TABLES) {
      await knex.raw('ALTER TABLE ?? SET (parallel_workers = 0)', [table]);
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.dialect === 'postgresql') {
    for (const table of TABLES) {
      await knex.raw('ALTER TABLE ?? RESET (parallel_workers)', [table]);
    }
  }
  await knex.schema.alterTable('criterion_failures', table => {
    table.dropIndex(['criterion_id', 'category', 'blocking'], INDEX);
  });
};
