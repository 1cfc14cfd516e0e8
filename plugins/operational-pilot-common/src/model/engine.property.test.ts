/*
 * Properties of the engine over random inputs (fast-check).
 */
import fc from 'fast-check';
import type { Attestation, Release } from '../domain/types';
import { buildReadinessModel } from './config';
import { parseTime } from './dates';
import { evaluateReadiness, evaluateReleaseGates } from './engine';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  missingHandoverSignatures,
} from './releases';
import type { EvaluationInput } from './types';
import { ANNOTATIONS, LINK_TYPES } from './vocabulary';
import { inputArb } from './__testUtils__/arbitraries';

const full = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});
const core = buildReadinessModel();
const models = fc.constantFrom(core, full);
const RUNS = { numRuns: 300 };

/** Criteria checked by an entity-level attestation only: a fresh compliant one makes them pass. */
const ATTESTATION_ONLY = full.criteria
  .filter(c => c.check.kind === 'attestation')
  .map(c => c.id);

function freshAttestation(
  input: EvaluationInput,
  criterionId: string,
): Attestation {
  // Newer than anything recorded, so it is the latest; an explicit expiry keeps it fresh whatever the tier.
  const latest = Math.max(
    input.now.getTime(),
    ...input.attestations.map(a => parseTime(a.assessedAt) ?? 0),
  );
  return {
    id: 'fresh',
    entityRef: 'component:default/billing-api',
    criterionId,
    state: 'compliant',
    evidence: [{ url: 'https://evidence.example.com/fresh' }],
    assessedBy: 'user:default/jane',
    assessedAt: new Date(latest).toISOString(),
    expiresAt: new Date(latest + 400 * 86_400_000).toISOString(),
    createdAt: new Date(latest).toISOString(),
  };
}

/** Release statuses whose presence does not tell that a deployment happened (so no revalidation is due). */
const UNDEPLOYED = ['planned', 'go_no_go', 'cancelled'];

/** Everything about releases that belongs to their gates, stripped from an input. */
function withoutReleaseMatters(
  model: typeof full,
  input: EvaluationInput,
): EvaluationInput {
  const releaseScoped = new Set(
    model.criteria.filter(c => c.scope === 'release').map(c => c.id),
  );
  return {
    ...input,
    attestations: input.attestations.filter(
      a => !a.releaseId && !releaseScoped.has(a.criterionId),
    ),
    waivers: input.waivers.filter(
      w => !w.releaseId && !releaseScoped.has(w.criterionId),
    ),
    // Releases not deployed are dropped; the others lose their decision, signatures and change data.
    releases: input.releases
      .filter(r => !UNDEPLOYED.includes(r.status))
      .map(
        (r): Release => ({
          ...r,
          goNoGo: undefined,
          handover: undefined,
          changeRef: undefined,
          changeApproval: undefined,
          changeType: undefined,
        }),
      ),
  };
}

