// @ts-check

/*
 * Governance: a "not applicable" declaration is an exemption (approval and review date on the attestation), and
 * sensitive changes of the operational metadata by someone who is not the POA are held as proposals.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('attestations', table => {
    table
      .string('review_by', 30)
      .nullable()
      .comment(
        'not-applicable exemption: ISO timestamp it must be reviewed by (it lapses then)',
      );
    table
      .string('approved_by', 255)
      .nullable()
      .comment('not-applicable exemption: the approver (never the declarer)');
    table
      .string('approved_at', 30)
      .nullable()
      .comment('not-applicable exemption: ISO timestamp of the approval');
  });
  await knex.schema.createTable('operations_proposals', table => {
    table.comment(
      'Sensitive changes of operational metadata (tier, roles, support groups, SLO owner, continuity agreement) held until the POA accepts them',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('pending | accepted | rejected');
    table
      .text('changes')
      .notNullable()
      .comment('JSON [{ path, before, after }]');
    table.string('proposed_by', 255).notNullable();
    table.string('proposed_at', 30).notNullable();
    table.string('decided_by', 255).nullable();
    table.string('decided_at', 30).nullable();
    table.text('decision_comment').nullable();
    table.index(['entity_ref', 'status'], 'operations_proposals_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('operations_proposals');
  await knex.schema.alterTable('attestations', table => {
    table.dropColumn('review_by');
    table.dropColumn('approved_by');
    table.dropColumn('approved_at');
  });
};
