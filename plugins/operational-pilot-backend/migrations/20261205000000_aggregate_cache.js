// @ts-check

/*
 * Portfolio aggregates (summary, rollups, heat map, most failing criteria, highlights, trend) read the whole
 * filtered portfolio: at 50,000 entities 100–600 ms per request, growing with the portfolio. Their answers are now
 * kept in `aggregate_cache`, labelled with the version of the data they were computed from, and served again while
 * that version holds (src/database/aggregateCache.ts).
 *
 * The version is kept by the database itself, with triggers on every table an aggregate reads, so that no write
 * can forget to move it (a store, a purge, a migration, another replica, someone with psql):
 * - SQLite: one counter row (`data_version`), incremented by row triggers. SQLite has a single writer, so this row
 *   is never contended.
 * - PostgreSQL: a counter row would make every writing transaction wait for the others' commits (and deadlock with
 *   any two that lock rows in different orders). Instead, a statement trigger records the writing transaction's id
 *   in `data_changes` (one row per transaction, `on conflict do nothing`): inserts of different keys never wait for
 *   each other. The version is the sum of `weight`, which only grows: every committed writing transaction adds 1, and
 *   compaction folds old rows into the row of id 0 without changing the sum.
 */

const WATCHED_TABLES = [
  'evaluations',
  'criterion_failures',
  'category_results',
  'actions',
  'attestation_expiries',
  'waivers',
  'snapshots',
];
const EVENTS = ['insert', 'update', 'delete'];

/** @param {import('knex').Knex} knex */
function isSqlite(knex) {
  return ['sqlite3', 'better-sqlite3'].includes(
    String(knex.client.config.client),
  );
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('aggregate_cache', table => {
    table.comment(
      'Answers of portfolio aggregates, valid while the data version and the time window hold',
    );
    table
      .string('cache_key', 64)
      .primary()
      .comment('sha256 of the aggregate name and its normalised input');
    table.bigInteger('data_version').notNullable();
    table
      .string('valid_from', 30)
      .notNullable()
      .comment('ISO timestamp: the clock of the computation');
    table
      .string('valid_until', 30)
      .notNullable()
      .comment('ISO timestamp: the answer may change with time alone');
    table.text('payload', 'longtext').notNullable().comment('JSON');
    table.index(['valid_from'], 'aggregate_cache_valid_from_idx');
  });

  if (!isSqlite(knex)) {
    await knex.schema.createTable('data_changes', table => {
      table.comment(
        'One row per transaction that wrote a table read by portfolio aggregates; row 0 = compacted',
      );
      table.bigInteger('txid').primary();
      table.bigInteger('weight').notNullable().defaultTo(1);
    });
    await knex('data_changes').insert({ txid: 0, weight: 0 });
    await knex.raw(`
      create or replace function op_note_data_change() returns trigger language plpgsql
      -- Resolves data_changes in this plugin's schema whoever writes (e.g. psql with another search_path).
      set search_path from current as $$
      begin
        insert into data_changes (txid) values (txid_current()) on conflict (txid) do nothing;
        return null;
      end $$`);
    for (const table of WATCHED_TABLES) {
      await knex.raw(
        `create trigger ${table}_data_change after insert or update or delete or truncate on ${table}
         for each statement execute procedure op_note_data_change()`,
      );
    }
    return;
  }

  await knex.schema.createTable('data_version', table => {
    table.comment(
      'Incremented by triggers on every write to a table read by portfolio aggregates',
    );
    table.integer('id').primary();
    table.bigInteger('version').notNullable();
  });
  await knex('data_version').insert({ id: 1, version: 0 });
  for (const table of WATCHED_TABLES) {
    for (const event of EVENTS) {
      await knex.raw(
        `create trigger ${table}_${event}_data_change after ${event} on ${table}
         begin update data_version set version = version + 1 where id = 1; end`,
      );
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (!isSqlite(knex)) {
    for (const table of WATCHED_TABLES) {
      await knex.raw(`drop trigger if exists ${table}_data_change on ${table}`);
    }
    await knex.raw('drop function if exists op_note_data_change()');
    await knex.schema.dropTable('data_changes');
  } else {
    for (const table of WATCHED_TABLES) {
      for (const event of EVENTS) {
        await knex.raw(`drop trigger if exists ${table}_${event}_data_change`);
      }
    }
    await knex.schema.dropTable('data_version');
  }
  await knex.schema.dropTable('aggregate_cache');
};
