// @ts-check

/*
 * Portfolio support: indexes for every portfolio filter and sort column, snapshot and audit indexes for trends and
 * purges, per-category scores on evaluations (copied into daily snapshots), and the attestation expiries derived
 * from evaluations (for "attestations expiring within 30 days").
 */

const EVALUATION_INDEXES = [
  ['owner'],
  ['system'],
  ['domain'],
  ['kind'],
  ['tier'],
  ['poa'],
  ['verdict_rank'],
  ['level_rank'],
  ['score'],
  ['blockers_count'],
  ['evaluated_at'],
  ['missing_since'],
  ['next_change_at'],
];

/** @param {string[]} columns */
const evaluationIndexName = columns => `evaluations_${columns.join('_')}_idx`;

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table
      .text('categories')
      .nullable()
      .comment(
        'JSON { [categoryId]: score | null }, copied into daily snapshots',
      );
    for (const columns of EVALUATION_INDEXES) {
      table.index(columns, evaluationIndexName(columns));
    }
  });
  // Titles are mixed-case and sorted case-insensitively; an expression index (same syntax on both databases).
  await knex.raw(
    'CREATE INDEX evaluations_title_lower_idx ON evaluations (lower(title))',
  );

  await knex.schema.createTable('attestation_expiries', table => {
    table.comment(
      'Effective expiry of each attestation-based criterion, as computed by the engine for the latest evaluation',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table.string('criterion_id', 64).notNullable();
    table.string('expires_at', 30).notNullable().comment('ISO timestamp');
    table.primary(['entity_ref', 'criterion_id']);
    table.index(['expires_at'], 'attestation_expiries_expires_at_idx');
  });

  await knex.schema.alterTable('actions', table => {
    table.index(['status', 'due_date'], 'actions_status_due_date_idx');
  });
  await knex.schema.alterTable('snapshots', table => {
    table.index(['day'], 'snapshots_day_idx');
  });
  await knex.schema.alterTable('audit', table => {
    table.index(['at'], 'audit_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('audit', table => {
    table.dropIndex(['at'], 'audit_at_idx');
  });
  await knex.schema.alterTable('snapshots', table => {
    table.dropIndex(['day'], 'snapshots_day_idx');
  });
  await knex.schema.alterTable('actions', table => {
    table.dropIndex(['status', 'due_date'], 'actions_status_due_date_idx');
  });
  await knex.schema.dropTable('attestation_expiries');
  await knex.raw('DROP INDEX evaluations_title_lower_idx');
  await knex.schema.alterTable('evaluations', table => {
    for (const columns of EVALUATION_INDEXES) {
      table.dropIndex(columns, evaluationIndexName(columns));
    }
  });
  await knex.schema.alterTable('evaluations', table => {
    table.dropColumn('categories');
  });
};
