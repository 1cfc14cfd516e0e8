/*
 * The real permission flow, end to end in one test backend: our routes call the permissions service, which asks
 * the permission backend, whose policy is our default policy module; its conditional decisions ("is the
 * entity's POA / ops owner / owner") are resolved by our plugin's permission integration from the stored roles.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';
import { realPermissionFeatures } from './__testUtils__/realPermissions';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const MEMBERSHIP: Record<string, string[]> = {
  'user:default/alice': ['group:default/poa-office'],
  'user:default/chloe': ['group:default/payments-team'],
  'user:default/bruno': ['group:default/run-ops'],
  'user:default/emma': ['group:default/business-owners'],
  'user:default/julie': [],
};

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
];
const COMPONENT =
  '/api/operational-pilot/entities/component/default/payments-api';
const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);

describe.each(databases.eachSupportedId())(
  'permissions, real policy (%s)',
  databaseId => {
    it('lets POAs, owners and role holders write, denies readers, and keeps waiver approval for approvers', async () => {
      const { server } = await startTestBackend({
        features: [
          operationalPilotPlugin,
          ...realPermissionFeatures(MEMBERSHIP),
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          mockServices.rootConfig.factory({
            data: {
              permission: { enabled: true },
              operationalPilot: {
                poaGroups: ['group:default/poa-office'],
                approverGroups: [],
              },
            },
          }),
        ],
      });

      // A reader with no role: 403 on writes, reads allowed.
      const denied = await request(server)
        .post(`${COMPONENT}/actions`)
        .set('Authorization', as('julie'))
        .send({ title: 'x', phase: 'run', side: 'run' });
      expect(denied.status).toBe(403);
      expect(
        (
          await request(server)
            .get(`${COMPONENT}/readiness`)
            .set('Authorization', as('julie'))
        ).status,
      ).toBe(200);

      // The owner team (catalog ownership) may write.
      const owner = await request(server)
        .post(`${COMPONENT}/actions`)
        .set('Authorization', as('chloe'))
        .send({
          title: 'Add the runbook link',
          phase: 'before',
          side: 'build',
        });
      expect(owner.status).toBe(201);

      // A POA (member of a POA group) sets the roles: Bruno's team becomes ops owner, Emma business owner.
      const put = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('alice'))
        .set('If-Match', '"0"')
        .send({
          metadata: {
            tier: 'T2',
            roles: {
              opsOwner: 'group:default/run-ops',
              businessOwner: 'user:default/emma',
            },
          },
        });
      expect(put.status).toBe(200);

      // The ops owner (a role only this plugin knows) may now write too.
      const opsOwner = await request(server)
        .post(`${COMPONENT}/attestations`)
        .set('Authorization', as('bruno'))
        .send({
          criterionId: 'BCK-03',
          state: 'compliant',
          evidence: [{ url: 'https://wiki.example/restore' }],
        });
      expect(opsOwner.status).toBe(201);

      // Waivers: the POA requests, but may not approve; the business owner approves (a SEC criterion would need
      // the security approver: see governance.test.ts).
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .set('Authorization', as('alice'))
        .send({
          criterionId: 'BCK-03',
          reason: 'Review scheduled next month',
          expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        });
      expect(waiver.status).toBe(201);
      const poaApproves = await request(server)
        .post(`/api/operational-pilot/waivers/${waiver.body.id}/approve`)
        .set('Authorization', as('alice'));
      expect(poaApproves.status).toBe(403);
      const readerApproves = await request(server)
        .post(`/api/operational-pilot/waivers/${waiver.body.id}/approve`)
        .set('Authorization', as('julie'));
      expect(readerApproves.status).toBe(403);
      const businessApproves = await request(server)
        .post(`/api/operational-pilot/waivers/${waiver.body.id}/approve`)
        .set('Authorization', as('emma'));
      expect(businessApproves.status).toBe(200);
      expect(businessApproves.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/emma',
      });

      // Releases: the POA plans and decides; the business owner may not manage releases but signs the hand-over.
      const emmaPlans = await request(server)
        .post(`${COMPONENT}/releases`)
        .set('Authorization', as('emma'))
        .send({
          version: '9.9.9',
          kind: 'patch',
          plannedAt: new Date(Date.now() + 86_400_000).toISOString(),
        });
      expect(emmaPlans.status).toBe(403);
      const planned = await request(server)
        .post(`${COMPONENT}/releases`)
        .set('Authorization', as('alice'))
        .send({
          version: '2.0.0',
          kind: 'patch',
          changeType: 'standard',
          changeRef: 'CHG-1',
          plannedAt: new Date(Date.now() + 86_400_000).toISOString(),
        });
      expect(planned.status).toBe(201);
      const release = `/api/operational-pilot/releases/${planned.body.id}`;
      const decided = await request(server)
        .post(`${release}/decisions`)
        .set('Authorization', as('alice'))
        .send({
          decision: 'go',
          approvers: ['user:default/emma'],
          overrideReason: 'Patch of a known defect, rollback is a redeploy',
        });
      expect(decided.status).toBe(201);
      let rev = Number(String(decided.headers.etag).replace(/"/g, ''));
      for (const status of ['deployed', 'hypercare']) {
        const moved = await request(server)
          .patch(release)
          .set('Authorization', as('alice'))
          .set('If-Match', `"${rev}"`)
          .send({ status });
        expect(moved.status).toBe(200);
        rev = moved.body.rev;
      }
      const readerSigns = await request(server)
        .post(`${release}/handover/signatures`)
        .set('Authorization', as('julie'))
        .send({ role: 'businessOwner' });
      expect(readerSigns.status).toBe(403);
      const emmaSigns = await request(server)
        .post(`${release}/handover/signatures`)
        .set('Authorization', as('emma'))
        .send({ role: 'businessOwner' });
      expect(emmaSigns.status).toBe(201);
      expect(emmaSigns.body.handover.signatures).toEqual([
        expect.objectContaining({
          role: 'businessOwner',
          signedBy: 'user:default/emma',
        }),
      ]);
      // Holding a role lets you sign as that role only.
      const emmaAsOps = await request(server)
        .post(`${release}/handover/signatures`)
        .set('Authorization', as('emma'))
        .send({ role: 'opsOwner' });
      expect(emmaAsOps.status).toBe(403);

      // Only POA-group members may trigger a portfolio re-evaluation.
      expect(
        (
          await request(server)
            .post('/api/operational-pilot/evaluations/run')
            .set('Authorization', as('chloe'))
        ).status,
      ).toBe(403);
    });
  },
);
