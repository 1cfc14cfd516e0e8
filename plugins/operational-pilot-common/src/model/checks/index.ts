/*
 * Dispatches a CheckSpec to its implementation and combines composite checks.
 *
 * Composite semantics: structurally not-applicable children (e.g. a release attestation with no release in
 * progress) are ignored; if every child is not applicable, so is the composite.
 * - anyOf takes the best child (highest credit; among failures, `unknown` before `stale` before `fail`, since an
 *   unknown alternative may still turn out fine);
 * - allOf takes the worst child (lowest credit; `fail` before `stale` before `unknown`).
 */
import { combineMessages } from '../messages';
import type { EvaluationContext } from '../context';
import type {
  CheckSource,
  CheckSpec,
  CriterionDefinition,
  CriterionStatus,
} from '../types';
import { checkAttestation, checkReleaseAttestation } from './attestationChecks';
import {
  checkAnnotation,
  checkLink,
  checkRelation,
  checkSpecField,
} from './catalogChecks';
import { checkMetadata, checkRoles } from './metadataChecks';
import { type CheckOutcome, isPassing, reasonFields } from './outcome';
import { checkRule, RULE_SOURCES } from './rules';

const GOODNESS: Record<CriterionStatus, number> = {
  pass: 6,
  expiring: 5,
  grace: 4,
  unknown: 3,
  stale: 2,
  fail: 1,
  waived: 0,
  'not-applicable': 0,
};

/** Lower is worse, for allOf: a definite failure outranks an unknown. */
const BADNESS: Record<CriterionStatus, number> = {
  fail: 1,
  stale: 2,
  unknown: 3,
  grace: 4,
  expiring: 5,
  pass: 6,
  waived: 0,
  'not-applicable': 7,
};

function mergeChanges(outcomes: CheckOutcome[]): number[] {
  return outcomes.flatMap(o => o.changesAt ?? []);
}

function dates(outcomes: CheckOutcome[], first: CheckOutcome) {
  const dated = first.assessedAt ? first : outcomes.find(o => o.assessedAt);
  return dated
    ? {
        assessedAt: dated.assessedAt,
        expiresAt: dated.expiresAt,
        ageDays: dated.ageDays,
      }
    : {};
}

/** The reasons of several outcomes as one ("; "-joined). */
function combinedReason(parts: CheckOutcome[]) {
  return reasonFields(combineMessages(parts.map(o => o.reasonMessage)));
}

function combineAnyOf(outcomes: CheckOutcome[]): CheckOutcome {
  const relevant = outcomes.filter(o => o.status !== 'not-applicable');
  if (relevant.length === 0) {
    return { ...outcomes[0], changesAt: mergeChanges(outcomes) };
  }
  const best = [...relevant].sort(
    (a, b) => b.credit - a.credit || GOODNESS[b.status] - GOODNESS[a.status],
  )[0];
  if (isPassing(best.status)) {
    return { ...best, changesAt: mergeChanges(outcomes) };
  }
  return {
    status: best.status,
    credit: best.credit,
    source: best.source,
    ...combinedReason(relevant),
    evidence: [],
    ...dates(relevant, best),
    changesAt: mergeChanges(outcomes),
  };
}

function combineAllOf(outcomes: CheckOutcome[]): CheckOutcome {
  const relevant = outcomes.filter(o => o.status !== 'not-applicable');
  if (relevant.length === 0) {
    return { ...outcomes[0], changesAt: mergeChanges(outcomes) };
  }
  const worst = [...relevant].sort(
    (a, b) => a.credit - b.credit || BADNESS[a.status] - BADNESS[b.status],
  )[0];
  const shown = isPassing(worst.status)
    ? relevant
    : relevant.filter(o => !isPassing(o.status));
  return {
    status: worst.status,
    credit: worst.credit,
    source: worst.source,
    ...combinedReason(shown),
    evidence: relevant.flatMap(o => o.evidence),
    ...dates(relevant, worst),
    changesAt: mergeChanges(outcomes),
  };
}

export function evaluateCheck(
  spec: CheckSpec,
  ctx: EvaluationContext,
  def: CriterionDefinition,
): CheckOutcome {
  switch (spec.kind) {
    case 'annotation':
      return checkAnnotation(spec, ctx);
    case 'link':
      return checkLink(spec, ctx);
    case 'specField':
      return checkSpecField(spec, ctx);
    case 'relation':
      return checkRelation(spec, ctx);
    case 'metadata':
      return checkMetadata(spec, ctx);
    case 'roles':
      return checkRoles(spec, ctx);
    case 'attestation':
      return checkAttestation(spec, ctx, def);
    case 'releaseAttestation':
      return checkReleaseAttestation(spec, ctx, def);
    case 'rule':
      return checkRule(spec.rule, ctx, def);
    case 'anyOf':
    case 'allOf': {
      if (!Array.isArray(spec.of) || spec.of.length === 0) {
        return {
          status: 'unknown',
          credit: 0,
          source: 'catalog',
          ...reasonFields({ key: 'check.empty', params: { kind: spec.kind } }),
          evidence: [],
        };
      }
      const outcomes = spec.of.map(child => evaluateCheck(child, ctx, def));
      return spec.kind === 'anyOf'
        ? combineAnyOf(outcomes)
        : combineAllOf(outcomes);
    }
    default:
      return {
        status: 'unknown',
        credit: 0,
        source: 'catalog',
        ...reasonFields({
          key: 'check.unsupported',
          params: {
            kind: String(JSON.stringify((spec as { kind?: unknown }).kind)),
          },
        }),
        evidence: [],
      };
  }
}

/** Every check kind used in a spec tree (for display, and to know whether attestations are involved). */
export function checkKinds(spec: CheckSpec): CheckSpec['kind'][] {
  if (spec.kind === 'anyOf' || spec.kind === 'allOf') {
    return [spec.kind, ...spec.of.flatMap(checkKinds)];
  }
  return [spec.kind];
}

/** The attestation specs in a tree (validity overrides apply to them). */
export function attestationSpecs(
  spec: CheckSpec,
): Array<Extract<CheckSpec, { kind: 'attestation' }>> {
  if (spec.kind === 'attestation') {
    return [spec];
  }
  if (spec.kind === 'anyOf' || spec.kind === 'allOf') {
    return spec.of.flatMap(attestationSpecs);
  }
  return [];
}

/** Where a check's evidence comes from (composites: their first child). */
export function sourceOf(spec: CheckSpec): CheckSource {
  switch (spec.kind) {
    case 'metadata':
    case 'roles':
      return 'metadata';
    case 'attestation':
      return 'attestation';
    case 'releaseAttestation':
      return 'release';
    case 'rule':
      return RULE_SOURCES[spec.rule] ?? 'catalog';
    case 'anyOf':
    case 'allOf':
      return spec.of.length > 0 ? sourceOf(spec.of[0]) : 'catalog';
    default:
      return 'catalog';
  }
}
