// @ts-check

/*
 * Notifications sent by the plugin (src/notifications): one row per dedupe key, inserted before the notification
 * is sent, so each notification goes out once across replicas and restarts.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('notifications_sent', table => {
    table.comment(
      'Dedupe ledger of the notifications sent: one row per (kind, subject, recipients, period)',
    );
    table
      .string('dedupe_key', 64)
      .primary()
      .comment('sha256 of kind, subject, sorted recipients and period');
    table.string('kind', 40).notNullable();
    table
      .string('subject', 255)
      .notNullable()
      .comment('Entity ref, action id, waiver id… the notification is about');
    table.string('sent_at', 30).notNullable().comment('ISO timestamp');
    table.index(['sent_at'], 'notifications_sent_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('notifications_sent');
};
