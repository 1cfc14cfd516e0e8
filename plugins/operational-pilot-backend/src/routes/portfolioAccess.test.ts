/*
 * Catalog read access of the aggregated views (/portfolio, its CSV export, /portfolio/trend, /portfolio/releases,
 * /portfolio/change-success): denied → nothing; conditional → only what the catalog shows the caller, asked in
 * bounded batches about our own candidates only (never the whole catalog, never an unbounded `IN` list). On SQLite
 * and PostgreSQL.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { createStoresFromKnex } from '../database';
import { evaluation } from '../database/__testUtils__/fixtures';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';
import {
  Access,
  Calls,
  CONDITIONAL,
  countingCatalogFactory,
} from '../__testUtils__/restrictedCatalog';

jest.setTimeout(180_000);

const databases = createTestDatabases();
const API = '/api/operational-pilot';
const DAY = 24 * 60 * 60 * 1000;
const OWNER = 'group:default/payments-team';

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  };
}

async function start(
  knex: any,
  entities: Entity[],
  visible: (name: string) => boolean,
) {
  const access: Access = { read: { result: AuthorizeResult.ALLOW } };
  const calls: Calls = { byRefs: [], streams: 0, queries: 0 };
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      countingCatalogFactory(entities, access, visible, calls),
      mockServices.database.factory({ knex }),
      mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
        authorizeConditional: async requests => requests.map(() => access.read),
      }).factory,
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core'] } },
      }),
    ],
  });
  const stores = createStoresFromKnex(knex);
  const resetCalls = () => {
    calls.byRefs = [];
    calls.streams = 0;
    calls.queries = 0;
  };
  return { server, stores, access, calls, resetCalls };
}

function dayKey(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
}

describe.each(databases.eachSupportedId())(
  'catalog read access of the aggregated views (%s)',
  databaseId => {
    it('/portfolio/trend: everything when allowed, nothing when denied, only visible entities when conditional', async () => {
      const names = ['payments-api', 'ledger', 'secret'];
      const { server, stores, access } = await start(
        await databases.init(databaseId),
        names.map(component),
        name => name !== 'secret',
      );
      // Two days of snapshots: the secret entity drags the average down.
      for (const offset of [-1, 0]) {
        await stores.snapshots.record(
          dayKey(offset),
          names.map(name => ({
            entityRef: `component:default/${name}`,
            score: name === 'secret' ? 10 : 70,
            verdict: 'not-ready',
            level: 'none',
            tier: name === 'ledger' ? 'T1' : 'T2',
            owner: OWNER,
            categories: {},
          })),
        );
      }
      const trend = (query = '') =>
        request(server).get(
          `${API}/portfolio/trend?groupBy=owner&days=7${query}`,
        );

      const all = await trend();
      expect(all.status).toBe(200);
      expect(all.body.series).toHaveLength(1);
      expect(all.body.series[0].points.map((p: any) => p.entities)).toEqual([
        3, 3,
      ]);
      expect(all.body.series[0].points[0].averageScore).toBe(50);

      access.read = { result: AuthorizeResult.DENY };
      const none = await trend();
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ groupBy: 'owner', series: [] });

      access.read = CONDITIONAL;
      const conditional = await trend();
      expect(conditional.status).toBe(200);
      expect(conditional.body.series).toHaveLength(1);
      expect(
        conditional.body.series[0].points.map((p: any) => [
          p.entities,
          p.averageScore,
        ]),
      ).toEqual([
        [2, 70],
        [2, 70],
      ]);
      // With the trend's own filters as well.
      const tiered = await trend('&tier=T2');
      expect(tiered.body.series[0].points.map((p: any) => p.entities)).toEqual([
        1, 1,
      ]);
      const byTier = await request(server).get(
        `${API}/portfolio/trend?groupBy=tier&days=7`,
      );
      expect(byTier.body.series.map((s: any) => s.key)).toEqual(['T1', 'T2']);
      expect(
        byTier.body.series[1].points.map((p: any) => p.averageScore),
      ).toEqual([70, 70]);
    });

    it('/portfolio/rollups and /portfolio/highlights: aggregates of the visible, filtered entities only; 400 on bad input', async () => {
      const names = ['payments-api', 'ledger', 'secret', 'orphan'];
      const knex = await databases.init(databaseId);
      const { server, stores, access } = await start(
        knex,
        names.map(component),
        name => name !== 'secret',
      );
      const OTHER = 'group:default/other-team';
      await stores.evaluations.upsert([
        evaluation({
          name: 'payments-api',
          owner: OWNER,
          system: 'system:default/pay',
          score: 60,
          verdict: 'not-ready',
          blockers: 2,
        }),
        evaluation({
          name: 'ledger',
          owner: OWNER,
          system: 'system:default/pay',
          score: 90,
          verdict: 'ready-for-run',
          tier: 'T1',
        }),
        evaluation({
          name: 'secret',
          owner: OWNER,
          score: 10,
          verdict: 'not-ready',
          blockers: 5,
        }),
        evaluation({
          name: 'orphan',
          owner: OTHER,
          score: 40,
          verdict: 'ready-with-reservations',
        }),
      ]);
      // A week ago payments-api scored 75 and secret 90 (drops of 15 and 80); ledger rose.
      await stores.snapshots.record(
        dayKey(-6),
        [
          ['payments-api', 75],
          ['ledger', 80],
          ['secret', 90],
        ].map(([name, score]) => ({
          entityRef: `component:default/${name}`,
          score: score as number,
          verdict: 'not-ready' as const,
          level: 'none' as const,
          tier: 'T2' as const,
          owner: OWNER,
          categories: {},
        })),
      );
      const overdueDay = dayKey(-2);
      for (const name of ['payments-api', 'secret']) {
        await stores.actions.create({
          entityRef: `component:default/${name}`,
          title: 'late',
          phase: 'run',
          side: 'run',
          priority: 'major',
          status: 'open',
          source: 'manual',
          createdBy: 'user:default/alice',
          dueDate: overdueDay,
        });
      }
      const waiver = (name: string, status: string, inDays: number) =>
        stores.waivers.create({
          entityRef: `component:default/${name}`,
          criterionId: 'SEC-01',
          reason: 'r',
          requestedBy: 'user:default/alice',
          requestedAt: new Date().toISOString(),
          status: status as any,
          expiresAt: new Date(Date.now() + inDays * DAY).toISOString(),
        });
      await waiver('payments-api', 'approved', 10);
      await waiver('ledger', 'approved', 60);
      await waiver('ledger', 'requested', 5);
      await waiver('orphan', 'approved', -1);
      await waiver('secret', 'approved', 3);

      const get = (path: string) => request(server).get(`${API}${path}`);

      // Allowed: everything.
      const all = await get('/portfolio/rollups?groupBy=owner');
      expect(all.status).toBe(200);
      expect(all.body.totalGroups).toBe(2);
      expect(all.body.groups[0]).toEqual({
        key: OWNER,
        total: 3,
        byVerdict: {
          'not-ready': 2,
          'ready-with-reservations': 0,
          'ready-for-run': 1,
        },
        averageScore: 53.3,
        blockers: 7,
        overdueActions: 2,
      });

      access.read = CONDITIONAL;
      const teams = await get('/portfolio/rollups?groupBy=owner');
      expect(teams.status).toBe(200);
      expect(teams.body.groups).toEqual([
        {
          key: OWNER,
          total: 2,
          byVerdict: {
            'not-ready': 1,
            'ready-with-reservations': 0,
            'ready-for-run': 1,
          },
          averageScore: 75,
          blockers: 2,
          overdueActions: 1,
        },
        {
          key: OTHER,
          total: 1,
          byVerdict: {
            'not-ready': 0,
            'ready-with-reservations': 1,
            'ready-for-run': 0,
          },
          averageScore: 40,
          blockers: 0,
          overdueActions: 0,
        },
      ]);
      const systems = await get('/portfolio/rollups?groupBy=system&tier=T2');
      expect(systems.body).toEqual({
        groupBy: 'system',
        totalGroups: 2,
        groups: [
          expect.objectContaining({
            key: 'system:default/pay',
            total: 1,
            averageScore: 60,
          }),
          expect.objectContaining({ key: null, total: 1, averageScore: 40 }),
        ],
      });

      const highlights = await get('/portfolio/highlights?days=7');
      expect(highlights.status).toBe(200);
      expect(highlights.body.drops).toEqual([
        {
          entityRef: 'component:default/payments-api',
          title: 'payments-api',
          owner: OWNER,
          score: 60,
          previousScore: 75,
          since: dayKey(-6),
          verdict: 'not-ready',
        },
      ]);
      expect(highlights.body.waivers).toEqual({
        active: 2,
        expiringIn30Days: 1,
        expiring: [
          expect.objectContaining({
            entityRef: 'component:default/payments-api',
            criterionId: 'SEC-01',
          }),
        ],
      });
      // The window excludes older snapshots; filters apply.
      const recent = await get('/portfolio/highlights?days=3');
      expect(recent.body.drops).toEqual([]);
      const other = await get(
        `/portfolio/highlights?owner=${encodeURIComponent(OTHER)}`,
      );
      expect(other.body.waivers).toEqual({
        active: 0,
        expiringIn30Days: 0,
        expiring: [],
      });

      // The portfolio trend follows the table's filters: entities not-ready today, as they were each day.
      const trend = await get(
        '/portfolio/trend?groupBy=portfolio&days=7&verdict=not-ready',
      );
      expect(trend.status).toBe(200);
      expect(trend.body).toEqual({
        groupBy: 'portfolio',
        series: [
          {
            key: 'portfolio',
            points: [{ day: dayKey(-6), averageScore: 75, entities: 1 }],
          },
        ],
      });
      const wholeTrend = await get('/portfolio/trend?groupBy=portfolio&days=7');
      expect(wholeTrend.body.series[0].points).toEqual([
        { day: dayKey(-6), averageScore: 77.5, entities: 2 },
      ]);

      access.read = { result: AuthorizeResult.DENY };
      expect((await get('/portfolio/rollups')).body).toEqual({
        groupBy: 'owner',
        totalGroups: 0,
        groups: [],
      });
      expect((await get('/portfolio/highlights')).body).toEqual({
        days: 7,
        drops: [],
        waivers: { active: 0, expiringIn30Days: 0, expiring: [] },
      });

      // Bad input: 400 naming the parameter.
      for (const [path, field] of [
        ['/portfolio/rollups?groupBy=tier', 'groupBy'],
        ['/portfolio/rollups?limit=0', 'limit'],
        ['/portfolio/rollups?limit=101', 'limit'],
        ['/portfolio/highlights?days=91', 'days'],
        ['/portfolio/highlights?limit=abc', 'limit'],
        ['/portfolio/highlights?verdict=great', 'verdict'],
        ['/portfolio/trend?groupBy=portfolio&level=top', 'level'],
      ]) {
        const bad = await get(path);
        expect(bad.status).toBe(400);
        expect(JSON.stringify(bad.body)).toContain(field);
      }
    });

    it('conditional access over 2,000 entities: right totals everywhere, bounded catalog calls, no unbounded IN list', async () => {
      const COUNT = 2000;
      const names = Array.from(
        { length: COUNT },
        (_, i) => `svc-${String(i).padStart(5, '0')}`,
      );
      // Users see one entity in two (under the conditional policy).
      const visible = (name: string) => Number(name.slice(4)) % 2 === 0;
      const knex = await databases.init(databaseId);
      const { server, stores, access, calls, resetCalls } = await start(
        knex,
        names.map(component),
        visible,
      );
      await stores.evaluations.upsert(
        names.map((name, i) =>
          evaluation({
            name,
            owner: OWNER,
            tier: i % 3 === 0 ? 'T1' : 'T2',
            score: 40 + (i % 50),
          }),
        ),
      );
      await stores.snapshots.recordFromEvaluations(dayKey(0));
      const expectedVisible = names.filter(visible).length;
      const expectedT1 = names.filter(
        (name, i) => visible(name) && i % 3 === 0,
      ).length;

      access.read = CONDITIONAL;
      resetCalls();
      const first = await request(server).get(
        `${API}/portfolio?limit=10&orderBy=entityRef`,
      );
      expect(first.status).toBe(200);
      expect(first.body.totalItems).toBe(expectedVisible);
      expect(first.body.summary.totalEntities).toBe(expectedVisible);
      expect(first.body.items.map((i: any) => i.entityRef)).toEqual(
        names
          .filter(visible)
          .slice(0, 10)
          .map(name => `component:default/${name}`),
      );
      // Never the whole catalog; at most ceil(2000 / 500) lookups of at most 500 refs.
      expect(calls.streams).toBe(0);
      expect(calls.queries).toBe(0);
      expect(calls.byRefs.length).toBeLessThanOrEqual(Math.ceil(COUNT / 500));
      expect(Math.max(...calls.byRefs)).toBeLessThanOrEqual(500);
      expect(calls.byRefs.reduce((a, b) => a + b, 0)).toBe(COUNT);

      // Within the TTL, the next pages and the other views ask the catalog nothing.
      resetCalls();
      const second = await request(server).get(
        `${API}/portfolio?limit=10&offset=990&orderBy=entityRef`,
      );
      expect(second.body.items.map((i: any) => i.entityRef)).toEqual(
        names
          .filter(visible)
          .slice(990, 1000)
          .map(name => `component:default/${name}`),
      );
      const filtered = await request(server).get(`${API}/portfolio?tier=T1`);
      expect(filtered.body.totalItems).toBe(expectedT1);
      const trend = await request(server).get(
        `${API}/portfolio/trend?groupBy=owner&days=7`,
      );
      expect(trend.status).toBe(200);
      expect(trend.body.series[0].points).toEqual([
        expect.objectContaining({ entities: expectedVisible }),
      ]);
      const releases = await request(server).get(`${API}/portfolio/releases`);
      expect(releases.status).toBe(200);
      const success = await request(server).get(
        `${API}/portfolio/change-success`,
      );
      expect(success.status).toBe(200);
      const csv = await request(server).get(`${API}/portfolio/export.csv`);
      expect(csv.status).toBe(200);
      const lines = csv.text.trim().split('\r\n');
      expect(lines).toHaveLength(expectedVisible + 1);
      expect(new Set(lines.slice(1).map(l => l.split(',')[0])).size).toBe(
        expectedVisible,
      );
      expect(calls.byRefs).toEqual([]);
      expect(calls.streams).toBe(0);

      // Denied: nothing, without asking the catalog.
      access.read = { result: AuthorizeResult.DENY };
      resetCalls();
      const denied = await request(server).get(`${API}/portfolio`);
      expect(denied.body.totalItems).toBe(0);
      const deniedCsv = await request(server).get(
        `${API}/portfolio/export.csv`,
      );
      expect(deniedCsv.text.trim().split('\r\n')).toHaveLength(1);
      expect(calls.byRefs).toEqual([]);

      // Allowed: everything.
      access.read = { result: AuthorizeResult.ALLOW };
      const allowed = await request(server).get(`${API}/portfolio?limit=1`);
      expect(allowed.body.totalItems).toBe(COUNT);
    });
  },
);