describe('engine properties', () => {
  it('release-scoped criteria, release waivers and planned releases never move the run readiness', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const withReleases = evaluateReadiness(model, input);
        const without = evaluateReadiness(
          model,
          withoutReleaseMatters(model, input),
        );
        expect(withReleases.score).toBe(without.score);
        expect(withReleases.verdict).toBe(without.verdict);
        expect(withReleases.level).toBe(without.level);
        expect(withReleases.blockers).toEqual(without.blockers);
        expect(withReleases.criteria.some(c => c.scope === 'release')).toBe(
          false,
        );
      }),
      RUNS,
    );
  });

  it('the hand-over gate never passes while a required signature is missing', () => {
    const withoutKt04 = buildReadinessModel({
      criteria: { overrides: { 'KT-04': { enabled: false } } },
    });
    fc.assert(
      fc.property(
        fc.constantFrom(core, full, withoutKt04),
        inputArb,
        (model, input) => {
          for (const release of input.releases) {
            const gates = evaluateReleaseGates(model, input, release.id)!;
            const missing = missingHandoverSignatures(
              release,
              model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES,
            );
            // Never "passes" (ready or with reservations) while a required signature is missing,
            // and the gate always says what is missing.
            const passes = gates.handover.verdict !== 'not-ready';
            expect(passes && missing.length > 0).toBe(false);
            expect(
              missing.length > 0 && gates.handover.missing.length === 0,
            ).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });

  it('scores and credits stay within bounds, and the output is plain JSON', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const r = evaluateReadiness(model, input);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const c of r.criteria) {
          expect(c.credit).toBeGreaterThanOrEqual(0);
          expect(c.credit).toBeLessThanOrEqual(1);
        }
        const uncredited = r.criteria.filter(c =>
          ['not-applicable', 'waived'].includes(c.status),
        );
        expect(uncredited.filter(c => c.credit !== 0)).toEqual([]);
        const categoryScores = r.categories.flatMap(c =>
          c.score === null ? [] : [c.score],
        );
        expect(categoryScores.filter(s => s < 0 || s > 100)).toEqual([]);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      RUNS,
    );
  });

  it('is deterministic for a fixed clock and never mutates its input', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const before = structuredClone(input);
        const a = evaluateReadiness(model, input);
        const b = evaluateReadiness(model, structuredClone(input));
        expect(a).toEqual(b);
        expect(input).toEqual(before);
      }),
      RUNS,
    );
  });

  it('a failing, unwaived blocking criterion always gives not-ready', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const r = evaluateReadiness(model, input);
        const blocking = r.criteria.filter(
          c => c.blocking && ['fail', 'stale', 'unknown'].includes(c.status),
        );
        const thresholds = model.thresholds[r.tier];
        expect(r.blockers).toEqual(blocking.map(c => c.id));
        expect(blocking.length === 0 || r.verdict === 'not-ready').toBe(true);
        expect(
          r.verdict !== 'ready-for-run' ||
            (r.score >= thresholds.readyForRun && r.reservations.length === 0),
        ).toBe(true);
        expect(
          r.verdict === 'not-ready' || r.score >= thresholds.withReservations,
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('making a failing criterion pass never lowers the score', () => {
    fc.assert(
      fc.property(
        models,
        inputArb,
        fc.constantFrom(...ATTESTATION_ONLY),
        (model, input, id) => {
          const before = evaluateReadiness(model, input);
          const after = evaluateReadiness(model, {
            ...input,
            attestations: [...input.attestations, freshAttestation(input, id)],
          });
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          const status =
            after.criteria.find(c => c.id === id)?.status ?? 'not-applicable';
          expect(['pass', 'expiring', 'not-applicable']).toContain(status);
        },
      ),
      RUNS,
    );
  });

  it('adding catalog evidence (annotations and links) never lowers the score', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const before = evaluateReadiness(model, input);
        const entity = structuredClone(input.entity);
        entity.metadata.annotations = {
          ...Object.fromEntries(
            Object.values(ANNOTATIONS).map(k => [k, 'value']),
          ),
          ...entity.metadata.annotations,
        };
        entity.metadata.links = LINK_TYPES.map(type => ({
          url: `https://example.com/${type}`,
          type,
        }));
        const after = evaluateReadiness(model, { ...input, entity });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      RUNS,
    );
  });

  it('adding a criterion that does not apply never changes the score or the verdict', () => {
    const extra = {
      id: 'NEVER-01',
      category: 'OBS',
      title: 'Applies to no entity',
      howToFix: 'Nothing.',
      weight: 7,
      blockingTiers: ['T1', 'T2', 'T3'],
      appliesTo: { kinds: ['not-a-kind'] },
      check: { kind: 'link', types: ['nothing'] },
    };
    const pairs = fc.constantFrom(
      [core, buildReadinessModel({ criteria: { custom: [extra] } })],
      [
        full,
        buildReadinessModel({
          packs: ['core', 'extended', 'fr-public-sector'],
          criteria: { custom: [extra] },
        }),
      ],
    );
    fc.assert(
      fc.property(pairs, inputArb, ([model, withExtra], input) => {
        const a = evaluateReadiness(model, input);
        const b = evaluateReadiness(withExtra, input);
        expect(b.criteria.find(c => c.id === 'NEVER-01')?.status).toBe(
          'not-applicable',
        );
        expect(b.score).toBe(a.score);
        expect(b.verdict).toBe(a.verdict);
        expect(b.level).toBe(a.level);
        expect(b.blockers).toEqual(a.blockers);
        expect(b.categories).toEqual(a.categories);
        expect(b.nextSteps).toEqual(a.nextSteps);
      }),
      RUNS,
    );
  });

  it('orders next steps: blockers first, then by score gain, then by id', () => {
    fc.assert(
      fc.property(models, inputArb, (model, input) => {
        const steps = evaluateReadiness(model, input).nextSteps;
        for (let i = 1; i < steps.length; i++) {
          const [p, q] = [steps[i - 1], steps[i]];
          const ordered =
            Number(p.liftsBlocker) > Number(q.liftsBlocker) ||
            (p.liftsBlocker === q.liftsBlocker &&
              (p.scoreGain > q.scoreGain ||
                (p.scoreGain === q.scoreGain &&
                  p.criterionId < q.criterionId)));
          expect(ordered).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
