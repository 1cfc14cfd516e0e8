/*
 * GET …/readiness checks the stored evaluation with related entities cached for a few seconds (issue
 * "performance"), within the freshness promise: a catalog change shows once the cache's TTL has passed (or after
 * the refresh pass), a change of our own data at once, and nothing is evaluated with cached entities.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Entity } from '@backstage/catalog-model';
import {
  buildReadinessModel,
  EntityReadiness,
} from '@operational-pilot/backstage-plugin-common';
import { createStores } from '../database';
import { readBackendOptions } from '../options';
import { EvaluationTask } from '../tasks/EvaluationTask';
import {
  ORDERS_COMPONENT,
  ORDERS_REF,
  ORDERS_TEAM,
} from '../__testUtils__/evaluationFixtures';
import { createTestDatabases } from '../testing/databases';
import { CatalogGateway } from './CatalogGateway';
import type { Authorizer } from './Authorizer';
import { EvaluationService } from './EvaluationService';
import { readReadiness } from './readinessRead';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const COMPONENT = ORDERS_COMPONENT;
const GROUP = ORDERS_TEAM;
const REF = ORDERS_REF;
const START = new Date('2026-12-03T10:00:00Z').getTime();

/** A catalog whose content the test changes, counting the related-entity reads (`getEntitiesByRefs`). */
function changingCatalog(entities: Entity[]) {
  let current = catalogServiceMock({ entities });
  const counts = { related: 0, entity: 0 };
  const catalog = new Proxy({} as CatalogService, {
    get: (_target, prop) => {
      if (prop === 'getEntitiesByRefs') {
        counts.related += 1;
      }
      if (prop === 'getEntityByRef') {
        counts.entity += 1;
      }
      const value = (current as any)[prop];
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  return {
    catalog,
    counts,
    setEntities: (next: Entity[]) => {
      current = catalogServiceMock({ entities: next });
    },
  };
}

async function setup(knex: any, entities: Entity[]) {
  const stores = await createStores({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const changing = changingCatalog(entities);
  const catalog = new CatalogGateway(changing.catalog, mockServices.auth());
  const options = readBackendOptions(mockServices.rootConfig());
  let now = new Date(START);
  const clock = () => now;
  const evaluations = new EvaluationService({
    model: buildReadinessModel({ packs: ['core'] }),
    stores,
    catalog,
    logger: mockServices.logger.mock(),
    kinds: options.kinds,
    now: clock,
  });
  const task = new EvaluationTask({
    stores,
    catalog,
    evaluations,
    logger: mockServices.logger.mock(),
    options,
    now: clock,
  });
  const at = (seconds: number) => {
    now = new Date(START + seconds * 1000);
    return now;
  };
  return { ...changing, stores, evaluations, task, at, gateway: catalog, knex };
}

const own01 = (readiness: EntityReadiness) =>
  readiness.criteria.find(c => c.id === 'OWN-01')!.status;

describe.each(databases.eachSupportedId())(
  'GET readiness with cached related entities (%s)',
  databaseId => {
    it('reads the related entities once for two readiness reads within the TTL', async () => {
      const { evaluations, task, counts, at } = await setup(
        await databases.init(databaseId),
        [COMPONENT, GROUP],
      );
      await task.run();
      const related = counts.related;

      at(1);
      const first = await evaluations.getReadiness(COMPONENT);
      at(14);
      const second = await evaluations.getReadiness(COMPONENT);
      expect(counts.related - related).toBe(1);
      // Both are the stored evaluation of the pass.
      expect(first.evaluatedAt).toBe(new Date(START).toISOString());
      expect(second.evaluatedAt).toBe(first.evaluatedAt);
      expect(own01(second)).toBe('pass');
    });

    it('shows a change of a related entity once the TTL has passed, and after the refresh pass', async () => {
      const { evaluations, stores, task, counts, setEntities, at } =
        await setup(await databases.init(databaseId), [COMPONENT]);
      await task.run();
      expect(own01(await evaluations.getReadiness(COMPONENT))).toBe('fail');

      // The owner group arrives in the catalog: within the TTL the cached absence still confirms the stored result.
      setEntities([COMPONENT, GROUP]);
      at(10);
      const related = counts.related;
      expect(own01(await evaluations.getReadiness(COMPONENT))).toBe('fail');
      expect(counts.related).toBe(related);

      // Past the TTL it is read again: re-evaluated and stored, for the portfolio.
      at(16);
      const later = await evaluations.getReadiness(COMPONENT);
      expect(own01(later)).toBe('pass');
      expect(later.evaluatedAt).toBe(at(16).toISOString());
      expect(own01((await stores.evaluations.get(REF))!.readiness)).toBe(
        'pass',
      );

      // The group leaves again; the refresh pass follows…
      setEntities([COMPONENT]);
      at(20);
      expect((await task.run({ housekeeping: false })).evaluated).toBe(1);
      // …and readiness, still within the TTL of its cached group, reads it again and shows the pass's evaluation.
      at(21);
      const afterPass = await evaluations.getReadiness(COMPONENT);
      expect(own01(afterPass)).toBe('fail');
      expect(afterPass.evaluatedAt).toBe(
        new Date(START + 20_000).toISOString(),
      );
    });

    it('shows a change of our own data at once, evaluated with related entities read afresh', async () => {
      const { evaluations, stores, task, counts, setEntities, at } =
        await setup(await databases.init(databaseId), [COMPONENT]);
      await task.run();
      at(1);
      expect(own01(await evaluations.getReadiness(COMPONENT))).toBe('fail');

      // The group arrives (the cache still says absent), then operational data is written without a re-evaluation.
      setEntities([COMPONENT, GROUP]);
      at(2);
      await stores.operations.put(
        REF,
        { tier: 'T3', roles: { poa: 'user:default/zoe' } },
        { expectedVersion: 0, actor: 'user:default/alice', now: at(2) },
      );
      at(3);
      const related = counts.related;
      const readiness = await evaluations.getReadiness(COMPONENT);
      expect(readiness.tier).toBe('T3');
      expect(readiness.evaluatedAt).toBe(at(3).toISOString());
      // The new POA read with the entity's refs; the cached group read again before evaluating.
      expect(counts.related - related).toBe(2);
      expect(own01(readiness)).toBe('pass');
      const stored = (await stores.evaluations.get(REF))!.readiness;
      expect(stored.tier).toBe('T3');
      expect(own01(stored)).toBe('pass');

      // Current again: the next read returns it without reading the catalog.
      at(4);
      const next = await evaluations.getReadiness(COMPONENT);
      expect(next.evaluatedAt).toBe(readiness.evaluatedAt);
      expect(counts.related - related).toBe(2);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'readReadiness: the stored evaluation without a catalog read (%s)',
  databaseId => {
    const user = mockCredentials.user('user:default/alice');
    const contextOf = (
      env: Awaited<ReturnType<typeof setup>>,
      scope: 'all' | 'conditional',
    ) => ({
      stores: env.stores,
      evaluations: env.evaluations,
      catalog: env.gateway,
      authorizer: {
        catalogReadScope: async () => scope,
      } as unknown as Authorizer,
    });

    it('answers a caller who may read the whole catalog from the current stored evaluation', async () => {
      const env = await setup(await databases.init(databaseId), [
        COMPONENT,
        GROUP,
      ]);
      await env.task.run();
      const reads = env.counts.entity;
      env.at(5);
      const readiness = await readReadiness(contextOf(env, 'all'), REF, user);
      expect(env.counts.entity).toBe(reads);
      expect(readiness.evaluatedAt).toBe(new Date(START).toISOString());
      expect(own01(readiness)).toBe('pass');
    });

    it('goes through the catalog for a caller with conditional read access', async () => {
      const env = await setup(await databases.init(databaseId), [
        COMPONENT,
        GROUP,
      ]);
      await env.task.run();
      const reads = env.counts.entity;
      await readReadiness(contextOf(env, 'conditional'), REF, user);
      expect(env.counts.entity).toBe(reads + 1);
    });

    it('goes through the catalog (and evaluates) when nothing current is stored, and answers 404 for an entity not in the catalog', async () => {
      const env = await setup(await databases.init(databaseId), [
        COMPONENT,
        GROUP,
      ]);
      const ctx = contextOf(env, 'all');
      // Never evaluated yet: read from the catalog, evaluated and stored.
      const first = await readReadiness(ctx, REF, user);
      expect(env.counts.entity).toBe(1);
      expect(own01(first)).toBe('pass');
      expect(await env.stores.evaluations.get(REF)).toBeDefined();

      // Stored, but gone from the catalog (flagged by the pass): the catalog decides, and it is a 404.
      env.setEntities([GROUP]);
      env.at(40);
      await env.task.run({ housekeeping: false });
      await expect(readReadiness(ctx, REF, user)).rejects.toThrow(
        NotFoundError,
      );
      await expect(
        readReadiness(ctx, 'component:default/unknown', user),
      ).rejects.toThrow(NotFoundError);
    });

    it('re-evaluates through the catalog once a clock-driven change is due', async () => {
      const env = await setup(await databases.init(databaseId), [
        COMPONENT,
        GROUP,
      ]);
      await env.task.run();
      const stored = await env.stores.evaluations.get(REF);
      // Whatever the stored evaluation says, a read after its next change is not answered from the store.
      const due = stored!.readiness.nextChangeAt
        ? Date.parse(stored!.readiness.nextChangeAt)
        : undefined;
      if (due === undefined) {
        await env.knex('evaluations').update({
          next_change_at: new Date(START + 60_000).toISOString(),
        });
      }
      env.at(((due ?? START + 60_000) - START) / 1000 + 1);
      const reads = env.counts.entity;
      await readReadiness(contextOf(env, 'all'), REF, user);
      expect(env.counts.entity).toBe(reads + 1);
    });
  },
);
