import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import { VersionConflictError } from './errors';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';
const ALICE = 'user:default/alice';

describe.each(databases.eachSupportedId())(
  'OperationsStore (%s)',
  databaseId => {
    let ctx: StoreTestContext;

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    it('creates with expected version 0, then updates version by version', async () => {
      const { operations } = ctx.stores;
      expect(await operations.get(REF)).toBeUndefined();

      const created = await operations.put(
        REF,
        { tier: 'T1', roles: { poa: 'user:default/bob' } },
        {
          expectedVersion: 0,
          actor: ALICE,
          now: new Date('2026-11-25T10:00:00Z'),
        },
      );
      expect(created).toEqual({
        entityRef: REF,
        version: 1,
        metadata: { tier: 'T1', roles: { poa: 'user:default/bob' } },
        updatedAt: '2026-11-25T10:00:00.000Z',
        updatedBy: ALICE,
      });

      const updated = await operations.put(
        REF,
        { tier: 'T2', notes: 'été — 24x7' },
        { expectedVersion: 1, actor: 'user:default/bob' },
      );
      expect(updated.version).toBe(2);
      expect(await operations.get(REF)).toEqual(updated);
      expect(updated.metadata).toEqual({ tier: 'T2', notes: 'été — 24x7' });
    });

    it('stores refs lower-cased and finds them case-insensitively', async () => {
      const { operations } = ctx.stores;
      await operations.put(
        'Component:default/Payments',
        {},
        { expectedVersion: 0, actor: ALICE },
      );
      expect(
        (await operations.get('component:default/payments'))?.entityRef,
      ).toBe(REF);
      const many = await operations.getMany([
        'COMPONENT:default/payments',
        'component:default/unknown',
      ]);
      expect([...many.keys()]).toEqual([REF]);
    });

    it('rejects stale versions with the current version', async () => {
      const { operations } = ctx.stores;
      await operations.put(REF, {}, { expectedVersion: 0, actor: ALICE });
      await operations.put(REF, {}, { expectedVersion: 1, actor: ALICE });

      await expect(
        operations.put(REF, {}, { expectedVersion: 1, actor: ALICE }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        expectedVersion: 1,
        currentVersion: 2,
      });
      await expect(
        operations.put(REF, {}, { expectedVersion: 0, actor: ALICE }),
      ).rejects.toBeInstanceOf(VersionConflictError);
      await expect(
        operations.put(
          'component:default/other',
          {},
          {
            expectedVersion: 4,
            actor: ALICE,
          },
        ),
      ).rejects.toMatchObject({ currentVersion: undefined });
      expect((await operations.get(REF))?.version).toBe(2);
    });

    it('lets exactly one of 10 concurrent creators win', async () => {
      const { operations } = ctx.stores;
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          operations.put(
            REF,
            { notes: `writer ${i}` },
            {
              expectedVersion: 0,
              actor: ALICE,
            },
          ),
        ),
      );
      const won = results.filter(r => r.status === 'fulfilled');
      const lost = results.filter(r => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(9);
      for (const result of lost) {
        expect((result as PromiseRejectedResult).reason).toBeInstanceOf(
          VersionConflictError,
        );
      }
      const stored = await operations.get(REF);
      expect(stored?.version).toBe(1);
      expect(stored).toEqual((won[0] as PromiseFulfilledResult<unknown>).value);
    });

    it('lets exactly one of 10 concurrent updaters win', async () => {
      const { operations } = ctx.stores;
      await operations.put(REF, {}, { expectedVersion: 0, actor: ALICE });
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          operations.put(
            REF,
            { notes: `writer ${i}` },
            {
              expectedVersion: 1,
              actor: ALICE,
            },
          ),
        ),
      );
      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      expect((await operations.get(REF))?.version).toBe(2);
    });

    it('keeps a surrounding transaction usable after a lost create', async () => {
      const written = await ctx.stores.transaction(async tx => {
        await tx.operations.put(REF, {}, { expectedVersion: 0, actor: ALICE });
        await expect(
          tx.operations.put(REF, {}, { expectedVersion: 0, actor: ALICE }),
        ).rejects.toBeInstanceOf(VersionConflictError);
        return tx.operations.put(
          REF,
          { notes: 'after' },
          {
            expectedVersion: 1,
            actor: ALICE,
          },
        );
      });
      expect(written.version).toBe(2);
      expect((await ctx.stores.operations.get(REF))?.metadata).toEqual({
        notes: 'after',
      });
    });

    it('deletes the records of given entities', async () => {
      const { operations } = ctx.stores;
      await operations.put(REF, {}, { expectedVersion: 0, actor: ALICE });
      await operations.put(
        'component:default/b',
        {},
        {
          expectedVersion: 0,
          actor: ALICE,
        },
      );
      expect(await operations.deleteForEntities([REF])).toBe(1);
      expect(await operations.get(REF)).toBeUndefined();
      expect(await operations.get('component:default/b')).toBeDefined();
    });
  },
);
