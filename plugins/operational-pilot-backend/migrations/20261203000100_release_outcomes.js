// @ts-check

/*
 * Release outcomes, queryable: the outcome kind, when it was recorded and the go/no-go gate verdict frozen at the
 * "go" decision, copied out of the `outcome` JSON so that the change-success report aggregates in SQL.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .string('outcome_kind', 32)
      .nullable()
      .comment('success | success_with_incidents | rolled_back | failed (copied from outcome)');
    table
      .string('outcome_at', 30)
      .nullable()
      .comment('ISO timestamp the outcome was recorded (copied from outcome.recordedAt)');
    table
      .string('go_gate_verdict', 32)
      .nullable()
      .comment('Go/no-go gate verdict frozen at the last "go" decision (copied from outcome.goGateVerdict)');
    table.index(['outcome_at'], 'releases_outcome_at_idx');
  });
  // Outcomes recorded before this migration.
  const rows = await knex('releases')
    .select('id', 'outcome')
    .whereNotNull('outcome');
  for (const row of rows) {
    let outcome;
    try {
      outcome = JSON.parse(row.outcome);
    } catch {
      continue;
    }
    if (!outcome || typeof outcome.outcome !== 'string') continue;
    await knex('releases')
      .where({ id: row.id })
      .update({
        outcome_kind: outcome.outcome,
        outcome_at: outcome.recordedAt ?? null,
        go_gate_verdict: outcome.goGateVerdict ?? null,
      });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('releases', table => {
    table.dropIndex([], 'releases_outcome_at_idx');
  });
  await knex.schema.alterTable('releases', table => {
    table.dropColumn('outcome_kind');
    table.dropColumn('outcome_at');
    table.dropColumn('go_gate_verdict');
  });
};
