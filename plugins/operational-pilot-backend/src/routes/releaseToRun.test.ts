/*
 * Route tests of the release-to-run views: release checklist, CAB dossier, release calendar, change success and
 * the System rollup, on SQLite and PostgreSQL.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { Release } from '@operational-pilot/backstage-plugin-common';
import request from 'supertest';
import { createStoresFromKnex, OperationalPilotStores } from '../database';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const API = '/api/operational-pilot';
const DAY = 24 * 60 * 60 * 1000;

function component(name: string, system = 'checkout'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', title: name === 'payments-api' ? 'Payments API' : undefined },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team', system },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      { type: 'partOf', targetRef: `system:default/${system}` },
    ],
  };
}

const entities: Entity[] = [
  component('payments-api'),
  component('ledger'),
  // Visible to the plugin, not to users under a conditional catalog policy.
  component('secret'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'checkout', namespace: 'default' },
    spec: { owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  ...['mock', 'alice', 'bob'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: ['payments-team'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
  })),
];

const isUser = (options: any) => options?.credentials?.principal?.type === 'user';

/** The mock catalog, except that under a conditional catalog policy users never see `secret`. */
function hidingCatalogFactory(access: Access) {
  const base: any = catalogServiceMock({ entities });
  const hides = (options: any) =>
    isUser(options) && access.read.result !== AuthorizeResult.ALLOW;
  const wrapped = new Proxy(base, {
    get(target, prop) {
      if (prop === 'streamEntities') {
        return async function* stream(req: any, options: any) {
          for await (const page of target.streamEntities(req, options)) {
            yield hides(options)
              ? page.filter((e: Entity) => e.metadata.name !== 'secret')
              : page;
          }
        };
      }
      if (prop === 'getEntitiesByRefs') {
        return async (req: any, options: any) => {
          const result = await target.getEntitiesByRefs(req, options);
          if (!hides(options)) return result;
          return {
            items: result.items.map((e: Entity | undefined) =>
              e?.metadata.name === 'secret' ? null : e,
            ),
          };
        };
      }
      if (prop === 'getEntityByRef') {
        return async (ref: any, options: any) => {
          const entity = await target.getEntityByRef(ref, options);
          return hides(options) && entity?.metadata.name === 'secret'
            ? undefined
            : entity;
        };
      }
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => wrapped,
  });
}

interface Access {
  write: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  read: PolicyDecision;
}

async function start(knex: any) {
  const access: Access = {
    write: AuthorizeResult.ALLOW,
    read: { result: AuthorizeResult.ALLOW },
  };
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      hidingCatalogFactory(access),
      mockServices.database.factory({ knex }),
      mockServices.permissions.mock({
        authorize: async requests => requests.map(() => ({ result: access.write })),
        authorizeConditional: async requests => requests.map(() => access.read),
      }).factory,
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core', 'extended'] } },
      }),
    ],
  });
  const stores = createStoresFromKnex(knex);
  return { server, stores, access };
}

const CONDITIONAL: PolicyDecision = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: { rule: 'IS_ENTITY_OWNER', resourceType: 'catalog-entity', params: { claims: [] } },
};

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
}

async function planRelease(
  stores: OperationalPilotStores,
  name: string,
  overrides: Partial<Release> = {},
): Promise<Release> {
  const windowStart = `${day(30)}T20:00:00.000Z`;
  return stores.releases.create({
    entityRef: `component:default/${name}`,
    version: '2.0.0',
    kind: 'major',
    changeType: 'normal',
    plannedAt: windowStart,
    window: { start: windowStart, end: `${day(30)}T23:00:00.000Z` },
    changeRef: 'CHG-1234',
    changeApproval: { status: 'approved', date: day(1) },
    environments: ['preprod', 'prod'],
    scope: { description: 'New checkout <script>alert(1)</script> flow' },
    status: 'planned',
    createdBy: 'user:default/alice',
    ...overrides,
  });
}

