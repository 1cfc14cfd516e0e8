/*
 * Operational data the plugin owns (the POA edits it; the catalog stays the source of truth for the rest).
 * These shapes are both the domain types and the JSON bodies of the HTTP API.
 */

/** Criticality tier: T1 critical (24/7, revenue/regulatory), T2 standard, T3 low. */
export type Tier = 'T1' | 'T2' | 'T3';
export const TIERS: readonly Tier[] = ['T1', 'T2', 'T3'];

/** Named run roles beyond the catalog's single `spec.owner`. */
export type RoleKey =
  | 'poa'
  | 'opsOwner'
  | 'businessOwner'
  | 'serviceOwner'
  | 'securityApprover'
  | 'supportL1'
  | 'supportL2'
  | 'supportL3';

export const ROLE_KEYS: readonly RoleKey[] = [
  'poa',
  'opsOwner',
  'businessOwner',
  'serviceOwner',
  'securityApprover',
  'supportL1',
  'supportL2',
  'supportL3',
];

export interface SupportLevel {
  /** Group (or user) entity ref, e.g. `group:default/ops-n1`. */
  group: string;
  /** Coverage, e.g. `Mon-Fri 08:00-18:00 Europe/Paris` or `24x7`. */
  hours?: string;
}

export interface OperationalMetadata {
  tier?: Tier;
  /** Stateful applications need backups and restore tests; stateless ones do not. */
  stateful?: boolean;
  roles?: {
    poa?: string;
    opsOwner?: string;
    businessOwner?: string;
    serviceOwner?: string;
    securityApprover?: string;
  };
  support?: {
    l1?: SupportLevel;
    l2?: SupportLevel;
    l3?: SupportLevel;
  };
  onCall?: {
    provider?: 'pagerduty' | 'opsgenie' | 'other';
    reference?: string;
    scheduleUrl?: string;
  };
  /** Service hours ("plage de service"): `24x7` or a free description such as `Mon-Fri 08:00-20:00 Europe/Paris`. */
  serviceHours?: string;
  supportHours?: {
    businessHours?: string;
    /** Off-hours (HNO) coverage. */
    offHours?: 'on-call' | 'best-effort' | 'none';
  };
  sla?: {
    availability?: number;
    p1ResponseMinutes?: number;
    p1RestoreMinutes?: number;
    agreedAt?: string;
    docUrl?: string;
  };
  slo?: {
    availability?: number;
    latencyP99Ms?: number;
    owner?: string;
  };
  continuity?: {
    rtoMinutes?: number;
    rpoMinutes?: number;
    drStrategy?: 'backup-restore' | 'pilot-light' | 'warm-standby' | 'active-active';
    agreedBy?: string;
    agreedAt?: string;
  };
  dict?: {
    d?: number;
    i?: number;
    c?: number;
    t?: number;
    personalData?: boolean;
  };
  alerting?: { source?: string; url?: string };
  itsm?: { ci?: string; assignmentGroup?: string };
  environments?: Array<{
    name: string;
    url?: string;
    hosting?: string;
    region?: string;
  }>;
  maintenanceWindows?: Array<{
    /** Day(s) of the week, e.g. `SU` or `SA,SU`. */
    days: string;
    /** Local start time `HH:MM`. */
    start: string;
    durationMinutes: number;
    timezone?: string;
  }>;
  freezePeriods?: Array<{ from: string; to: string; reason?: string }>;
  trainedPeople?: number;
  vendors?: Array<{
    name: string;
    contractUrl?: string;
    supportExpiresAt?: string;
  }>;
  notes?: string;
}

/** Stored operational metadata with its optimistic-concurrency version. */
export interface OperationsRecord {
  entityRef: string;
  version: number;
  metadata: OperationalMetadata;
  updatedAt?: string;
  updatedBy?: string;
}

export type AttestationState = 'compliant' | 'non-compliant' | 'not-applicable';

export interface Attestation {
  id: string;
  entityRef: string;
  criterionId: string;
  releaseId?: string;
  state: AttestationState;
  /** Required when `not-applicable`. */
  justification?: string;
  /** Required (at least one) when `compliant` and the criterion requires evidence. */
  evidence: Array<{ url: string; description?: string }>;
  assessedBy: string;
  assessedAt: string;
  /** Explicit expiry (e.g. the date in a homologation decision); otherwise computed from the criterion validity. */
  expiresAt?: string;
  comment?: string;
  /** Two-party attestations: the run side countersigns what the build side attested. */
  countersignedBy?: string;
  countersignedAt?: string;
  createdAt: string;
}

export type WaiverStatus = 'requested' | 'approved' | 'rejected' | 'revoked';

export interface Waiver {
  id: string;
  entityRef: string;
  criterionId: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: WaiverStatus;
  approvedBy?: string;
  approvedAt?: string;
  expiresAt: string;
  actionId?: string;
}

export type Phase = 'before' | 'during' | 'after' | 'run';
export const PHASES: readonly Phase[] = ['before', 'during', 'after', 'run'];

export type Side = 'build' | 'run' | 'poa' | 'business' | 'security' | 'vendor';
export const SIDES: readonly Side[] = [
  'build',
  'run',
  'poa',
  'business',
  'security',
  'vendor',
];

export type ActionStatus =
  | 'proposed'
  | 'open'
  | 'in_progress'
  | 'blocked'
  | 'done'
  | 'verified'
  | 'risk_accepted'
  | 'cancelled';

export const ACTION_STATUSES: readonly ActionStatus[] = [
  'proposed',
  'open',
  'in_progress',
  'blocked',
  'done',
  'verified',
  'risk_accepted',
  'cancelled',
];

export type ActionPriority = 'blocking' | 'major' | 'minor';

export interface HandoffAction {
  id: string;
  entityRef: string;
  title: string;
  description?: string;
  phase: Phase;
  side: Side;
  assigneeRef?: string;
  /** ISO date (YYYY-MM-DD). */
  dueDate?: string;
  priority: ActionPriority;
  status: ActionStatus;
  criterionId?: string;
  releaseId?: string;
  evidenceUrl?: string;
  externalTicketUrl?: string;
  blockedReason?: string;
  /** Reason given when cancelled or when the risk is accepted. */
  resolution?: string;
  source: 'auto' | 'manual' | 'template';
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
}

export type ReleaseKind = 'major' | 'minor' | 'patch' | 'hotfix';
export type ReleaseStatus =
  | 'planned'
  | 'go_no_go'
  | 'deployed'
  | 'hypercare'
  | 'closed'
  | 'rolled_back'
  | 'cancelled';
export type GoNoGoDecision = 'go' | 'no_go' | 'go_with_reservations';

export interface Release {
  id: string;
  entityRef: string;
  version: string;
  kind: ReleaseKind;
  /** ISO date-time of the planned production release ("mise en production"). */
  plannedAt: string;
  window?: { start: string; end: string };
  changeRef?: string;
  status: ReleaseStatus;
  goNoGo?: {
    decision: GoNoGoDecision;
    decidedAt: string;
    approvers: string[];
    notes?: string;
  };
  hypercare?: {
    start: string;
    end: string;
    buildStandby?: string[];
    exitCriteria?: string[];
  };
  /** Optimistic-concurrency revision (`version` is the software version being released). */
  rev: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
