// @ts-check

/*
 * Every portfolio query reads the entities still in the catalog (`missing_since is null`, nearly all rows), most
 * in the order of their ref (the default sort, the CSV export's keyset pages). With an index on `missing_since`
 * alone, SQLite — which has no statistics unless someone runs ANALYZE — walked the whole portfolio through it and
 * sorted it for every page: at 50,000 entities 28 ms per page of 50 instead of 0.1 ms, and a CSV export growing
 * with the square of its rows. Indexed as (missing_since, entity_ref), the present entities come in ref order: a
 * page stops after its rows, an export page starts at its key. The purge and "left the catalog" lookups use its
 * first column as before. Measured (yarn bench, SQLite): the CSV export of 50,000 rows 5.6 s → 1.3 s, the first page
 * 216 → 190 ms; aggregates that walk every present entity now read the table in ref order rather than in
 * its own order, which costs some of them at 50,000 (rollups by team 289 → 490 ms). Adding the aggregated columns
 * to this index (to read it alone) was tried and made the rollups and the heat map slower still on SQLite.
 */

const OLD_INDEX = 'evaluations_missing_since_idx';
const INDEX = 'evaluations_present_idx';
const COLUMNS = ['missing_since', 'entity_ref'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table.index(COLUMNS, INDEX);
  });
  await knex.schema.alterTable('evaluations', table => {
    table.dropIndex(['missing_since'], OLD_INDEX);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('evaluations', table => {
    table.index(['missing_since'], OLD_INDEX);
  });
  await knex.schema.alterTable('evaluations', table => {
    table.dropIndex(COLUMNS, INDEX);
  });
};
