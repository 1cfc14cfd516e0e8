/*
 * How the databases read the portfolio's pages, not only what they return: a page of 50 must not cost a sort of
 * the whole portfolio, or the first page and every CSV export page grow with the catalog (measured at 50,000
 * entities before the fix: 28 ms per page on SQLite, and an export growing with the square of its rows). SQLite
 * has no statistics unless ANALYZE runs, so its plan comes from the schema alone: the test asks it for its plan of
 * the very queries the store sends. PostgreSQL plans from statistics; there the index definition is checked.
 * (migrations/20261204000000_evaluations_present_by_ref_index.js)
 */
import type { Knex } from 'knex';
import { createTestDatabases } from '../testing/databases';
import { isSqlite } from './conversions';
import { evaluation } from './__testUtils__/fixtures';
import { migratedStores } from './__testUtils__/setup';
import { statementsOf } from './__testUtils__/sql';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const NOW = new Date('2026-12-04T10:00:00.000Z');

/** SQLite's query plan of each statement; none on PostgreSQL (it plans from statistics, not from the schema). */
async function plansOf(
  knex: Knex,
  statements: Array<{ sql: string; bindings: unknown[] }>,
): Promise<string[]> {
  if (!isSqlite(knex)) return [];
  const plans: string[] = [];
  for (const statement of statements) {
    const rows: Array<{ detail: string }> = await knex.raw(
      `EXPLAIN QUERY PLAN ${statement.sql}`,
      statement.bindings as any[],
    );
    plans.push(rows.map(row => row.detail).join(' | '));
  }
  return plans;
}

/** The definitions of the indexes of `evaluations` that cover `column`. */
async function indexDefinitionsOn(
  knex: Knex,
  column: string,
): Promise<string[]> {
  const rows: Array<{ definition: string | null }> = isSqlite(knex)
    ? await knex('sqlite_master')
        .select('sql as definition')
        .where({ type: 'index', tbl_name: 'evaluations' })
    : await knex('pg_indexes')
        .select('indexdef as definition')
        .where({ tablename: 'evaluations' });
  return rows
    .map(row => row.definition ?? '')
    .filter(definition => definition.includes(column));
}

/** The statements that read a page of portfolio rows (ordered, limited evaluations). */
function pageStatements(
  statements: Array<{ sql: string; bindings: unknown[] }>,
) {
  return statements.filter(
    s =>
      /from [`"]evaluations[`"] as [`"]e[`"]/i.test(s.sql) &&
      /order by/i.test(s.sql) &&
      /limit/i.test(s.sql),
  );
}

describe.each(databases.eachSupportedId())(
  'portfolio query plans (%s)',
  databaseId => {
    it('reads a page in key order without sorting the whole portfolio, first page and CSV export alike', async () => {
      const { knex, stores } = await migratedStores(databases, databaseId);
      const records = Array.from({ length: 120 }, (_, i) =>
        evaluation({
          name: `svc-${String(i).padStart(3, '0')}`,
          score: (i * 37) % 100,
        }),
      );
      await stores.evaluations.upsert(records);
      // A few entities left the catalog: the pages leave them out.
      await stores.evaluations.markMissing(
        ['component:default/svc-000', 'component:default/svc-001'],
        NOW,
      );

      let page: Awaited<ReturnType<typeof stores.evaluations.portfolio>>;
      const portfolioSql = await statementsOf(knex, async () => {
        page = await stores.evaluations.portfolio({ limit: 50 }, NOW);
      });
      const pageSql = pageStatements(portfolioSql);
      expect(page!.items.map(item => item.entityRef)[0]).toBe(
        'component:default/svc-002',
      );
      expect(page!.totalItems).toBe(118);

      const exported: string[] = [];
      const exportSql = pageStatements(
        await statementsOf(knex, async () => {
          for await (const item of stores.evaluations.portfolioCsvRows(
            {},
            NOW,
            { pageSize: 50 },
          )) {
            exported.push(item.entityRef);
          }
        }),
      );
      expect(exported).toHaveLength(118);
      expect(pageSql.length).toBeGreaterThan(0);
      expect(exportSql.length).toBeGreaterThanOrEqual(3);

      // SQLite's plans (none on PostgreSQL, which plans from statistics: its index definition is checked below).
      const pagePlans = await plansOf(knex, [...pageSql, ...exportSql]);
      // The present entities in ref order, stopping after the page: no sort of every row.
      expect(
        pagePlans.filter(plan => /TEMP B-TREE FOR ORDER BY/.test(plan)),
      ).toEqual([]);
      expect(await indexDefinitionsOn(knex, 'missing_since')).toEqual([
        expect.stringMatching(
          /evaluations_present_idx.*\(\s*[`"]?missing_since[`"]?\s*,\s*[`"]?entity_ref[`"]?\s*\)/,
        ),
      ]);

      // The purge still finds the entities that left the catalog.
      expect(
        (
          await stores.evaluations.purgeMissingBefore(
            new Date(NOW.getTime() + 1),
          )
        ).sort(),
      ).toEqual(['component:default/svc-000', 'component:default/svc-001']);
    });
  },
);
