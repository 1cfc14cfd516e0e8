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
  /** Sensitive changes held until the POA accepts them (GET only). */
  pendingProposals?: OperationsProposal[];
}

/** Paths of the operational metadata whose change by someone who is not the POA (nor an approver) is a proposal. */
export const SENSITIVE_OPERATIONS_PATHS: readonly string[] = [
  'tier',
  'roles.poa',
  'roles.opsOwner',
  'roles.businessOwner',
  'roles.serviceOwner',
  'roles.securityApprover',
  'support.l1.group',
  'support.l2.group',
  'support.l3.group',
  'slo.owner',
  'continuity.agreedBy',
];

export interface OperationsChange {
  /** Dotted path in the operational metadata, e.g. `roles.poa`. */
  path: string;
  /** Absent when the field was not set. */
  before?: unknown;
  /** Absent when the change clears the field. */
  after?: unknown;
}

export type OperationsProposalStatus = 'pending' | 'accepted' | 'rejected';

/** A sensitive change of operational metadata held until the POA accepts (or rejects) it. */
export interface OperationsProposal {
  id: string;
  entityRef: string;
  status: OperationsProposalStatus;
  changes: OperationsChange[];
  proposedBy: string;
  proposedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  comment?: string;
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
  /**
   * A `not-applicable` declaration is an exemption: on a blocking criterion it counts only once approved by an
   * approver other than the declarer, and until `reviewBy`.
   */
  reviewBy?: string;
  approvedBy?: string;
  approvedAt?: string;
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
  /** A waiver bound to one release covers that release's gates only (a REL-02 waiver for v2.4 does not cover v2.5). */
  releaseId?: string;
  /** The reason the approver gave when rejecting it. */
  rejectionReason?: string;
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
export const RELEASE_KINDS: readonly ReleaseKind[] = [
  'major',
  'minor',
  'patch',
  'hotfix',
];

/** ITIL change types: a standard change is pre-approved, an emergency change skips the normal CAB. */
export type ChangeType = 'standard' | 'normal' | 'emergency';
export const CHANGE_TYPES: readonly ChangeType[] = [
  'standard',
  'normal',
  'emergency',
];

export type ChangeApprovalStatus = 'pending' | 'approved' | 'rejected';
export const CHANGE_APPROVAL_STATUSES: readonly ChangeApprovalStatus[] = [
  'pending',
  'approved',
  'rejected',
];

export type ReleaseStatus =
  | 'planned'
  | 'go_no_go'
  | 'deployed'
  | 'hypercare'
  | 'closed'
  | 'rolled_back'
  | 'cancelled';
export const RELEASE_STATUSES: readonly ReleaseStatus[] = [
  'planned',
  'go_no_go',
  'deployed',
  'hypercare',
  'closed',
  'rolled_back',
  'cancelled',
];
export type GoNoGoDecision = 'go' | 'no_go' | 'go_with_reservations';

/** Roles that may sign a release's hand-over to run (PV de passage en run). `owner` is the catalog owner. */
export type HandoverRole =
  | 'poa'
  | 'opsOwner'
  | 'businessOwner'
  | 'serviceOwner'
  | 'owner';
export const HANDOVER_ROLES: readonly HandoverRole[] = [
  'poa',
  'opsOwner',
  'businessOwner',
  'serviceOwner',
  'owner',
];

export interface HandoverSignature {
  role: HandoverRole;
  /** The user who signed (a member of the role's group, or the role's user). */
  signedBy: string;
  signedAt: string;
  comment?: string;
}

/** How a release went (recorded after it). */
export type ReleaseOutcomeKind =
  | 'success'
  | 'success_with_incidents'
  | 'rolled_back'
  | 'failed';
export const RELEASE_OUTCOMES: readonly ReleaseOutcomeKind[] = [
  'success',
  'success_with_incidents',
  'rolled_back',
  'failed',
];

export interface ReleaseOutcome {
  outcome: ReleaseOutcomeKind;
  /** Incident references (ITSM numbers or URLs). */
  incidents: string[];
  /** Short post-implementation review (PIR). */
  review?: string;
  /** Follow-up actions created from the review's lessons. */
  followUpActionIds: string[];
  /** Verdict of the go/no-go gate frozen by the last "go" decision (readiness at go vs outcome). */
  goGateVerdict?: 'not-ready' | 'ready-with-reservations' | 'ready-for-run';
  /** True when the last "go" was decided on a failing gate with an override reason. */
  goOverridden?: boolean;
  recordedBy: string;
  recordedAt: string;
}

/** Summary of the latest go/no-go decision (the full records are `ReleaseDecision`s). */
export interface GoNoGoSummary {
  decision: GoNoGoDecision;
  decidedAt: string;
  approvers: string[];
  notes?: string;
  /** Id of the `ReleaseDecision` record. */
  decisionId?: string;
  decidedBy?: string;
  /** Set when "go" was decided on a gate that was not ready. */
  overrideReason?: string;
}

export interface Release {
  id: string;
  entityRef: string;
  version: string;
  kind: ReleaseKind;
  /** ITIL change type; `normal` when not set. */
  changeType?: ChangeType;
  /** ISO date-time of the planned production release ("mise en production"). */
  plannedAt: string;
  window?: { start: string; end: string };
  changeRef?: string;
  /** Approval of the change (RFC) by change management / the CAB. */
  changeApproval?: { status: ChangeApprovalStatus; date?: string };
  /** Environments the release goes through, e.g. `['preprod', 'prod']`. */
  environments?: string[];
  /** What is released; a System release covers its components (`components`, entity refs). */
  scope?: { description?: string; components?: string[] };
  status: ReleaseStatus;
  /** The latest go/no-go decision. */
  goNoGo?: GoNoGoSummary;
  hypercare?: {
    start: string;
    end: string;
    buildStandby?: string[];
    exitCriteria?: string[];
  };
  /** Multi-party hand-over to run (PV de passage en run): signatures recorded for this release. */
  handover?: {
    signatures: HandoverSignature[];
    /** Set when every required role has signed: from then on the entity is "in run". */
    completedAt?: string;
  };
  outcome?: ReleaseOutcome;
  /** Optimistic-concurrency revision (`version` is the software version being released). */
  rev: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
