/*
 * Release rules (domain §4): the life of a production release ("mise en production"), who decides and signs, and
 * what freezes when. Pure functions, so the backend service and the UI (which buttons to offer) agree.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  HandoverRole,
  OperationalMetadata,
  Release,
  ReleaseKind,
  ReleaseStatus,
  Tier,
} from '../domain/types';
import { ownerOf } from './entityData';
import type { ReleaseGates } from './types';

/** Life of a production release. `deployed → closed` is only allowed for releases that need no hypercare. */
export const RELEASE_TRANSITIONS: Record<ReleaseStatus, ReleaseStatus[]> = {
  planned: ['go_no_go', 'cancelled'],
  go_no_go: ['deployed', 'planned', 'cancelled'],
  deployed: ['hypercare', 'closed', 'rolled_back'],
  hypercare: ['closed', 'rolled_back'],
  closed: [],
  rolled_back: [],
  cancelled: [],
};

/** Open releases: their gates are evaluated and shown. */
export const OPEN_RELEASE_STATUSES: readonly ReleaseStatus[] = [
  'planned',
  'go_no_go',
  'deployed',
  'hypercare',
];

/** Statuses after the deployment: only the status, the hypercare plan, signatures and outcome change then. */
export const DEPLOYED_STATUSES: readonly ReleaseStatus[] = [
  'deployed',
  'hypercare',
  'closed',
  'rolled_back',
];

/** Statuses in which the outcome of a release can be recorded. */
export const OUTCOME_STATUSES: readonly ReleaseStatus[] = [
  'deployed',
  'hypercare',
  'closed',
  'rolled_back',
];

/** Default signatories of the hand-over to run (PV de passage en run). */
export const DEFAULT_HANDOVER_SIGNATORIES: readonly HandoverRole[] = [
  'poa',
  'opsOwner',
  'businessOwner',
];

/** Roles whose holders may approve a go/no-go decision. */
export const DECISION_ROLES: readonly HandoverRole[] = [
  'businessOwner',
  'owner',
  'opsOwner',
  'poa',
];

export const HANDOVER_ROLE_TITLES: Record<HandoverRole, string> = {
  poa: 'POA',
  opsOwner: 'ops owner',
  businessOwner: 'business owner',
  serviceOwner: 'service owner',
  owner: 'owner',
};

/**
 * Whether a release must go through hypercare (early life support) and a signed hand-over before it is closed:
 * every release with a hypercare plan, and major or minor releases of T1/T2 entities.
 */
export function needsHypercare(
  release: Pick<Release, 'kind' | 'hypercare'>,
  tier: Tier,
): boolean {
  if (release.hypercare) return true;
  const significant: ReleaseKind[] = ['major', 'minor'];
  return tier !== 'T3' && significant.includes(release.kind);
}

/** The entity refs holding each role (a user or a group), from the catalog owner and the operational metadata. */
export function roleHolders(
  entity: Entity | undefined,
  operations: OperationalMetadata | undefined,
): Partial<Record<HandoverRole, string>> {
  const roles = operations?.roles ?? {};
  const holders: Partial<Record<HandoverRole, string>> = {};
  const owner = entity ? ownerOf(entity).ref : undefined;
  if (owner) holders.owner = owner;
  if (roles.poa) holders.poa = roles.poa;
  if (roles.opsOwner) holders.opsOwner = roles.opsOwner;
  if (roles.businessOwner) holders.businessOwner = roles.businessOwner;
  if (roles.serviceOwner) holders.serviceOwner = roles.serviceOwner;
  return holders;
}

/** Required signatories that have not signed the release's hand-over yet. */
export function missingHandoverSignatures(
  release: Pick<Release, 'handover'>,
  required: readonly HandoverRole[],
): HandoverRole[] {
  const signed = new Set((release.handover?.signatures ?? []).map(s => s.role));
  return required.filter(role => !signed.has(role));
}

export interface TransitionRefusal {
  /** 400: the transition does not exist; 409: it exists but a condition is not met. */
  status: 400 | 409;
  field: string;
  message: string;
}

/**
 * Whether `release` may move to `to`. `gates` is the current evaluation of the release's gates (needed for the
 * hand-over check); `tier` is the entity's tier.
 */
export function checkReleaseTransition(
  release: Release,
  to: ReleaseStatus,
  tier: Tier,
  gates: Pick<ReleaseGates, 'handover'> | undefined,
): TransitionRefusal | undefined {
  if (to === release.status) return undefined;
  const allowed = RELEASE_TRANSITIONS[release.status] ?? [];
  if (!allowed.includes(to)) {
    return {
      status: 400,
      field: 'status',
      message: `a release cannot move from ${
        release.status
      } to ${to}; allowed: ${
        allowed.length > 0 ? allowed.join(', ') : 'none (final status)'
      }`,
    };
  }
  if (to === 'deployed') {
    const decision = release.goNoGo?.decision;
    if (decision !== 'go' && decision !== 'go_with_reservations') {
      return {
        status: 409,
        field: 'status',
        message:
          decision === 'no_go'
            ? `the last go/no-go decision for ${release.version} is no-go: record a new "go" decision before deploying`
            : `record a "go" decision (POST /releases/{id}/decisions) before marking ${release.version} deployed`,
      };
    }
  }
  if (to === 'closed') {
    const hypercare = needsHypercare(release, tier);
    if (release.status === 'deployed' && hypercare) {
      return {
        status: 409,
        field: 'status',
        message: `release ${release.version} needs hypercare and a signed hand-over before it is closed: move it to hypercare first`,
      };
    }
    if (hypercare && gates && gates.handover.verdict === 'not-ready') {
      const missing = gates.handover.missing.length
        ? gates.handover.missing
        : gates.handover.blockers;
      return {
        status: 409,
        field: 'status',
        message: `the hand-over gate of ${
          release.version
        } is not passed; missing: ${missing.join('; ')}`,
      };
    }
  }
  return undefined;
}

/** Fields of a release a PATCH may change in its current state, with the reason for the others. */
export function editableReleaseFields(release: Release): {
  editable: string[];
  frozenReason?: string;
} {
  if (DEPLOYED_STATUSES.includes(release.status)) {
    return {
      editable: ['status', 'hypercare'],
      frozenReason: `release ${release.version} is ${release.status}: only its status and hypercare plan can change`,
    };
  }
  if (release.status === 'cancelled') {
    return {
      editable: [],
      frozenReason: `release ${release.version} is cancelled`,
    };
  }
  const all = [
    'version',
    'kind',
    'changeType',
    'plannedAt',
    'window',
    'changeRef',
    'changeApproval',
    'environments',
    'scope',
    'status',
    'hypercare',
  ];
  if (release.goNoGo) {
    return {
      editable: all.filter(f => f !== 'kind'),
      frozenReason: `a go/no-go decision was recorded for ${release.version}: its kind is frozen (record a new decision instead)`,
    };
  }
  return { editable: all };
}
