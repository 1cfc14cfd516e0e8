// @ts-check

/*
 * Criterion outcomes of each stored evaluation, so that the portfolio heat map (team × category) and the most
 * failing criteria are aggregated in SQL instead of reading every entity's result JSON. Written with the evaluation
 * row, in the same transaction (src/database/criterionResults.ts). Two narrow tables rather than one row per
 * criterion (51 per entity): at 10,000 entities the heat map reads ~10 category rows per entity and the failing
 * criteria only the failing rows, which keeps both requests and the full re-evaluation's writes small.
 *
 * Backfill: the stored result JSON omits the category of the model's criteria (service/readinessCodec.ts), so the
 * rows cannot be rebuilt here without the model. Existing evaluations are marked due instead (`next_change_at` in
 * the past): the next evaluation task run re-evaluates them and writes their rows; until then their entities are
 * absent from the heat map and fail no criterion.
 */

const DUE = '1970-01-01T00:00:00.000Z';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('category_results', table => {
    table.comment(
      'Per entity and category of the stored evaluations: applicable, passing and failing criteria (heat map)',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased ref; same key as evaluations.entity_ref');
    table
      .string('category', 32)
      .notNullable()
      .comment('Category id (OWN, SEC…)');
    table
      .integer('applicable')
      .notNullable()
      .comment(
        'Applicable criteria (always > 0: categories without any are not stored)',
      );
    table.integer('passing').notNullable().comment('pass, expiring or grace');
    table
      .integer('failing')
      .notNullable()
      .comment('fail, stale or unknown (waived: neither)');
    table.primary(['entity_ref', 'category']);
    // Covering: the heat map joins the filtered evaluations by entity and reads only these columns.
    table.index(
      ['entity_ref', 'category', 'applicable', 'passing', 'failing'],
      'category_results_covering_idx',
    );
  });
  await knex.schema.createTable('criterion_failures', table => {
    table.comment(
      'The failing criteria (fail, stale, unknown) of the stored evaluations (most failing criteria)',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased ref; same key as evaluations.entity_ref');
    table.string('criterion_id', 64).notNullable();
    table
      .string('category', 32)
      .notNullable()
      .comment(
        'Category of the criterion in the model the entity was evaluated with',
      );
    table.string('status', 20).notNullable().comment('fail, stale or unknown');
    table
      .boolean('blocking')
      .notNullable()
      .comment('Blocking for the tier of the entity');
    table.primary(['entity_ref', 'criterion_id']);
  });
  await knex('evaluations').update({ next_change_at: DUE });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('criterion_failures');
  await knex.schema.dropTable('category_results');
};
