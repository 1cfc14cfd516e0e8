/*
 * The readiness model: what a criterion is, how it is checked, and what an evaluation returns.
 * Pure data types, shared by the backend (stored evaluations, portfolio) and the frontend (display, previews).
 */
import type { Entity } from '@backstage/catalog-model';
import type { Message } from './messages';
import type {
  Attestation,
  GoNoGoDecision,
  HandoffAction,
  HandoverRole,
  OperationalMetadata,
  Phase,
  Release,
  ReleaseKind,
  ReleaseStatus,
  RoleKey,
  Side,
  Tier,
  Waiver,
} from '../domain/types';

/** The ten readiness categories (domain reference §2.2). */
export type CategoryId =
  | 'OWN'
  | 'OBS'
  | 'INC'
  | 'DOC'
  | 'BCK'
  | 'CAP'
  | 'SEC'
  | 'REL'
  | 'SUP'
  | 'KT';

/** Result of one criterion for one entity. */
export type CriterionStatus =
  | 'pass'
  | 'expiring'
  | 'grace'
  | 'stale'
  | 'fail'
  | 'unknown'
  | 'waived'
  | 'not-applicable';

export const CRITERION_STATUSES: readonly CriterionStatus[] = [
  'pass',
  'expiring',
  'grace',
  'stale',
  'fail',
  'unknown',
  'waived',
  'not-applicable',
];

export type Verdict = 'not-ready' | 'ready-with-reservations' | 'ready-for-run';
export const VERDICTS: readonly Verdict[] = [
  'not-ready',
  'ready-with-reservations',
  'ready-for-run',
];

export type Level = 'none' | 'bronze' | 'silver' | 'gold';
export const LEVELS: readonly Level[] = ['none', 'bronze', 'silver', 'gold'];

/** `entity` criteria persist across releases; `release` criteria are re-checked for every production release. */
export type CriterionScope = 'entity' | 'release';

/** Where a criterion's evidence comes from (used for display and for "how to fix"). */
export type CheckSource = 'catalog' | 'metadata' | 'attestation' | 'release';

/**
 * How a criterion is checked. Catalog checks read the entity; metadata checks read the POA-entered
 * operational metadata; attestation checks read recorded attestations; composite checks combine others.
 */
export type CheckSpec =
  /** One of `keys` is set as an annotation (and, with `pattern`, its value matches the regular expression). */
  | { kind: 'annotation'; keys: string[]; pattern?: string }
  /** A link whose `type` is one of `types` exists (and, with `urlPattern`, its URL matches). */
  | { kind: 'link'; types: string[]; urlPattern?: string }
  /** A field of the entity (dotted path, e.g. `spec.system`, `metadata.description`) is set, optionally to one of `values`. */
  | { kind: 'specField'; path: string; values?: string[] }
  /** A relation of `type` exists; with `targetMustExist`, its target is in the catalog (and of one of `targetKinds`). */
  | {
      kind: 'relation';
      type: string;
      targetKinds?: string[];
      targetMustExist?: boolean;
    }
  /** Operational metadata fields (dotted paths into {@link OperationalMetadata}) are all set. */
  | { kind: 'metadata'; fields: string[] }
  /** Roles are assigned in the operational metadata; with `mustResolve`, each ref is a User/Group in the catalog. */
  | { kind: 'roles'; roles: RoleKey[]; mustResolve?: boolean }
  /** A manual attestation: compliant, with evidence when required, and fresh for the tier's validity. */
  | {
      kind: 'attestation';
      validityDays: number | Partial<Record<Tier, number>>;
      evidenceRequired?: boolean;
      revalidateOn?: Array<'majorRelease' | 'opsOwnerChange'>;
      /** A compliant attestation must carry an explicit `expiresAt` (e.g. the end date written in a homologation decision). */
      requireExpiry?: boolean;
    }
  /** An attestation recorded against the next (or current) production release. */
  | { kind: 'releaseAttestation'; signerRole?: RoleKey }
  /** A built-in rule that needs more than one input (e.g. owner group exists, coverage vs service hours). */
  | { kind: 'rule'; rule: string }
  | { kind: 'anyOf'; of: CheckSpec[] }
  | { kind: 'allOf'; of: CheckSpec[] };

export type CheckKind = CheckSpec['kind'];

/** When a criterion applies to an entity at all. Anything not matched is `not-applicable`. */
export interface Applicability {
  /** Entity kinds (lower case), e.g. `['component', 'resource']`. */
  kinds?: string[];
  tiers?: Tier[];
  /** Only for stateful entities (metadata `stateful`, or a dependency on a database/storage Resource). */
  stateful?: boolean;
}