async function setRoles(server: any, name: string) {
  const res = await request(server)
    .put(`${API}/entities/component/default/${name}/operations`)
    .set('If-Match', '"0"')
    .send({
      metadata: {
        tier: 'T1',
        roles: {
          poa: 'user:default/alice',
          opsOwner: 'group:default/payments-team',
          businessOwner: 'user:default/bob',
        },
      },
    });
  expect(res.status).toBe(200);
}

const evaluate = (server: any, name: string, kind = 'component') =>
  request(server).post(`${API}/entities/${kind}/default/${name}/evaluate`);

describe.each(databases.eachSupportedId())('release to run views (%s)', databaseId => {
  describe('release checklist', () => {
    it('previews, validates with field paths, creates in one audited transaction and skips what exists', async () => {
      const { server, stores } = await start(await databases.init(databaseId));
      await setRoles(server, 'payments-api');
      const release = await planRelease(stores, 'payments-api');
      const url = `${API}/releases/${release.id}/checklist`;

      const unknown = await request(server).post(`${API}/releases/nope/checklist`).send({ preview: true });
      expect(unknown.status).toBe(404);

      const preview = await request(server).post(url).send({ preview: true });
      expect(preview.status).toBe(200);
      const items = preview.body.items as any[];
      expect(items.length).toBeGreaterThan(5);
      expect(new Set(items.map(i => i.phase))).toEqual(new Set(['before', 'during', 'after']));
      const goNoGo = items.find(i => i.templateId === 'go-no-go');
      expect(goNoGo).toMatchObject({ dueDate: day(29), side: 'poa', assigneeRef: 'user:default/alice', offsetDays: -1 });
      expect(items.find(i => i.templateId === 'smoke-tests')).toMatchObject({
        dueDate: day(30),
        assigneeRef: 'group:default/payments-team',
      });
      // The preview created nothing.
      expect(await stores.actions.listByEntity('component:default/payments-api')).toEqual([]);

      const bad = await request(server)
        .post(url)
        .send({
          items: [
            { ...items[0] },
            { ...items[1], dueDate: '2027-02-31' },
            { ...items[2], assigneeRef: 'component:default/x' },
            { ...items[3], phase: 'sometime' },
          ],
        });
      expect(bad.status).toBe(400);
      const paths = (bad.body.fieldErrors as any[]).map(e => e.path);
      expect(paths).toContain('items.3.phase');
      const bad2 = await request(server)
        .post(url)
        .send({ items: [{ ...items[0] }, { ...items[1] }, { ...items[2], assigneeRef: 'component:default/x' }, { ...items[3], phase: 'run' }] });
      expect(bad2.status).toBe(400);
      // (An impossible dueDate such as 2027-02-31 is refused by the OpenAPI schema, before these checks.)
      expect((bad2.body.fieldErrors as any[]).map(e => e.path).sort()).toEqual(
        ['items.2.assigneeRef', 'items.3.phase'],
      );
      expect(await stores.actions.listByEntity('component:default/payments-api')).toEqual([]);

      // Edited items: only what the POA kept, with their edits.
      const edited = await request(server)
        .post(url)
        .send({ items: [{ ...goNoGo, dueDate: day(28), title: 'Go/no-go with the CAB' }] });
      expect(edited.status).toBe(201);
      expect(edited.body.items).toEqual([
        expect.objectContaining({
          title: 'Go/no-go with the CAB',
          dueDate: day(28),
          releaseId: release.id,
          source: 'template',
          criterionId: 'REL-06',
          status: 'open',
        }),
      ]);

      // The proposal as is: every other item; then nothing is left to propose.
      const created = await request(server).post(url).send({});
      expect(created.status).toBe(201);
      expect(created.body.items).toHaveLength(items.length - 1);
      expect(created.body.items.every((a: any) => a.releaseId === release.id && a.source === 'template')).toBe(true);
      const again = await request(server).post(url).send({ preview: true });
      expect(again.body.items).toEqual([]);

      const audit = await request(server).get(`${API}/entities/component/default/payments-api/audit`);
      expect(audit.body.items.filter((e: any) => e.action === 'release-checklist-create')).toHaveLength(2);
    });

    it('refuses closed releases (409), readers (403) and anonymous callers (401)', async () => {
      const { server, stores, access } = await start(await databases.init(databaseId));
      const closed = await planRelease(stores, 'payments-api', { status: 'closed' });
      const res = await request(server).post(`${API}/releases/${closed.id}/checklist`).send({ preview: true });
      expect(res.status).toBe(409);
      expect(res.body.fieldErrors).toEqual([expect.objectContaining({ path: 'status' })]);

      const open = await planRelease(stores, 'payments-api');
      const anonymous = await request(server)
        .post(`${API}/releases/${open.id}/checklist`)
        .set('Authorization', mockCredentials.none.header())
        .send({});
      expect(anonymous.status).toBe(401);
      access.write = AuthorizeResult.DENY;
      const denied = await request(server).post(`${API}/releases/${open.id}/checklist`).send({});
      expect(denied.status).toBe(403);
      expect(await stores.actions.listByEntity('component:default/payments-api')).toEqual([]);
    });
  });

  describe('CAB dossier', () => {
    it('renders Markdown and printable HTML, in English or French, escaping user text; 406 otherwise', async () => {
      const { server, stores } = await start(await databases.init(databaseId));
      await setRoles(server, 'payments-api');
      const release = await planRelease(stores, 'payments-api');
      const url = `${API}/releases/${release.id}/dossier`;

      expect((await request(server).get(`${API}/releases/nope/dossier`).set('Accept', 'text/markdown')).status).toBe(404);
      const json = await request(server).get(url).set('Accept', 'application/json');
      expect(json.status).toBe(406);
      expect(json.body.error.message).toContain('text/markdown');
      expect((await request(server).get(url).set('Accept', '*/*')).status).toBe(406);

      const md = await request(server).get(url).set('Accept', 'text/markdown');
      expect(md.status).toBe(200);
      expect(md.headers['content-type']).toMatch(/^text\/markdown/);
      expect(md.text).toContain('# CAB dossier — Payments API 2.0.0');
      expect(md.text).toContain('No go/no-go decision recorded yet');
      expect(md.text).toContain('CHG-1234');
      expect(md.text).toContain('## Go/no-go gate');
      expect(md.text).not.toContain('<script>');
      expect(md.text).toContain('&lt;script&gt;');

      const html = await request(server).get(`${url}?lang=fr`).set('Accept', 'text/html');
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.headers['content-language']).toBe('fr');
      expect(html.text).toMatch(/^<!DOCTYPE html>/);
      expect(html.text).toContain('<title>Dossier CAB — Payments API 2.0.0</title>');
      expect(html.text).toContain('@media print');
      expect(html.text).toContain('Porte de go/no-go');
      expect(html.text).not.toContain('<script>');
      expect(html.text).not.toMatch(/<link|src=/);

      const fr = await request(server)
        .get(url)
        .set('Accept', 'text/markdown')
        .set('Accept-Language', 'fr-FR,fr;q=0.9,en;q=0.5');
      expect(fr.text).toContain('# Dossier CAB');

      const anonymous = await request(server)
        .get(url)
        .set('Accept', 'text/markdown')
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    });

    it('is 404 for a release of an entity the caller may not see', async () => {
      const { server, stores, access } = await start(await databases.init(databaseId));
      const hidden = await planRelease(stores, 'secret');
      const url = `${API}/releases/${hidden.id}/dossier`;
      expect((await request(server).get(url).set('Accept', 'text/html')).status).toBe(200);
      access.read = CONDITIONAL;
      expect((await request(server).get(url).set('Accept', 'text/html')).status).toBe(404);
    });

    it('is built from the gate frozen at the latest decision once one is recorded', async () => {
      const { server, stores } = await start(await databases.init(databaseId));
      await setRoles(server, 'payments-api');
      const release = await planRelease(stores, 'payments-api');
      const decided = await request(server)
        .post(`${API}/releases/${release.id}/decisions`)
        .send({
          decision: 'go',
          approvers: ['user:default/alice'],
          overrideReason: 'CAB accepted the risk <b>bold</b>',
          notes: 'Watch the payment provider',
        });
      expect(decided.status).toBe(201);
      const md = await request(server)
        .get(`${API}/releases/${release.id}/dossier`)
        .set('Accept', 'text/markdown');
      expect(md.status).toBe(200);
      expect(md.text).toContain('Built from the gate frozen at the latest go/no-go decision');
      expect(md.text).toContain('## Go/no-go decisions');
      expect(md.text).toContain('CAB accepted the risk &lt;b&gt;bold&lt;/b&gt;');
      expect(md.text).toContain('user:default/alice');
    });
  });

  describe('release calendar and change success', () => {
    it('lists open releases in the range with their gate verdicts, following the filters and catalog read access', async () => {
      const { server, stores, access } = await start(await databases.init(databaseId));
      const soon = await planRelease(stores, 'payments-api');
      const later = await planRelease(stores, 'ledger', {
        version: '1.1.0',
        kind: 'minor',
        plannedAt: `${day(60)}T08:00:00.000Z`,
        window: undefined,
      });
      await planRelease(stores, 'ledger', { version: '0.9.0', status: 'closed' });
      await planRelease(stores, 'ledger', { version: '3.0.0', plannedAt: `${day(200)}T08:00:00.000Z`, window: undefined });
      const hidden = await planRelease(stores, 'secret');
      for (const name of ['payments-api', 'ledger', 'secret']) {
        expect((await evaluate(server, name)).status).toBe(200);
      }

      const all = await request(server).get(`${API}/portfolio/releases`);
      expect(all.status).toBe(200);
      // Same planned date: ordered by id.
      expect(all.body.items.map((i: any) => i.releaseId)).toEqual([
        ...[soon.id, hidden.id].sort(),
        later.id,
      ]);
      const first = all.body.items.find((i: any) => i.releaseId === soon.id);
      expect(first).toMatchObject({
        entityRef: 'component:default/payments-api',
        title: 'Payments API',
        owner: 'group:default/payments-team',
        system: 'system:default/checkout',
        tier: 'T1',
        version: '2.0.0',
        kind: 'major',
        changeType: 'normal',
        status: 'planned',
        goNoGo: expect.any(String),
        handover: expect.any(String),
      });
      expect(first.blockers).toBeGreaterThan(0);

      const ranged = await request(server).get(`${API}/portfolio/releases?from=${day(45)}&to=${day(250)}`);
      expect(ranged.body.items.map((i: any) => i.version)).toEqual(['1.1.0', '3.0.0']);
      const filtered = await request(server).get(`${API}/portfolio/releases?q=payments`);
      expect(filtered.body.items.map((i: any) => i.releaseId)).toEqual([soon.id]);
      const tiered = await request(server).get(`${API}/portfolio/releases?tier=T2&lifecycleMismatch=true`);
      expect(tiered.status).toBe(200);
      expect(tiered.body.items).toEqual([]);

      const invalid = await request(server).get(`${API}/portfolio/releases?from=2027-02-31`);
      expect(invalid.status).toBe(400);
      expect(invalid.body.fieldErrors).toEqual([expect.objectContaining({ path: 'query.from' })]);
      const reversed = await request(server).get(`${API}/portfolio/releases?from=${day(10)}&to=${day(5)}`);
      expect(reversed.status).toBe(400);
      expect(reversed.body.fieldErrors).toEqual([expect.objectContaining({ path: 'query.to' })]);

      access.read = CONDITIONAL;
      const conditional = await request(server).get(`${API}/portfolio/releases`);
      expect(conditional.body.items.map((i: any) => i.entityRef)).not.toContain('component:default/secret');
      expect(conditional.body.items).toHaveLength(2);
      access.read = { result: AuthorizeResult.DENY };
      const none = await request(server).get(`${API}/portfolio/releases`);
      expect(none.body.items).toEqual([]);
      const anonymous = await request(server)
        .get(`${API}/portfolio/releases`)
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    });

    it('reports the change success rate per group and month, and against the gate verdict at go', async () => {
      const { server, stores, access } = await start(await databases.init(databaseId));
      for (const name of ['payments-api', 'ledger', 'secret']) {
        expect((await evaluate(server, name)).status).toBe(200);
      }
      const outcome = (kind: any, verdict?: any, daysAgo = 1) => ({
        outcome: kind,
        incidents: [],
        followUpActionIds: [],
        ...(verdict ? { goGateVerdict: verdict } : {}),
        recordedBy: 'user:default/alice',
        recordedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
      });
      await planRelease(stores, 'payments-api', { status: 'closed', outcome: outcome('success', 'ready-for-run') });
      await planRelease(stores, 'payments-api', { status: 'closed', outcome: outcome('success_with_incidents', 'ready-with-reservations') });
      await planRelease(stores, 'ledger', { status: 'rolled_back', outcome: outcome('rolled_back', 'not-ready') });
      await planRelease(stores, 'ledger', { status: 'closed', outcome: outcome('failed') });
      // Too old for 12 months; no outcome.
      await planRelease(stores, 'ledger', { status: 'closed', outcome: outcome('success', 'ready-for-run', 800) });
      await planRelease(stores, 'ledger', { status: 'planned' });
      await planRelease(stores, 'secret', { status: 'closed', outcome: outcome('success', 'ready-for-run') });

      const res = await request(server).get(`${API}/portfolio/change-success?groupBy=owner&months=12`);
      expect(res.status).toBe(200);
      expect(res.body.groupBy).toBe('owner');
      expect(res.body.groups).toHaveLength(1);
      const [team] = res.body.groups;
      expect(team).toMatchObject({ key: 'group:default/payments-team', total: 5, succeeded: 3, rate: 0.6 });
      expect(team.months).toHaveLength(12);
      expect(team.months.reduce((sum: number, m: any) => sum + m.total, 0)).toBe(5);
      const byVerdict = Object.fromEntries(res.body.byGateVerdict.map((v: any) => [v.verdict, v]));
      expect(byVerdict['ready-for-run']).toMatchObject({ total: 2, succeeded: 2, failed: 0, rate: 1 });
      expect(byVerdict['not-ready']).toMatchObject({ total: 1, succeeded: 0, failed: 1, rate: 0 });
      expect(byVerdict.unknown).toMatchObject({ total: 1, failed: 1 });

      const bySystem = await request(server).get(`${API}/portfolio/change-success?groupBy=system&q=ledger`);
      expect(bySystem.body.groups).toEqual([
        expect.objectContaining({ key: 'system:default/checkout', total: 2, succeeded: 0 }),
      ]);
      const bad = await request(server).get(`${API}/portfolio/change-success?groupBy=tier`);
      expect(bad.status).toBe(400);

      access.read = CONDITIONAL;
      const conditional = await request(server).get(`${API}/portfolio/change-success`);
      expect(conditional.body.groups[0].total).toBe(4);
      const anonymous = await request(server)
        .get(`${API}/portfolio/change-success`)
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    });
  });

  describe('System rollup', () => {
    it('adds the components of a System to its readiness, as far as the caller may see them', async () => {
      const { server, access } = await start(await databases.init(databaseId));
      for (const name of ['payments-api', 'ledger', 'secret']) {
        expect((await evaluate(server, name)).status).toBe(200);
      }
      const res = await request(server).get(`${API}/entities/system/default/checkout/readiness`);
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('system:default/checkout');
      const rollup = res.body.rollup;
      expect(rollup.components.map((c: any) => c.entityRef)).toEqual([
        'component:default/ledger',
        'component:default/payments-api',
        'component:default/secret',
      ]);
      expect(rollup.components[1]).toMatchObject({ title: 'Payments API', tier: expect.any(String) });
      expect(rollup.components[0].blockers.length).toBeGreaterThan(0);
      expect(rollup.worstVerdict).toBe('not-ready');
      const scores = rollup.components.map((c: any) => c.score);
      expect(rollup.averageScore).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0) / 3, 0);

      const componentRes = await request(server).get(`${API}/entities/component/default/ledger/readiness`);
      expect(componentRes.body.rollup).toBeUndefined();

      access.read = CONDITIONAL;
      const conditional = await request(server).get(`${API}/entities/system/default/checkout/readiness`);
      expect(conditional.body.rollup.components.map((c: any) => c.entityRef)).toEqual([
        'component:default/ledger',
        'component:default/payments-api',
      ]);
    });
  });
});
