import { createTestDatabases } from '../testing/databases';
import { MIGRATIONS_DIRECTORY } from './stores';
import { createStoresFromKnex } from '.';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const config = { directory: MIGRATIONS_DIRECTORY };
const NOW = '2026-12-01T10:00:00.000Z';

function releaseRow(id: string, outcome: unknown) {
  return {
    id,
    entity_ref: 'component:default/payments',
    version: id,
    kind: 'minor',
    planned_at: NOW,
    status: 'closed',
    outcome: outcome === null ? null : JSON.stringify(outcome),
    rev: 1,
    created_by: 'user:default/alice',
    created_at: NOW,
    updated_at: NOW,
  };
}

describe.each(databases.eachSupportedId())(
  'migration 20261203000100_release_outcomes (%s)',
  databaseId => {
    it('copies recorded outcomes into queryable columns, and goes down', async () => {
      const knex = await databases.init(databaseId);
      for (let i = 0; i < 4; i++) await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000000');
      await knex('releases').insert([
        releaseRow('with', {
          outcome: 'success_with_incidents',
          incidents: ['INC1'],
          followUpActionIds: [],
          goGateVerdict: 'ready-with-reservations',
          recordedBy: 'user:default/alice',
          recordedAt: NOW,
        }),
        releaseRow('without', null),
      ]);
      await knex.migrate.up(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000100');
      expect(await knex('releases').where({ id: 'with' }).first()).toMatchObject({
        outcome_kind: 'success_with_incidents',
        outcome_at: NOW,
        go_gate_verdict: 'ready-with-reservations',
      });
      expect(await knex('releases').where({ id: 'without' }).first()).toMatchObject({
        outcome_kind: null,
        outcome_at: null,
      });

      // The store keeps the columns in step with the outcome it writes.
      const stores = createStoresFromKnex(knex);
      const release = (await stores.releases.getById('without'))!;
      await stores.releases.update(
        release.id,
        {
          outcome: {
            outcome: 'rolled_back',
            incidents: [],
            followUpActionIds: [],
            goGateVerdict: 'not-ready',
            recordedBy: 'user:default/bob',
            recordedAt: '2026-12-02T08:00:00.000Z',
          },
        },
        release.rev,
      );
      expect(await knex('releases').where({ id: 'without' }).first()).toMatchObject({
        outcome_kind: 'rolled_back',
        outcome_at: '2026-12-02T08:00:00.000Z',
        go_gate_verdict: 'not-ready',
      });
      const updated = (await stores.releases.getById('without'))!;
      await stores.releases.update(updated.id, { outcome: null }, updated.rev);
      expect((await knex('releases').where({ id: 'without' }).first()).outcome_kind).toBeNull();

      await knex.migrate.down(config);
      expect(await knex.migrate.currentVersion(config)).toBe('20261203000000');
      expect(await knex.schema.hasColumn('releases', 'outcome_kind')).toBe(false);
      expect(await knex('releases').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
    });
  },
);
