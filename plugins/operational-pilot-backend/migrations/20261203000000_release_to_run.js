// @ts-check

/*
 * Release to run: releases carry their change type and approval, environments, scope, hand-over signatures and
 * outcome, plus the verdicts of their two gates copied from the latest evaluation (read by the release calendar
 * without evaluating); go/no-go decisions become their own records with a frozen snapshot of the gate; waivers
 * may be bound to one release; evaluations say whether the catalog lifecycle disagrees with the hand-over to run.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .string('change_type', 16)
      .nullable()
      .comment('standard | normal | emergency (ITIL change type); null reads as normal');
    table
      .text('change_approval')
      .nullable()
      .comment('JSON { status: pending | approved | rejected, date }');
    table.text('environments').nullable().comment('JSON array of environment names');
    table
      .text('scope')
      .nullable()
      .comment('JSON { description, components: entity refs }');
    table
      .text('handover')
      .nullable()
      .comment('JSON { signatures: [{ role, signedBy, signedAt, comment }], completedAt }');
    table
      .text('outcome')
      .nullable()
      .comment('JSON ReleaseOutcome recorded after the release');
    table
      .string('go_no_go_verdict', 32)
      .nullable()
      .comment('Verdict of the go/no-go gate at the latest evaluation (denormalised)');
    table
      .string('handover_verdict', 32)
      .nullable()
      .comment('Verdict of the hand-over gate at the latest evaluation (denormalised)');
    table
      .integer('gate_blockers')
      .nullable()
      .comment('Open blockers of the go/no-go gate at the latest evaluation');
    table
      .string('gates_evaluated_at', 30)
      .nullable()
      .comment('ISO timestamp of the evaluation the gate columns come from');
    table.index(['planned_at'], 'releases_planned_idx');
  });

  await knex.schema.createTable('release_decisions', table => {
    table.comment(
      'Go/no-go decisions of releases, each with the frozen snapshot of the gate it was taken on (append-only)',
    );
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('release_id', 36).notNullable().comment('Release decided on');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref of the release');
    table
      .string('decision', 32)
      .notNullable()
      .comment('go | no_go | go_with_reservations');
    table
      .text('approvers')
      .notNullable()
      .comment('JSON array of user refs holding a decision role');
    table
      .text('override_reason')
      .nullable()
      .comment('Why "go" was decided on a gate that was not ready');
    table.text('notes').nullable();
    table.string('decided_by', 255).notNullable().comment('User who recorded it');
    table.string('decided_at', 30).notNullable().comment('ISO timestamp');
    table
      .text('snapshot')
      .notNullable()
      .comment('JSON GateSnapshot frozen at the decision');
    table.index(['release_id'], 'release_decisions_release_idx');
    table.index(['entity_ref'], 'release_decisions_entity_idx');
  });

  await knex.schema.alterTable('waivers', table => {
    table
      .string('release_id', 36)
      .nullable()
      .comment('Release the waiver is bound to (covers that release only)');
    table.index(['release_id'], 'waivers_release_idx');
  });

  await knex.schema.alterTable('evaluations', table => {
    table
      .string('lifecycle_mismatch', 64)
      .nullable()
      .comment('Catalog lifecycle versus hand-over to run, e.g. production-not-handed-over');
    table.index(['lifecycle_mismatch'], 'evaluations_lifecycle_mismatch_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table.dropIndex([], 'evaluations_lifecycle_mismatch_idx');
  });
  await knex.schema.alterTable('evaluations', table => {
    table.dropColumn('lifecycle_mismatch');
  });
  await knex.schema.alterTable('waivers', table => {
    table.dropIndex([], 'waivers_release_idx');
  });
  await knex.schema.alterTable('waivers', table => {
    table.dropColumn('release_id');
  });
  await knex.schema.dropTable('release_decisions');
  await knex.schema.alterTable('releases', table => {
    table.dropIndex([], 'releases_planned_idx');
  });
  await knex.schema.alterTable('releases', table => {
    for (const column of [
      'change_type',
      'change_approval',
      'environments',
      'scope',
      'handover',
      'outcome',
      'go_no_go_verdict',
      'handover_verdict',
      'gate_blockers',
      'gates_evaluated_at',
    ]) {
      table.dropColumn(column);
    }
  });
};
