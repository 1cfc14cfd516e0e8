import { createTestDatabases } from '../testing/databases';
import { evaluation, refOf } from './__testUtils__/fixtures';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import type { SnapshotRecord } from './SnapshotsStore';

const databases = createTestDatabases();
jest.setTimeout(60_000);

function snapshot(
  name: string,
  score: number,
  overrides: Partial<SnapshotRecord> = {},
): SnapshotRecord {
  return {
    entityRef: refOf({ name }),
    score,
    verdict: 'not-ready',
    level: 'none',
    tier: 'T2',
    owner: 'group:default/team-a',
    system: 'system:default/checkout',
    categories: { OWN: 80, BCK: null },
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'SnapshotsStore (%s)',
  databaseId => {
    let ctx: StoreTestContext;

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    it('records a day idempotently and returns the history from a day on', async () => {
      const { snapshots } = ctx.stores;
      await snapshots.record('2026-11-23', [snapshot('a', 40)]);
      await snapshots.record('2026-11-24', [snapshot('a', 50)]);
      await snapshots.record(new Date('2026-11-25T23:59:00Z'), [
        snapshot('a', 55, {
          verdict: 'ready-with-reservations',
          level: 'bronze',
        }),
      ]);
      // Same day again: replaced, not duplicated.
      await snapshots.record('2026-11-25', [
        snapshot('a', 60, { verdict: 'ready-for-run', level: 'silver' }),
      ]);

      expect(
        await snapshots.history(refOf({ name: 'a' }), '2026-11-24'),
      ).toEqual([
        { day: '2026-11-24', score: 50, verdict: 'not-ready', level: 'none' },
        {
          day: '2026-11-25',
          score: 60,
          verdict: 'ready-for-run',
          level: 'silver',
        },
      ]);
      expect(
        await snapshots.history('Component:default/A', '2026-01-01'),
      ).toHaveLength(3);
      expect(
        await snapshots.history(refOf({ name: 'b' }), '2026-01-01'),
      ).toEqual([]);
    });

    it('aggregates the trend per owner, system or tier and day in SQL', async () => {
      const { snapshots } = ctx.stores;
      const teamB = { owner: 'group:default/Team-B' };
      await snapshots.record('2026-11-24', [
        snapshot('a', 40),
        snapshot('b', 60),
        snapshot('c', 90, { ...teamB, tier: 'T1', system: undefined }),
      ]);
      await snapshots.record('2026-11-25', [
        snapshot('a', 50),
        snapshot('b', 75),
        snapshot('c', 95, { ...teamB, tier: 'T1', system: undefined }),
      ]);
      await snapshots.record('2026-11-20', [snapshot('a', 10)]);

      expect(await snapshots.trend('owner', '2026-11-24')).toEqual({
        groupBy: 'owner',
        series: [
          {
            key: 'group:default/team-a',
            points: [
              { day: '2026-11-24', averageScore: 50, entities: 2 },
              { day: '2026-11-25', averageScore: 62.5, entities: 2 },
            ],
          },
          {
            key: 'group:default/team-b',
            points: [
              { day: '2026-11-24', averageScore: 90, entities: 1 },
              { day: '2026-11-25', averageScore: 95, entities: 1 },
            ],
          },
        ],
      });
      // Entities without a system are left out of the per-system trend.
      expect(
        (await snapshots.trend('system', '2026-11-24')).series.map(s => [
          s.key,
          s.points.map(p => p.entities),
        ]),
      ).toEqual([['system:default/checkout', [2, 2]]]);
      expect(
        (await snapshots.trend('tier', '2026-11-01')).series.map(s => s.key),
      ).toEqual(['T1', 'T2']);
      expect(
        (
          await snapshots.trend('tier', '2026-11-01', {
            owner: ['group:default/team-a'],
          })
        ).series,
      ).toEqual([
        {
          key: 'T2',
          points: [
            { day: '2026-11-20', averageScore: 10, entities: 1 },
            { day: '2026-11-24', averageScore: 50, entities: 2 },
            { day: '2026-11-25', averageScore: 62.5, entities: 2 },
          ],
        },
      ]);
      expect(
        (await snapshots.trend('owner', '2026-11-25', { tier: ['T1'] })).series,
      ).toEqual([
        {
          key: 'group:default/team-b',
          points: [{ day: '2026-11-25', averageScore: 95, entities: 1 }],
        },
      ]);
      expect(
        (
          await snapshots.trend('owner', '2026-11-25', {
            system: ['system:default/none'],
          })
        ).series,
      ).toEqual([]);
      await expect(
        snapshots.trend('nope' as 'owner', '2026-11-25'),
      ).rejects.toThrow(/Cannot group/);
    });

    it('copies present evaluations into the day, replacing that day', async () => {
      const { snapshots, evaluations } = ctx.stores;
      await evaluations.upsert([
        evaluation({
          name: 'a',
          score: 70,
          owner: 'group:default/team-a',
          tier: 'T1',
        }),
        evaluation({ name: 'b', score: 30, system: 'system:default/checkout' }),
        evaluation({ name: 'gone', score: 10 }),
      ]);
      await evaluations.markMissing([refOf({ name: 'gone' })], new Date());

      expect(await snapshots.recordFromEvaluations('2026-11-25')).toBe(2);
      await evaluations.upsert(
        evaluation({ name: 'a', score: 80, tier: 'T1' }),
      );
      expect(await snapshots.recordFromEvaluations('2026-11-25')).toBe(2);

      const rows = await ctx.knex('snapshots').orderBy('entity_ref');
      expect(
        rows.map(row => ({
          ...row,
          score: Number(row.score),
          categories: JSON.parse(row.categories),
        })),
      ).toEqual([
        {
          entity_ref: refOf({ name: 'a' }),
          day: '2026-11-25',
          score: 80,
          verdict: 'not-ready',
          level: 'none',
          tier: 'T1',
          owner: null,
          system: null,
          categories: { OWN: 80, BCK: null },
        },
        {
          entity_ref: refOf({ name: 'b' }),
          day: '2026-11-25',
          score: 30,
          verdict: 'not-ready',
          level: 'none',
          tier: 'T2',
          owner: null,
          system: 'system:default/checkout',
          categories: { OWN: 80, BCK: null },
        },
      ]);
    });

    it('purges days before the retention limit and writes large days in batches', async () => {
      const { snapshots } = ctx.stores;
      const many = Array.from({ length: 320 }, (_, i) =>
        snapshot(`e${i}`, i % 100),
      );
      await snapshots.record('2026-10-01', many);
      await snapshots.record('2026-11-01', many.slice(0, 10));
      expect(await snapshots.purgeBefore('2026-10-02')).toBe(320);
      expect(
        await snapshots.purgeBefore(new Date('2026-10-02T00:00:00Z')),
      ).toBe(0);
      const [row] = await ctx.knex('snapshots').count({ n: '*' });
      expect(Number(row.n)).toBe(10);
    });
  },
);
