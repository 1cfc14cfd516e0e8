import type { Knex } from 'knex';
import { createTestDatabases } from '../testing/databases';
import { isSqlite } from './conversions';
import { MIGRATIONS_DIRECTORY } from './stores';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const config = { directory: MIGRATIONS_DIRECTORY };
const NOW = '2026-12-01T10:00:00.000Z';

async function indexNames(knex: Knex, table: string): Promise<string[]> {
  if (isSqlite(knex)) {
    const rows: Array<{ name: string }> = await knex('sqlite_master')
      .select('name')
      .where({ type: 'index', tbl_name: table });
    return rows.map(row => row.name);
  }
  const rows: Array<{ indexname: string }> = await knex('pg_indexes')
    .select('indexname')
    .where({ tablename: table });
  return rows.map(row => row.indexname);
}

/** Whether a write went through (the driver's error class differs between the databases). */
function outcome(write: PromiseLike<unknown>): Promise<'written' | 'refused'> {
  return Promise.resolve(write).then(
    () => 'written' as const,
    () => 'refused' as const,
  );
}

describe.each(databases.eachSupportedId())(
  'migration 20261203000700_criterion_results (%s)',
  databaseId => {
    it('adds category_results and criterion_failures, marks existing evaluations due, and goes down', async () => {
      const knex = await databases.init(databaseId);
      // The ten migrations before this one.
      for (let i = 0; i < 10; i++) await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000600');
      await knex('evaluations').insert({
        entity_ref: 'component:default/payments',
        kind: 'component',
        namespace: 'default',
        name: 'payments',
        title: 'Payments',
        tier: 'T1',
        tier_declared: true,
        score: 72.5,
        verdict: 'not-ready',
        verdict_rank: 0,
        level: 'bronze',
        level_rank: 1,
        blockers_count: 1,
        reservations_count: 0,
        search_text: 'payments',
        model_version: 'm1',
        inputs_hash: 'h1',
        next_change_at: '2027-01-01T00:00:00.000Z',
        evaluated_at: NOW,
      });

      await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000700');
      // Its stored result has no categories to rebuild rows from: the next evaluation run writes them.
      const evaluation = await knex('evaluations').first();
      expect(evaluation).toMatchObject({
        inputs_hash: 'h1',
        evaluated_at: NOW,
      });
      expect(new Date(evaluation.next_change_at).getTime()).toBeLessThan(
        new Date(NOW).getTime(),
      );
      expect(await knex('category_results').select('*')).toEqual([]);
      expect(await knex('criterion_failures').select('*')).toEqual([]);
      // One row per entity and category, and per entity and criterion.
      const ref = 'component:default/payments';
      await knex('category_results').insert({
        entity_ref: ref,
        category: 'SEC',
        applicable: 2,
        passing: 1,
        failing: 1,
      });
      expect(
        await outcome(
          knex('category_results').insert({
            entity_ref: ref,
            category: 'SEC',
            applicable: 1,
            passing: 1,
            failing: 0,
          }),
        ),
      ).toBe('refused');
      const failure = {
        entity_ref: ref,
        criterion_id: 'SEC-01',
        category: 'SEC',
        status: 'fail',
        blocking: true,
      };
      await knex('criterion_failures').insert(failure);
      expect(
        await outcome(
          knex('criterion_failures').insert({ ...failure, status: 'stale' }),
        ),
      ).toBe('refused');
      expect(await indexNames(knex, 'category_results')).toContain(
        'category_results_covering_idx',
      );

      await knex.migrate.down(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000600');
      expect(await knex.schema.hasTable('category_results')).toBe(false);
      expect(await knex.schema.hasTable('criterion_failures')).toBe(false);
      expect(Number((await knex('evaluations').first()).score)).toBe(72.5);
    });
  },
);
