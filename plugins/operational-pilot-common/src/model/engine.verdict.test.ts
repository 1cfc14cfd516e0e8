/*
 * Score, verdict, levels, category scores, next steps and the next clock-driven change.
 */
import { buildReadinessModel } from './config';
import { evaluateReadiness } from './engine';
import type { EvaluationInput, ReadinessModel } from './types';
import {
  action,
  attestation,
  daysAgo,
  daysFromNow,
  NOW,
  readyComponent,
  readyInput,
  readyOperations,
  readyRelated,
  resultOf,
  waiver,
  withEntity,
} from './__testUtils__/fixtures';

const full = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});
const core = buildReadinessModel();
const evaluate = (
  overrides: Partial<EvaluationInput> = {},
  model: ReadinessModel = full,
) => evaluateReadiness(model, readyInput(overrides));
// The owner group is not in the catalog: OWN-01 (blocking for all tiers) and OWN-02 fail.
const ghostOwned = () =>
  withEntity(e => {
    e.spec!.owner = 'ghost-team';
  });
const missingOwner = { ...readyRelated(), 'group:default/ghost-team': null };
const staleRestore = () => [
  ...readyInput().attestations.filter(a => a.criterionId !== 'BCK-03'),
  attestation('BCK-03', 395),
];

describe('score and verdict', () => {
  it('an entity meeting everything is ready for run, gold, at 100', () => {
    const r = evaluate();
    expect(r).toMatchObject({
      entityRef: 'component:default/billing-api',
      tier: 'T2',
      tierDeclared: true,
      score: 100,
      verdict: 'ready-for-run',
      level: 'gold',
      blockers: [],
      reservations: [],
      nextSteps: [],
      evaluatedAt: NOW.toISOString(),
      modelVersion: full.version,
    });
    expect(r.verdictReasons).toEqual([
      'No blocking gap and score 100 reaches the T2 ready-for-run threshold (85).',
    ]);
    expect(r).not.toHaveProperty('outOfScope');
  });

  it('a blocking failure gives not-ready even with a high score', () => {
    const r = evaluate({ entity: ghostOwned(), related: missingOwner });
    expect(r.score).toBeGreaterThan(90);
    expect(r.verdict).toBe('not-ready');
    expect(r.blockers).toEqual(['OWN-01']);
    expect(r.verdictReasons).toEqual([
      'OWN-01 "Accountable owner set and resolvable" is blocking for T2 and fails: owner group:default/ghost-team does not exist in the catalog.',
    ]);
  });

  it('a waiver lifts a blocker into the reservations, which need an action plan', () => {
    const waivers = [waiver('OWN-01')];
    const withoutPlan = evaluate({
      entity: ghostOwned(),
      related: missingOwner,
      waivers,
    });
    expect(withoutPlan.blockers).toEqual([]);
    expect(withoutPlan.reservations).toEqual(['OWN-01']);
    expect(withoutPlan.verdict).toBe('not-ready');
    expect(withoutPlan.verdictReasons).toContain(
      'No action plan (an open action due today or later) for OWN-01: reservations need one, so the entity is not ready.',
    );

    const withPlan = evaluate({
      entity: ghostOwned(),
      related: missingOwner,
      waivers,
      actions: [action('OWN-01')],
    });
    expect(withPlan.verdict).toBe('ready-with-reservations');
    expect(withPlan.verdictReasons[0]).toBe(
      `OWN-01 "Accountable owner set and resolvable" is blocking for T2 and is waived until ${daysFromNow(
        30,
      ).slice(0, 10)}: a reservation.`,
    );
  });

  it('an action plan needs a due date and a live status', () => {
    const base = {
      entity: ghostOwned(),
      related: missingOwner,
      waivers: [waiver('OWN-01')],
    };
    expect(
      evaluate({ ...base, actions: [action('OWN-01', { dueDate: undefined })] })
        .verdict,
    ).toBe('not-ready');
    expect(
      evaluate({ ...base, actions: [action('OWN-01', { status: 'proposed' })] })
        .verdict,
    ).toBe('not-ready');
    // A terminal action plans nothing, and neither does an overdue one.
    for (const status of [
      'risk_accepted',
      'done',
      'verified',
      'cancelled',
    ] as const) {
      expect(
        evaluate({ ...base, actions: [action('OWN-01', { status })] }).verdict,
      ).toBe('not-ready');
    }
    expect(
      evaluate({
        ...base,
        actions: [action('OWN-01', { dueDate: daysAgo(1).slice(0, 10) })],
      }).verdict,
    ).toBe('not-ready');
    expect(
      evaluate({
        ...base,
        actions: [action('OWN-01', { status: 'blocked' })],
      }).verdict,
    ).toBe('ready-with-reservations');
  });

  it('without the action-plan requirement, reservations are enough', () => {
    const lenient = buildReadinessModel({
      packs: ['core', 'extended', 'fr-public-sector'],
      requireActionPlanForReservations: false,
    });
    expect(
      evaluate(
        {
          entity: ghostOwned(),
          related: missingOwner,
          waivers: [waiver('OWN-01')],
        },
        lenient,
      ).verdict,
    ).toBe('ready-with-reservations');
  });

  it('an expired waiver blocks again', () => {
    const r = evaluate({
      entity: ghostOwned(),
      related: missingOwner,
      waivers: [waiver('OWN-01', { expiresAt: daysAgo(1) })],
      actions: [action('OWN-01')],
    });
    expect(r.verdict).toBe('not-ready');
    expect(r.blockers).toEqual(['OWN-01']);
  });

  it('a blocking item in grace is a reservation, and stale is a blocker', () => {
    const grace = evaluate({
      attestations: staleRestore(),
      actions: [action('BCK-03')],
    });
    expect(resultOf(grace, 'BCK-03').status).toBe('grace');
    expect(grace.reservations).toEqual(['BCK-03']);
    expect(grace.verdict).toBe('ready-with-reservations');
    expect(grace.verdictReasons).toEqual([
      'BCK-03 "Restore tested" is blocking for T2 and is in grace: a reservation until it is re-attested.',
    ]);
    const stale = evaluate({
      attestations: [
        ...readyInput().attestations.filter(a => a.criterionId !== 'BCK-03'),
        attestation('BCK-03', 500),
      ],
    });
    expect(stale.blockers).toEqual(['BCK-03']);
    expect(stale.verdict).toBe('not-ready');
  });

  it('the score uses the grace credit (worked example of domain §3.2)', () => {
    const r = evaluate({
      attestations: staleRestore(),
      actions: [action('BCK-03')],
    });
    const applicable = r.criteria.filter(c => c.status !== 'not-applicable');
    const total = applicable.reduce((s, c) => s + c.weight, 0);
    expect(resultOf(r, 'BCK-03').credit).toBe(0.75);
    expect(r.score).toBe(Math.round((1000 * (total - 3 * 0.25)) / total) / 10);
  });

  describe('thresholds per tier', () => {
    // Two custom criteria: A passes, B (never blocking) fails, so the score is A / (A + B).
    const twoCriteria = (passWeight: number, failWeight: number) =>
      buildReadinessModel({
        packs: [],
        criteria: {
          custom: [
            {
              id: 'A',
              category: 'OBS',
              title: 'Dashboard',
              howToFix: 'x',
              weight: passWeight,
              check: { kind: 'link', types: ['dashboard'] },
            },
            {
              id: 'B',
              category: 'OBS',
              title: 'Nothing',
              howToFix: 'x',
              weight: failWeight,
              check: { kind: 'link', types: ['nothing'] },
            },
          ],
        },
      });
    const at = (model: ReadinessModel, tier: 'T1' | 'T2' | 'T3') =>
      evaluate({ operations: { ...readyOperations(), tier } }, model);

    it.each([
      [8, 2, 'T1', 80, 'ready-with-reservations'],
      [8, 2, 'T2', 80, 'ready-with-reservations'],
      [8, 2, 'T3', 80, 'ready-for-run'],
      [9, 1, 'T1', 90, 'ready-for-run'],
      [7, 3, 'T1', 70, 'not-ready'],
      [7, 3, 'T2', 70, 'ready-with-reservations'],
      [6, 4, 'T2', 60, 'not-ready'],
      [6, 4, 'T3', 60, 'ready-with-reservations'],
      [5, 5, 'T3', 50, 'not-ready'],
    ] as const)(
      '%i/%i at %s → score %i, %s',
      (passWeight, failWeight, tier, score, verdict) => {
        const r = at(twoCriteria(passWeight, failWeight), tier);
        expect(r.score).toBe(score);
        expect(r.verdict).toBe(verdict);
      },
    );

    it('explains a score between the two thresholds', () => {
      expect(at(twoCriteria(8, 2), 'T2').verdictReasons).toEqual([
        'Score 80 is below the T2 ready-for-run threshold (85) but reaches the threshold for reservations (70).',
      ]);
      expect(at(twoCriteria(6, 4), 'T2').verdictReasons).toEqual([
        'Score 60 is below the T2 threshold for reservations (70).',
      ]);
    });

    it('uses configured thresholds', () => {
      const strict = buildReadinessModel({
        packs: [],
        thresholds: { T3: { readyForRun: 95, withReservations: 90 } },
        criteria: {
          custom: [
            {
              id: 'A',
              category: 'OBS',
              title: 'A',
              howToFix: 'x',
              weight: 1,
              check: { kind: 'link', types: ['dashboard'] },
            },
            {
              id: 'B',
              category: 'OBS',
              title: 'B',
              howToFix: 'x',
              weight: 9,
              check: { kind: 'link', types: ['dashboard'] },
            },
          ],
        },
      });
      expect(at(strict, 'T3').verdict).toBe('ready-for-run');
    });
  });

  it('an undeclared tier is evaluated as the default tier (T1) and says so', () => {
    const operations = { ...readyOperations(), tier: undefined };
    const r = evaluate({ operations });
    expect(r.tier).toBe('T1');
    expect(r.tierDeclared).toBe(false);
    expect(resultOf(r, 'OWN-05')).toMatchObject({
      status: 'fail',
      reason: 'missing: tier',
      blocking: true,
    });
    expect(r.verdict).toBe('not-ready');
    expect(r.verdictReasons[0]).toBe(
      'Tier not declared: evaluated as T1, the strictest tier.',
    );
  });

  it('an invalid tier counts as undeclared', () => {
    const r = evaluate({
      operations: { ...readyOperations(), tier: 'T9' as any },
    });
    expect(r).toMatchObject({ tier: 'T1', tierDeclared: false });
  });

  it('refuses an invalid clock', () => {
    expect(() => evaluate({ now: new Date('nope') })).toThrow(
      'input.now must be a valid Date',
    );
  });
});

