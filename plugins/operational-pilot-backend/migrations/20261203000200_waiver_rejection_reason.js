// @ts-check

/*
 * Rejected waivers keep the reason the approver gave (POST /waivers/{id}/reject { reason }).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('waivers', table => {
    table
      .text('rejection_reason')
      .nullable()
      .comment('Why the approver rejected the waiver (status rejected)');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('waivers', table => {
    table.dropColumn('rejection_reason');
  });
};