/**
 * Conditions that refine `blockingTiers` (domain §2.3: "B:T1 (+ any 24/7 app)", "B:all (major releases)",
 * "hand-over gate").
 */
export interface BlockingConditions {
  /** Blocking (for the tiers in `blockingTiers`) only when the release under review is a major release. */
  majorReleaseOnly?: boolean;
  /** Also blocking, whatever the tier, when the service hours are `24x7`. */
  when24x7?: boolean;
  /**
   * Blocking at the hand-over gate of a release (whatever the tier), and part of that gate. For an entity-scoped
   * criterion (KT-01…KT-03) it does not block the continuous run readiness by itself.
   */
  atHandover?: boolean;
  /**
   * Release kinds for which a release-scoped criterion blocks (e.g. REL-02/REL-04 block major and minor releases,
   * not patches or hotfixes, unless configured). Absent: every kind.
   */
  releaseKinds?: ReleaseKind[];
}

/**
 * The two per-release gates (domain §3.3, §4): `goNoGo` — may this release go to production? — and `handover` —
 * may the application leave hypercare / early life support and be run by the run team?
 */
export type GateId = 'goNoGo' | 'handover';
export const GATE_IDS: readonly GateId[] = ['goNoGo', 'handover'];

export interface CriterionDefinition {
  id: string;
  category: CategoryId;
  title: string;
  /** Why the criterion matters (grounded in the domain reference). */
  rationale: string;
  /** The next step that fixes a failure, in imperative form. */
  howToFix: string;
  /** French title of a custom criterion (built-in ones take theirs from the message catalogue). */
  titleFr?: string;
  /** French how-to-fix of a custom criterion. */
  howToFixFr?: string;
  weight: number;
  /** Tiers for which a non-passing result blocks the verdict. */
  blockingTiers: Tier[];
  /** Refinements of `blockingTiers`. */
  blockingWhen?: BlockingConditions;
  scope: CriterionScope;
  /**
   * For release-scoped criteria: the release gate the criterion belongs to (default `goNoGo`). Entity-scoped
   * criteria with `blockingWhen.atHandover` are also part of the `handover` gate.
   */
  gate?: GateId;
  check: CheckSpec;
  /** Part of the core set enabled by default. */
  core: boolean;
  /** Pack the criterion belongs to: `core`, `extended`, `fr-public-sector`, or `custom`. */
  pack: string;
  /** Which side owes the work when the criterion fails (used to propose handoff actions). */
  defaultSide: Side;
  appliesTo?: Applicability;
  /** Source tags from the domain reference, e.g. `['S15', 'S36']`. */
  sources?: string[];
  /** What an attestation of this criterion is about, for explanations (e.g. `restore test`). */
  attestationSubject?: string;
  /**
   * Roles that may sign (record) an attestation of this criterion, e.g. `['opsOwner']` for what the run side
   * accepts. A role given to a group is held by its members. Absent or empty: anyone allowed to attest.
   */
  signedBy?: RoleKey[];
  /**
   * A compliant attestation passes only once countersigned by someone other than the assessor (holding one of
   * `signedBy` when set).
   */
  countersignRequired?: boolean;
}

export interface CategoryDefinition {
  id: CategoryId;
  title: string;
  titleFr: string;
  description: string;
}

export interface VerdictThresholds {
  readyForRun: number;
  withReservations: number;
}

export interface StalenessPolicy {
  warnBeforeDays: number;
  graceRatio: number;
  graceMinDays: number;
  graceMaxDays: number;
  graceFloorCredit: number;
}

/** The model in force: defaults merged with the configuration. */
export interface ReadinessModel {
  categories: CategoryDefinition[];
  /** Enabled criteria only. */
  criteria: CriterionDefinition[];
  packs: string[];
  thresholds: Record<Tier, VerdictThresholds>;
  staleness: StalenessPolicy;
  /** Criteria ids required (cumulatively) for each level; gold = every applicable criterion. */
  levels: { bronze: string[]; silver: string[] };
  waiverMaxDays: number;
  /** Tier assumed when none is declared (the strictest, so that a missing tier never flatters). */
  defaultTier: Tier;
  /** Stable hash of the model, stored with evaluations so stale ones can be detected after a config change. */
  version: string;
  /**
   * "Ready with reservations" needs an action plan (an open action with a due date) for every waived item and every
   * item in grace. Defaults to true when absent.
   */
  requireActionPlanForReservations?: boolean;
  /** Roles whose signatures make a release's hand-over to run (default: POA, ops owner, business owner). */
  handoverSignatories?: HandoverRole[];
}

