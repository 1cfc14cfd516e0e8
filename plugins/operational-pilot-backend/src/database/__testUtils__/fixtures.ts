/* Builders of realistic store inputs, so that each test states only what it is about. */
import type {
  CategoryScore,
  CriterionResult,
  EntityReadiness,
  Level,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { NewAction } from '../ActionsStore';
import type { EvaluationRecord } from '../EvaluationsStore';

export function readiness(
  entityRef: string,
  overrides: Partial<EntityReadiness> = {},
): EntityReadiness {
  return {
    entityRef,
    tier: 'T2',
    tierDeclared: true,
    score: 50,
    verdict: 'not-ready',
    verdictReasons: [],
    level: 'none',
    categories: [
      { id: 'OWN', title: 'Ownership', score: 80, passed: 4, applicable: 5 },
      { id: 'BCK', title: 'Backup', score: null, passed: 0, applicable: 0 },
    ] as CategoryScore[],
    criteria: [],
    blockers: [],
    reservations: [],
    nextSteps: [],
    evaluatedAt: '2026-11-20T10:00:00.000Z',
    modelVersion: 'model-1',
    ...overrides,
  };
}

export function attestationCriterion(
  id: string,
  status: CriterionResult['status'],
  expiresAt?: string,
): CriterionResult {
  return {
    id,
    title: id,
    category: 'BCK',
    weight: 1,
    blocking: false,
    scope: 'entity',
    status,
    credit: status === 'pass' || status === 'expiring' ? 1 : 0,
    reason: '',
    howToFix: '',
    source: 'attestation',
    evidence: [],
    expiresAt,
  };
}

export interface EvaluationSeed {
  name: string;
  kind?: string;
  namespace?: string;
  title?: string;
  owner?: string;
  system?: string;
  domain?: string;
  poa?: string;
  tier?: Tier;
  tierDeclared?: boolean;
  score?: number;
  verdict?: Verdict;
  level?: Level;
  blockers?: number;
  reservations?: number;
  criteria?: CriterionResult[];
  evaluatedAt?: string;
  nextChangeAt?: string;
  modelVersion?: string;
}

export function refOf(seed: {
  name: string;
  kind?: string;
  namespace?: string;
}) {
  return `${(seed.kind ?? 'component').toLocaleLowerCase('en-US')}:${
    seed.namespace ?? 'default'
  }/${seed.name}`;
}

export function evaluation(seed: EvaluationSeed): EvaluationRecord {
  const entityRef = refOf(seed);
  return {
    entity: {
      kind: seed.kind ?? 'Component',
      namespace: seed.namespace ?? 'default',
      name: seed.name,
      title: seed.title,
      owner: seed.owner,
      system: seed.system,
      domain: seed.domain,
      poa: seed.poa,
    },
    readiness: readiness(entityRef, {
      tier: seed.tier ?? 'T2',
      tierDeclared: seed.tierDeclared ?? true,
      score: seed.score ?? 50,
      verdict: seed.verdict ?? 'not-ready',
      level: seed.level ?? 'none',
      blockers: Array.from({ length: seed.blockers ?? 0 }, (_, i) => `B-${i}`),
      reservations: Array.from(
        { length: seed.reservations ?? 0 },
        (_, i) => `R-${i}`,
      ),
      criteria: seed.criteria ?? [],
      evaluatedAt: seed.evaluatedAt ?? '2026-11-20T10:00:00.000Z',
      nextChangeAt: seed.nextChangeAt,
      modelVersion: seed.modelVersion ?? 'model-1',
    }),
  };
}

/** An open, manual handoff action; `overrides` say what the test is about (entity, due date…). */
export function openAction(
  overrides: Partial<NewAction> & { entityRef: string },
): NewAction {
  return {
    title: 'Write the runbook',
    phase: 'before',
    side: 'build',
    priority: 'major',
    status: 'open',
    source: 'manual',
    createdBy: 'user:default/alice',
    ...overrides,
  };
}
