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
