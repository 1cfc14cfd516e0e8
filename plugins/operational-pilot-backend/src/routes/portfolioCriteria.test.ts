/*
 * Route tests of /portfolio/heatmap and /portfolio/failing-criteria: counts of the filtered entities, catalog read
 * access (denied → nothing, conditional → only what the catalog shows the caller), 400 on bad input, and the
 * evaluation flow writing the per-criterion rows they read. On SQLite and PostgreSQL.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { CriterionResult } from '@operational-pilot/backstage-plugin-common';
import request from 'supertest';
import { createStoresFromKnex } from '../database';
import { evaluation } from '../database/__testUtils__/fixtures';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';
import {
  CONDITIONAL,
  countingCatalogFactory,
} from '../__testUtils__/restrictedCatalog';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const API = '/api/operational-pilot';
const TEAM = 'group:default/payments-team';
const OTHER = 'group:default/other-team';

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    // Experimental and never handed over: no lifecycle mismatch in the evaluation.
    spec: {
      type: 'service',
      lifecycle: 'experimental',
      owner: 'payments-team',
    },
    relations: [{ type: 'ownedBy', targetRef: TEAM }],
  };
}

const NAMES = ['payments-api', 'ledger', 'secret', 'orphan'];

async function start(knex: any) {
  const access = { read: { result: AuthorizeResult.ALLOW } as PolicyDecision };
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      // Under a conditional read policy users never see `secret`.
      countingCatalogFactory(
        NAMES.map(component),
        access,
        name => name !== 'secret',
        { byRefs: [], streams: 0, queries: 0 },
      ),
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
  return { server, stores: createStoresFromKnex(knex), access };
}

function criterion(
  id: string,
  status: CriterionResult['status'],
  blocking = false,
): CriterionResult {
  return {
    id,
    title: id,
    category: id.split('-')[0] as CriterionResult['category'],
    weight: 1,
    blocking,
    scope: 'entity',
    status,
    credit: status === 'pass' ? 1 : 0,
    reason: '',
    howToFix: '',
    source: 'catalog',
    evidence: [],
  };
}

describe.each(databases.eachSupportedId())(
  'portfolio heat map and most failing criteria (%s)',
  databaseId => {
    it('aggregates the visible, filtered entities only; 400 on bad input', async () => {
      const { server, stores, access } = await start(
        await databases.init(databaseId),
      );
      await stores.evaluations.upsert([
        evaluation({
          name: 'payments-api',
          owner: TEAM,
          tier: 'T1',
          criteria: [
            criterion('SEC-01', 'fail', true),
            criterion('OWN-01', 'pass'),
          ],
        }),
        evaluation({
          name: 'ledger',
          owner: TEAM,
          criteria: [criterion('SEC-01', 'pass'), criterion('OWN-01', 'pass')],
        }),
        evaluation({
          name: 'secret',
          owner: TEAM,
          criteria: [
            criterion('SEC-01', 'fail', true),
            criterion('OWN-01', 'fail'),
          ],
        }),
        evaluation({
          name: 'orphan',
          owner: OTHER,
          criteria: [criterion('OWN-01', 'stale')],
        }),
      ]);
      const get = (path: string) => request(server).get(`${API}${path}`);

      // Allowed: everything.
      const heatmap = await get('/portfolio/heatmap');
      expect(heatmap.status).toBe(200);
      expect(heatmap.body).toEqual({
        categories: ['OWN', 'SEC'],
        totalTeams: 2,
        teams: [
          {
            key: OTHER,
            entities: 1,
            applicable: 1,
            passingShare: 0,
            failing: 1,
            cells: [
              {
                category: 'OWN',
                entities: 1,
                applicable: 1,
                passing: 0,
                passingShare: 0,
                failing: 1,
              },
            ],
          },
          {
            key: TEAM,
            entities: 3,
            applicable: 6,
            passingShare: 50,
            failing: 3,
            cells: [
              {
                category: 'OWN',
                entities: 3,
                applicable: 3,
                passing: 2,
                passingShare: 66.7,
                failing: 1,
              },
              {
                category: 'SEC',
                entities: 3,
                applicable: 3,
                passing: 1,
                passingShare: 33.3,
                failing: 2,
              },
            ],
          },
        ],
      });
      const failing = await get('/portfolio/failing-criteria');
      expect(failing.status).toBe(200);
      expect(failing.body).toEqual({
        evaluatedEntities: 4,
        totalCriteria: 2,
        // Ties: the most blocking failures first.
        criteria: [
          {
            criterionId: 'SEC-01',
            category: 'SEC',
            failing: 2,
            blocking: 2,
            share: 50,
          },
          {
            criterionId: 'OWN-01',
            category: 'OWN',
            failing: 2,
            blocking: 0,
            share: 50,
          },
        ],
      });

      // Conditional: `secret` is neither counted nor failing anything.
      access.read = CONDITIONAL;
      const visible = await get('/portfolio/heatmap');
      expect(visible.body.teams[1]).toEqual(
        expect.objectContaining({
          key: TEAM,
          entities: 2,
          applicable: 4,
          passingShare: 75,
          failing: 1,
        }),
      );
      expect((await get('/portfolio/failing-criteria')).body).toEqual({
        evaluatedEntities: 3,
        totalCriteria: 2,
        criteria: [
          expect.objectContaining({
            criterionId: 'SEC-01',
            failing: 1,
            blocking: 1,
          }),
          expect.objectContaining({
            criterionId: 'OWN-01',
            failing: 1,
            share: 33.3,
          }),
        ],
      });
      // With the portfolio filters and the limit.
      const tier1 = await get('/portfolio/heatmap?tier=T1');
      expect(tier1.body.teams).toEqual([
        expect.objectContaining({ key: TEAM, entities: 1, passingShare: 50 }),
      ]);
      const firstTeam = await get('/portfolio/heatmap?limit=1');
      expect(firstTeam.body.totalTeams).toBe(2);
      expect(firstTeam.body.teams.map((t: any) => t.key)).toEqual([OTHER]);
      const ownTeam = await get(
        `/portfolio/failing-criteria?limit=1&owner=${encodeURIComponent(TEAM)}`,
      );
      expect(ownTeam.body).toEqual({
        evaluatedEntities: 2,
        totalCriteria: 1,
        criteria: [expect.objectContaining({ criterionId: 'SEC-01' })],
      });

      // Denied: nothing.
      access.read = { result: AuthorizeResult.DENY };
      expect((await get('/portfolio/heatmap')).body).toEqual({
        categories: [],
        totalTeams: 0,
        teams: [],
      });
      expect((await get('/portfolio/failing-criteria')).body).toEqual({
        evaluatedEntities: 0,
        totalCriteria: 0,
        criteria: [],
      });

      // Bad input: 400 naming the parameter.
      for (const [path, field] of [
        ['/portfolio/heatmap?limit=0', 'limit'],
        ['/portfolio/heatmap?limit=101', 'limit'],
        ['/portfolio/heatmap?groupBy=system', 'groupBy'],
        ['/portfolio/failing-criteria?limit=abc', 'limit'],
        ['/portfolio/failing-criteria?verdict=great', 'verdict'],
      ]) {
        const bad = await get(path);
        expect(bad.status).toBe(400);
        expect(JSON.stringify(bad.body)).toContain(field);
      }
    });

    it('writes the criterion rows, with their categories, when an entity is evaluated', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await start(knex);
      const evaluated = await request(server).post(
        `${API}/entities/component/default/payments-api/evaluate`,
      );
      expect(evaluated.status).toBe(200);
      const applicable = (evaluated.body.criteria as CriterionResult[]).filter(
        c => c.status !== 'not-applicable',
      );
      const ref = 'component:default/payments-api';
      // The stored result is compacted (no categories); the rows still carry the model's.
      const failures = await knex('criterion_failures')
        .where({ entity_ref: ref })
        .select('criterion_id', 'category', 'status');
      const failed = applicable.filter(c =>
        ['fail', 'stale', 'unknown'].includes(c.status),
      );
      expect(failed.length).toBeGreaterThan(0);
      expect(
        failures
          .map(row => [row.criterion_id, row.category, row.status])
          .sort(),
      ).toEqual(failed.map(c => [c.id, c.category, c.status]).sort());
      const categories = await knex('category_results')
        .where({ entity_ref: ref })
        .select('category', 'applicable');
      const perCategory = new Map<string, number>();
      for (const c of applicable) {
        perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
      }
      expect(
        Object.fromEntries(
          categories.map(row => [row.category, Number(row.applicable)]),
        ),
      ).toEqual(Object.fromEntries(perCategory));

      const failing = await request(server).get(
        `${API}/portfolio/failing-criteria?limit=100`,
      );
      expect(failing.body.evaluatedEntities).toBe(1);
      expect(
        failing.body.criteria.map((c: any) => c.criterionId).sort(),
      ).toEqual(failed.map(c => c.id).sort());
    });
  },
);