describe('levels', () => {
  it('bronze when a silver criterion fails, none when a bronze one fails', () => {
    const noSlo = { ...readyOperations(), slo: undefined };
    const entity = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'slo');
    });
    expect(evaluate({ operations: noSlo, entity }).level).toBe('bronze');
    expect(
      evaluate({ entity: ghostOwned(), related: missingOwner }).level,
    ).toBe('none');
  });

  it('silver when only a non-level criterion fails', () => {
    const entity = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'logs');
    });
    const r = evaluate({ entity });
    expect(r.level).toBe('silver');
    expect(r.nextSteps).toEqual([
      expect.objectContaining({
        criterionId: 'OBS-04',
        unlocksLevel: 'gold',
        liftsBlocker: false,
      }),
    ]);
  });

  it('grace counts as passing, waived does not, not-applicable is ignored', () => {
    const grace = evaluate({
      attestations: staleRestore(),
      actions: [action('BCK-03')],
    });
    expect(grace.level).toBe('gold');
    const waived = evaluate({
      entity: ghostOwned(),
      related: missingOwner,
      waivers: [waiver('OWN-01')],
      actions: [action('OWN-01')],
    });
    expect(waived.level).toBe('none');
    const stateless = evaluate({
      entity: withEntity(e => {
        delete e.spec!.dependsOn;
        e.spec!.consumesApis = ['payments']; // still documents its dependencies (DOC-04)
      }),
      operations: { ...readyOperations(), stateful: false },
    });
    expect(resultOf(stateless, 'BCK-03').status).toBe('not-applicable');
    expect(stateless.level).toBe('gold');
  });

  it('unlocksLevel marks the step that alone reaches the next level', () => {
    const r = evaluate({ entity: ghostOwned(), related: missingOwner }, core);
    expect(r.level).toBe('none');
    const step = r.nextSteps.find(s => s.criterionId === 'OWN-01');
    expect(step).toMatchObject({ liftsBlocker: true, unlocksLevel: 'gold' });
  });
});

