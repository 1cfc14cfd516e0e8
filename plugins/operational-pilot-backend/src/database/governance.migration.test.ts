import fs from 'node:fs';
import { createTestDatabases } from '../testing/databases';
import { MIGRATIONS_DIRECTORY } from './stores';
import { createStoresFromKnex } from '.';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const config = { directory: MIGRATIONS_DIRECTORY };
const NAME = '20261203000400_governance.js';
const REF = 'component:default/payments';

describe.each(databases.eachSupportedId())(
  'migration 20261203000400_governance (%s)',
  databaseId => {
    it('adds the exemption fields to attestations and the proposals table, keeps existing rows, and goes down', async () => {
      const knex = await databases.init(databaseId);
      const before = fs
        .readdirSync(MIGRATIONS_DIRECTORY)
        .filter(f => f.endsWith('.js'))
        .sort()
        .filter(f => f < NAME);
      for (let i = 0; i < before.length; i++) await knex.migrate.up(config);
      await knex('attestations').insert({
        id: 'old',
        entity_ref: REF,
        criterion_id: 'BCK-03',
        state: 'not-applicable',
        justification: 'stateless',
        evidence: '[]',
        assessed_by: 'user:default/alice',
        assessed_at: '2026-11-01T00:00:00.000Z',
        created_at: '2026-11-01T00:00:00.000Z',
      });
      await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000400');
      expect(await knex.schema.hasTable('operations_proposals')).toBe(true);

      const stores = createStoresFromKnex(knex);
      // A declaration made before the migration is not approved: on a blocking criterion it waits for approval.
      expect(await stores.attestations.getById('old')).toMatchObject({
        state: 'not-applicable',
      });
      expect(
        (await stores.attestations.getById('old'))!.approvedBy,
      ).toBeUndefined();
      const approved = await stores.attestations.approve('old', {
        by: 'user:default/bob',
        at: '2026-12-01T00:00:00.000Z',
      });
      expect(approved).toMatchObject({
        approvedBy: 'user:default/bob',
        approvedAt: '2026-12-01T00:00:00.000Z',
      });
      // Once only.
      expect(
        await stores.attestations.approve('old', { by: 'user:default/carol' }),
      ).toBeUndefined();

      const proposal = await stores.proposals.create({
        entityRef: REF,
        changes: [{ path: 'tier', before: 'T1', after: 'T3' }],
        proposedBy: 'user:default/chloe',
        proposedAt: '2026-12-01T00:00:00.000Z',
      });
      expect(
        await stores.proposals.listByEntity(REF, { status: ['pending'] }),
      ).toEqual([proposal]);
      await stores.proposals.decide(proposal.id, {
        status: 'rejected',
        by: 'user:default/alice',
        at: '2026-12-02T00:00:00.000Z',
      });
      await expect(
        stores.proposals.decide(proposal.id, {
          status: 'accepted',
          by: 'user:default/alice',
          at: '2026-12-02T00:00:00.000Z',
        }),
      ).rejects.toThrow(/already rejected/);

      await knex.migrate.down(config);
      expect(await knex.schema.hasTable('operations_proposals')).toBe(false);
      expect(await knex.schema.hasColumn('attestations', 'approved_by')).toBe(
        false,
      );
      expect(
        await knex('attestations').where({ id: 'old' }).first(),
      ).toMatchObject({
        state: 'not-applicable',
      });
    });
  },
);
