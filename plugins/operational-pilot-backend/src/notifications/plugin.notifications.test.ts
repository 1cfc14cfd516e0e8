import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { createStores } from '../database';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const COMPONENT =
  '/api/operational-pilot/entities/component/default/payments-api';

async function start(knex: any, notifications: object = {}) {
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'payments-api', namespace: 'default' },
            spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
          },
        ],
      }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core'], notifications } },
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (n: NotificationSendOptions) => {
            sent.push(n);
          },
        }),
      }),
    ],
  });
  const stores = await createStores({
    database: mockServices.database({ knex, migrations: { skip: true } }),
  });
  await stores.operations.put(
    'component:default/payments-api',
    {
      roles: {
        poa: 'user:default/alice',
        opsOwner: 'group:default/run-ops',
        businessOwner: 'user:default/emma',
      },
    },
    { expectedVersion: 0, actor: 'user:default/alice' },
  );
  return { server, sent, stores };
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe.each(databases.eachSupportedId())(
  'notifications through the HTTP API (%s)',
  databaseId => {
    it('a requested waiver and an assigned action notify, with the plugin wired to the notification service', async () => {
      const { server, sent } = await start(await databases.init(databaseId));
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({ criterionId: 'BCK-03', reason: 'restore test next sprint', expiresAt: inDays(30) });
      expect(waiver.status).toBe(201);
      const action = await request(server)
        .post(`${COMPONENT}/actions`)
        .send({ title: 'Write the runbook', phase: 'before', side: 'build', assigneeRef: 'user:default/bruno' });
      expect(action.status).toBe(201);

      expect(sent.map(n => [n.payload.topic, n.recipients])).toEqual([
        [
          'waiverRequested',
          {
            type: 'entity',
            entityRef: ['group:default/run-ops', 'user:default/emma'],
            excludeEntityRef: ['user:default/mock'],
          },
        ],
        [
          'actionAssigned',
          { type: 'entity', entityRef: ['user:default/bruno'] },
        ],
      ]);
      expect(sent[0].payload.link).toBe(
        '/catalog/default/component/payments-api/operational-pilot',
      );
    });

    it('a generated release checklist notifies the assignees of its actions, linking the release', async () => {
      const { server, sent, stores } = await start(
        await databases.init(databaseId),
      );
      const release = await stores.releases.create({
        entityRef: 'component:default/payments-api',
        version: '2.4.0',
        kind: 'minor',
        plannedAt: new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString(),
        status: 'planned',
        createdBy: 'user:default/alice',
      } as any);
      const res = await request(server)
        .post(`/api/operational-pilot/releases/${release.id}/checklist`)
        .send({});
      expect(res.status).toBe(201);
      const assigned = res.body.items.filter((a: any) => a.assigneeRef);
      expect(assigned.length).toBeGreaterThan(0);
      expect(sent).toHaveLength(assigned.length);
      for (const n of sent) {
        expect(n.payload.topic).toBe('actionAssigned');
        expect(n.payload.link).toBe(
          `/catalog/default/component/payments-api/operational-pilot/releases/${release.id}`,
        );
      }
    });

    it('sends nothing when notifications are disabled, and the writes still succeed', async () => {
      const { server, sent } = await start(await databases.init(databaseId), {
        enabled: false,
      });
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({ criterionId: 'BCK-03', reason: 'later', expiresAt: inDays(30) });
      expect(waiver.status).toBe(201);
      expect(sent).toHaveLength(0);
    });
  },
);