describe('category scores', () => {
  it('scores each category with the same formula, null when nothing applies', () => {
    const entity = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'logs');
    });
    const r = evaluate({ entity });
    const obs = r.categories.find(c => c.id === 'OBS');
    // OBS: 13 weight, OBS-04 (2) fails.
    expect(obs).toEqual({
      id: 'OBS',
      title: 'Observability, monitoring & alerting',
      score: 84.6,
      passed: 5,
      applicable: 6,
    });
    expect(r.categories.map(c => c.id)).toEqual([
      'OWN',
      'OBS',
      'INC',
      'DOC',
      'BCK',
      'CAP',
      'SEC',
      'REL',
      'SUP',
      'KT',
    ]);

    const onlyOwn = buildReadinessModel({
      packs: [],
      criteria: { overrides: { 'OWN-01': { enabled: true } } },
    });
    const own = evaluate({}, onlyOwn);
    expect(own.categories.find(c => c.id === 'OWN')).toMatchObject({
      score: 100,
      applicable: 1,
    });
    expect(own.categories.find(c => c.id === 'KT')).toMatchObject({
      score: null,
      applicable: 0,
      passed: 0,
    });
  });
});

describe('next steps', () => {
  it('lists every improvable criterion: blockers first, then by gain, then by id', () => {
    const entity = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(
        l => !['logs', 'architecture', 'install-guide'].includes(l.type!),
      );
      delete e.metadata.annotations!['sonarqube.org/project-key'];
    });
    entity.spec!.owner = 'ghost-team';
    const r = evaluate({ entity, related: missingOwner });
    expect(r.nextSteps.map(s => s.criterionId)).toEqual([
      'OWN-01',
      'DOC-04',
      'OBS-04',
      'OWN-02',
      'SEC-03',
      'DOC-05',
    ]);
    const applicableWeight = r.criteria
      .filter(c => c.status !== 'not-applicable')
      .reduce((s, c) => s + c.weight, 0);
    expect(r.nextSteps[0]).toEqual({
      criterionId: 'OWN-01',
      title: 'Accountable owner set and resolvable',
      howToFix: expect.stringContaining('spec.owner'),
      scoreGain: Math.round((1000 * 3) / applicableWeight) / 10,
      liftsBlocker: true,
      // Fixing the owner alone lifts the entity from none to silver (the other gaps are not level criteria).
      unlocksLevel: 'silver',
    });
    expect(r.nextSteps[3]).toMatchObject({
      criterionId: 'OWN-02',
      liftsBlocker: false,
      scoreGain: r.nextSteps[1].scoreGain,
    });
  });

  it('includes grace items with their partial gain', () => {
    const r = evaluate({
      attestations: staleRestore(),
      actions: [action('BCK-03')],
    });
    expect(r.nextSteps).toHaveLength(1);
    expect(r.nextSteps[0].criterionId).toBe('BCK-03');
    expect(r.nextSteps[0].scoreGain).toBeGreaterThan(0);
  });
});