/** Everything the engine needs to evaluate one entity. The backend gathers it; the engine does no I/O. */
export interface EvaluationInput {
  entity: Entity;
  operations?: OperationalMetadata;
  attestations: Attestation[];
  waivers: Waiver[];
  actions: HandoffAction[];
  releases: Release[];
  /**
   * Catalog entities referenced by the entity or its metadata (owner, system, roles, dependencies), keyed by
   * stringified entity ref. `null` means "looked up and not found"; a missing key means "not looked up" (unknown).
   */
  related: Record<string, Entity | null>;
  now: Date;
  /** When `roles.opsOwner` last changed (from the audit trail); invalidates attestations with `revalidateOn: opsOwnerChange`. */
  opsOwnerChangedAt?: string;
}

export interface Evidence {
  label: string;
  url?: string;
  value?: string;
}

export interface CriterionResult {
  id: string;
  title: string;
  category: CategoryId;
  weight: number;
  blocking: boolean;
  scope: CriterionScope;
  status: CriterionStatus;
  /** Credit in [0, 1] that the criterion contributes (0 for not-applicable, which is outside the denominator). */
  credit: number;
  /** Human explanation of the status, e.g. "no link of type runbook". */
  reason: string;
  /** The reason as a catalogue message (render with `renderMessage`); absent when only English text exists. */
  reasonMessage?: Message;
  howToFix: string;
  /** French title / how-to-fix given by a custom criterion in the configuration. */
  titleFr?: string;
  howToFixFr?: string;
  source: CheckSource;
  evidence: Evidence[];
  assessedAt?: string;
  expiresAt?: string;
  ageDays?: number;
  waiver?: { id: string; expiresAt: string; reason: string };
  action?: { id: string; status: string; dueDate?: string };
  /** For release-scoped results: the release under review. */
  releaseId?: string;
  /** The release gate this result was evaluated for (absent in run readiness). */
  gate?: GateId;
}

export interface CategoryScore {
  id: CategoryId;
  title: string;
  /** 0–100, or null when no criterion of the category applies. */
  score: number | null;
  passed: number;
  applicable: number;
}

export interface NextStep {
  criterionId: string;
  title: string;
  howToFix: string;
  /** Points of score gained if the criterion passed. */
  scoreGain: number;
  liftsBlocker: boolean;
  /** Brings the entity to the next level. */
  unlocksLevel?: Level;
}

export interface EntityReadiness {
  entityRef: string;
  tier: Tier;
  tierDeclared: boolean;
  score: number;
  verdict: Verdict;
  /** Why the verdict is what it is, in plain sentences (e.g. "OWN-01 is blocking for T1 and fails"). */
  verdictReasons: string[];
  /** `verdictReasons` as catalogue messages, one per sentence (key `text` when the sentence has no key yet). */
  verdictReasonMessages?: Message[];
  level: Level;
  categories: CategoryScore[];
  criteria: CriterionResult[];
  /** Ids of blocking criteria that do not pass (waived ones are listed in `reservations`). */
  blockers: string[];
  /** Ids of criteria that keep the verdict at "with reservations" (waived or in grace). */
  reservations: string[];
  nextSteps: NextStep[];
  /** Earliest date at which a clock-driven status changes (expiry, grace end), to schedule re-evaluation. */
  nextChangeAt?: string;
  evaluatedAt: string;
  modelVersion: string;
  /** True when the entity's kind is not targeted by any enabled criterion (e.g. a Group or a User). */
  outOfScope?: boolean;
  /** Open releases (planned → hypercare) with the verdicts of their two gates, earliest first. */
  releases?: ReleaseGateSummary[];
  /** Catalog lifecycle versus the hand-over to run. */
  lifecycle?: LifecycleStatus;
  /** For a System: its components' rollup (filled by the backend from stored evaluations). */
  rollup?: SystemRollup;
}

/** One release gate: the criteria that apply to that release for that question, and its verdict. */
export interface GateResult {
  gate: GateId;
  verdict: Verdict;
  /** Plain sentences: why the verdict is what it is. */
  verdictReasons: string[];
  /** `verdictReasons` as catalogue messages, one per sentence. */
  verdictReasonMessages?: Message[];
  /** Weighted score over the gate's applicable criteria, or null when none applies. */
  score: number | null;
  criteria: CriterionResult[];
  /** Ids of blocking criteria that do not pass (waived ones are in `reservations`). */
  blockers: string[];
  reservations: string[];
  /** What is missing to pass, in plain sentences (e.g. "signature of the ops owner"). */
  missing: string[];
  /** `missing` as catalogue messages, one per sentence. */
  missingMessages?: Message[];
  nextSteps: NextStep[];
  /**
   * Go/no-go gate only: the verdict without the criteria that check the decision itself (REL-06), i.e. the
   * verdict a go/no-go decision is taken on (a "go" on a not-ready one needs an override reason).
   */
  decisionVerdict?: Verdict;
}

