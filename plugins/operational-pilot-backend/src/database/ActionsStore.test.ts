import { NotFoundError } from '@backstage/errors';
import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import type { NewAction } from './ActionsStore';
import { openAction } from './__testUtils__/fixtures';
import { VersionConflictError } from './errors';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';

function newAction(overrides: Partial<NewAction> = {}): NewAction {
  return openAction({ entityRef: REF, ...overrides });
}

describe.each(databases.eachSupportedId())('ActionsStore (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('creates, reads back and lists with filters', async () => {
    const { actions } = ctx.stores;
    const first = await actions.create(
      newAction({
        dueDate: '2026-12-01',
        criterionId: 'DOC-01',
        assigneeRef: 'user:default/bob',
        createdAt: '2026-11-01T00:00:00.000Z',
      }),
    );
    expect(first).toMatchObject({
      entityRef: REF,
      version: 1,
      status: 'open',
      dueDate: '2026-12-01',
      criterionId: 'DOC-01',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await actions.getById(first.id)).toEqual(first);

    const second = await actions.create(
      newAction({
        phase: 'run',
        status: 'done',
        releaseId: 'rel-1',
        createdAt: '2026-11-02T00:00:00.000Z',
      }),
    );
    await actions.create(newAction({ entityRef: 'component:default/other' }));

    expect((await actions.listByEntity(REF)).map(a => a.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect(
      (await actions.listByEntity(REF, { status: ['open', 'blocked'] })).map(
        a => a.id,
      ),
    ).toEqual([first.id]);
    expect(
      (await actions.listByEntity(REF, { phase: ['run'] })).map(a => a.id),
    ).toEqual([second.id]);
    expect(
      (await actions.listByEntity(REF, { criterionId: 'DOC-01' })).map(
        a => a.id,
      ),
    ).toEqual([first.id]);
    expect(
      (await actions.listByEntity(REF, { releaseId: 'rel-1' })).map(a => a.id),
    ).toEqual([second.id]);
    expect(await actions.getById('nope')).toBeUndefined();
  });

  it('updates with the expected version, and clears fields with null', async () => {
    const { actions } = ctx.stores;
    const created = await actions.create(
      newAction({ dueDate: '2026-12-01', assigneeRef: 'user:default/bob' }),
    );
    const updated = await actions.update(
      created.id,
      { status: 'in_progress', assigneeRef: null, dueDate: null },
      1,
      { now: new Date('2026-11-26T08:00:00Z') },
    );
    expect(updated).toMatchObject({
      version: 2,
      status: 'in_progress',
      title: created.title,
      updatedAt: '2026-11-26T08:00:00.000Z',
    });
    expect(updated.assigneeRef).toBeUndefined();
    expect(updated.dueDate).toBeUndefined();
    expect(await actions.getById(created.id)).toEqual(updated);
  });

  it('rejects a stale version and an unknown id', async () => {
    const { actions } = ctx.stores;
    const created = await actions.create(newAction());
    await actions.update(created.id, { title: 'v2' }, 1);
    await expect(
      actions.update(created.id, { title: 'v3' }, 1),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      currentVersion: 2,
      expectedVersion: 1,
    });
    await expect(actions.update('nope', { title: 'x' }, 1)).rejects.toThrow(
      NotFoundError,
    );
  });

  it('lets exactly one of 10 concurrent updates with the same version win', async () => {
    const { actions } = ctx.stores;
    const created = await actions.create(newAction());
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        actions.update(created.id, { title: `writer ${i}` }, 1),
      ),
    );
    const won = results.filter(
      (
        r,
      ): r is PromiseFulfilledResult<
        Awaited<ReturnType<typeof actions.update>>
      > => r.status === 'fulfilled',
    );
    expect(won).toHaveLength(1);
    for (const result of results.filter(r => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(
        VersionConflictError,
      );
    }
    const stored = await actions.getById(created.id);
    expect(stored?.version).toBe(2);
    expect(stored?.title).toBe(won[0].value.title);
  });
});
