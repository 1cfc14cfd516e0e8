/*
 * The release lifecycle over HTTP (real router, stores and engine; catalog mocked), on SQLite and PostgreSQL:
 * planning, transitions, go/no-go decisions with their frozen snapshot, the hand-over signatures, the outcome,
 * release-bound waivers, and every refusal.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import path from 'node:path';
import request from 'supertest';
import { readDemoCatalog, REPO_ROOT } from '../__testUtils__/catalogFiles';
import { createStoresFromKnex } from '../database';
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
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
      system: 'checkout',
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      { type: 'partOf', targetRef: 'system:default/checkout' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'checkout', namespace: 'default' },
    spec: { owner: 'payments-team' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      { type: 'hasPart', targetRef: 'component:default/payments-api' },
      { type: 'hasPart', targetRef: 'component:default/cart' },
      { type: 'hasPart', targetRef: 'resource:default/payments-db' },
    ],
  },
  group('payments-team'),
  group('ops-team'),
  // alice: POA (directly); bob: business owner (directly); carol: ops owner through ops-team; dave: no role.
  user('alice', ['payments-team']),
  user('bob'),
  user('carol', ['ops-team']),
  user('dave'),
];

const API = '/api/operational-pilot';
const COMPONENT = `${API}/entities/component/default/payments-api`;
const as = (name: string) => mockCredentials.user.header(`user:default/${name}`);
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function startBackend(
  knex: any,
  permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: permission }),
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core'] } },
      }),
    ],
  });
  return server;
}

/** The demo catalog and operational data (examples/). */
async function startDemo(knex: any) {
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({ entities: readDemoCatalog() }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          operationalPilot: {
            packs: ['core'],
            demoData: { path: path.join(REPO_ROOT, 'examples/operational-data.yaml') },
          },
        },
      }),
    ],
  });
  return server;
}

/** A backend whose component has a T1 profile and its run roles. */
async function startWithRoles(knex: any) {
  const server = await startBackend(knex);
  const put = await request(server)
    .put(`${COMPONENT}/operations`)
    .set('If-Match', '"0"')
    .send({
      metadata: {
        tier: 'T1',
        roles: {
          poa: 'user:default/alice',
          opsOwner: 'group:default/ops-team',
          businessOwner: 'user:default/bob',
        },
      },
    });
  expect(put.status).toBe(200);
  return server;
}

async function plan(server: any, body: object = {}) {
  const res = await request(server)
    .post(`${COMPONENT}/releases`)
    .send({ version: '2.0.0', kind: 'major', plannedAt: inDays(10), ...body });
  expect(res.status).toBe(201);
  return res.body;
}

async function patch(server: any, id: string, body: object, who = 'mock') {
  const read = await request(server).get(`${API}/releases/${id}`);
  return request(server)
    .patch(`${API}/releases/${id}`)
    .set('Authorization', as(who))
    .set('If-Match', read.headers.etag)
    .send(body);
}

async function decide(server: any, id: string, body: object) {
  return request(server).post(`${API}/releases/${id}/decisions`).send(body);
}

async function sign(server: any, id: string, who: string, role: string) {
  return request(server)
    .post(`${API}/releases/${id}/handover/signatures`)
    .set('Authorization', as(who))
    .send({ role, comment: `signed by ${who}` });
}

async function gate(server: any, id: string) {
  const res = await request(server).get(`${API}/releases/${id}/gate`);
  expect(res.status).toBe(200);
  return res.body;
}

const GO_APPROVERS = ['user:default/alice', 'user:default/carol'];
const DEMO_APPROVERS = ['user:default/alice.martin', 'user:default/bruno.lefevre'];

/** A release decided "go" (with an override, in case the gate is not ready) and deployed. */
async function deployed(server: any, body: object = {}, approvers = GO_APPROVERS) {
  const release = await plan(server, body);
  const go = await decide(server, release.id, {
    decision: 'go',
    approvers,
    overrideReason: 'regulatory deadline',
  });
  expect(go.status).toBe(201);
  const res = await patch(server, release.id, { status: 'deployed' });
  expect(res.status).toBe(200);
  return res.body;
}

