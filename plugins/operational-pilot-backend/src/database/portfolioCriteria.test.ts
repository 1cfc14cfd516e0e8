/*
 * Criterion outcomes (category_results, criterion_failures) written with the evaluations, and the heat map / most
 * failing criteria aggregated from them, on SQLite and PostgreSQL.
 */
import type { CriterionResult } from '@operational-pilot/backstage-plugin-common';
import { createTestDatabases } from '../testing/databases';
import { evaluation, EvaluationSeed } from './__testUtils__/fixtures';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';
const TEAM_C = 'group:default/team-c';

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
    credit: ['pass', 'expiring', 'grace'].includes(status) ? 1 : 0,
    reason: '',
    howToFix: '',
    source: 'catalog',
    evidence: [],
  };
}

/**
 * team-a: a (T1) and b; team-b: c and e (e has no criterion result); no owner: d; team-c: f (no result either).
 * Passing: pass, expiring, grace. Failing: fail, stale, unknown. Waived: neither. Not-applicable: not stored.
 */
const SEEDS: EvaluationSeed[] = [
  {
    name: 'a',
    owner: TEAM_A,
    tier: 'T1',
    criteria: [
      criterion('SEC-01', 'fail', true),
      criterion('SEC-02', 'pass'),
      criterion('OWN-01', 'pass'),
      criterion('OWN-02', 'waived'),
      criterion('DOC-01', 'not-applicable'),
    ],
  },
  {
    name: 'b',
    owner: TEAM_A,
    criteria: [
      criterion('SEC-01', 'stale'),
      criterion('OWN-01', 'grace'),
      criterion('OWN-02', 'unknown'),
    ],
  },
  {
    name: 'c',
    owner: TEAM_B,
    criteria: [criterion('SEC-01', 'pass'), criterion('OWN-01', 'expiring')],
  },
  { name: 'd', criteria: [criterion('SEC-01', 'fail', true)] },
  { name: 'e', owner: TEAM_B },
  { name: 'f', owner: TEAM_C },
];

