// @ts-check

/*
 * A ledger of the evaluation task's runs (which replica ran which pass, when, with what result) and of the full
 * re-evaluations requested through `POST /evaluations/run` (a row with `requested_at` and no `started_at` yet,
 * claimed by the next run of either evaluation task, on whichever replica runs it).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('evaluation_runs', table => {
    table.comment(
      'Runs of the evaluation tasks, and full re-evaluations requested and not yet run',
    );
    table.increments('id').primary();
    table
      .string('task', 64)
      .notNullable()
      .comment('Scheduler task id, or "request" for a requested full run');
    table.string('mode', 16).notNullable().comment('incremental | full');
    table.string('requested_by', 255).nullable();
    table.string('requested_at', 30).nullable().comment('ISO timestamp');
    table
      .string('started_at', 30)
      .nullable()
      .comment('ISO timestamp; null while a request waits for a run');
    table.string('finished_at', 30).nullable();
    table
      .string('runner', 255)
      .nullable()
      .comment('host:pid of the process that ran it');
    table
      .integer('claimed_by')
      .nullable()
      .comment('For a request: the run that performed it');
    table.integer('seen').nullable();
    table.integer('evaluated').nullable();
    table.integer('failed').nullable();
    table.text('error').nullable();
    table.index(['started_at'], 'evaluation_runs_started_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('evaluation_runs');
};