export interface ReleaseGates {
  releaseId: string;
  entityRef: string;
  version: string;
  kind: ReleaseKind;
  status: ReleaseStatus;
  plannedAt: string;
  goNoGo: GateResult;
  handover: GateResult;
  /** Whether the release must go through hypercare and the hand-over before it is closed. */
  needsHypercare: boolean;
  /** Planning conflicts of the window (freeze periods, outside maintenance windows), in plain sentences. */
  windowConflicts: string[];
  /** `windowConflicts` as catalogue messages, one per sentence. */
  windowConflictMessages?: Message[];
  evaluatedAt: string;
}

/** Stored with the run readiness: the verdicts of an open release's gates. */
export interface ReleaseGateSummary {
  releaseId: string;
  version: string;
  kind: ReleaseKind;
  status: ReleaseStatus;
  plannedAt: string;
  goNoGo: Verdict;
  goNoGoBlockers: string[];
  handover: Verdict;
  handoverMissing: string[];
  /** `handoverMissing` as catalogue messages, one per sentence. */
  handoverMissingMessages?: Message[];
}

export type LifecycleMismatch =
  /** `spec.lifecycle: production` but no release was ever handed over to run. */
  | 'production-not-handed-over'
  /** Handed over to run while the catalog still says `experimental`. */
  | 'handed-over-experimental';

export interface LifecycleStatus {
  /** `spec.lifecycle` of the catalog entity, when set. */
  catalog?: string;
  /** "In run": a release's hand-over was signed by every required role. */
  inRun: boolean;
  handedOverAt?: string;
  handedOverReleaseId?: string;
  handedOverVersion?: string;
  mismatch?: LifecycleMismatch;
  /** Plain sentence explaining the mismatch. */
  mismatchReason?: string;
  /** `mismatchReason` as a catalogue message. */
  mismatchReasonMessage?: Message;
}

export interface SystemRollup {
  /** Components (and resources, APIs) part of the system that have a stored evaluation. */
  components: Array<{
    entityRef: string;
    title?: string;
    tier: Tier;
    score: number;
    verdict: Verdict;
    blockers: string[];
  }>;
  worstVerdict: Verdict | null;
  averageScore: number | null;
}

/** Frozen picture of a release's gate at a go/no-go decision (the CAB dossier is built from it). */
export interface GateSnapshot {
  takenAt: string;
  release: Pick<
    Release,
    | 'version'
    | 'kind'
    | 'changeType'
    | 'changeRef'
    | 'changeApproval'
    | 'plannedAt'
    | 'window'
    | 'environments'
    | 'scope'
    | 'hypercare'
  >;
  runReadiness: {
    score: number;
    verdict: Verdict;
    level: Level;
    blockers: string[];
  };
  goNoGo: GateResult;
  handover: GateResult;
  windowConflicts: string[];
  /** `windowConflicts` as catalogue messages (absent from snapshots taken before they existed). */
  windowConflictMessages?: Message[];
  /** Waivers in force on the gate's reservations: who accepted the risk, until when. */
  waivers: Array<{
    id: string;
    criterionId: string;
    reason: string;
    requestedBy: string;
    approvedBy?: string;
    expiresAt: string;
    releaseId?: string;
  }>;
  attestations: Array<{
    id: string;
    criterionId: string;
    state: string;
    assessedBy: string;
    assessedAt: string;
    evidence: Array<{ url: string; description?: string }>;
    releaseId?: string;
    countersignedBy?: string;
  }>;
  openActions: Array<{
    id: string;
    title: string;
    phase: Phase;
    side: Side;
    status: string;
    dueDate?: string;
    assigneeRef?: string;
    criterionId?: string;
  }>;
  roles: {
    owner?: string;
    poa?: string;
    opsOwner?: string;
    businessOwner?: string;
    serviceOwner?: string;
    securityApprover?: string;
    supportL1?: string;
    supportL2?: string;
    supportL3?: string;
    onCall?: string;
  };
}

/** A go/no-go decision record. A new decision is a new record; earlier ones stay. */
export interface ReleaseDecision {
  id: string;
  releaseId: string;
  entityRef: string;
  decision: GoNoGoDecision;
  /** Users who approved (each holds one of the decision roles: business owner, owner, ops owner, POA). */
  approvers: string[];
  /** Required for "go" / "go with reservations" when the go/no-go gate is not ready. */
  overrideReason?: string;
  notes?: string;
  decidedBy: string;
  decidedAt: string;
  snapshot: GateSnapshot;
}
