// @ts-check

/*
 * Hash of each stored evaluation's result (without its time stamp) and criterion outcomes, so that re-evaluating an
 * entity whose result did not change rewrites only its narrow `evaluations` row: not its ~20 KB result, criterion
 * rows and expiries (src/database/EvaluationsStore.ts). Existing rows have none: their next write is a full one.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table
      .string('result_hash', 40)
      .nullable()
      .comment(
        'sha1 of the stored result (evaluatedAt left out) and criterion outcomes; null: unknown, write everything',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table.dropColumn('result_hash');
  });
};
