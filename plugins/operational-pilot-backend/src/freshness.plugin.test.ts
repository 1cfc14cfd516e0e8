/*
 * Plugin wiring of the issue "trust": the frequent refresh is scheduled across replicas, a requested run is a full
 * one, re-evaluating an entity needs a write permission.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { operationalPilotPlugin, REFRESH_TASK_ID } from './plugin';
import { createTestDatabases } from './testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
];
const API = '/api/operational-pilot';

async function start(
  knex: any,
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  type Task = SchedulerServiceTaskInvocationDefinition &
    SchedulerServiceTaskScheduleDefinition;
  const tasks: Task[] = [];
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: async task => {
      tasks.push(task as Task);
    },
    triggerTask: async () => {},
  });
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: permission }),
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core'] } },
      }),
      scheduler.factory,
    ],
  });
  return { server, tasks, scheduler };
}

describe.each(databases.eachSupportedId())(
  'operational-pilot freshness wiring (%s)',
  databaseId => {
    it('schedules a global refresh every 30 s that puts new catalog entities in the portfolio', async () => {
      const { server, tasks } = await start(
        await databases.init(databaseId),
        AuthorizeResult.ALLOW,
      );
      const refresh = tasks.find(t => t.id === REFRESH_TASK_ID);
      expect(refresh).toBeDefined();
      expect(refresh!.scope).toBe('global');
      expect(refresh!.frequency).toEqual({ seconds: 30 });
      expect(refresh!.initialDelay).toEqual({ seconds: 5 });

      const empty = await request(server).get(`${API}/portfolio`);
      expect(empty.body.totalItems).toBe(0);
      await refresh!.fn(new AbortController().signal as any);
      const page = await request(server).get(`${API}/portfolio`);
      expect(page.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/payments-api',
      ]);
    });

    it('POST /evaluations/run asks for a full re-evaluation, run by the next refresh', async () => {
      const { server, tasks, scheduler } = await start(
        await databases.init(databaseId),
        AuthorizeResult.ALLOW,
      );
      const refresh = tasks.find(t => t.id === REFRESH_TASK_ID)!;
      await refresh.fn(new AbortController().signal as any);
      const res = await request(server).post(`${API}/evaluations/run`);
      expect(res.status).toBe(202);
      expect(scheduler.triggerTask).toHaveBeenCalledWith(REFRESH_TASK_ID);
      const readiness = async () =>
        (
          await request(server).get(
            `${API}/entities/component/default/payments-api/readiness`,
          )
        ).body.evaluatedAt;
      const before = await readiness();
      await new Promise(r => setTimeout(r, 5));
      await refresh.fn(new AbortController().signal as any);
      // Nothing changed, yet the requested run re-evaluated the entity.
      expect(await readiness()).not.toBe(before);
    });

    it('POST …/evaluate needs the permission to edit the entity (403 otherwise)', async () => {
      const { server } = await start(
        await databases.init(databaseId),
        AuthorizeResult.DENY,
      );
      const url = `${API}/entities/component/default/payments-api/evaluate`;
      expect((await request(server).post(url)).status).toBe(403);
      // A service (no user) may not either.
      const asService = await request(server)
        .post(url)
        .set('Authorization', mockCredentials.service.header());
      expect([401, 403]).toContain(asService.status);
    });
  },
);
