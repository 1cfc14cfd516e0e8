// @ts-check

/*
 * A short-lived cache of "may this caller read this entity in the catalog?", filled when catalog read access is
 * conditional (src/service/catalogVisibility.ts). The portfolio, its trend, release calendar and change success
 * join it in SQL instead of sending the caller's visible refs as an unbounded `IN` list. Rows are answers of the
 * catalog itself (getEntitiesByRefs with the caller's credentials) and are trusted for a short TTL only.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('catalog_visibility', table => {
    table.comment(
      'Short-lived cache of catalog read access per caller (subject) and entity, for conditional read policies',
    );
    table
      .string('subject', 64)
      .notNullable()
      .comment(
        'sha256 of the user ref and the conditions of their catalog read decision',
      );
    table.string('entity_ref', 255).notNullable().comment('Lower-cased ref');
    table.boolean('visible').notNullable();
    table.string('checked_at', 30).notNullable().comment('ISO timestamp');
    table.primary(['subject', 'entity_ref']);
    table.index(['checked_at'], 'catalog_visibility_checked_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('catalog_visibility');
};
