import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { operationalPilotPlugin } from './plugin';
import { createTestDatabases } from './testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      annotations: { 'pagerduty.com/service-id': 'P1' },
      links: [{ url: 'https://grafana.example/d/1', type: 'dashboard' }],
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [], profile: { email: 'p@example.com' } },
  },
];

const COMPONENT =
  '/api/operational-pilot/entities/component/default/payments-api';

async function startBackend(
  knex: any,
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
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

describe.each(databases.eachSupportedId())(
  'operational-pilot backend (%s)',
  databaseId => {
    it('answers the readiness of a catalog entity and 404 for an unknown one', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const ok = await request(server).get(`${COMPONENT}/readiness`);
      expect(ok.status).toBe(200);
      expect(ok.body.entityRef).toBe('component:default/payments-api');
      expect(ok.body.score).toBeGreaterThanOrEqual(0);
      expect(ok.body.score).toBeLessThanOrEqual(100);
      expect([
        'not-ready',
        'ready-with-reservations',
        'ready-for-run',
      ]).toContain(ok.body.verdict);
      expect(ok.body.criteria.length).toBeGreaterThan(0);
      for (const criterion of ok.body.criteria) {
        expect(criterion.reason).toEqual(expect.any(String));
        expect(criterion.status).toEqual(expect.any(String));
      }

      const missing = await request(server).get(
        '/api/operational-pilot/entities/component/default/nope/readiness',
      );
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('component:default/nope');
    });

    it('rejects requests without Backstage credentials with 401', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const res = await request(server)
        .get(`${COMPONENT}/readiness`)
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    });

    it('versions operational metadata: 428 without If-Match, 412 when stale, ETag moves on', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const read = await request(server).get(`${COMPONENT}/operations`);
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe('"0"');

      const body = { metadata: { tier: 'T1', serviceHours: '24x7' } };
      const noMatch = await request(server)
        .put(`${COMPONENT}/operations`)
        .send(body);
      expect(noMatch.status).toBe(428);

      const first = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', read.headers.etag)
        .send(body);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBe('"1"');
      expect(first.body.metadata.tier).toBe('T1');

      const stale = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', read.headers.etag)
        .send({ metadata: { tier: 'T3' } });
      expect(stale.status).toBe(412);
      expect(stale.body.error.message).toMatch(/changed by someone else/);

      const after = await request(server).get(`${COMPONENT}/operations`);
      expect(after.body.metadata.tier).toBe('T1');

      const readiness = await request(server).get(`${COMPONENT}/readiness`);
      expect(readiness.body.tier).toBe('T1');
      expect(readiness.body.tierDeclared).toBe(true);
    });

    it('lets exactly one of several concurrent writers win', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const results = await Promise.all(
        ['T1', 'T2', 'T3', 'T1', 'T2', 'T3'].map(tier =>
          request(server)
            .put(`${COMPONENT}/operations`)
            .set('If-Match', '"0"')
            .send({ metadata: { tier } }),
        ),
      );
      const statuses = results.map(r => r.status).sort();
      expect(statuses.filter(s => s === 200)).toHaveLength(1);
      expect(statuses.filter(s => s === 412)).toHaveLength(5);
      const winner = results.find(r => r.status === 200)!;
      const stored = await request(server).get(`${COMPONENT}/operations`);
      expect(stored.body.metadata.tier).toBe(winner.body.metadata.tier);
      expect(stored.headers.etag).toBe('"1"');
    });

    it('answers bad input with 400 naming the field, and changes nothing', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const cases: Array<[object, string]> = [
        [{ metadata: { tier: 'T9' } }, 'tier'],
        [{ metadata: { sla: { availability: 140 } } }, 'sla.availability'],
        [{ metadata: { unknownField: 1 } }, 'metadata'],
        [
          { metadata: { sla: { docUrl: 'ftp://x.example/sla' } } },
          'sla.docUrl',
        ],
        [{ metadata: { roles: { poa: 'component:default/x' } } }, 'roles.poa'],
        [{ metadata: { sla: { agreedAt: '2026-02-31' } } }, 'sla.agreedAt'],
        [{ notMetadata: {} }, ''],
      ];
      for (const [body, field] of cases) {
        const res = await request(server)
          .put(`${COMPONENT}/operations`)
          .set('If-Match', '"0"')
          .send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(field);
      }
      const fieldErrors = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({ metadata: { sla: { availability: 140 } } });
      expect(fieldErrors.body.fieldErrors).toEqual([
        expect.objectContaining({ path: 'metadata.sla.availability' }),
      ]);
      const stored = await request(server).get(`${COMPONENT}/operations`);
      expect(stored.headers.etag).toBe('"0"');
      const audit = await request(server).get(`${COMPONENT}/audit`);
      expect(audit.body.items).toEqual([]);
    });

    it('rejects non-http(s) evidence and attestations of automatic criteria', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const badUrl = await request(server)
        .post(`${COMPONENT}/attestations`)
        .send({
          criterionId: 'BCK-03',
          state: 'compliant',
          // A script URL must never be accepted as evidence.
          // eslint-disable-next-line no-script-url
          evidence: [{ url: 'javascript:alert(1)' }],
        });
      expect(badUrl.status).toBe(400);
      expect(badUrl.body.error.message).toContain('evidence');

      const automatic = await request(server)
        .post(`${COMPONENT}/attestations`)
        .send({
          criterionId: 'OWN-01',
          state: 'compliant',
          evidence: [{ url: 'https://x.example' }],
        });
      expect(automatic.status).toBe(400);
      expect(automatic.body.error.message).toContain('OWN-01');

      const good = await request(server)
        .post(`${COMPONENT}/attestations`)
        .send({
          criterionId: 'BCK-03',
          state: 'compliant',
          evidence: [{ url: 'https://wiki.example/restore-test' }],
        });
      expect(good.status).toBe(201);
      expect(good.body.assessedBy).toBe('user:default/mock');
      const listed = await request(server).get(`${COMPONENT}/attestations`);
      expect(listed.body.items).toHaveLength(1);
    });

    it('moves actions through legal transitions only, with If-Match', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const created = await request(server)
        .post(`${COMPONENT}/actions`)
        .send({
          title: 'Write the runbooks',
          phase: 'before',
          side: 'build',
          dueDate: '2026-12-01',
        });
      expect(created.status).toBe(201);
      expect(created.body.status).toBe('open');
      const id = created.body.id;

      const illegal = await request(server)
        .patch(`/api/operational-pilot/actions/${id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ status: 'verified' });
      expect(illegal.status).toBe(400);
      expect(illegal.body.error.message).toMatch(
        /cannot move from open to verified/,
      );

      const started = await request(server)
        .patch(`/api/operational-pilot/actions/${id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ status: 'in_progress' });
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('in_progress');

      const stale = await request(server)
        .patch(`/api/operational-pilot/actions/${id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ status: 'done' });
      expect(stale.status).toBe(412);

      const audit = await request(server).get(`${COMPONENT}/audit`);
      expect(audit.body.items.map((e: any) => e.action)).toEqual([
        'action-in-progress',
        'action-create',
      ]);
    });

    it('auto-resolves an action when its automatic criterion passes again', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const created = await request(server)
        .post(`${COMPONENT}/actions`)
        .send({
          title: 'Declare the service profile',
          phase: 'run',
          side: 'poa',
          criterionId: 'OWN-05',
          dueDate: '2026-12-01',
        });
      expect(created.status).toBe(201);
      const still = await request(server).get(
        `/api/operational-pilot/actions/${created.body.id}`,
      );
      expect(still.body.status).toBe('open');

      const put = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({
          metadata: {
            tier: 'T2',
            serviceHours: '24x7',
            supportHours: {
              businessHours: 'Mon-Fri 08:00-18:00',
              offHours: 'on-call',
            },
            dict: { d: 2, i: 2, c: 2, t: 1 },
          },
        });
      expect(put.status).toBe(200);
      const readiness = await request(server).get(`${COMPONENT}/readiness`);
      expect(
        readiness.body.criteria.find((c: any) => c.id === 'OWN-05').status,
      ).toBe('pass');
      const after = await request(server).get(
        `/api/operational-pilot/actions/${created.body.id}`,
      );
      expect(after.body.status).toBe('done');
      expect(after.body.resolution).toMatch(/Auto-resolved/);
      const audit = await request(server).get(`${COMPONENT}/audit`);
      expect(audit.body.items[0]).toMatchObject({
        action: 'action-auto-resolve',
        actor: 'operational-pilot:auto-resolve',
      });
    });

    it('turns an accepted risk into a waiver request that, once approved by someone else, keeps the blocker from failing the gate', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const before = await request(server).get(`${COMPONENT}/readiness`);
      expect(before.body.blockers).toContain('BCK-03');
      const created = await request(server)
        .post(`${COMPONENT}/actions`)
        .send({
          title: 'Run a restore test',
          phase: 'run',
          side: 'run',
          criterionId: 'BCK-03',
          dueDate: '2026-12-20',
        });
      const expiresAt = new Date(Date.now() + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const tooLong = await request(server)
        .patch(`/api/operational-pilot/actions/${created.body.id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({
          status: 'risk_accepted',
          resolution: 'Restore test planned in January',
          waiverExpiresAt: '2099-01-01',
        });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.message).toContain('waiverExpiresAt');
      const accepted = await request(server)
        .patch(`/api/operational-pilot/actions/${created.body.id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({
          status: 'risk_accepted',
          resolution: 'Restore test planned in January',
          waiverExpiresAt: expiresAt,
        });
      expect(accepted.status).toBe(200);
      // Four eyes: the accepted risk is a waiver request, approved by someone else.
      const waivers = await request(server).get(`${COMPONENT}/waivers`);
      expect(waivers.body.items).toEqual([
        expect.objectContaining({
          criterionId: 'BCK-03',
          status: 'requested',
          actionId: created.body.id,
        }),
      ]);
      const pending = await request(server).get(`${COMPONENT}/readiness`);
      expect(pending.body.blockers).toContain('BCK-03');
      const approved = await request(server)
        .post(
          `/api/operational-pilot/waivers/${waivers.body.items[0].id}/approve`,
        )
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/approver'),
        );
      expect(approved.status).toBe(200);
      const after = await request(server).get(`${COMPONENT}/readiness`);
      expect(after.body.blockers).not.toContain('BCK-03');
      expect(
        after.body.criteria.find((c: any) => c.id === 'BCK-03').status,
      ).toBe('waived');
    });

    it('proposes one action per failing criterion, once', async () => {
      const server = await startBackend(await databases.init(databaseId));
      const first = await request(server).post(`${COMPONENT}/actions/propose`);
      expect(first.status).toBe(200);
      expect(first.body.items.length).toBeGreaterThan(0);
      for (const action of first.body.items) {
        expect(action.status).toBe('proposed');
        expect(action.criterionId).toEqual(expect.any(String));
      }
      const second = await request(server).post(`${COMPONENT}/actions/propose`);
      expect(second.body.items).toEqual([]);
    });

    it('exports the portfolio as CSV and serves history and trends from snapshots', async () => {
      const server = await startBackend(await databases.init(databaseId));
      await request(server).get(`${COMPONENT}/readiness`);
      const csv = await request(server).get(
        '/api/operational-pilot/portfolio/export.csv?kind=component',
      );
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toMatch(/^entityRef,title,kind,owner/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(
        /^component:default\/payments-api,payments-api,component,group:default\/payments-team/,
      );
      // In French (?lang=fr or Accept-Language): column titles and verdict labels a manager reads.
      const verdict = (await request(server).get(`${COMPONENT}/readiness`)).body
        .verdict;
      for (const frenchCsv of [
        await request(server).get(
          '/api/operational-pilot/portfolio/export.csv?kind=component&lang=fr',
        ),
        await request(server)
          .get('/api/operational-pilot/portfolio/export.csv?kind=component')
          .set('Accept-Language', 'fr-FR,fr;q=0.9'),
      ]) {
        expect(frenchCsv.status).toBe(200);
        expect(frenchCsv.headers['content-language']).toBe('fr');
        const frLines = frenchCsv.text.trim().split('\r\n');
        expect(frLines[0]).toMatch(/^Référence,Titre,Type,Responsable/);
        const label = {
          'not-ready': 'pas prêt',
          'ready-with-reservations': 'prêt avec réserves',
          'ready-for-run': 'prêt pour le run',
        }[verdict as string];
        expect(frLines[1].split(',')).toContain(label);
        expect(frLines[1].split(',')).not.toContain(verdict);
      }

      const history = await request(server).get(`${COMPONENT}/history?days=30`);
      expect(history.status).toBe(200);
      expect(history.body.items).toEqual([]);
      const trend = await request(server).get(
        '/api/operational-pilot/portfolio/trend?groupBy=owner&days=30',
      );
      expect(trend.status).toBe(200);
      expect(trend.body).toEqual({ groupBy: 'owner', series: [] });
      const badTrend = await request(server).get(
        '/api/operational-pilot/portfolio/trend?groupBy=colour',
      );
      expect(badTrend.status).toBe(400);
    });

    it('lists the portfolio from stored evaluations', async () => {
      const server = await startBackend(await databases.init(databaseId));
      await request(server).get(`${COMPONENT}/readiness`);
      const res = await request(server).get(
        '/api/operational-pilot/portfolio?limit=10&orderBy=score&order=desc',
      );
      expect(res.status).toBe(200);
      expect(res.body.totalItems).toBe(1);
      expect(res.body.items[0].entityRef).toBe(
        'component:default/payments-api',
      );
      const bad = await request(server).get(
        '/api/operational-pilot/portfolio?limit=100000',
      );
      expect(bad.status).toBe(400);
      const unknown = await request(server).get(
        '/api/operational-pilot/portfolio?color=red',
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('color');
    });
  },
);

describe.each(databases.eachSupportedId())(
  'operational-pilot backend permissions (%s)',
  databaseId => {
    it('gives a reader 403 on every write route', async () => {
      const server = await startBackend(
        await databases.init(databaseId),
        AuthorizeResult.DENY,
      );
      const writes = [
        request(server)
          .put(`${COMPONENT}/operations`)
          .set('If-Match', '"0"')
          .send({ metadata: {} }),
        request(server)
          .post(`${COMPONENT}/attestations`)
          .send({
            criterionId: 'BCK-03',
            state: 'compliant',
            evidence: [{ url: 'https://x.example' }],
          }),
        request(server)
          .post(`${COMPONENT}/waivers`)
          .send({
            criterionId: 'BCK-03',
            reason: 'because',
            expiresAt: '2099-01-01',
          }),
        request(server)
          .post(`${COMPONENT}/actions`)
          .send({ title: 'x', phase: 'run', side: 'run' }),
        request(server)
          .post(`${COMPONENT}/releases`)
          .send({ version: '1.0', kind: 'major', plannedAt: '2099-01-01' }),
        request(server).post('/api/operational-pilot/evaluations/run'),
      ];
      for (const res of await Promise.all(writes)) {
        expect(res.status).toBe(403);
      }
      const read = await request(server).get(`${COMPONENT}/readiness`);
      expect(read.status).toBe(200);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'operational-pilot portfolio and catalog read access (%s)',
  databaseId => {
    async function portfolioWith(decision: any, knex: any) {
      const { server } = await startTestBackend({
        features: [
          operationalPilotPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({ knex }),
          mockServices.permissions.mock({
            authorize: async requests =>
              requests.map(() => ({ result: AuthorizeResult.ALLOW })),
            authorizeConditional: async requests =>
              requests.map(() => decision),
          }).factory,
        ],
      });
      await request(server).get(`${COMPONENT}/readiness`);
      return request(server).get('/api/operational-pilot/portfolio');
    }

    it('lists nothing to a caller who may not read the catalog', async () => {
      const res = await portfolioWith(
        { result: AuthorizeResult.DENY },
        await databases.init(databaseId),
      );
      expect(res.status).toBe(200);
      expect(res.body.totalItems).toBe(0);
      expect(res.body.summary.totalEntities).toBe(0);
    });

    it('lists what the catalog shows the caller when read access is conditional', async () => {
      const res = await portfolioWith(
        {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: { claims: [] },
          },
        },
        await databases.init(databaseId),
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/payments-api',
      ]);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'operational-pilot bulk tier and roles for the catalog module (%s)',
  databaseId => {
    const ROLES = '/api/operational-pilot/operations/roles';

    async function backendWithOperations(
      knex: any,
      catalogRead:
        | AuthorizeResult.ALLOW
        | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
    ) {
      const { server } = await startTestBackend({
        features: [
          operationalPilotPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({ knex }),
          mockServices.permissions.mock({
            authorize: async requests =>
              requests.map(() => ({ result: AuthorizeResult.ALLOW })),
            authorizeConditional: async requests =>
              requests.map(() => ({ result: catalogRead })),
          }).factory,
        ],
      });
      const put = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({
          metadata: {
            tier: 'T2',
            serviceHours: '24x7',
            roles: {
              poa: 'user:default/alice.martin',
              opsOwner: 'group:default/run-ops',
            },
          },
        });
      expect(put.status).toBe(200);
      return server;
    }

    it('answers the tier and roles of every entity to a service in one response', async () => {
      const server = await backendWithOperations(
        await databases.init(databaseId),
      );
      const res = await request(server)
        .get(ROLES)
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        items: [
          {
            entityRef: 'component:default/payments-api',
            tier: 'T2',
            roles: {
              poa: 'user:default/alice.martin',
              opsOwner: 'group:default/run-ops',
            },
          },
        ],
      });
    });

    it('follows catalog read access for users, and needs credentials', async () => {
      const knex = await databases.init(databaseId);
      const denied = await backendWithOperations(knex, AuthorizeResult.DENY);
      const none = await request(denied).get(ROLES);
      expect(none.status).toBe(200);
      expect(none.body.items).toEqual([]);
      // A service principal is not subject to the user's catalog read policy.
      const service = await request(denied)
        .get(ROLES)
        .set('Authorization', mockCredentials.service.header());
      expect(service.body.items).toHaveLength(1);

      const anonymous = await request(denied)
        .get(ROLES)
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    });

    it('pages the whole portfolio for a service (the search collator), whatever the users may read', async () => {
      const denied = await backendWithOperations(
        await databases.init(databaseId),
        AuthorizeResult.DENY,
      );
      const PORTFOLIO =
        '/api/operational-pilot/portfolio?limit=500&offset=0&orderBy=entityRef&order=asc';
      const user = await request(denied).get(PORTFOLIO);
      expect(user.status).toBe(200);
      expect(user.body.items).toEqual([]);
      const service = await request(denied)
        .get(PORTFOLIO)
        .set('Authorization', mockCredentials.service.header());
      expect(service.status).toBe(200);
      expect(service.body.totalItems).toBe(1);
      expect(service.body.items[0]).toEqual(
        expect.objectContaining({
          entityRef: 'component:default/payments-api',
          tier: 'T2',
          poa: 'user:default/alice.martin',
        }),
      );
      // And each entity's readiness (its blockers), as the collator reads them.
      const readiness = await request(denied)
        .get(`${COMPONENT}/readiness`)
        .set('Authorization', mockCredentials.service.header());
      expect(readiness.status).toBe(200);
      expect(readiness.body.blockers).toEqual(expect.any(Array));
    });

    it('refuses query parameters it does not know', async () => {
      const server = await backendWithOperations(
        await databases.init(databaseId),
      );
      const res = await request(server)
        .get(`${ROLES}?limit=5`)
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(400);
    });
  },
);

describe('operational-pilot backend configuration', () => {
  it('refuses to start with an invalid model configuration, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          operationalPilotPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.rootConfig.factory({
            data: {
              operationalPilot: {
                criteria: { overrides: { 'OBS-04': { weight: -1 } } },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/operationalPilot\.criteria\.overrides\.OBS-04\.weight/);
  });
});