describe.each(databases.eachSupportedId())(
  'criterion results and their portfolio aggregates (%s)',
  databaseId => {
    let ctx: StoreTestContext;

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    const rowsOf = async (name: string) => {
      const entityRef = `component:default/${name}`;
      const categories = await ctx
        .knex('category_results')
        .where({ entity_ref: entityRef })
        .select('category', 'applicable', 'passing', 'failing')
        .orderBy('category');
      const failures = await ctx
        .knex('criterion_failures')
        .where({ entity_ref: entityRef })
        .select('criterion_id', 'category', 'status', 'blocking')
        .orderBy('criterion_id');
      return {
        categories,
        failures: failures.map(row => ({ ...row, blocking: !!row.blocking })),
      };
    };
    const none = { categories: [], failures: [] };

    it('stores the applicable criteria of each evaluation, replaced by a newer one only', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert(
        evaluation({ ...SEEDS[0], evaluatedAt: '2026-11-20T10:00:00.000Z' }),
      );
      // Not-applicable DOC-01 counts nowhere; waived OWN-02 is applicable, neither passing nor failing.
      const first = {
        categories: [
          { category: 'OWN', applicable: 2, passing: 1, failing: 0 },
          { category: 'SEC', applicable: 2, passing: 1, failing: 1 },
        ],
        failures: [
          {
            criterion_id: 'SEC-01',
            category: 'SEC',
            status: 'fail',
            blocking: true,
          },
        ],
      };
      expect(await rowsOf('a')).toEqual(first);

      // An older evaluation (it read older inputs) replaces neither the evaluation nor its criterion rows.
      const older = await evaluations.upsert(
        evaluation({
          name: 'a',
          criteria: [criterion('SEC-01', 'pass')],
          evaluatedAt: '2026-11-19T10:00:00.000Z',
        }),
      );
      expect(older).toEqual([]);
      expect(await rowsOf('a')).toEqual(first);

      // A newer one replaces all of them; outcomes given with the record win over the readiness's criteria.
      await evaluations.upsert({
        ...evaluation({
          name: 'a',
          criteria: [criterion('SEC-01', 'pass')],
          evaluatedAt: '2026-11-21T10:00:00.000Z',
        }),
        criteria: [
          {
            criterionId: 'REL-01',
            category: 'REL',
            status: 'stale',
            blocking: true,
          },
        ],
      });
      expect(await rowsOf('a')).toEqual({
        categories: [
          { category: 'REL', applicable: 1, passing: 0, failing: 1 },
        ],
        failures: [
          {
            criterion_id: 'REL-01',
            category: 'REL',
            status: 'stale',
            blocking: true,
          },
        ],
      });

      // Deleting or purging an entity deletes its rows.
      await evaluations.upsert(evaluation(SEEDS[1]));
      expect(await rowsOf('b')).toEqual({
        categories: [
          { category: 'OWN', applicable: 2, passing: 1, failing: 1 },
          { category: 'SEC', applicable: 1, passing: 0, failing: 1 },
        ],
        failures: [
          expect.objectContaining({
            criterion_id: 'OWN-02',
            status: 'unknown',
          }),
          expect.objectContaining({ criterion_id: 'SEC-01', status: 'stale' }),
        ],
      });
      await evaluations.deleteForEntities(['component:default/b']);
      expect(await rowsOf('b')).toEqual(none);
      await evaluations.markMissing(
        ['component:default/a'],
        new Date('2026-11-22T00:00:00.000Z'),
      );
      await evaluations.purgeMissingBefore(
        new Date('2026-11-23T00:00:00.000Z'),
      );
      expect(await rowsOf('a')).toEqual(none);
    });

    it('builds the team × category heat map, worst teams first, with the portfolio filters', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert(SEEDS.map(evaluation));

      const all = await evaluations.heatmap({}, { limit: 20 });
      expect(all).toEqual({
        categories: ['OWN', 'SEC'],
        totalTeams: 3,
        teams: [
          {
            key: null,
            entities: 1,
            applicable: 1,
            passingShare: 0,
            failing: 1,
            cells: [
              {
                category: 'SEC',
                entities: 1,
                applicable: 1,
                passing: 0,
                passingShare: 0,
                failing: 1,
              },
            ],
          },
          {
            key: TEAM_A,
            entities: 2,
            applicable: 7,
            passingShare: 42.9,
            failing: 3,
            cells: [
              {
                category: 'OWN',
                entities: 2,
                applicable: 4,
                passing: 2,
                passingShare: 50,
                failing: 1,
              },
              {
                category: 'SEC',
                entities: 2,
                applicable: 3,
                passing: 1,
                passingShare: 33.3,
                failing: 2,
              },
            ],
          },
          {
            key: TEAM_B,
            entities: 2,
            applicable: 2,
            passingShare: 100,
            failing: 0,
            cells: [
              {
                category: 'OWN',
                entities: 1,
                applicable: 1,
                passing: 1,
                passingShare: 100,
                failing: 0,
              },
              {
                category: 'SEC',
                entities: 1,
                applicable: 1,
                passing: 1,
                passingShare: 100,
                failing: 0,
              },
            ],
          },
          // team-c: no criterion outcome stored (yet), not listed.
        ],
      });

      const worst = await evaluations.heatmap({}, { limit: 1 });
      expect(worst.totalTeams).toBe(3);
      expect(worst.teams.map(team => team.key)).toEqual([null]);
      expect(worst.categories).toEqual(['SEC']);

      const teamA = await evaluations.heatmap(
        { owner: ['Group:default/Team-A'] },
        { limit: 20 },
      );
      expect(teamA.teams.map(team => team.key)).toEqual([TEAM_A]);
      const tier1 = await evaluations.heatmap({ tier: ['T1'] }, { limit: 20 });
      expect(tier1.teams).toEqual([
        expect.objectContaining({
          key: TEAM_A,
          entities: 1,
          applicable: 4,
          passingShare: 50,
          failing: 1,
        }),
      ]);

      // Entities that left the catalog are out; the caller's visibility applies.
      await evaluations.markMissing(['component:default/d'], new Date());
      expect(
        (await evaluations.heatmap({}, { limit: 20 })).teams.map(t => t.key),
      ).toEqual([TEAM_A, TEAM_B]);
      expect(
        await evaluations.heatmap({ visibility: 'none' }, { limit: 20 }),
      ).toEqual({ categories: [], totalTeams: 0, teams: [] });
    });

    it('lists the criteria failed by the most entities, with their blocking failures and share', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert(SEEDS.map(evaluation));

      expect(await evaluations.failingCriteria({}, { limit: 10 })).toEqual({
        evaluatedEntities: 6,
        totalCriteria: 2,
        criteria: [
          {
            criterionId: 'SEC-01',
            category: 'SEC',
            failing: 3,
            blocking: 2,
            share: 50,
          },
          {
            criterionId: 'OWN-02',
            category: 'OWN',
            failing: 1,
            blocking: 0,
            share: 16.7,
          },
        ],
      });
      const top = await evaluations.failingCriteria({}, { limit: 1 });
      expect(top.totalCriteria).toBe(2);
      expect(top.criteria.map(c => c.criterionId)).toEqual(['SEC-01']);

      expect(
        await evaluations.failingCriteria({ owner: [TEAM_A] }, { limit: 10 }),
      ).toEqual({
        evaluatedEntities: 2,
        totalCriteria: 2,
        criteria: [
          expect.objectContaining({
            criterionId: 'SEC-01',
            failing: 2,
            blocking: 1,
            share: 100,
          }),
          expect.objectContaining({
            criterionId: 'OWN-02',
            failing: 1,
            share: 50,
          }),
        ],
      });
      expect(
        await evaluations.failingCriteria({ owner: [TEAM_B] }, { limit: 10 }),
      ).toEqual({ evaluatedEntities: 2, totalCriteria: 0, criteria: [] });
      expect(
        await evaluations.failingCriteria(
          { visibility: 'none' },
          { limit: 10 },
        ),
      ).toEqual({ evaluatedEntities: 0, totalCriteria: 0, criteria: [] });
    });

    it('leaves out the failures of the entities a broad filter, the catalog or the caller leaves out', async () => {
      // Most entities kept, a few left out: counted as every failure minus those of the entities left out.
      const { evaluations, visibility } = ctx.stores;
      await evaluations.upsert(SEEDS.map(evaluation));

      expect(
        await evaluations.failingCriteria({ tier: ['T2'] }, { limit: 10 }),
      ).toEqual({
        evaluatedEntities: 5,
        totalCriteria: 2,
        criteria: [
          {
            criterionId: 'SEC-01',
            category: 'SEC',
            failing: 2,
            blocking: 1,
            share: 40,
          },
          {
            criterionId: 'OWN-02',
            category: 'OWN',
            failing: 1,
            blocking: 0,
            share: 20,
          },
        ],
      });

      // The caller does not see b (its only OWN-02 failure goes with it).
      const checkedAt = new Date();
      const refs = SEEDS.map(seed => `component:default/${seed.name}`);
      await visibility.record(
        'user:default/someone',
        refs,
        new Set(refs.filter(ref => ref !== 'component:default/b')),
        checkedAt,
      );
      expect(
        await evaluations.failingCriteria(
          {
            visibility: {
              subject: 'user:default/someone',
              checkedSince: checkedAt.toISOString(),
            },
          },
          { limit: 10 },
        ),
      ).toEqual({
        evaluatedEntities: 5,
        totalCriteria: 1,
        criteria: [
          {
            criterionId: 'SEC-01',
            category: 'SEC',
            failing: 2,
            blocking: 2,
            share: 40,
          },
        ],
      });

      // d left the catalog.
      await evaluations.markMissing(['component:default/d'], new Date());
      expect(await evaluations.failingCriteria({}, { limit: 10 })).toEqual({
        evaluatedEntities: 5,
        totalCriteria: 2,
        criteria: [
          expect.objectContaining({
            criterionId: 'SEC-01',
            failing: 2,
            blocking: 1,
          }),
          expect.objectContaining({ criterionId: 'OWN-02', failing: 1 }),
        ],
      });
    });
  },
);
