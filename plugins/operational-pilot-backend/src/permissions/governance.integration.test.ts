/*
 * Governance controls that depend on who the caller is for the permission policy, with the real permission backend
 * and our default policy module: sensitive operational metadata (tier, roles, support groups, SLO owner,
 * continuity agreement) changed by someone who is neither POA nor approver is held as a proposal the POA accepts,
 * or refused when configured so.
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
  'user:default/dan': ['group:default/payments-team'],
  'user:default/sofia': ['group:default/security-office'],
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
const API = '/api/operational-pilot';
const COMPONENT = `${API}/entities/component/default/payments-api`;
const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);

async function start(knex: any, sensitiveChanges?: 'propose' | 'refuse') {
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      ...realPermissionFeatures(MEMBERSHIP),
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          operationalPilot: {
            poaGroups: ['group:default/poa-office'],
            approverGroups: [],
            approverGroupsByCategory: {
              SEC: ['group:default/security-office'],
            },
            ...(sensitiveChanges ? { governance: { sensitiveChanges } } : {}),
          },
        },
      }),
    ],
  });
  // A POA (member of a POA group) sets the roles: Bruno's team runs it, Emma is the business owner.
  const put = await request(server)
    .put(`${COMPONENT}/operations`)
    .set('Authorization', as('alice'))
    .set('If-Match', '"0"')
    .send({
      metadata: {
        tier: 'T2',
        serviceHours: 'Mon-Fri 08:00-18:00',
        roles: {
          opsOwner: 'group:default/run-ops',
          businessOwner: 'user:default/emma',
        },
        support: { l2: { group: 'group:default/run-ops' } },
      },
    });
  expect(put.status).toBe(200);
  return server;
}

async function operations(server: any) {
  return request(server)
    .get(`${COMPONENT}/operations`)
    .set('Authorization', as('julie'));
}

describe.each(databases.eachSupportedId())(
  'governance, real policy (%s)',
  databaseId => {
    it('holds sensitive changes by the owner team as a proposal the POA accepts, and applies the rest', async () => {
      const server = await start(await databases.init(databaseId));
      const proposed = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('chloe'))
        .set('If-Match', '"1"')
        .send({
          metadata: {
            tier: 'T3',
            serviceHours: '24x7',
            roles: {
              poa: 'user:default/chloe',
              opsOwner: 'group:default/run-ops',
              businessOwner: 'user:default/emma',
            },
            support: { l2: { group: 'group:default/run-ops' } },
          },
        });
      expect(proposed.status).toBe(202);
      expect(proposed.body.held).toEqual(['tier', 'roles.poa']);
      expect(proposed.body.proposal).toMatchObject({
        status: 'pending',
        proposedBy: 'user:default/chloe',
        changes: [
          { path: 'tier', before: 'T2', after: 'T3' },
          { path: 'roles.poa', after: 'user:default/chloe' },
        ],
      });
      // The other fields applied; the sensitive ones did not.
      expect(proposed.body.metadata).toMatchObject({
        tier: 'T2',
        serviceHours: '24x7',
      });
      expect(proposed.body.metadata.roles.poa).toBeUndefined();
      expect(proposed.headers.etag).toBe('"2"');

      const read = await operations(server);
      expect(read.body.metadata.tier).toBe('T2');
      expect(read.body.pendingProposals).toEqual([
        expect.objectContaining({
          id: proposed.body.proposal.id,
          proposedBy: 'user:default/chloe',
          proposedAt: expect.any(String),
          changes: proposed.body.proposal.changes,
        }),
      ]);
      const readiness = await request(server)
        .get(`${COMPONENT}/readiness`)
        .set('Authorization', as('julie'));
      expect(readiness.body.tier).toBe('T2');

      // Nor may the author accept it: only the POA side or an approver.
      const proposal = `${COMPONENT}/operations/proposals/${proposed.body.proposal.id}`;
      const selfAccept = await request(server)
        .post(`${proposal}/accept`)
        .set('Authorization', as('chloe'));
      expect(selfAccept.status).toBe(403);

      const accepted = await request(server)
        .post(`${proposal}/accept`)
        .set('Authorization', as('alice'))
        .send({ comment: 'Agreed in the service review' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.metadata).toMatchObject({
        tier: 'T3',
        serviceHours: '24x7',
        roles: { poa: 'user:default/chloe' },
      });
      expect(accepted.body.proposal).toMatchObject({
        status: 'accepted',
        decidedBy: 'user:default/alice',
      });
      expect((await operations(server)).body.pendingProposals).toEqual([]);
      expect(
        (
          await request(server)
            .post(`${proposal}/accept`)
            .set('Authorization', as('alice'))
        ).status,
      ).toBe(409);

      // The audit shows who proposed what and who accepted it.
      const audit = await request(server)
        .get(`${COMPONENT}/audit`)
        .set('Authorization', as('julie'));
      expect(audit.body.items.map((e: any) => [e.action, e.actor])).toEqual([
        ['operations-proposal-accept', 'user:default/alice'],
        ['operations-propose', 'user:default/chloe'],
        ['operations-update', 'user:default/alice'],
      ]);
      expect(audit.body.items[1].after.proposal.changes).toEqual(
        proposed.body.proposal.changes,
      );
    });

    it('lets an approver change sensitive fields, and the POA reject a proposal (nothing changes)', async () => {
      const server = await start(await databases.init(databaseId));
      // Bruno's team is the ops owner: an approver under the default policy.
      const byApprover = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('bruno'))
        .set('If-Match', '"1"')
        .send({
          metadata: {
            tier: 'T1',
            serviceHours: 'Mon-Fri 08:00-18:00',
            roles: {
              opsOwner: 'group:default/run-ops',
              businessOwner: 'user:default/emma',
            },
            support: { l2: { group: 'group:default/run-ops' } },
          },
        });
      expect(byApprover.status).toBe(200);
      expect(byApprover.body.metadata.tier).toBe('T1');

      // Dan (owner team) moves N2 support to his own team: held. Only sensitive fields: nothing is written.
      const proposed = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('dan'))
        .set('If-Match', '"2"')
        .send({
          metadata: {
            ...byApprover.body.metadata,
            support: { l2: { group: 'group:default/payments-team' } },
          },
        });
      expect(proposed.status).toBe(202);
      expect(proposed.body.held).toEqual(['support.l2.group']);
      expect(proposed.body.version).toBe(2);
      const rejected = await request(server)
        .post(
          `${COMPONENT}/operations/proposals/${proposed.body.proposal.id}/reject`,
        )
        .set('Authorization', as('alice'))
        .send({ comment: 'N2 stays with the run team' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        decidedBy: 'user:default/alice',
        comment: 'N2 stays with the run team',
      });
      const read = await operations(server);
      expect(read.body.metadata.support.l2.group).toBe('group:default/run-ops');
      expect(read.body.pendingProposals).toEqual([]);

      // A proposal whose field changed meanwhile cannot be accepted as is.
      const stale = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('dan'))
        .set('If-Match', '"2"')
        .send({ metadata: { ...read.body.metadata, tier: 'T3' } });
      expect(stale.status).toBe(202);
      const moved = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('alice'))
        .set('If-Match', '"2"')
        .send({ metadata: { ...read.body.metadata, tier: 'T2' } });
      expect(moved.status).toBe(200);
      const conflict = await request(server)
        .post(
          `${COMPONENT}/operations/proposals/${stale.body.proposal.id}/accept`,
        )
        .set('Authorization', as('alice'));
      expect(conflict.status).toBe(409);
      expect(conflict.body.error.message).toMatch(
        /tier changed since the proposal/,
      );
      expect((await operations(server)).body.metadata.tier).toBe('T2');
    });

    it('lets the SEC approver group approve SEC waivers, and not the business owner', async () => {
      const server = await start(await databases.init(databaseId));
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .set('Authorization', as('alice'))
        .send({
          criterionId: 'SEC-01',
          reason: 'Pentest booked for next month',
          expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        });
      expect(waiver.status).toBe(201);
      const approve = (name: string) =>
        request(server)
          .post(`${API}/waivers/${waiver.body.id}/approve`)
          .set('Authorization', as(name));
      // Emma holds the approve permission (business owner), but a SEC criterion needs the SEC approvers.
      const business = await approve('emma');
      expect(business.status).toBe(403);
      expect(business.body.error.message).toMatch(/security approver/);
      const security = await approve('sofia');
      expect(security.status).toBe(200);
      expect(security.body.approvedBy).toBe('user:default/sofia');
    });

    it('refuses sensitive changes with 403 when configured so, and changes nothing', async () => {
      const server = await start(await databases.init(databaseId), 'refuse');
      const refused = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('chloe'))
        .set('If-Match', '"1"')
        .send({
          metadata: {
            tier: 'T3',
            serviceHours: '24x7',
            roles: {
              opsOwner: 'group:default/payments-team',
              businessOwner: 'user:default/emma',
            },
          },
        });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(
        /user:default\/chloe may not change tier, roles\.opsOwner, support\.l2\.group/,
      );
      const read = await operations(server);
      expect(read.body.version).toBe(1);
      expect(read.body.metadata.serviceHours).toBe('Mon-Fri 08:00-18:00');
      expect(read.body.pendingProposals).toEqual([]);
      // Other fields alone are fine.
      const other = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('Authorization', as('chloe'))
        .set('If-Match', '"1"')
        .send({ metadata: { ...read.body.metadata, serviceHours: '24x7' } });
      expect(other.status).toBe(200);
    });
  },
);
