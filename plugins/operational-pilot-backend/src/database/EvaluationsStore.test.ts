import { createTestDatabases } from '../testing/databases';
import {
  attestationCriterion,
  evaluation,
  refOf,
} from './__testUtils__/fixtures';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';

const databases = createTestDatabases();
jest.setTimeout(60_000);

describe.each(databases.eachSupportedId())(
  'EvaluationsStore (%s)',
  databaseId => {
    let ctx: StoreTestContext;

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    it('upserts and reads back an evaluation with its catalog fields', async () => {
      const { evaluations } = ctx.stores;
      const record = evaluation({
        name: 'Payments',
        title: 'Payments API',
        owner: 'group:default/Team-Pay',
        system: 'system:default/checkout',
        domain: 'domain:default/commerce',
        poa: 'user:default/bob',
        tier: 'T1',
        score: 72.5,
        verdict: 'ready-with-reservations',
        level: 'silver',
        blockers: 2,
      });
      await evaluations.upsert({ ...record, inputsHash: 'hash-1' });

      const stored = await evaluations.get('Component:default/Payments');
      expect(stored).toEqual({
        entityRef: 'component:default/payments',
        entity: {
          kind: 'component',
          namespace: 'default',
          name: 'Payments',
          title: 'Payments API',
          owner: 'group:default/team-pay',
          system: 'system:default/checkout',
          domain: 'domain:default/commerce',
          poa: 'user:default/bob',
        },
        readiness: record.readiness,
        inputsHash: 'hash-1',
        missingSince: undefined,
      });

      // A second upsert replaces the row.
      await evaluations.upsert(
        evaluation({ name: 'Payments', score: 90, verdict: 'ready-for-run' }),
      );
      const replaced = await evaluations.get('component:default/payments');
      expect(replaced?.readiness.score).toBe(90);
      expect(replaced?.entity.title).toBe('Payments');
      expect(replaced?.entity.owner).toBeUndefined();
      expect(replaced?.inputsHash).toBeUndefined();
    });

    it('upserts many rows in batches', async () => {
      const { evaluations } = ctx.stores;
      const records = Array.from({ length: 250 }, (_, i) =>
        evaluation({
          name: `svc-${String(i).padStart(3, '0')}`,
          criteria: [
            attestationCriterion('BCK-03', 'pass', '2026-12-01T00:00:00Z'),
          ],
        }),
      );
      await evaluations.upsert(records);
      expect(await evaluations.listAllRefs()).toHaveLength(250);
      const [expiries] = await ctx
        .knex('attestation_expiries')
        .count({ n: '*' });
      expect(Number(expiries.n)).toBe(250);
      await evaluations.upsert([]);
    });

    it('keeps attestation expiries of criteria in force only, replaced on each upsert', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert(
        evaluation({
          name: 'a',
          criteria: [
            attestationCriterion('BCK-03', 'pass', '2026-12-01T00:00:00Z'),
            attestationCriterion('BCK-05', 'expiring', '2026-11-30T00:00:00Z'),
            attestationCriterion('INC-03', 'stale', '2026-10-01T00:00:00Z'),
            attestationCriterion('SEC-01', 'fail', '2027-01-01T00:00:00Z'),
            { ...attestationCriterion('DOC-01', 'pass'), source: 'catalog' },
          ],
        }),
      );
      const rows = () =>
        ctx
          .knex('attestation_expiries')
          .select('criterion_id', 'expires_at')
          .orderBy('criterion_id');
      expect(await rows()).toEqual([
        { criterion_id: 'BCK-03', expires_at: '2026-12-01T00:00:00.000Z' },
        { criterion_id: 'BCK-05', expires_at: '2026-11-30T00:00:00.000Z' },
      ]);

      await evaluations.upsert(
        evaluation({
          name: 'a',
          criteria: [
            attestationCriterion('BCK-05', 'pass', '2027-05-01T00:00:00Z'),
          ],
        }),
      );
      expect(await rows()).toEqual([
        { criterion_id: 'BCK-05', expires_at: '2027-05-01T00:00:00.000Z' },
      ]);
    });

    it('rewrites only the row of an evaluation whose result did not change, and everything when it did', async () => {
      const { evaluations } = ctx.stores;
      const criteria = [
        attestationCriterion('BCK-03', 'pass', '2026-12-01T00:00:00Z'),
        attestationCriterion('INC-03', 'fail'),
      ];
      await evaluations.upsert(evaluation({ name: 'a', criteria }));
      // Tamper with the stored result and outcome rows: a skipped write leaves the tampering in place, so the test
      // sees which tables a re-evaluation rewrote.
      const tamper = async () => {
        await ctx
          .knex('evaluation_results')
          .update({ result: JSON.stringify({ marker: 'kept' }) });
        await ctx.knex('criterion_failures').update({ status: 'stale' });
        await ctx
          .knex('attestation_expiries')
          .update({ expires_at: '2000-01-01T00:00:00.000Z' });
      };
      await tamper();

      // Same result, later clock and another next change: only the row's time stamps move.
      await evaluations.upsert(
        evaluation({
          name: 'a',
          criteria,
          evaluatedAt: '2026-11-21T10:00:00.000Z',
          nextChangeAt: '2026-11-22T10:00:00.000Z',
        }),
      );
      const [result] = await ctx.knex('evaluation_results').select('result');
      expect(JSON.parse(result.result)).toEqual({ marker: 'kept' });
      expect(
        await ctx.knex('criterion_failures').select('criterion_id', 'status'),
      ).toEqual([{ criterion_id: 'INC-03', status: 'stale' }]);
      const stored = await evaluations.get('component:default/a');
      expect(stored?.readiness.evaluatedAt).toBe('2026-11-21T10:00:00.000Z');
      expect(stored?.readiness.nextChangeAt).toBe('2026-11-22T10:00:00.000Z');

      // A changed result rewrites the result, the outcome rows and the expiries.
      await evaluations.upsert(
        evaluation({
          name: 'a',
          criteria,
          score: 75,
          evaluatedAt: '2026-11-22T10:00:00.000Z',
        }),
      );
      const rewritten = await evaluations.get('component:default/a');
      expect(rewritten?.readiness.score).toBe(75);
      expect(rewritten?.readiness.criteria.map(c => c.id)).toEqual([
        'BCK-03',
        'INC-03',
      ]);
      expect(rewritten?.readiness.nextChangeAt).toBeUndefined();
      expect(
        await ctx.knex('criterion_failures').select('criterion_id', 'status'),
      ).toEqual([{ criterion_id: 'INC-03', status: 'fail' }]);
      expect(
        await ctx.knex('attestation_expiries').select('expires_at'),
      ).toEqual([{ expires_at: '2026-12-01T00:00:00.000Z' }]);
    });

    it('marks entities missing, brings them back on upsert, and purges old ones', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert(
        ['a', 'b', 'c'].map(name => evaluation({ name })),
      );
      const [a, b, c] = ['a', 'b', 'c'].map(name => refOf({ name }));

      expect(
        await evaluations.markMissing([a, b], new Date('2026-01-01T00:00:00Z')),
      ).toBe(2);
      // Already missing: the first date is kept.
      expect(
        await evaluations.markMissing([a], new Date('2026-02-01T00:00:00Z')),
      ).toBe(0);
      expect((await evaluations.get(a))?.missingSince).toBe(
        '2026-01-01T00:00:00.000Z',
      );
      expect(await evaluations.listAllRefs()).toEqual([c]);
      expect(await evaluations.listAllRefs({ includeMissing: true })).toEqual([
        a,
        b,
        c,
      ]);

      // b re-appears in the catalog and is evaluated again.
      await evaluations.upsert(evaluation({ name: 'b' }));
      expect((await evaluations.get(b))?.missingSince).toBeUndefined();

      expect(
        await evaluations.purgeMissingBefore(new Date('2025-12-31T00:00:00Z')),
      ).toEqual([]);
      expect(
        await evaluations.purgeMissingBefore(new Date('2026-01-02T00:00:00Z')),
      ).toEqual([a]);
      expect(await evaluations.get(a)).toBeUndefined();
      expect(await evaluations.listAllRefs({ includeMissing: true })).toEqual([
        b,
        c,
      ]);
    });

    it('never lets an older evaluation overwrite a newer one (no lost update)', async () => {
      const { evaluations } = ctx.stores;
      const newer = evaluation({
        name: 'Payments',
        score: 90,
        verdict: 'ready-for-run',
        evaluatedAt: '2026-11-20T10:00:05.000Z',
        criteria: [
          attestationCriterion('BCK-03', 'pass', '2027-01-01T00:00:00Z'),
        ],
      });
      expect(await evaluations.upsert(newer)).toEqual([
        'component:default/payments',
      ]);
      // An evaluation that read its inputs earlier (a slow task batch, another replica) finishes later.
      const older = evaluation({
        name: 'Payments',
        score: 10,
        verdict: 'not-ready',
        evaluatedAt: '2026-11-20T10:00:01.000Z',
      });
      const other = evaluation({
        name: 'Orders',
        evaluatedAt: '2026-11-20T10:00:01.000Z',
      });
      expect(await evaluations.upsert([older, other])).toEqual([
        'component:default/orders',
      ]);
      const stored = await evaluations.get('component:default/payments');
      expect(stored?.readiness.score).toBe(90);
      expect(stored?.readiness.evaluatedAt).toBe('2026-11-20T10:00:05.000Z');
      // Its full result and expiries are the newer evaluation's too.
      const [{ n }] = await ctx
        .knex('attestation_expiries')
        .where({ entity_ref: 'component:default/payments' })
        .count({ n: '*' });
      expect(Number(n)).toBe(1);
      const summary = await ctx
        .knex('evaluations')
        .where({ entity_ref: 'component:default/payments' })
        .first();
      expect(summary.verdict).toBe('ready-for-run');
      // A later evaluation does replace it.
      await evaluations.upsert(
        evaluation({
          name: 'Payments',
          score: 50,
          evaluatedAt: '2026-11-20T10:01:00.000Z',
        }),
      );
      expect(
        (await evaluations.get('component:default/payments'))?.readiness.score,
      ).toBe(50);
    });

    it('lists entities due for re-evaluation', async () => {
      const { evaluations } = ctx.stores;
      await evaluations.upsert([
        evaluation({
          name: 'clock-passed',
          nextChangeAt: '2026-11-25T00:00:00Z',
          evaluatedAt: '2026-11-20T00:00:00Z',
        }),
        evaluation({
          name: 'clock-future',
          nextChangeAt: '2026-12-25T00:00:00Z',
        }),
        evaluation({ name: 'no-clock' }),
        evaluation({
          name: 'old-model',
          modelVersion: 'model-0',
          evaluatedAt: '2026-11-01T00:00:00Z',
        }),
        evaluation({ name: 'gone', modelVersion: 'model-0' }),
      ]);
      await evaluations.markMissing([refOf({ name: 'gone' })], new Date());

      const now = new Date('2026-11-25T00:00:00Z');
      expect(await evaluations.listDue(now, 'model-1', 10)).toEqual([
        refOf({ name: 'old-model' }),
        refOf({ name: 'clock-passed' }),
      ]);
      expect(await evaluations.listDue(now, 'model-1', 1)).toEqual([
        refOf({ name: 'old-model' }),
      ]);
    });
  },
);
