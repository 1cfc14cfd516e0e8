import { ConflictError, NotFoundError } from '@backstage/errors';
import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import type { NewAttestation } from './AttestationsStore';
import type { NewWaiver } from './WaiversStore';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'component:default/payments';

function newAttestation(
  overrides: Partial<NewAttestation> = {},
): NewAttestation {
  return {
    entityRef: REF,
    criterionId: 'BCK-03',
    state: 'compliant',
    evidence: [
      {
        url: 'https://wiki.example.com/restore-test',
        description: 'Restore drill',
      },
    ],
    assessedBy: 'user:default/alice',
    assessedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

function newWaiver(overrides: Partial<NewWaiver> = {}): NewWaiver {
  return {
    entityRef: REF,
    criterionId: 'SEC-01',
    reason: 'Homologation scheduled in January',
    requestedBy: 'user:default/alice',
    requestedAt: '2026-11-01T09:00:00.000Z',
    status: 'requested',
    expiresAt: '2027-01-31T00:00:00.000Z',
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'AttestationsStore (%s)',
  databaseId => {
    let ctx: StoreTestContext;

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    it('records attestations and lists them by entity, criterion and release', async () => {
      const { attestations } = ctx.stores;
      const old = await attestations.create(newAttestation());
      const recent = await attestations.create(
        newAttestation({
          assessedAt: '2026-11-20T09:00:00.000Z',
          expiresAt: '2027-11-20T00:00:00.000Z',
          comment: 'Second drill',
        }),
      );
      const forRelease = await attestations.create(
        newAttestation({
          criterionId: 'REL-02',
          releaseId: 'rel-1',
          state: 'not-applicable',
          justification: 'No schema change',
          evidence: [],
        }),
      );
      await attestations.create(
        newAttestation({ entityRef: 'component:default/other' }),
      );

      expect(old).toMatchObject({
        entityRef: REF,
        evidence: [
          {
            url: 'https://wiki.example.com/restore-test',
            description: 'Restore drill',
          },
        ],
      });
      expect(old.expiresAt).toBeUndefined();
      expect(old.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await attestations.getById(recent.id)).toEqual(recent);
      expect(
        (await attestations.listByEntity(REF, { criterionId: 'BCK-03' })).map(
          a => a.id,
        ),
      ).toEqual([recent.id, old.id]);
      expect((await attestations.listByEntity(REF)).length).toBe(3);
      expect(
        (await attestations.listByEntity(REF, { releaseId: 'rel-1' })).map(
          a => a.id,
        ),
      ).toEqual([forRelease.id]);
      expect(
        (await attestations.listByRelease('rel-1')).map(a => a.id),
      ).toEqual([forRelease.id]);
    });

    it('records a countersignature', async () => {
      const { attestations } = ctx.stores;
      const created = await attestations.create(newAttestation());
      const signed = await attestations.countersign(created.id, {
        by: 'user:default/run-lead',
        at: '2026-11-02T10:00:00.000Z',
      });
      expect(signed).toMatchObject({
        countersignedBy: 'user:default/run-lead',
        countersignedAt: '2026-11-02T10:00:00.000Z',
      });
      expect(
        await attestations.countersign('nope', { by: 'x' }),
      ).toBeUndefined();
    });
  },
);

describe.each(databases.eachSupportedId())('WaiversStore (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('creates, lists and filters waivers', async () => {
    const { waivers } = ctx.stores;
    const requested = await waivers.create(newWaiver());
    const approved = await waivers.create(
      newWaiver({
        criterionId: 'BCK-05',
        status: 'approved',
        approvedBy: 'user:default/ciso',
        approvedAt: '2026-11-03T00:00:00.000Z',
        requestedAt: '2026-11-02T00:00:00.000Z',
        actionId: 'action-1',
      }),
    );
    expect(await waivers.getById(approved.id)).toEqual(approved);
    expect((await waivers.listByEntity(REF)).map(w => w.id)).toEqual([
      approved.id,
      requested.id,
    ]);
    expect(
      (await waivers.listByEntity(REF, { status: ['approved'] })).map(
        w => w.id,
      ),
    ).toEqual([approved.id]);
    expect(
      (await waivers.listByEntity(REF, { criterionId: 'SEC-01' })).map(
        w => w.id,
      ),
    ).toEqual([requested.id]);
  });

  it('binds a waiver to a release and filters by release', async () => {
    const { waivers } = ctx.stores;
    const bound = await waivers.create(
      newWaiver({ criterionId: 'REL-02', releaseId: 'release-a' }),
    );
    const unbound = await waivers.create(newWaiver());
    expect(bound.releaseId).toBe('release-a');
    expect(unbound.releaseId).toBeUndefined();
    expect(await waivers.getById(bound.id)).toEqual(bound);
    expect(
      (await waivers.listByEntity(REF, { releaseId: 'release-a' })).map(w => w.id),
    ).toEqual([bound.id]);
    expect(
      (await waivers.listByEntities([REF])).get(REF)?.find(w => w.id === bound.id)
        ?.releaseId,
    ).toBe('release-a');
  });

  it('approves only a waiver still in the expected status', async () => {
    const { waivers } = ctx.stores;
    const created = await waivers.create(newWaiver());
    const approved = await waivers.update(
      created.id,
      {
        status: 'approved',
        approvedBy: 'user:default/ciso',
        approvedAt: '2026-11-05T00:00:00.000Z',
      },
      { expectedStatus: ['requested'] },
    );
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: 'user:default/ciso',
    });

    await expect(
      waivers.update(
        created.id,
        { status: 'approved' },
        { expectedStatus: ['requested'] },
      ),
    ).rejects.toThrow(ConflictError);
    await expect(waivers.update('nope', { status: 'revoked' })).rejects.toThrow(
      NotFoundError,
    );

    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        waivers.update(
          created.id,
          { status: 'revoked' },
          { expectedStatus: ['approved'] },
        ),
      ),
    );
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    expect((await waivers.getById(created.id))?.status).toBe('revoked');
  });
});
