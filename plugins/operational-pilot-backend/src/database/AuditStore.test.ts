import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';

describe.each(databases.eachSupportedId())('AuditStore (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('appends entries and lists them newest first with paging', async () => {
    const { audit } = ctx.stores;
    const at = '2026-11-25T10:00:00.000Z';
    const first = await audit.append({
      entityRef: 'Component:default/Payments',
      actor: 'user:default/alice',
      action: 'operations.update',
      targetType: 'operations',
      before: { tier: 'T2' },
      after: { tier: 'T1', roles: { poa: 'user:default/bob' } },
      at,
    });
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      entityRef: REF,
      actor: 'user:default/alice',
      action: 'operations.update',
      targetType: 'operations',
      targetId: undefined,
      before: { tier: 'T2' },
      after: { tier: 'T1', roles: { poa: 'user:default/bob' } },
      at,
    });
    // Same millisecond: insertion order still decides.
    for (let i = 0; i < 5; i++) {
      await audit.append({
        entityRef: REF,
        actor: 'user:default/alice',
        action: 'action.update',
        targetType: 'action',
        targetId: `a${i}`,
        at,
      });
    }
    await audit.append({
      entityRef: 'component:default/other',
      actor: 'x',
      action: 'y',
      targetType: 'z',
    });

    const all = await audit.list(REF);
    expect(all.map(e => e.targetId ?? 'first')).toEqual([
      'a4',
      'a3',
      'a2',
      'a1',
      'a0',
      'first',
    ]);
    expect(all[1].before).toBeUndefined();
    expect(
      (await audit.list(REF, { limit: 2, offset: 3 })).map(e => e.targetId),
    ).toEqual(['a1', 'a0']);
    expect(await audit.count(REF)).toBe(6);
  });

  it('purges entries older than a date', async () => {
    const { audit } = ctx.stores;
    for (const at of [
      '2025-01-01T00:00:00.000Z',
      '2025-06-01T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]) {
      await audit.append({
        entityRef: REF,
        actor: 'user:default/alice',
        action: 'operations.update',
        targetType: 'operations',
        at,
      });
    }
    expect(await audit.purgeBefore(new Date('2025-06-01T00:00:00Z'))).toBe(1);
    expect((await audit.list(REF)).map(e => e.at)).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2025-06-01T00:00:00.000Z',
    ]);
  });
});
