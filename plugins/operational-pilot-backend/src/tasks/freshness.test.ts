/*
 * A stored evaluation follows every input that changes it (issue "trust", items 12–14): related catalog entities,
 * data written without a re-evaluation, grace decay, requested full runs.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { buildReadinessModel } from '@operational-pilot/backstage-plugin-common';
import { createStores } from '../database';
import { DatabaseEvaluationRunsStore } from '../database/EvaluationRunsStore';
import { readBackendOptions } from '../options';
import { CatalogGateway } from '../service/CatalogGateway';
import { EvaluationService } from '../service/EvaluationService';
import {
  ORDERS_COMPONENT,
  ORDERS_REF,
  ORDERS_TEAM,
} from '../__testUtils__/evaluationFixtures';
import { createTestDatabases } from '../testing/databases';
import { EvaluationTask } from './EvaluationTask';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const COMPONENT = ORDERS_COMPONENT;
const OTHER: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-billing' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-billing' }],
};
const GROUP = ORDERS_TEAM;
const REF = ORDERS_REF;

async function setup(knex: any, entities: Entity[], now: () => Date) {
  const stores = await createStores({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const runs = new DatabaseEvaluationRunsStore(knex);
  const catalog = new CatalogGateway(
    catalogServiceMock({ entities }),
    mockServices.auth(),
  );
  const options = readBackendOptions(mockServices.rootConfig());
  const evaluations = new EvaluationService({
    model: buildReadinessModel({ packs: ['core'] }),
    stores,
    catalog,
    logger: mockServices.logger.mock(),
    kinds: options.kinds,
    runs,
    now,
  });
  const task = new EvaluationTask({
    stores,
    catalog,
    evaluations,
    logger: mockServices.logger.mock(),
    options,
    runs,
    now,
  });
  return { stores, evaluations, task, runs };
}

describe.each(databases.eachSupportedId())(
  'evaluation freshness (%s)',
  databaseId => {
    it('re-evaluates an entity when its owner group is ingested after it (incremental pass)', async () => {
      const knex = await databases.init(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      const before = await setup(knex, [COMPONENT, OTHER], () => now);
      expect((await before.task.run()).evaluated).toBe(2);
      const own01 = async () =>
        (await before.stores.evaluations.get(REF))!.readiness.criteria.find(
          c => c.id === 'OWN-01',
        )!.status;
      expect(await own01()).toBe('fail');

      // The group arrives in the catalog; the component itself is unchanged.
      const after = await setup(knex, [COMPONENT, OTHER, GROUP], () => now);
      const summary = await after.task.run({ housekeeping: false });
      expect(summary.evaluated).toBe(1);
      expect(await own01()).toBe('pass');
      // Nothing else changed: the next pass evaluates nothing.
      expect((await after.task.run({ housekeeping: false })).evaluated).toBe(0);
      // The group gains relations to other entities (ownerOf, hasMember): nothing the engine reads.
      const busier = await setup(
        knex,
        [
          COMPONENT,
          OTHER,
          {
            ...GROUP,
            relations: [
              { type: 'ownerOf', targetRef: 'component:default/orders' },
              { type: 'hasMember', targetRef: 'user:default/zoe' },
            ],
          },
        ],
        () => now,
      );
      expect((await busier.task.run({ housekeeping: false })).evaluated).toBe(
        0,
      );

      // The group leaves again: the stored evaluation follows.
      const gone = await setup(knex, [COMPONENT, OTHER], () => now);
      expect((await gone.task.run({ housekeeping: false })).evaluated).toBe(1);
      expect(await own01()).toBe('fail');
    });

    it('GET readiness recomputes when a related entity changed since the stored evaluation', async () => {
      const knex = await databases.init(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      const before = await setup(knex, [COMPONENT], () => now);
      await before.evaluations.evaluateEntity(COMPONENT);
      const after = await setup(knex, [COMPONENT, GROUP], () => now);
      const readiness = await after.evaluations.getReadiness(COMPONENT);
      expect(readiness.criteria.find(c => c.id === 'OWN-01')!.status).toBe(
        'pass',
      );
      // …and stores it, for the portfolio.
      expect(
        (await after.stores.evaluations.get(REF))!.readiness.criteria.find(
          c => c.id === 'OWN-01',
        )!.status,
      ).toBe('pass');
    });

    it('re-evaluates data written without a re-evaluation (another replica, a failed re-evaluation)', async () => {
      const knex = await databases.init(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      const { task, stores } = await setup(
        knex,
        [COMPONENT, OTHER, GROUP],
        () => now,
      );
      await task.run();
      const tierBefore = (await stores.evaluations.get(REF))!.readiness.tier;
      expect(tierBefore).toBe('T1');
      // Written straight to the store: nobody re-evaluated.
      await stores.operations.put(
        REF,
        { tier: 'T3' },
        {
          expectedVersion: 0,
          actor: 'user:default/alice',
          now,
        },
      );
      const summary = await task.run({ housekeeping: false });
      expect(summary.evaluated).toBe(1);
      expect((await stores.evaluations.get(REF))!.readiness.tier).toBe('T3');
    });

    it('never lets an evaluation that read older inputs overwrite the one made after a write', async () => {
      const knex = await databases.init(databaseId);
      let now = new Date('2026-12-03T10:00:00Z');
      const { evaluations, stores } = await setup(
        knex,
        [COMPONENT, GROUP],
        () => now,
      );
      // A slow batch (the task, another replica) reads its inputs…
      const [slow] = await evaluations.gatherInputs([COMPONENT]);
      // …meanwhile a write is made and re-evaluated…
      now = new Date('2026-12-03T10:00:01Z');
      await stores.operations.put(
        REF,
        { tier: 'T3' },
        { expectedVersion: 0, actor: 'user:default/alice', now },
      );
      await evaluations.evaluateEntity(COMPONENT);
      // …then the slow batch finishes: its older evaluation is not stored.
      now = new Date('2026-12-03T10:00:02Z');
      await evaluations.evaluateInputs([slow]);
      const stored = (await stores.evaluations.get(REF))!.readiness;
      expect(stored.tier).toBe('T3');
      expect(stored.evaluatedAt).toBe('2026-12-03T10:00:01.000Z');
    });

    it('refreshes grace decay daily instead of freezing it until the end of the grace period', async () => {
      const knex = await databases.init(databaseId);
      let now = new Date('2026-12-03T10:00:00Z');
      const { task, stores } = await setup(knex, [COMPONENT, GROUP], () => now);
      await stores.attestations.create({
        entityRef: REF,
        criterionId: 'SEC-01',
        state: 'compliant',
        evidence: [{ url: 'https://sec.example/review/1' }],
        assessedBy: 'user:default/alice',
        assessedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-11-28T00:00:00.000Z',
      });
      await task.run();
      const first = (await stores.evaluations.get(REF))!.readiness;
      const sec01 = first.criteria.find(c => c.id === 'SEC-01')!;
      expect(sec01.status).toBe('grace');
      expect(Date.parse(first.nextChangeAt!)).toBeLessThanOrEqual(
        now.getTime() + 24 * 60 * 60 * 1000,
      );

      now = new Date('2026-12-04T10:00:00Z');
      expect((await task.run({ housekeeping: false })).evaluated).toBe(1);
      const next = (await stores.evaluations.get(REF))!.readiness;
      expect(next.criteria.find(c => c.id === 'SEC-01')!.credit).toBeLessThan(
        sec01.credit,
      );
    });

    it('runs a full re-evaluation when one was requested, once, and records every run', async () => {
      const knex = await databases.init(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      const { task, evaluations, runs } = await setup(
        knex,
        [COMPONENT, OTHER, GROUP],
        () => now,
      );
      await task.run({ task: 'operational-pilot:refresh' });
      expect(
        (await task.run({ task: 'operational-pilot:refresh' })).evaluated,
      ).toBe(0);
      expect(await evaluations.requestFullRun('user:default/alice')).toBe(true);
      const forced = await task.run({ task: 'operational-pilot:refresh' });
      expect(forced.full).toBe(true);
      expect(forced.evaluated).toBe(2);
      const after = await task.run({ task: 'operational-pilot:refresh' });
      expect(after.full).toBe(false);
      expect(after.evaluated).toBe(0);
      const ledger = await runs.list({ task: 'operational-pilot:refresh' });
      expect(ledger.map(r => [r.mode, r.evaluated])).toEqual([
        ['incremental', 2],
        ['incremental', 0],
        ['full', 2],
        ['incremental', 0],
      ]);
      expect(ledger.every(r => r.finished_at && r.runner)).toBe(true);
    });
  },
);
