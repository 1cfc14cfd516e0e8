/*
 * Request and response bodies of the HTTP API (`/api/operational-pilot`) that are not domain records.
 * The OpenAPI document in the backend package (`src/schema/openapi.yaml`) is the contract; keep both in step.
 */
import type {
  ActionPriority,
  ActionStatus,
  AttestationState,
  ChangeApprovalStatus,
  ChangeType,
  GoNoGoDecision,
  HandoverRole,
  OperationalMetadata,
  Phase,
  ReleaseKind,
  ReleaseOutcomeKind,
  ReleaseStatus,
  Side,
  Tier,
} from '../domain/types';
import type { Level, Verdict } from '../model/types';
import type { components, operations } from './openapi.generated';

/**
 * Every operation of the HTTP API by its `operationId`: path, query and header parameters, request body and
 * responses, generated from the backend's OpenAPI document. For typed routers and clients of the API.
 *
 * @public
 */
export type OperationalPilotApiOperations = operations;

type Schemas = components['schemas'];

/*
 * Response bodies, generated from openapi.yaml (see openapi.generated.ts): the same names as before, now
 * checked against the contract instead of kept in step by hand.
 */
/** Who should approve a go/no-go, prefilled from the roles. */
export type DecisionApproversResponse = Schemas['DecisionApproversResponse'];
/** One proposed checklist action (from an action template), editable before creation. */
export type ChecklistItem = Schemas['ChecklistItem'];
export type ChecklistPreviewResponse = Schemas['ChecklistPreviewResponse'];
export type ReleaseCalendarItem = Schemas['ReleaseCalendarItem'];
export type ReleaseCalendarResponse = Schemas['ReleaseCalendarResponse'];
/** Change success rate per group, and readiness at go versus outcome. */
export type ChangeSuccessResponse = Schemas['ChangeSuccessResponse'];
export type PortfolioItem = Schemas['PortfolioItem'];
export type PortfolioSummary = Schemas['PortfolioSummary'];
export type PortfolioResponse = Schemas['PortfolioResponse'];
export type HistoryPoint = Schemas['HistoryPoint'];
/** The owner, system or tier a trend series is for, with its daily points. */
export type TrendSeries = Schemas['TrendSeries'];
export type TrendResponse = Schemas['TrendResponse'];
/** Per team or system: verdict counts, average, blockers, overdue actions (worst groups first). */
export type PortfolioRollups = Schemas['PortfolioRollups'];
export type PortfolioRollupGroup = PortfolioRollups['groups'][number];
/** Biggest score drops of the last days, active waivers and those expiring within 30 days. */
export type PortfolioHighlights = Schemas['PortfolioHighlights'];
/** Per team (owner) × category: entities, passing share and failing criterion results (worst teams first). */
export type PortfolioHeatmap = Schemas['PortfolioHeatmap'];
export type PortfolioHeatmapTeam = PortfolioHeatmap['teams'][number];
export type PortfolioHeatmapCell = Schemas['PortfolioHeatmapCell'];
/** The criteria failed by the most entities of the filtered portfolio. */
export type PortfolioFailingCriteria = Schemas['PortfolioFailingCriteria'];
export type PortfolioFailingCriterion =
  PortfolioFailingCriteria['criteria'][number];
export type AuditEntry = Schemas['AuditEntry'];

/** Identifies a catalog entity in API paths: `/entities/{kind}/{namespace}/{name}/...`. */
export interface EntityPath {
  kind: string;
  namespace: string;
  name: string;
}

export interface PutOperationsRequest {
  metadata: OperationalMetadata;
}

export interface CreateAttestationRequest {
  criterionId: string;
  releaseId?: string;
  state: AttestationState;
  justification?: string;
  evidence?: Array<{ url: string; description?: string }>;
  /** Defaults to now; may be in the past (an exercise done last month), never in the future. */
  assessedAt?: string;
  expiresAt?: string;
  comment?: string;
  /**
   * `not-applicable` only: when the exemption must be reviewed (it lapses then); at most `waivers.maxDays` ahead,
   * which is also the default.
   */
  reviewBy?: string;
}

export interface CreateWaiverRequest {
  criterionId: string;
  reason: string;
  expiresAt: string;
  actionId?: string;
  /** Bind the waiver to one release (required for release-scoped criteria). */
  releaseId?: string;
}

