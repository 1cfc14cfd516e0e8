// @ts-check

/*
 * Scale: the full evaluation result (a JSON document of several KB per entity) moves out of `evaluations` into
 * `evaluation_results`. The portfolio filters, sorts and aggregates `evaluations` on every page request; with
 * small rows those scans stay in a few pages of memory on SQLite and PostgreSQL alike.
 * Also adds covering indexes for the summary's open/overdue action totals and expiring attestations.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('evaluation_results', table => {
    table.comment('Full evaluation result of an entity (criteria, reasons, next steps), read by the entity tab');
    table
      .string('entity_ref', 512)
      .primary()
      .notNullable()
      .comment('Lower-cased entity ref; same key as evaluations.entity_ref');
    table.text('result').notNullable().comment('EntityReadiness as JSON (compacted: model texts are omitted)');
  });
  await knex.raw(
    'INSERT INTO evaluation_results (entity_ref, result) SELECT entity_ref, result FROM evaluations',
  );
  await knex.schema.alterTable('evaluations', table => {
    table.dropColumn('result');
  });
  await knex.schema.alterTable('actions', table => {
    table.index(['entity_ref', 'status', 'due_date'], 'actions_entity_status_due_idx');
  });
  await knex.schema.alterTable('attestation_expiries', table => {
    table.index(['entity_ref', 'expires_at'], 'attestation_expiries_entity_expires_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('attestation_expiries', table => {
    table.dropIndex([], 'attestation_expiries_entity_expires_idx');
  });
  await knex.schema.alterTable('actions', table => {
    table.dropIndex([], 'actions_entity_status_due_idx');
  });
  await knex.schema.alterTable('evaluations', table => {
    table.text('result').nullable();
  });
  const rows = await knex('evaluation_results').select('entity_ref', 'result');
  for (const row of rows) {
    await knex('evaluations').where({ entity_ref: row.entity_ref }).update({ result: row.result });
  }
  await knex.schema.dropTable('evaluation_results');
};