describe.each(databases.eachSupportedId())('release routes (%s)', databaseId => {
  it('plans releases: defaults, validation naming the field, system scope, 404 and 401', async () => {
    const server = await startWithRoles(await databases.init(databaseId));
    const created = await plan(server, {
      window: { start: inDays(10), end: inDays(10.1) },
      environments: ['preprod', 'prod'],
      scope: { description: 'Card payments', components: ['component:default/cart'] },
      changeApproval: { status: 'pending' },
    });
    expect(created).toMatchObject({
      status: 'planned',
      changeType: 'normal',
      rev: 1,
      environments: ['preprod', 'prod'],
      scope: { components: ['component:default/cart'] },
    });

    const cases: Array<[object, string]> = [
      [{ window: { start: inDays(10), end: inDays(9) } }, 'window.end'],
      [{ scope: { components: ['user:default/alice'] } }, 'scope.components.0'],
      [{ environments: ['prod', 'PROD'] }, 'environments.1'],
      [{ environments: [''] }, 'environments'],
      [{ changeType: 'urgent' }, 'changeType'],
    ];
    for (const [body, field] of cases) {
      const res = await request(server)
        .post(`${COMPONENT}/releases`)
        .send({ version: '9.9.9', kind: 'minor', plannedAt: inDays(5), ...body });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
    const list = await request(server).get(`${COMPONENT}/releases`);
    expect(list.body.items.map((r: any) => r.id)).toEqual([created.id]);

    // A System release covers the system's components by default.
    const system = await request(server)
      .post(`${API}/entities/system/default/checkout/releases`)
      .send({ version: '5.0', kind: 'minor', plannedAt: inDays(3) });
    expect(system.status).toBe(201);
    expect(system.body.scope.components).toEqual([
      'component:default/cart',
      'component:default/payments-api',
    ]);

    const read = await request(server).get(`${API}/releases/${created.id}`);
    expect(read.headers.etag).toBe('"1"');
    for (const sub of ['', '/gate', '/decisions', '/decision-approvers']) {
      const res = await request(server).get(`${API}/releases/nope${sub}`);
      expect({ sub, status: res.status }).toEqual({ sub, status: 404 });
    }
    for (const [sub, body] of [
      ['/decisions', { decision: 'go', approvers: GO_APPROVERS }],
      ['/handover/signatures', { role: 'poa' }],
      ['/outcome', { outcome: 'success' }],
    ] as const) {
      const res = await request(server).post(`${API}/releases/nope${sub}`).send(body);
      expect({ sub, status: res.status }).toEqual({ sub, status: 404 });
    }
    const anonymous = await request(server)
      .get(`${API}/releases/${created.id}/gate`)
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });

  it('refuses illegal transitions (400), deploying without a go (409) and goNoGo in a PATCH (400)', async () => {
    const server = await startWithRoles(await databases.init(databaseId));
    const release = await plan(server);

    const illegal = await patch(server, release.id, { status: 'hypercare' });
    expect(illegal.status).toBe(400);
    expect(illegal.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'status' }),
    ]);
    expect(illegal.body.error.message).toMatch(/cannot move from planned to hypercare/);

    const oldStyle = await patch(server, release.id, {
      goNoGo: { decision: 'go', approvers: ['user:default/alice'] },
    });
    expect(oldStyle.status).toBe(400);
    expect(oldStyle.body.error.message).toContain(`POST /releases/${release.id}/decisions`);

    const toGate = await patch(server, release.id, { status: 'go_no_go' });
    expect(toGate.status).toBe(200);
    const notDecided = await patch(server, release.id, { status: 'deployed' });
    expect(notDecided.status).toBe(409);
    expect(notDecided.body.error.message).toMatch(/go" decision/);

    const noMatch = await request(server)
      .patch(`${API}/releases/${release.id}`)
      .send({ changeRef: 'CHG-1' });
    expect(noMatch.status).toBe(428);
    const stale = await request(server)
      .patch(`${API}/releases/${release.id}`)
      .set('If-Match', '"1"')
      .send({ changeRef: 'CHG-1' });
    expect(stale.status).toBe(412);

    const stored = await request(server).get(`${API}/releases/${release.id}`);
    expect(stored.body).toMatchObject({ status: 'go_no_go', rev: 2 });
    expect(stored.body.goNoGo).toBeUndefined();

    // A cancelled release is final: leaving it is an illegal transition, editing it a conflict.
    const other = await plan(server, { version: '2.0.1', kind: 'patch' });
    expect((await patch(server, other.id, { status: 'cancelled' })).status).toBe(200);
    const revive = await patch(server, other.id, { status: 'planned' });
    expect(revive.status).toBe(400);
    expect(revive.body.error.message).toMatch(/final status/);
    const edit = await patch(server, other.id, { changeRef: 'CHG-9' });
    expect(edit.status).toBe(409);
    expect(edit.body.fieldErrors).toEqual([expect.objectContaining({ path: 'changeRef' })]);
  });

  it('records decisions: approvers must hold a decision role, a go on a failing gate needs an override, the snapshot is frozen', async () => {
    const server = await startWithRoles(await databases.init(databaseId));
    const release = await plan(server);

    const approvers = await request(server).get(
      `${API}/releases/${release.id}/decision-approvers`,
    );
    expect(approvers.body.items).toEqual([
      { role: 'businessOwner', ref: 'user:default/bob' },
      { role: 'owner', ref: 'group:default/payments-team' },
      { role: 'opsOwner', ref: 'group:default/ops-team' },
      { role: 'poa', ref: 'user:default/alice' },
    ]);

    const stranger = await decide(server, release.id, {
      decision: 'no_go',
      approvers: ['user:default/bob', 'user:default/dave'],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'approvers.1' }),
    ]);
    expect(stranger.body.error.message).toContain('user:default/dave holds none of the decision roles');

    const groupApprover = await decide(server, release.id, {
      decision: 'no_go',
      approvers: ['group:default/ops-team'],
    });
    expect(groupApprover.status).toBe(400);
    expect(groupApprover.body.fieldErrors[0].path).toBe('approvers.0');

    // A bare T1 entity without the release attestations: the go/no-go gate is not ready.
    const before = await gate(server, release.id);
    expect(before.goNoGo.verdict).toBe('not-ready');
    expect(before.goNoGo.blockers).toContain('REL-02');

    const noReason = await decide(server, release.id, {
      decision: 'go',
      approvers: GO_APPROVERS,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'overrideReason' }),
    ]);

    const noGo = await decide(server, release.id, {
      decision: 'no_go',
      approvers: ['user:default/bob'],
      notes: 'rollback not rehearsed',
    });
    expect(noGo.status).toBe(201);
    const afterNoGo = await request(server).get(`${API}/releases/${release.id}`);
    expect(afterNoGo.body.status).toBe('go_no_go');
    expect(afterNoGo.body.goNoGo).toMatchObject({ decision: 'no_go', decisionId: noGo.body.id });

    // carol approves through her membership of the ops owner group.
    const go = await request(server)
      .post(`${API}/releases/${release.id}/decisions`)
      .set('If-Match', afterNoGo.headers.etag)
      .send({
        decision: 'go',
        approvers: GO_APPROVERS,
        overrideReason: 'regulatory deadline',
      });
    expect(go.status).toBe(201);
    expect(go.headers.etag).toBe(`"${afterNoGo.body.rev + 1}"`);
    expect(go.body).toMatchObject({
      decision: 'go',
      approvers: GO_APPROVERS,
      overrideReason: 'regulatory deadline',
      decidedBy: 'user:default/mock',
    });
    const snapshot = go.body.snapshot;
    expect(snapshot.goNoGo.verdict).toBe('not-ready');
    expect(snapshot.release).toMatchObject({ version: '2.0.0', kind: 'major', changeType: 'normal' });
    expect(snapshot.runReadiness.verdict).toEqual(expect.any(String));
    expect(snapshot.roles).toMatchObject({
      owner: 'group:default/payments-team',
      poa: 'user:default/alice',
      opsOwner: 'group:default/ops-team',
      businessOwner: 'user:default/bob',
    });

    const staleDecision = await request(server)
      .post(`${API}/releases/${release.id}/decisions`)
      .set('If-Match', afterNoGo.headers.etag)
      .send({ decision: 'no_go', approvers: ['user:default/bob'] });
    expect(staleDecision.status).toBe(412);

    // A later attestation changes the live gate, not the stored snapshot.
    const attest = await request(server)
      .post(`${COMPONENT}/attestations`)
      .send({
        criterionId: 'REL-02',
        releaseId: release.id,
        state: 'compliant',
        evidence: [{ url: 'https://ci.example/rollback/1' }],
      });
    expect(attest.status).toBe(201);
    const live = await gate(server, release.id);
    expect(live.goNoGo.blockers).not.toContain('REL-02');
    const decisions = await request(server).get(`${API}/releases/${release.id}/decisions`);
    expect(decisions.body.items.map((d: any) => d.id)).toEqual([go.body.id, noGo.body.id]);
    expect(decisions.body.items[0].snapshot).toEqual(snapshot);
    expect(decisions.body.items[0].snapshot.goNoGo.blockers).toContain('REL-02');

    // The kind is frozen once decided; other fields may still change before the deployment.
    const kind = await patch(server, release.id, { kind: 'minor' });
    expect(kind.status).toBe(409);
    expect(kind.body.fieldErrors).toEqual([expect.objectContaining({ path: 'kind' })]);
    const sameKind = await patch(server, release.id, { kind: 'major', changeRef: 'CHG-7' });
    expect(sameKind.status).toBe(200);

    const current = await request(server).get(`${API}/releases/${release.id}`);
    expect(current.body.goNoGo).toMatchObject({
      decision: 'go',
      decisionId: go.body.id,
      decidedBy: 'user:default/mock',
      overrideReason: 'regulatory deadline',
      approvers: GO_APPROVERS,
    });

    const audit = await request(server).get(`${COMPONENT}/audit`);
    expect(audit.body.items.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['release-decision', 'release-create']),
    );
  });

  it('freezes a deployed release, and closes it only through hypercare and the three hand-over signatures', async () => {
    // The demo's payments-api is ready for run (T1): only the hand-over of the release is missing to close it.
    const server = await startDemo(await databases.init(databaseId));
    const release = await deployed(server, { version: '2.5.0', kind: 'minor' }, DEMO_APPROVERS);

    const edit = await patch(server, release.id, { version: '2.5.1' });
    expect(edit.status).toBe(409);
    expect(edit.body.fieldErrors).toEqual([expect.objectContaining({ path: 'version' })]);
    const tooLate = await decide(server, release.id, {
      decision: 'no_go',
      approvers: ['user:default/emma.bernard'],
    });
    expect(tooLate.status).toBe(409);

    // A minor release of a T1 entity needs hypercare.
    const direct = await patch(server, release.id, { status: 'closed' });
    expect(direct.status).toBe(409);
    expect(direct.body.error.message).toMatch(/hypercare/);
    const hypercare = await patch(server, release.id, {
      status: 'hypercare',
      hypercare: { start: inDays(10), end: inDays(24) },
    });
    expect(hypercare.status).toBe(200);

    const unsigned = await patch(server, release.id, { status: 'closed' });
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.fieldErrors).toEqual([expect.objectContaining({ path: 'status' })]);
    expect(unsigned.body.error.message).toMatch(/hand-over gate of 2.5.0 is not passed/);
    expect(unsigned.body.error.message).toMatch(/POA/);
    expect(unsigned.body.error.message).toMatch(/business owner/);

    const notRequired = await sign(server, release.id, 'alice.martin', 'serviceOwner');
    expect(notRequired.status).toBe(400);
    expect(notRequired.body.fieldErrors).toEqual([expect.objectContaining({ path: 'role' })]);
    const stranger = await sign(server, release.id, 'julie.laurent', 'poa');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toContain('user:default/julie.laurent may not sign as POA');
    const notMember = await sign(server, release.id, 'alice.martin', 'opsOwner');
    expect(notMember.status).toBe(403);

    const poa = await sign(server, release.id, 'alice.martin', 'poa');
    expect(poa.status).toBe(201);
    expect(poa.body.handover.signatures).toEqual([
      expect.objectContaining({
        role: 'poa',
        signedBy: 'user:default/alice.martin',
        comment: 'signed by alice.martin',
      }),
    ]);
    expect(poa.body.handover.completedAt).toBeUndefined();
    const twice = await sign(server, release.id, 'alice.martin', 'poa');
    expect(twice.status).toBe(409);

    const stillMissing = await patch(server, release.id, { status: 'closed' });
    expect(stillMissing.status).toBe(409);
    expect(stillMissing.body.error.message).not.toMatch(/POA/);

    // bruno signs as ops owner through his membership of run-ops.
    expect((await sign(server, release.id, 'bruno.lefevre', 'opsOwner')).status).toBe(201);
    const last = await sign(server, release.id, 'emma.bernard', 'businessOwner');
    expect(last.status).toBe(201);
    expect(last.body.handover.completedAt).toEqual(expect.any(String));
    expect((await gate(server, release.id)).handover.verdict).not.toBe('not-ready');

    const closed = await patch(server, release.id, { status: 'closed' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const afterClose = await sign(server, release.id, 'alice.martin', 'poa');
    expect(afterClose.status).toBe(409);
    const audit = await request(server).get(
      `${API}/entities/component/default/payments-api/audit`,
    );
    expect(
      audit.body.items.filter((e: any) => e.action === 'release-handover-sign'),
    ).toHaveLength(3);
  });

  it('records the outcome once deployed; lessons become follow-up actions', async () => {
    const server = await startWithRoles(await databases.init(databaseId));
    const planned = await plan(server, { version: '1.9.0' });
    const early = await request(server)
      .post(`${API}/releases/${planned.id}/outcome`)
      .send({ outcome: 'success' });
    expect(early.status).toBe(409);

    const release = await deployed(server);
    const badDate = await request(server)
      .post(`${API}/releases/${release.id}/outcome`)
      .send({ outcome: 'success', lessons: [{ title: 'x', dueDate: '2026-02-31' }] });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'lessons.0.dueDate' }),
    ]);

    const res = await request(server)
      .post(`${API}/releases/${release.id}/outcome`)
      .send({
        outcome: 'success_with_incidents',
        incidents: ['INC-1234'],
        review: 'Payment retries spiked for 20 minutes',
        lessons: [
          { title: 'Alert on payment retries', side: 'run', dueDate: '2099-01-15' },
          { title: 'Load test the retry path' },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toMatchObject({
      outcome: 'success_with_incidents',
      incidents: ['INC-1234'],
      goGateVerdict: 'not-ready',
      goOverridden: true,
      recordedBy: 'user:default/mock',
    });
    expect(res.body.outcome.followUpActionIds).toHaveLength(2);

    const actions = await request(server).get(
      `${COMPONENT}/actions?releaseId=${release.id}`,
    );
    expect(
      actions.body.items
        .map((a: any) => [a.title, a.phase, a.side, a.source, a.dueDate ?? null])
        .sort(),
    ).toEqual([
      ['Alert on payment retries', 'after', 'run', 'manual', '2099-01-15'],
      ['Load test the retry path', 'after', 'build', 'manual', null],
    ]);
    expect(actions.body.items.map((a: any) => a.id).sort()).toEqual(
      [...res.body.outcome.followUpActionIds].sort(),
    );

    const again = await request(server)
      .post(`${API}/releases/${release.id}/outcome`)
      .send({ outcome: 'failed' });
    expect(again.status).toBe(200);
    expect(again.body.outcome.outcome).toBe('failed');
    expect(again.body.outcome.followUpActionIds).toEqual(res.body.outcome.followUpActionIds);
    const audit = await request(server).get(`${COMPONENT}/audit`);
    expect(
      audit.body.items.filter((e: any) => e.action === 'release-outcome'),
    ).toHaveLength(2);
  });

  it('binds waivers to a release: required for release-scoped criteria, and covering that release only', async () => {
    const server = await startWithRoles(await databases.init(databaseId));
    const a = await plan(server, { version: '2.4.0' });
    const b = await plan(server, { version: '2.5.0', plannedAt: inDays(20) });

    const unbound = await request(server)
      .post(`${COMPONENT}/waivers`)
      .send({ criterionId: 'REL-02', reason: 'rehearsal env down', expiresAt: inDays(30) });
    expect(unbound.status).toBe(400);
    expect(unbound.body.fieldErrors).toEqual([expect.objectContaining({ path: 'releaseId' })]);
    const foreign = await request(server)
      .post(`${COMPONENT}/waivers`)
      .send({ criterionId: 'REL-02', reason: 'other env', expiresAt: inDays(30), releaseId: 'nope' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('no release nope');

    const waiver = await request(server)
      .post(`${COMPONENT}/waivers`)
      .set('Authorization', as('alice'))
      .send({ criterionId: 'REL-02', reason: 'rehearsal env down', expiresAt: inDays(30), releaseId: a.id });
    expect(waiver.status).toBe(201);
    expect(waiver.body.releaseId).toBe(a.id);
    const approved = await request(server)
      .post(`${API}/waivers/${waiver.body.id}/approve`)
      .set('Authorization', as('bob'));
    expect(approved.status).toBe(200);

    const rel02 = (gates: any) =>
      gates.goNoGo.criteria.find((c: any) => c.id === 'REL-02');
    expect(rel02(await gate(server, a.id)).status).toBe('waived');
    const inB = rel02(await gate(server, b.id));
    expect(inB.status).not.toBe('waived');
    expect((await gate(server, b.id)).goNoGo.blockers).toContain('REL-02');
  });

  it('stores the gate verdicts of open releases and flags lifecycle mismatches in the portfolio', async () => {
    const knex = await databases.init(databaseId);
    const server = await startWithRoles(knex);
    const release = await plan(server);
    const stores = createStoresFromKnex(knex);
    expect(await stores.releases.getGateSummary(release.id)).toEqual(
      expect.objectContaining({ goNoGo: 'not-ready' }),
    );
    // Catalog says production, nothing was ever handed over to run.
    const flagged = await request(server).get(`${API}/portfolio?lifecycleMismatch=true`);
    expect(flagged.status).toBe(200);
    expect(flagged.body.items).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/payments-api',
        lifecycleMismatch: 'production-not-handed-over',
      }),
    ]);
  });

  it('gives 403 on every release write without the permission', async () => {
    const knex = await databases.init(databaseId);
    const server = await startBackend(knex, AuthorizeResult.DENY);
    const release = await createStoresFromKnex(knex).releases.create({
      entityRef: 'component:default/payments-api',
      version: '1.0.0',
      kind: 'minor',
      plannedAt: inDays(5),
      status: 'planned',
      createdBy: 'user:default/alice',
    });
    const writes = [
      request(server).patch(`${API}/releases/${release.id}`).set('If-Match', '"1"').send({ changeRef: 'x' }),
      request(server).post(`${API}/releases/${release.id}/decisions`).send({ decision: 'no_go', approvers: ['user:default/bob'] }),
      request(server).post(`${API}/releases/${release.id}/handover/signatures`).send({ role: 'poa' }),
      request(server).post(`${API}/releases/${release.id}/outcome`).send({ outcome: 'success' }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
    }
    const read = await request(server).get(`${API}/releases/${release.id}/decisions`);
    expect(read.status).toBe(200);
  });
});
