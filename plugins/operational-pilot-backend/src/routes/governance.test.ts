/*
 * Governance controls over HTTP (real router, stores and engine; catalog mocked with users and their groups), on
 * SQLite and PostgreSQL. Who the caller is matters here, not the permission policy (mocked to allow): four-eyes
 * risk acceptance, category-scoped approvers, role-bound signatures and countersignatures, not-applicable as an
 * exemption, and the action rules (evidence for done, who verifies). The policy-dependent controls (sensitive
 * changes held as proposals) are in permissions/governance.integration.test.ts.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';

jest.setTimeout(180_000);

const databases = createTestDatabases();

function user(name: string, memberOf: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf },
    relations: memberOf.map(team => ({
      type: 'memberOf',
      targetRef: `group:default/${team}`,
    })),
  };
}

function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      links: [{ url: 'https://wiki.example/runbooks', type: 'runbook' }],
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  group('payments-team'),
  group('ops-team'),
  group('sec-committee'),
  // alice: POA; bob: business owner; carol and olga: ops owner through ops-team; sam: security approver;
  // rita: member of the SEC approver group; dave: no role.
  user('alice', ['payments-team']),
  user('bob'),
  user('carol', ['ops-team']),
  user('olga', ['ops-team']),
  user('sam'),
  user('rita', ['sec-committee']),
  user('dave', ['payments-team']),
];

const API = '/api/operational-pilot';
const COMPONENT = `${API}/entities/component/default/payments-api`;
const as = (name: string) =>
  mockCredentials.user.header(`user:default/${name}`);
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

async function startBackend(knex: any) {
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          operationalPilot: {
            packs: ['core', 'extended'],
            approverGroupsByCategory: { SEC: ['group:default/sec-committee'] },
            criteria: {
              overrides: {
                'INC-03': { countersignRequired: true, signedBy: ['opsOwner'] },
              },
            },
          },
        },
      }),
    ],
  });
  await request(server)
    .put(`${COMPONENT}/operations`)
    .set('Authorization', as('alice'))
    .set('If-Match', '"0"')
    .send({
      metadata: {
        tier: 'T2',
        roles: {
          poa: 'user:default/alice',
          opsOwner: 'group:default/ops-team',
          businessOwner: 'user:default/bob',
          securityApprover: 'user:default/sam',
        },
      },
    })
    .expect(200);
  return server;
}

async function criterion(server: any, id: string) {
  const readiness = await request(server)
    .get(`${COMPONENT}/readiness`)
    .set('Authorization', as('dave'));
  return {
    result: readiness.body.criteria.find((c: any) => c.id === id),
    blockers: readiness.body.blockers as string[],
  };
}

async function createAction(server: any, by: string, body: object) {
  const created = await request(server)
    .post(`${COMPONENT}/actions`)
    .set('Authorization', as(by))
    .send({
      phase: 'run',
      side: 'run',
      dueDate: inDays(20).slice(0, 10),
      ...body,
    });
  expect(created.status).toBe(201);
  return created.body;
}

async function patchAction(server: any, by: string, action: any, body: object) {
  return request(server)
    .patch(`${API}/actions/${action.id}`)
    .set('Authorization', as(by))
    .set('If-Match', `"${action.version}"`)
    .send(body);
}

describe.each(databases.eachSupportedId())('governance (%s)', databaseId => {
  it('turns an accepted risk into a waiver request that someone else approves (four eyes)', async () => {
    const server = await startBackend(await databases.init(databaseId));
    const action = await createAction(server, 'alice', {
      title: 'Run a restore test',
      criterionId: 'BCK-03',
    });
    const accepted = await patchAction(server, 'alice', action, {
      status: 'risk_accepted',
      resolution: 'Restore test planned in January',
      waiverExpiresAt: inDays(30),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('risk_accepted');

    const waivers = await request(server)
      .get(`${COMPONENT}/waivers`)
      .set('Authorization', as('dave'));
    expect(waivers.body.items).toHaveLength(1);
    const waiver = waivers.body.items[0];
    expect(waiver).toMatchObject({
      criterionId: 'BCK-03',
      status: 'requested',
      actionId: action.id,
      requestedBy: 'user:default/alice',
    });
    expect(waiver.approvedBy).toBeUndefined();
    // Not waived until approved.
    let bck03 = await criterion(server, 'BCK-03');
    expect(bck03.result.status).not.toBe('waived');
    expect(bck03.blockers).toContain('BCK-03');

    const self = await request(server)
      .post(`${API}/waivers/${waiver.id}/approve`)
      .set('Authorization', as('alice'));
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(/four-eyes/);

    const approved = await request(server)
      .post(`${API}/waivers/${waiver.id}/approve`)
      .set('Authorization', as('bob'));
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: 'user:default/bob',
    });
    bck03 = await criterion(server, 'BCK-03');
    expect(bck03.result.status).toBe('waived');
    expect(bck03.blockers).not.toContain('BCK-03');
  });

  it('keeps the action’s release on the waiver it requests', async () => {
    const server = await startBackend(await databases.init(databaseId));
    const release = await request(server)
      .post(`${COMPONENT}/releases`)
      .set('Authorization', as('alice'))
      .send({ version: '2.0.0', kind: 'major', plannedAt: inDays(10) });
    expect(release.status).toBe(201);
    const action = await createAction(server, 'alice', {
      title: 'Rehearse the rollback',
      phase: 'before',
      criterionId: 'REL-02',
      releaseId: release.body.id,
    });
    const accepted = await patchAction(server, 'carol', action, {
      status: 'risk_accepted',
      resolution: 'Rollback is a redeploy of 1.9',
      waiverExpiresAt: inDays(20),
    });
    expect(accepted.status).toBe(200);
    const waivers = await request(server)
      .get(`${COMPONENT}/waivers`)
      .set('Authorization', as('dave'));
    expect(waivers.body.items[0]).toMatchObject({
      criterionId: 'REL-02',
      status: 'requested',
      releaseId: release.body.id,
      requestedBy: 'user:default/carol',
    });
  });

  it('scopes the approval of SEC waivers to the security approver and the SEC approver groups', async () => {
    const server = await startBackend(await databases.init(databaseId));
    const requestWaiver = async () =>
      (
        await request(server)
          .post(`${COMPONENT}/waivers`)
          .set('Authorization', as('alice'))
          .send({
            criterionId: 'SEC-01',
            reason: 'Pentest scheduled next month',
            expiresAt: inDays(20),
          })
          .expect(201)
      ).body;
    const first = await requestWaiver();
    const business = await request(server)
      .post(`${API}/waivers/${first.id}/approve`)
      .set('Authorization', as('bob'));
    expect(business.status).toBe(403);
    expect(business.body.error.message).toMatch(
      /security approver of component:default\/payments-api \(user:default\/sam\).*group:default\/sec-committee/,
    );
    const committee = await request(server)
      .post(`${API}/waivers/${first.id}/approve`)
      .set('Authorization', as('rita'));
    expect(committee.status).toBe(200);

    const second = await requestWaiver();
    const securityApprover = await request(server)
      .post(`${API}/waivers/${second.id}/approve`)
      .set('Authorization', as('sam'));
    expect(securityApprover.status).toBe(200);
    expect(securityApprover.body.approvedBy).toBe('user:default/sam');

    // The SEC approver group approves SEC criteria only.
    const other = (
      await request(server)
        .post(`${COMPONENT}/waivers`)
        .set('Authorization', as('alice'))
        .send({
          criterionId: 'BCK-03',
          reason: 'Restore test in January',
          expiresAt: inDays(20),
        })
        .expect(201)
    ).body;
    const outOfScope = await request(server)
      .post(`${API}/waivers/${other.id}/approve`)
      .set('Authorization', as('rita'));
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error.message).toMatch(/BCK-03 is of category BCK/);
    expect(
      (
        await request(server)
          .post(`${API}/waivers/${other.id}/approve`)
          .set('Authorization', as('bob'))
      ).status,
    ).toBe(200);
  });

  it('binds signatures to roles: the ops owner signs DOC-03; a countersignature by another ops owner makes INC-03 pass', async () => {
    const server = await startBackend(await databases.init(databaseId));
    const doc03 = {
      criterionId: 'DOC-03',
      state: 'compliant',
      evidence: [{ url: 'https://wiki.example/dex-acceptance' }],
    };
    for (const name of ['dave', 'alice']) {
      const refused = await request(server)
        .post(`${COMPONENT}/attestations`)
        .set('Authorization', as(name))
        .send(doc03);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        `DOC-03 must be attested by the ops owner (group:default/ops-team); user:default/${name} does not hold that role`,
      );
    }
    const signed = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('carol'))
      .send(doc03);
    expect(signed.status).toBe(201);

    const inc03 = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('carol'))
      .send({
        criterionId: 'INC-03',
        state: 'compliant',
        evidence: [{ url: 'https://wiki.example/runbook-review' }],
      });
    expect(inc03.status).toBe(201);
    let result = (await criterion(server, 'INC-03')).result;
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(
      /awaits the countersignature of the ops owner/,
    );

    const countersign = (name: string) =>
      request(server)
        .post(`${API}/attestations/${inc03.body.id}/countersign`)
        .set('Authorization', as(name));
    const notOps = await countersign('dave');
    expect(notOps.status).toBe(403);
    expect(notOps.body.error.message).toMatch(
      /INC-03 must be countersigned by the ops owner \(group:default\/ops-team\)/,
    );
    expect((await countersign('carol')).status).toBe(409);
    const byOlga = await countersign('olga');
    expect(byOlga.status).toBe(200);
    expect(byOlga.body.countersignedBy).toBe('user:default/olga');
    result = (await criterion(server, 'INC-03')).result;
    expect(result.status).toBe('pass');
  });

  it('treats not applicable on a blocking criterion as an exemption that someone else approves', async () => {
    const server = await startBackend(await databases.init(databaseId));
    const declaration = {
      criterionId: 'BCK-03',
      state: 'not-applicable',
      justification: 'Stateless: nothing to restore',
    };
    const tooLate = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('alice'))
      .send({ ...declaration, reviewBy: inDays(200) });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'reviewBy' }),
    ]);

    const declared = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('alice'))
      .send(declaration);
    expect(declared.status).toBe(201);
    // Default review date: the waiver maximum (90 days).
    const reviewIn =
      (new Date(declared.body.reviewBy).getTime() - Date.now()) / DAY;
    expect(reviewIn).toBeGreaterThan(89);
    expect(reviewIn).toBeLessThanOrEqual(90);
    expect(declared.body.approvedBy).toBeUndefined();

    let bck03 = await criterion(server, 'BCK-03');
    expect(bck03.result.status).toBe('fail');
    expect(bck03.result.reason).toMatch(/awaiting approval/);
    expect(bck03.blockers).toContain('BCK-03');

    // The declarer may not approve, even though they may approve waivers (the mocked policy allows everyone).
    const self = await request(server)
      .post(`${API}/attestations/${declared.body.id}/approve`)
      .set('Authorization', as('alice'));
    expect(self.status).toBe(409);
    const approved = await request(server)
      .post(`${API}/attestations/${declared.body.id}/approve`)
      .set('Authorization', as('bob'));
    expect(approved.status).toBe(200);
    expect(approved.body.approvedBy).toBe('user:default/bob');
    bck03 = await criterion(server, 'BCK-03');
    expect(bck03.result.status).toBe('not-applicable');
    expect(bck03.blockers).not.toContain('BCK-03');
    const again = await request(server)
      .post(`${API}/attestations/${declared.body.id}/approve`)
      .set('Authorization', as('olga'));
    expect(again.status).toBe(409);

    // A SEC exemption follows the SEC approvers.
    const sec = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('alice'))
      .send({
        criterionId: 'SEC-01',
        state: 'not-applicable',
        justification: 'Internal tool without data',
      });
    expect(sec.status).toBe(201);
    expect(
      (
        await request(server)
          .post(`${API}/attestations/${sec.body.id}/approve`)
          .set('Authorization', as('bob'))
      ).status,
    ).toBe(403);
    expect(
      (
        await request(server)
          .post(`${API}/attestations/${sec.body.id}/approve`)
          .set('Authorization', as('sam'))
      ).status,
    ).toBe(200);

    // Only not-applicable declarations are approved.
    const compliant = await request(server)
      .post(`${COMPONENT}/attestations`)
      .set('Authorization', as('alice'))
      .send({
        criterionId: 'BCK-05',
        state: 'compliant',
        evidence: [{ url: 'https://wiki.example/dr' }],
      });
    expect(
      (
        await request(server)
          .post(`${API}/attestations/${compliant.body.id}/approve`)
          .set('Authorization', as('bob'))
      ).status,
    ).toBe(409);
  });

  it('needs evidence to close an action whose criterion is attested, and a POA or run-side verifier other than the assignee', async () => {
    const server = await startBackend(await databases.init(databaseId));
    let action = await createAction(server, 'alice', {
      title: 'Review the runbooks',
      criterionId: 'INC-03',
      assigneeRef: 'user:default/carol',
    });
    action = (
      await patchAction(server, 'carol', action, { status: 'in_progress' })
    ).body;
    const noEvidence = await patchAction(server, 'carol', action, {
      status: 'done',
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'evidenceUrl' }),
    ]);
    const done = await patchAction(server, 'carol', action, {
      status: 'done',
      evidenceUrl: 'https://wiki.example/runbook-review',
    });
    expect(done.status).toBe(200);
    action = done.body;

    const byAssignee = await patchAction(server, 'carol', action, {
      status: 'verified',
    });
    expect(byAssignee.status).toBe(403);
    expect(byAssignee.body.error.message).toMatch(/assignee/);
    const byBuild = await patchAction(server, 'dave', action, {
      status: 'verified',
    });
    expect(byBuild.status).toBe(403);
    expect(byBuild.body.error.message).toMatch(/POA \(user:default\/alice\)/);
    const byRun = await patchAction(server, 'olga', action, {
      status: 'verified',
    });
    expect(byRun.status).toBe(200);
    expect(byRun.body.status).toBe('verified');
  });
});
