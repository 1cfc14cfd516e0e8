import { NotFoundError } from '@backstage/errors';
import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import { VersionConflictError } from './errors';
import type { NewRelease } from './ReleasesStore';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';

function newRelease(overrides: Partial<NewRelease> = {}): NewRelease {
  return {
    entityRef: REF,
    version: '2.0.0',
    kind: 'major',
    plannedAt: '2026-12-10T20:00:00.000Z',
    status: 'planned',
    createdBy: 'user:default/alice',
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('ReleasesStore (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('creates and lists releases, latest planned first', async () => {
    const { releases } = ctx.stores;
    const major = await releases.create(
      newRelease({
        window: {
          start: '2026-12-10T20:00:00.000Z',
          end: '2026-12-10T23:00:00.000Z',
        },
        changeRef: 'CHG-42',
      }),
    );
    const patch = await releases.create(
      newRelease({
        version: '2.0.1',
        kind: 'patch',
        plannedAt: '2026-12-20T20:00:00+01:00',
        status: 'cancelled',
      }),
    );
    expect(major).toMatchObject({
      rev: 1,
      changeRef: 'CHG-42',
      window: {
        start: '2026-12-10T20:00:00.000Z',
        end: '2026-12-10T23:00:00.000Z',
      },
    });
    // Offsets are normalised to UTC so that dates sort as text.
    expect(patch.plannedAt).toBe('2026-12-20T19:00:00.000Z');
    expect(await releases.getById(major.id)).toEqual(major);
    expect((await releases.listByEntity(REF)).map(r => r.version)).toEqual([
      '2.0.1',
      '2.0.0',
    ]);
    expect(
      (await releases.listByEntity(REF, { status: ['planned'] })).map(
        r => r.id,
      ),
    ).toEqual([major.id]);
  });

  it('updates with the expected revision and clears JSON fields with null', async () => {
    const { releases } = ctx.stores;
    const created = await releases.create(
      newRelease({
        hypercare: {
          start: '2026-12-11T00:00:00.000Z',
          end: '2026-12-25T00:00:00.000Z',
        },
      }),
    );
    const decided = await releases.update(
      created.id,
      {
        status: 'go_no_go',
        goNoGo: {
          decision: 'go_with_reservations',
          decidedAt: '2026-12-09T10:00:00.000Z',
          approvers: ['user:default/alice', 'user:default/bob'],
          notes: 'DR test pending',
        },
        hypercare: null,
      },
      1,
    );
    expect(decided.rev).toBe(2);
    expect(decided.goNoGo?.approvers).toEqual([
      'user:default/alice',
      'user:default/bob',
    ]);
    expect(decided.hypercare).toBeUndefined();
    expect(await releases.getById(created.id)).toEqual(decided);

    await expect(
      releases.update(created.id, { status: 'deployed' }, 1),
    ).rejects.toMatchObject({ currentVersion: 2 });
    await expect(releases.update('nope', {}, 1)).rejects.toThrow(NotFoundError);
  });

  it('stores the release-to-run fields and clears them with null', async () => {
    const { releases } = ctx.stores;
    const created = await releases.create(
      newRelease({
        changeType: 'emergency',
        changeApproval: { status: 'approved', date: '2026-12-01' },
        environments: ['preprod', 'prod'],
        scope: { description: 'Checkout', components: ['component:default/a'] },
      }),
    );
    expect(created).toMatchObject({
      changeType: 'emergency',
      changeApproval: { status: 'approved', date: '2026-12-01' },
      environments: ['preprod', 'prod'],
      scope: { description: 'Checkout', components: ['component:default/a'] },
    });
    // Releases created without a change type read as normal changes.
    expect((await releases.create(newRelease())).changeType).toBe('normal');

    const signed = await releases.update(
      created.id,
      {
        handover: {
          signatures: [
            {
              role: 'poa',
              signedBy: 'user:default/alice',
              signedAt: '2026-12-12T10:00:00.000Z',
            },
          ],
        },
        outcome: {
          outcome: 'success',
          incidents: ['INC-1'],
          followUpActionIds: ['a1'],
          goGateVerdict: 'not-ready',
          goOverridden: true,
          recordedBy: 'user:default/alice',
          recordedAt: '2026-12-13T10:00:00.000Z',
        },
        environments: null,
        scope: null,
        changeApproval: null,
      },
      1,
    );
    expect(signed.handover?.signatures).toHaveLength(1);
    expect(signed.outcome).toMatchObject({ outcome: 'success', goOverridden: true });
    expect(signed.environments).toBeUndefined();
    expect(signed.scope).toBeUndefined();
    expect(signed.changeApproval).toBeUndefined();
    expect(await releases.getById(created.id)).toEqual(signed);
  });

  it('stores the gate verdicts of an evaluation without moving the revision', async () => {
    const { releases } = ctx.stores;
    const created = await releases.create(newRelease());
    expect(await releases.getGateSummary(created.id)).toBeUndefined();
    await releases.setGateSummary(created.id, {
      goNoGo: 'not-ready',
      handover: 'ready-for-run',
      blockers: 3,
      evaluatedAt: '2026-12-01T10:00:00+01:00',
    });
    expect(await releases.getGateSummary(created.id)).toEqual({
      goNoGo: 'not-ready',
      handover: 'ready-for-run',
      blockers: 3,
      evaluatedAt: '2026-12-01T09:00:00.000Z',
    });
    expect(await releases.getById(created.id)).toEqual(created);
    // An unknown release is quietly ignored (the release may have been purged meanwhile).
    await releases.setGateSummary('nope', {
      goNoGo: 'not-ready',
      handover: 'not-ready',
      blockers: 0,
      evaluatedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('lets exactly one of 10 concurrent updates with the same revision win', async () => {
    const { releases } = ctx.stores;
    const created = await releases.create(newRelease());
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        releases.update(created.id, { changeRef: `CHG-${i}` }, 1),
      ),
    );
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter(r => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(
        VersionConflictError,
      );
    }
    expect((await releases.getById(created.id))?.rev).toBe(2);
  });
});
