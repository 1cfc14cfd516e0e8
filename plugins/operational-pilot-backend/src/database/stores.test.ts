import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../testing/databases';
import { evaluation, refOf } from './__testUtils__/fixtures';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import { createStores } from './stores';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';
const ALICE = 'user:default/alice';

describe.each(databases.eachSupportedId())('stores (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('migrates through the database service unless told to skip', async () => {
    const knex = await databases.init(databaseId);
    await createStores({
      database: mockServices.database({ knex, migrations: { skip: true } }),
    });
    expect(await knex.schema.hasTable('operations')).toBe(false);

    const stores = await createStores({
      database: mockServices.database({ knex }),
    });
    expect(await knex.schema.hasTable('operations')).toBe(true);
    expect(await stores.operations.get(REF)).toBeUndefined();
  });

  it('commits a change and its audit entry together', async () => {
    await ctx.stores.transaction(async tx => {
      const record = await tx.operations.put(
        REF,
        { tier: 'T1' },
        { expectedVersion: 0, actor: ALICE },
      );
      await tx.audit.append({
        entityRef: REF,
        actor: ALICE,
        action: 'operations.update',
        targetType: 'operations',
        after: record.metadata,
      });
    });
    expect((await ctx.stores.operations.get(REF))?.version).toBe(1);
    expect(await ctx.stores.audit.count(REF)).toBe(1);
  });

  it('rolls back every write of a failed transaction (accept risk: action + waiver + audit)', async () => {
    const action = await ctx.stores.actions.create({
      entityRef: REF,
      title: 'Restore drill',
      phase: 'run',
      side: 'run',
      priority: 'blocking',
      status: 'open',
      criterionId: 'BCK-05',
      source: 'auto',
      createdBy: ALICE,
    });

    await expect(
      ctx.stores.transaction(async tx => {
        await tx.actions.update(action.id, { status: 'risk_accepted' }, 1);
        await tx.waivers.create({
          entityRef: REF,
          criterionId: 'BCK-05',
          reason: 'accepted',
          requestedBy: ALICE,
          requestedAt: '2026-11-25T00:00:00Z',
          status: 'approved',
          expiresAt: '2027-01-01T00:00:00Z',
          actionId: action.id,
        });
        await tx.audit.append({
          entityRef: REF,
          actor: ALICE,
          action: 'action.update',
          targetType: 'action',
        });
        // A concurrent writer already moved the action: the stale write fails, everything rolls back.
        await tx.actions.update(action.id, { status: 'verified' }, 1);
      }),
    ).rejects.toMatchObject({ name: 'ConflictError' });

    expect(await ctx.stores.actions.getById(action.id)).toEqual(action);
    expect(await ctx.stores.waivers.listByEntity(REF)).toEqual([]);
    expect(await ctx.stores.audit.count(REF)).toBe(0);
  });

  it('runs a nested transaction as a savepoint', async () => {
    await ctx.stores.transaction(async tx => {
      await tx.operations.put(REF, {}, { expectedVersion: 0, actor: ALICE });
      await expect(
        tx.transaction(async inner => {
          await inner.audit.append({
            entityRef: REF,
            actor: ALICE,
            action: 'x',
            targetType: 'operations',
          });
          throw new Error('inner failure');
        }),
      ).rejects.toThrow('inner failure');
    });
    expect((await ctx.stores.operations.get(REF))?.version).toBe(1);
    expect(await ctx.stores.audit.count(REF)).toBe(0);
  });

  it('purges all data of entities missing for longer than the retention, but keeps their audit trail', async () => {
    const { stores } = ctx;
    const gone = refOf({ name: 'gone' });
    const kept = refOf({ name: 'kept' });
    for (const ref of [gone, kept]) {
      await stores.evaluations.upsert(evaluation({ name: ref.split('/')[1] }));
      await stores.operations.put(
        ref,
        {},
        { expectedVersion: 0, actor: ALICE },
      );
      await stores.attestations.create({
        entityRef: ref,
        criterionId: 'BCK-03',
        state: 'compliant',
        evidence: [],
        assessedBy: ALICE,
        assessedAt: '2026-01-01T00:00:00Z',
      });
      await stores.waivers.create({
        entityRef: ref,
        criterionId: 'SEC-01',
        reason: 'r',
        requestedBy: ALICE,
        requestedAt: '2026-01-01T00:00:00Z',
        status: 'requested',
        expiresAt: '2026-03-01T00:00:00Z',
      });
      await stores.actions.create({
        entityRef: ref,
        title: 't',
        phase: 'run',
        side: 'run',
        priority: 'minor',
        status: 'open',
        source: 'manual',
        createdBy: ALICE,
      });
      const release = await stores.releases.create({
        entityRef: ref,
        version: '1.0.0',
        kind: 'major',
        plannedAt: '2026-01-01T00:00:00Z',
        status: 'planned',
        createdBy: ALICE,
      });
      await stores.decisions.create({
        releaseId: release.id,
        entityRef: ref,
        decision: 'no_go',
        approvers: [ALICE],
        decidedBy: ALICE,
        decidedAt: '2026-01-01T00:00:00Z',
        snapshot: { takenAt: '2026-01-01T00:00:00Z' } as any,
      });
      await stores.snapshots.record('2026-01-01', [
        {
          entityRef: ref,
          score: 1,
          verdict: 'not-ready',
          level: 'none',
          tier: 'T1',
          categories: {},
        },
      ]);
      await stores.audit.append({
        entityRef: ref,
        actor: ALICE,
        action: 'x',
        targetType: 'operations',
      });
      await stores.proposals.create({
        entityRef: ref,
        changes: [{ path: 'tier', before: 'T1', after: 'T3' }],
        proposedBy: ALICE,
        proposedAt: '2026-01-01T00:00:00Z',
      });
    }
    await stores.evaluations.markMissing(
      [gone],
      new Date('2026-01-01T00:00:00Z'),
    );

    expect(
      await stores.purgeMissingEntities(new Date('2025-12-01T00:00:00Z')),
    ).toEqual([]);
    expect(
      await stores.purgeMissingEntities(new Date('2026-02-01T00:00:00Z')),
    ).toEqual([gone]);

    for (const table of [
      'evaluations',
      'operations',
      'attestations',
      'waivers',
      'actions',
      'releases',
      'release_decisions',
      'snapshots',
      'operations_proposals',
    ]) {
      const refs = (await ctx.knex(table).select('entity_ref')).map(
        row => row.entity_ref,
      );
      expect({ table, refs }).toEqual({ table, refs: [kept] });
    }
    // Who changed what stays answerable after the entity left the catalog (retention.auditDays still applies).
    expect(await stores.audit.list(gone)).toEqual([
      expect.objectContaining({ entityRef: gone, actor: ALICE, action: 'x' }),
    ]);
  });
});