export interface CreateActionRequest {
  title: string;
  description?: string;
  phase: Phase;
  side: Side;
  assigneeRef?: string;
  dueDate?: string;
  priority?: ActionPriority;
  status?: 'proposed' | 'open';
  criterionId?: string;
  releaseId?: string;
  externalTicketUrl?: string;
  /** Create from a template of the default catalogue (see `GET /model` → `actionTemplates`). */
  templateId?: string;
}

export interface UpdateActionRequest {
  title?: string;
  description?: string | null;
  phase?: Phase;
  side?: Side;
  assigneeRef?: string | null;
  dueDate?: string | null;
  priority?: ActionPriority;
  status?: ActionStatus;
  evidenceUrl?: string | null;
  externalTicketUrl?: string | null;
  blockedReason?: string | null;
  resolution?: string | null;
  /** With `status: risk_accepted`: expiry of the waiver created on the linked criterion. */
  waiverExpiresAt?: string;
}

export interface CreateReleaseRequest {
  version: string;
  kind: ReleaseKind;
  /** Defaults to `normal`. */
  changeType?: ChangeType;
  plannedAt: string;
  window?: { start: string; end: string };
  changeRef?: string;
  changeApproval?: { status: ChangeApprovalStatus; date?: string };
  environments?: string[];
  scope?: { description?: string; components?: string[] };
  hypercare?: {
    start: string;
    end: string;
    buildStandby?: string[];
    exitCriteria?: string[];
  };
}

/**
 * Changes to a release. Decisions are recorded with `POST /releases/{id}/decisions`, hand-over signatures with
 * `POST /releases/{id}/handover/signatures` and the outcome with `POST /releases/{id}/outcome`. Once a go
 * decision is recorded the kind is frozen; once deployed only the status and the hypercare plan change.
 */
export interface UpdateReleaseRequest {
  version?: string;
  kind?: ReleaseKind;
  changeType?: ChangeType;
  plannedAt?: string;
  window?: { start: string; end: string } | null;
  changeRef?: string | null;
  changeApproval?: { status: ChangeApprovalStatus; date?: string } | null;
  environments?: string[] | null;
  scope?: { description?: string; components?: string[] } | null;
  status?: ReleaseStatus;
  hypercare?: {
    start: string;
    end: string;
    buildStandby?: string[];
    exitCriteria?: string[];
  } | null;
}

export interface CreateDecisionRequest {
  decision: GoNoGoDecision;
  /** User refs; each must hold a decision role (business owner, owner, ops owner, POA). */
  approvers: string[];
  /** Required for a "go" on a go/no-go gate that is not ready. */
  overrideReason?: string;
  notes?: string;
}

export interface SignHandoverRequest {
  role: HandoverRole;
  comment?: string;
}

export interface RecordOutcomeRequest {
  outcome: ReleaseOutcomeKind;
  incidents?: string[];
  review?: string;
  /** Lessons of the post-implementation review: each becomes a follow-up action (phase `after`). */
  lessons?: Array<{
    title: string;
    side?: Side;
    assigneeRef?: string;
    dueDate?: string;
  }>;
}

export interface GenerateChecklistRequest {
  /** true: only return the proposed items, create nothing. */
  preview?: boolean;
  /** The (edited) items to create; absent: create the proposal as is. */
  items?: ChecklistItem[];
}

export type PortfolioOrderBy =
  | 'entityRef'
  | 'title'
  | 'kind'
  | 'owner'
  | 'system'
  | 'tier'
  | 'poa'
  | 'score'
  | 'verdict'
  | 'level'
  | 'blockers'
  | 'openActions'
  | 'overdueActions'
  | 'evaluatedAt';

export interface PortfolioQuery {
  owner?: string[];
  system?: string[];
  domain?: string[];
  kind?: string[];
  tier?: Tier[];
  verdict?: Verdict[];
  level?: Level[];
  poa?: string[];
  /** Only entities whose catalog lifecycle disagrees with the hand-over to run. */
  lifecycleMismatch?: boolean;
  /** Free text over name, title and entity ref. */
  q?: string;
  orderBy?: PortfolioOrderBy;
  order?: 'asc' | 'desc';
  /** At most 500. */
  limit?: number;
  offset?: number;
}

/** A page of records. */
export interface ListResponse<T> {
  items: T[];
}