describe('nextChangeAt', () => {
  it('is the earliest future clock-driven change', () => {
    // INC-02 (T2: 90 days) attested 10 days ago starts expiring in 90 - 30 - 10 = 50 days.
    expect(evaluate().nextChangeAt).toBe(daysFromNow(50));
  });

  it('includes waiver expiries', () => {
    const r = evaluate({
      entity: ghostOwned(),
      related: missingOwner,
      waivers: [waiver('OWN-01', { expiresAt: daysFromNow(3) })],
    });
    expect(r.nextChangeAt).toBe(daysFromNow(3));
  });

  it('is absent when nothing changes with time', () => {
    const r = evaluate(
      {},
      buildReadinessModel({
        packs: [],
        criteria: { overrides: { 'OWN-01': { enabled: true } } },
      }),
    );
    expect(r.nextChangeAt).toBeUndefined();
  });
});

describe('entities without criteria', () => {
  it('a kind the model targets with nothing applicable: score 0, not ready, explained', () => {
    const releaseOnly = buildReadinessModel({
      packs: [],
      criteria: { overrides: { 'REL-02': { enabled: true } } },
    });
    const r = evaluate({}, releaseOnly);
    expect(r).toMatchObject({
      score: 0,
      verdict: 'not-ready',
      level: 'none',
      blockers: [],
    });
    expect(r.verdictReasons).toEqual([
      'No applicable criterion: nothing shows that this entity is ready.',
    ]);
    expect(r).not.toHaveProperty('outOfScope');
  });

  it('keeps the component model for a system entity', () => {
    const system = { ...readyComponent(), kind: 'System' };
    expect(evaluate({ entity: system }).verdict).toBe('ready-for-run');
  });
});
