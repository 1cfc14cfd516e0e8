import { createTestDatabases } from '../testing/databases';
import { MIGRATIONS_DIRECTORY } from './stores';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const config = { directory: MIGRATIONS_DIRECTORY };
const NOW = '2026-12-01T10:00:00.000Z';

describe.each(databases.eachSupportedId())(
  'migration 20261203000200_waiver_rejection_reason (%s)',
  databaseId => {
    it('adds waivers.rejection_reason (null for existing waivers), and goes down', async () => {
      const knex = await databases.init(databaseId);
      for (let i = 0; i < 5; i++) await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000100');
      await knex('waivers').insert({
        id: 'w1',
        entity_ref: 'component:default/payments',
        criterion_id: 'BCK-03',
        reason: 'restore test next week',
        requested_by: 'user:default/alice',
        requested_at: NOW,
        status: 'rejected',
        expires_at: NOW,
      });
      await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000200');
      expect(await knex.schema.hasColumn('waivers', 'rejection_reason')).toBe(
        true,
      );
      expect(await knex('waivers').where({ id: 'w1' }).first()).toMatchObject({
        reason: 'restore test next week',
        rejection_reason: null,
      });
      await knex.migrate.down(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000100');
      expect(await knex.schema.hasColumn('waivers', 'rejection_reason')).toBe(
        false,
      );
      expect(await knex('waivers').where({ id: 'w1' }).first()).toMatchObject({
        reason: 'restore test next week',
      });
    });
  },
);
