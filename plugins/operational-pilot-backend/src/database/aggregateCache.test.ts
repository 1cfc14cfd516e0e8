/*
 * The aggregate cache (database/aggregateCache.ts) must never serve an answer that the data or the clock has made
 * wrong. Writes below go around the stores on purpose (raw SQL, as another replica, a purge or an operator would):
 * only the database's own triggers can see them.
 */
import knexFactory, { Knex } from 'knex';
import { createTestDatabases } from '../testing/databases';
import { AggregateCache } from './aggregateCache';
import { isSqlite } from './conversions';
import { evaluation, openAction } from './__testUtils__/fixtures';
import { clearTables, migratedStores } from './__testUtils__/setup';
import { statementsOf } from './__testUtils__/sql';
import { createStoresFromKnex, OperationalPilotStores } from './stores';
import { failingCriteria, portfolioHeatmap } from './portfolioCriteria';
import { portfolioHighlights, portfolioRollups } from './portfolioRollups';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const NOW = new Date('2026-12-04T10:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const A = 'component:default/svc-a';
const B = 'component:default/svc-b';

describe.each(databases.eachSupportedId())(
  'aggregate cache (%s)',
  databaseId => {
    let knex: Knex;
    let stores: OperationalPilotStores;

    beforeAll(async () => {
      ({ knex, stores } = await migratedStores(databases, databaseId));
    });
    beforeEach(async () => {
      await clearTables(knex);
      await knex('aggregate_cache').delete();
      await stores.evaluations.upsert([
        evaluation({
          name: 'svc-a',
          score: 40,
          verdict: 'not-ready',
          owner: 'group:default/team-a',
        }),
        evaluation({
          name: 'svc-b',
          score: 80,
          verdict: 'ready-for-run',
          owner: 'group:default/team-a',
        }),
      ]);
    });

    it('answers a repeated aggregate with one statement, and again in full after any write, even one made around the stores', async () => {
      const first = await stores.evaluations.portfolio({}, NOW);
      expect(first.summary.byVerdict['not-ready']).toBe(1);
      // Nothing changed: one round trip (version and stored answer), no aggregation.
      const again = await statementsOf(knex, () =>
        stores.evaluations.portfolio({}, NOW),
      );
      expect(again).toHaveLength(1);

      // A raw update of `evaluations`: the next answer follows it.
      await knex('evaluations')
        .where('entity_ref', A)
        .update({ verdict: 'ready-for-run', score: 90 });
      const afterUpdate = await stores.evaluations.portfolio({}, NOW);
      expect(afterUpdate.summary.byVerdict['not-ready']).toBe(0);
      expect(afterUpdate.items.find(i => i.entityRef === A)?.score).toBe(90);

      // Raw inserts and deletes of actions: the open and overdue counts follow.
      await stores.actions.create(
        openAction({ entityRef: B, dueDate: '2026-12-01' }),
      );
      expect((await stores.evaluations.portfolio({}, NOW)).summary).toEqual(
        expect.objectContaining({ openActions: 1, overdueActions: 1 }),
      );
      await knex('actions').delete();
      expect(
        (await stores.evaluations.portfolio({}, NOW)).summary.openActions,
      ).toBe(0);

      // Every other aggregate follows raw writes too: after each write, the served answer is the one computed
      // afresh without the cache.
      const owner = { groupBy: 'owner' as const, limit: 10, now: NOW };
      const pairs: Array<
        [string, () => Promise<unknown>, () => Promise<unknown>]
      > = [
        [
          'rollups',
          () => stores.evaluations.rollups({}, owner),
          () => portfolioRollups(knex, {}, owner),
        ],
        [
          'heatmap',
          () => stores.evaluations.heatmap({}, { limit: 10 }),
          () => portfolioHeatmap(knex, {}, { limit: 10 }),
        ],
        [
          'failing',
          () => stores.evaluations.failingCriteria({}, { limit: 10 }),
          () => failingCriteria(knex, {}, { limit: 10 }),
        ],
        [
          'highlights',
          () =>
            stores.evaluations.highlights({}, { days: 7, limit: 10, now: NOW }),
          () => portfolioHighlights(knex, {}, { days: 7, limit: 10, now: NOW }),
        ],
        [
          'trend',
          () => stores.snapshots.trend('portfolio', '2026-12-01'),
          async () => ({ groupBy: 'portfolio', series: [] as unknown[] }),
        ],
      ];
      const served = () => Promise.all(pairs.map(([, cached]) => cached()));
      const before = await served();
      const writes: Array<() => Promise<unknown>> = [
        () => stores.snapshots.recordFromEvaluations(NOW),
        () =>
          knex('category_results').insert({
            entity_ref: A,
            category: 'OBS',
            applicable: 3,
            passing: 1,
            failing: 2,
          }),
        () =>
          knex('criterion_failures').insert({
            entity_ref: A,
            criterion_id: 'OBS-01',
            category: 'OBS',
            status: 'fail',
            blocking: true,
          }),
        () => knex('snapshots').update({ score: 99 }),
        () => knex('evaluations').where('entity_ref', B).delete(),
      ];
      for (const write of writes) {
        await served();
        await write();
        for (const [name, cached, direct] of pairs) {
          if (name === 'trend') continue;
          expect([name, await cached()]).toEqual([name, await direct()]);
        }
      }
      const after = await served();
      pairs.forEach(([name], index) =>
        expect([name, after[index]]).not.toEqual([name, before[index]]),
      );
      expect(after[4]).toEqual({
        groupBy: 'portfolio',
        series: [
          {
            key: 'portfolio',
            points: [{ day: '2026-12-04', averageScore: 99, entities: 2 }],
          },
        ],
      });
    });

    it('holds an answer only while the clock cannot change it: expiries entering or leaving the window, midnight, a clock set back', async () => {
      await knex('attestation_expiries').insert([
        // Expires in an hour: in the 30-day window now, out of it in two hours.
        {
          entity_ref: A,
          criterion_id: 'DOC-01',
          expires_at: new Date(NOW.getTime() + HOUR).toISOString(),
        },
        // Enters the 30-day window in three hours.
        {
          entity_ref: B,
          criterion_id: 'DOC-01',
          expires_at: new Date(
            NOW.getTime() + 30 * DAY + 3 * HOUR,
          ).toISOString(),
        },
      ]);
      const expiring = async (at: Date) =>
        (await stores.evaluations.portfolio({}, at)).summary
          .attestationsExpiringIn30Days;
      const hoursLater = (hours: number) =>
        new Date(NOW.getTime() + hours * HOUR);
      expect(await expiring(NOW)).toBe(1);
      expect(await expiring(hoursLater(0.5))).toBe(1);
      // The first one has expired, the second one is not in the window yet.
      expect(await expiring(hoursLater(2))).toBe(0);
      // The second one has entered.
      expect(await expiring(hoursLater(4))).toBe(1);
      // The clock set back: computed again, not served from a later answer.
      expect(await expiring(new Date(NOW.getTime() - 40 * DAY))).toBe(0);

      // Overdue actions change at midnight (UTC) with no write.
      await stores.actions.create(
        openAction({ entityRef: A, dueDate: '2026-12-04' }),
      );
      const overdue = async (at: Date) =>
        (await stores.evaluations.portfolio({}, at)).summary.overdueActions;
      expect(await overdue(NOW)).toBe(0);
      expect(await overdue(new Date('2026-12-04T23:59:59.000Z'))).toBe(0);
      expect(await overdue(new Date('2026-12-05T00:00:01.000Z'))).toBe(1);

      // Highlights: an approved waiver leaves "active" when it expires, without any write.
      await stores.waivers.create({
        entityRef: A,
        criterionId: 'SEC-01',
        reason: 'accepted',
        requestedBy: 'user:default/alice',
        requestedAt: '2026-12-01T00:00:00Z',
        status: 'approved',
        expiresAt: new Date(NOW.getTime() + HOUR).toISOString(),
      });
      const waivers = async (at: Date) =>
        (
          await stores.evaluations.highlights(
            {},
            { days: 7, limit: 10, now: at },
          )
        ).waivers;
      expect(await waivers(NOW)).toEqual(
        expect.objectContaining({ active: 1, expiringIn30Days: 1 }),
      );
      expect(await waivers(new Date(NOW.getTime() + 2 * HOUR))).toEqual(
        expect.objectContaining({ active: 0, expiringIn30Days: 0 }),
      );
    });

    it('never caches what one caller may see, and compacts without changing the version or losing answers', async () => {
      await stores.evaluations.portfolio({}, NOW);
      const hidden = await stores.evaluations.portfolio(
        { visibility: 'none' },
        NOW,
      );
      expect(hidden.totalItems).toBe(0);
      const visible = await stores.evaluations.portfolio({}, NOW);
      expect(visible.totalItems).toBe(2);
      const entries = await knex('aggregate_cache').select('cache_key');
      expect(entries).toHaveLength(1);

      const version = await stores.aggregateCache.dataVersion();
      await stores.aggregateCache.compact(NOW);
      expect(await stores.aggregateCache.dataVersion()).toBe(version);
      // PostgreSQL: the recorded transactions are folded into one row (SQLite keeps a single counter row).
      const recorded = isSqlite(knex)
        ? await knex('data_version').select('id')
        : await knex('data_changes').select('txid');
      expect(recorded).toHaveLength(1);
      // Still served from the cache after compaction.
      expect(
        await statementsOf(knex, () => stores.evaluations.portfolio({}, NOW)),
      ).toHaveLength(1);
      // Only the newest entries are kept.
      const small = new AggregateCache(knex, 2);
      for (const [i, at] of [NOW, NOW, NOW].entries()) {
        await stores.evaluations.portfolio(
          { limit: 10 + i },
          new Date(at.getTime() + i * 1000),
        );
      }
      await small.compact(new Date(NOW.getTime() + 5000));
      expect(await knex('aggregate_cache').select('cache_key')).toHaveLength(2);
      // The newest (limit 12) is still served; the oldest (limit 10) is computed again.
      const newest = new Date(NOW.getTime() + 2000);
      expect(
        await statementsOf(knex, () =>
          stores.evaluations.portfolio({ limit: 12 }, newest),
        ),
      ).toHaveLength(1);
      expect(
        (
          await statementsOf(knex, () =>
            stores.evaluations.portfolio({ limit: 10 }, newest),
          )
        ).length,
      ).toBeGreaterThan(1);
      // A day later the entries are deleted.
      await stores.aggregateCache.compact(
        new Date(NOW.getTime() + DAY + 10_000),
      );
      expect(await knex('aggregate_cache').select('cache_key')).toEqual([]);
    });

    if (databaseId.startsWith('POSTGRES')) {
      it('with two replicas: an answer computed while another transaction is uncommitted is not served after its commit; writers never wait on the version, whatever their search_path', async () => {
        const other = knexFactory({
          client: knex.client.config.client,
          connection: knex.client.config.connection,
          pool: { min: 0, max: 4 },
        });
        try {
          const replica = createStoresFromKnex(other);
          // Transaction 1 (this replica) changes a verdict and stays open.
          const trx1 = await knex.transaction();
          await trx1('evaluations')
            .where('entity_ref', A)
            .update({ verdict: 'ready-for-run' });
          // Meanwhile the other replica computes and stores the answer (without the uncommitted change).
          const during = await replica.evaluations.portfolio({}, NOW);
          expect(during.summary.byVerdict['not-ready']).toBe(1);

          // Transaction 2 writes other tables and the same tables in the other order: no wait, no deadlock.
          const trx2 = await other.transaction();
          await trx2('actions').insert({
            id: '00000000-0000-4000-8000-000000000001',
            entity_ref: B,
            title: 't',
            phase: 'before',
            side: 'build',
            priority: 'major',
            status: 'open',
            source: 'manual',
            created_by: 'user:default/alice',
            created_at: NOW.toISOString(),
            updated_at: NOW.toISOString(),
            version: 1,
          });
          await trx2('evaluations')
            .where('entity_ref', B)
            .update({ score: 81 });
          await trx1('snapshots').insert({
            entity_ref: A,
            day: '2026-12-04',
            score: 40,
            verdict: 'ready-for-run',
            level: 'none',
            tier: 'T2',
            categories: '{}',
          });
          await trx2.commit();
          await trx1.commit();

          // A session with another search_path (an operator in psql) still moves the version.
          const before = await replica.aggregateCache.dataVersion();
          await other.transaction(async trx => {
            const [{ schema }] = (
              await trx.raw('select current_schema() as schema')
            ).rows;
            await trx.raw('set local search_path to pg_catalog');
            await trx.raw(
              `update "${schema}".evaluations set score = score where entity_ref = ?`,
              [A],
            );
          });
          expect(await replica.aggregateCache.dataVersion()).toBe(before + 1);

          // Both replicas now answer with both commits.
          for (const s of [stores, replica]) {
            const after = await s.evaluations.portfolio({}, NOW);
            expect(after.summary.byVerdict['not-ready']).toBe(0);
            expect(after.summary.openActions).toBe(1);
            expect(after.items.find(i => i.entityRef === B)?.score).toBe(81);
          }
        } finally {
          await other.destroy();
        }
      });
    }
  },
);
